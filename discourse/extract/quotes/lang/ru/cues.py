"""Russian cue scan: where a form of the lexicon is a reporting cue.

``find_cues`` (``QuoteLanguage.find_cues``) scans the lower-cased tokens once: a C loop picks
the candidate words (those that start a form of ``data/cues_ru.yaml``, whose verb forms the
loader made from lemmas), and the few Russian homographs are dropped: a capitalised form inside a
sentence (a name), a gerund of an idiom ("честно говоря", "не считая"), a form after a
preposition ("о сказанном"), a question ("заявил ли он").
"""

from __future__ import annotations

from itertools import compress, count

from discourse.extract.quotes.cues import Cue, CueLexicon
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["find_cues"]

# Punctuation after which a capitalised form starts a sentence or a clause.
_SENTENCE_PUNCT = frozenset(".!?…:;\"“”«»„—–-(")
# Words before a gerund that make it an idiom, not a report ("честно говоря", "не считая").
_IDIOM_BEFORE = frozenset("честно собственно вообще строго иначе мягко грубо откровенно не".split())
_NO_WORDS: frozenset[str] = frozenset()
# The predicate of a verdict after "признать": "признал его виновным", "признаны невиновными".
_VERDICT = ("виновн", "невиновн")


def find_cues(toks: Toks, lex: CueLexicon) -> list[tuple[int, int, Cue]]:
    """Cue occurrences as ``(first token, end token, cue)``, non-overlapping, left to right."""
    words, lows = toks.words, toks.lows
    firsts, single, bigrams = lex.scan_sets(_NO_WORDS)
    hits: list[tuple[int, int, Cue]] = []
    n = len(lows)
    nxt = 0
    for i in compress(count(), map(firsts.__contains__, lows)):
        if i < nxt:
            continue
        w = lows[i]
        if w not in single and (i + 1 == n or (w, lows[i + 1]) not in bigrams):
            continue
        m = lex.match(lows, i)
        if m is None:
            continue
        size, cue = m
        prev = lows[i - 1] if i > 0 else ""
        if cue.type == "verb":
            if cap(words[i]) and i > 0 and words[i - 1] not in _SENTENCE_PUNCT:
                continue  # a name, not a verb
            if prev in PREPOSITIONS or prev == "не":
                continue  # "о сказанном"; "не указывается, что": a negated cue asserts nothing
            if i + 1 < n and words[i + 1] == "ли":
                continue  # "заявил ли министр, что …": a question, not a report (not «Стэн Ли»)
            if w.endswith(("я", "в", "вши")) and prev in _IDIOM_BEFORE and not w.endswith("ив"):
                continue  # "честно говоря", "не считая" (gerunds in -я, -в)
            if cue.lemma == "признать" and "себя" not in lows[i + 1:i + 3] and any(
                    x.startswith(_VERDICT) for x in lows[i + 1:i + 4]):
                continue  # "суд признал его виновным": a verdict; "признал себя виновным" is a plea
        hits.append((i, i + size, cue))
        nxt = i + size
    return hits
