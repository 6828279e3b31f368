"""Where a mention stands in its sentence, as numbers for the trained target model (no parser).

The rules of :mod:`discourse.measure.targeted` weigh the evaluative words around a mention into
one score; a trained model also gains from knowing *how* the mention stands among them, which
the score folds away: whether the mention opens its clause (the subject, who acts) or comes after
other words (an object, acted on), which evaluative word is nearest on each side and how near,
how much of the sentence's evaluation falls in the mention's own clause, whether a contrast word
("but", "however") stands before or after it, and how many other capitalised names the sentence
has (NewsMTSC's sentences often speak of two or three people, each differently).

Input: a sentence and the character offsets of one mention. Output of :func:`role_features`: a
dict with the keys :data:`ROLE_FEATURES`, all floats in [-1.1, 1.1] or counts scaled to [0, 1]:

- ``role_opens_clause``: 1 if no word of the mention's clause stands before it, else 0;
- ``role_words_before``: words of the clause before the mention, at most 10, divided by 10;
- ``role_left_valence``, ``role_right_valence``: valence / 4 of the nearest lexicon word before
  (after) the mention (0 if none), and ``role_left_near``, ``role_right_near``: ``1 / (1 + d)``
  for its distance ``d`` in words (0 if none);
- ``role_clause_pos``, ``role_clause_neg``: sums of positive and (absolute) negative valences / 4
  of the mention's clause, ``role_clause_sum`` their difference, and ``role_clause_share`` the
  clause's share of the sentence's absolute valence (0 without evaluative words);
- ``role_after_contrast``, ``role_before_contrast``: 1 if a contrast word of the language stands
  before (after) the mention;
- ``role_other_names``: capitalised words outside the mention that do not open the sentence or a
  quotation, at most 10, divided by 10.

A clause here is cut by punctuation (comma included), by sentence ends and quotation marks and
by the language's contrast words. Words are the language's lexicon keys (Russian: lemmas), read
through :class:`~discourse.measure.targeted.TargetLanguage`: no language is named here.
"""

from __future__ import annotations

import re

from discourse.measure.targeted import TargetLanguage, same_word, target_language

ROLE_FEATURES: tuple[str, ...] = (
    "role_opens_clause", "role_words_before", "role_left_valence", "role_left_near",
    "role_right_valence", "role_right_near", "role_clause_pos", "role_clause_neg",
    "role_clause_sum", "role_clause_share", "role_after_contrast", "role_before_contrast",
    "role_other_names",
)
VALENCE_SCALE = 4.0  # VADER's valences run -4..4
MAX_COUNT = 10  # counts are clipped here and scaled to [0, 1]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[.,;:!?()\[\]—–\"“”«»]")
_BREAKS = frozenset(".,;:!?()[]—–\"“”«»")
_OPENERS = frozenset(".!?\"“«(")  # a capitalised word after these is not evidence of a name


def role_features(text: str, start: int, end: int,
                  language: TargetLanguage | None = None) -> dict[str, float]:
    """The numbers of the module docstring for the mention ``text[start:end]``.

    Parameters
    ----------
    text : str
        The sentence.
    start, end : int
        Character offsets of the mention.
    language : TargetLanguage, default=None
        Whose lexicon and contrast words to read (``None``: detected from ``text``).

    Returns
    -------
    dict
        One float per name of :data:`ROLE_FEATURES`.

    Examples
    --------
    >>> s = "Critics slammed Smith, but Jones was praised."
    >>> f = role_features(s, 16, 21)
    >>> f["role_left_valence"] < 0, f["role_opens_clause"], f["role_before_contrast"]
    (True, 0.0, 1.0)
    >>> g = role_features(s, 27, 32)
    >>> g["role_opens_clause"], g["role_after_contrast"], g["role_clause_sum"] > 0
    (1.0, 1.0, True)
    """
    lang = language if language is not None else target_language(text)
    lex = lang.lexicon()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    words = [w.lower().replace("’", "'") for _, _, w in tokens]
    keys = words if lang.key is same_word else [w if w in _BREAKS else lang.key(w) for w in words]
    word_spans = [(a, b) for a, b, w in tokens if w not in _BREAKS]
    word_idx = [i for i, (_, _, w) in enumerate(tokens) if w not in _BREAKS]
    contrast = {word_idx[j] for j in lang.contrast_positions(text, word_spans,
                                                               [words[i] for i in word_idx])}
    before = [i for i, (_, b, _) in enumerate(tokens) if b <= start]
    after = [i for i, (a, _, _) in enumerate(tokens) if a >= end]

    def is_break(i: int) -> bool:
        return words[i] in _BREAKS or i in contrast

    def clause(side: list[int]) -> list[int]:  # tokens of the mention's clause on one side, nearest first
        out = []
        for i in side:
            if is_break(i):
                break
            out.append(i)
        return out

    left_clause, right_clause = clause(before[::-1]), clause(after)

    def nearest(side: list[int]) -> tuple[float, float]:
        d = 0
        for i in side:
            if words[i] in _BREAKS:
                continue
            v = lex.get(keys[i])
            if v:
                return v / VALENCE_SCALE, 1.0 / (1.0 + d)
            d += 1
        return 0.0, 0.0

    left_v, left_near = nearest(before[::-1])
    right_v, right_near = nearest(after)
    valence = [lex.get(keys[i], 0.0) for i in left_clause + right_clause]
    sentence_abs = sum(abs(lex.get(keys[i], 0.0)) for i in before + after if not is_break(i))
    clause_pos = sum(v for v in valence if v > 0) / VALENCE_SCALE
    clause_neg = -sum(v for v in valence if v < 0) / VALENCE_SCALE
    names = sum(1 for i in before + after
                if tokens[i][2][:1].isupper() and i > 0 and words[i - 1] not in _OPENERS)
    return {
        "role_opens_clause": float(not left_clause),
        "role_words_before": min(len(left_clause), MAX_COUNT) / MAX_COUNT,
        "role_left_valence": left_v, "role_left_near": left_near,
        "role_right_valence": right_v, "role_right_near": right_near,
        "role_clause_pos": clause_pos, "role_clause_neg": clause_neg,
        "role_clause_sum": clause_pos - clause_neg,
        "role_clause_share": (sum(map(abs, valence)) / sentence_abs) if sentence_abs else 0.0,
        "role_after_contrast": float(any(i in contrast for i in before)),
        "role_before_contrast": float(any(i in contrast for i in after)),
        "role_other_names": min(names, MAX_COUNT) / MAX_COUNT,
    }
