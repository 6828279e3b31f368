"""Russian words for the sentiment rules: lemmas, the lexicon, negators, contrast, boosters.

The English rules read VADER's lexicon word by word. Russian inflects (обвинил, обвинила,
обвинению are one lemma), so a Russian word is looked up by its lemma (pymorphy3, the most
probable parse, ё written е) in ``data/sentiment_ru.tsv``: about 1,500 lemmas with valences on
VADER's -4..4 scale, a hand-filtered selection of PolSentiLex (Koltsova, Alexeeva & Koltsov 2016,
CC BY 4.0) plus hand-written news vocabulary (the file's header and ``data/make_sentiment_ru.py``
say how it was made). A user can read a lexicon of their own (for instance the full PolSentiLex
from their disk) with :func:`read_lexicon` and pass it on.

One sentence is scored as VADER scores one (:func:`sentence_score`): the sum of its words'
valences, a booster ("очень", "крайне") among the three words before adding 0.293 away from zero
(times 0.95 two words back, 0.9 three back, as VADER) and a dampener ("немного")
taking it off, a negator ("не", "ни", "нет", "без") among the three words before flipping and
damping by VADER's factor -0.74, words before a contrast word ("но", "однако", "а", "зато") weighing
0.5 and words after it 1.5; the sum ``x`` normalised to ``x / sqrt(x**2 + 15)``, rounded to 4
places.

References
----------
Koltsova, O., Alexeeva, S. & Koltsov, S. (2016). An Opinion Word Lexicon and a Training Dataset
for Russian Sentiment Analysis of Social Media. Dialogue 2016.
Loukachevitch, N. & Rusnachenko, N. (2018). Extracting Sentiment Attitudes from Analytical Texts
(RuSentiFrames). Dialogue 2018.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from discourse.core import paths

LEXICON_FILE = "sentiment_ru.tsv"
NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
NEGATION_SCOPE = 3  # words before an evaluative word searched for a negator, as VADER
BOOSTER_INCREMENT = 0.293  # VADER's B_INCR
CONTRAST_BEFORE, CONTRAST_AFTER = 0.5, 1.5  # VADER's weights around "but"
ALPHA = 15.0  # VADER's normaliser

NEGATORS: frozenset[str] = frozenset({"не", "ни", "нет", "без", "нельзя", "никогда", "ничуть",
                                      "отнюдь", "никак"})
# "а" contrasts less often than "но"; only a clause-initial "а" is read as contrast
# (:func:`contrast_position`).
CONTRAST: frozenset[str] = frozenset({"но", "однако", "зато", "а"})
BOOSTERS: Mapping[str, float] = MappingProxyType({
    **dict.fromkeys("""очень крайне весьма чрезвычайно слишком совсем абсолютно совершенно
    исключительно особенно абсолютно невероятно сильно глубоко категорически резко""".split(),
                    BOOSTER_INCREMENT),
    **dict.fromkeys("немного чуть слегка несколько отчасти едва почти".split(),
                    -BOOSTER_INCREMENT),
})
# Verbs of saying by lemma: a quotation next to them is the speaker's own speech.
SPEECH_VERBS: frozenset[str] = frozenset(
    """сказать говорить заявить заявлять сообщить сообщать отметить отмечать подчеркнуть
    подчеркивать добавить добавлять пояснить пояснять написать писать заметить замечать
    признать признавать рассказать рассказывать указать указывать ответить отвечать
    считать полагать уточнить уточнять напомнить напоминать""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The lemma of a lower-case Russian word form (pymorphy3's most probable parse, ё as е).

    Words without Cyrillic letters come back unchanged (no parse is run for them).

    >>> lemma("обвинила"), lemma("Путина".lower()), lemma("nato")
    ('обвинить', 'путин', 'nato')
    """
    if not any("а" <= ch <= "я" or ch == "ё" for ch in word):
        return word
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=50_000)
def is_genitive(word: str) -> bool:
    """True if a lower-case Russian word form can be genitive (any of its two likeliest parses):
    "агрессия России" names Russia as the doer, "помощь американским военным" (dative) does not.

    >>> is_genitive("россии"), is_genitive("военным")
    (True, False)
    """
    return any(p.tag.case == "gent" for p in _morph().parse(word)[:2])


def read_lexicon(path: str | Path | None = None) -> Mapping[str, float]:
    """Read a Russian sentiment lexicon: ``lemma<TAB>valence`` lines, ``#`` comments.

    Also reads a comma-separated file of crowd judgements such as PolSentiLex's raw file
    (``word,score`` with several lines per word, scores -2..2): each word's mean, times 1.5
    (VADER's -4..4 scale), words whose mean is 0 left out.

    Parameters
    ----------
    path : str or Path, default=None
        ``None`` reads ``data/sentiment_ru.tsv``.

    Returns
    -------
    Mapping
        Lemma (lower case, ё as е) to valence in [-4, 4]; read-only.

    Raises
    ------
    ValueError
        Naming the file and line of a malformed line or a valence outside [-4, 4].
    FileNotFoundError
        If the file does not exist.
    """
    path = Path(path) if path is not None else paths.data_file(LEXICON_FILE)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: Russian sentiment lexicon not found.")
    sep = "," if path.suffix.lower() == ".csv" else "\t"
    sums: dict[str, list[float]] = {}
    with path.open(encoding="utf-8-sig") as fh:
        for i, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split(sep)
            try:
                word, value = parts[0].strip().lower().replace("ё", "е"), float(parts[1])
            except (IndexError, ValueError):
                raise ValueError(f"{path}, line {i}: expected 'lemma{sep!r}valence'; got "
                                 f"{line[:60]!r}.") from None
            if not word or not -4.0 <= value <= 4.0:
                raise ValueError(f"{path}, line {i}: need a word and a valence within [-4, 4]; "
                                 f"got {line[:60]!r}.")
            sums.setdefault(word, []).append(value)
    if sep == ",":  # crowd judgements: mean per word, rescaled
        lex = {w: round(1.5 * sum(v) / len(v), 4) for w, v in sums.items() if sum(v) != 0}
    else:
        lex = {w: v[-1] for w, v in sums.items()}
    return MappingProxyType(lex)


@lru_cache(maxsize=1)
def default_lexicon() -> Mapping[str, float]:
    """``data/sentiment_ru.tsv``, read once."""
    return read_lexicon()


def sentence_score(text: str, lexicon: Mapping[str, float] | None = None) -> float:
    """VADER-like compound score of one Russian sentence, in (-1, 1) (module docstring).

    >>> sentence_score("Это большой успех.") > 0, sentence_score("Это не успех.") < 0
    (True, True)
    >>> sentence_score("Встреча прошла в Минске.")
    0.0
    """
    lex = default_lexicon() if lexicon is None else lexicon
    spans = [m.span() for m in _WORD.finditer(text)]
    words = [text[a:b].lower() for a, b in spans]
    total = 0.0
    hits = 0
    contrast_at = contrast_position(text, spans, words)
    for i, w in enumerate(words):
        v = lex.get(lemma(w))
        if v is None or w in NEGATORS:
            continue
        for back, damp in ((1, 1.0), (2, 0.95), (3, 0.9)):  # VADER's reach and decay
            if i >= back and words[i - back] in BOOSTERS:
                v = v + damp * BOOSTERS[words[i - back]] * (1.0 if v > 0 else -1.0)
        if any(x in NEGATORS for x in words[max(0, i - NEGATION_SCOPE):i]):
            v *= NEGATION_SCALAR
        if contrast_at is not None and i != contrast_at:
            v *= CONTRAST_BEFORE if i < contrast_at else CONTRAST_AFTER
        total += v
        hits += 1
    if not hits or total == 0.0:
        return 0.0
    return round(total / math.sqrt(total * total + ALPHA), 4)


def contrast_position(text: str, spans: list[tuple[int, int]], words: list[str]) -> int | None:
    """Index of the first contrast word among ``words`` (at character ``spans`` of ``text``).

    "а" joins as often as it contrasts ("а также", "а в Москве"), so it counts only as the first
    word or right after a comma, dash, semicolon or colon.
    """
    for k, (w, (a, _)) in enumerate(zip(words, spans, strict=True)):
        if w in CONTRAST:
            if w != "а":
                return k
            before = text[:a].rstrip()
            if not before or before[-1] in ",—–-;:":
                return k
    return None
