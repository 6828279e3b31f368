"""English: the subject of a coordinated cue behind an opening adverb or an apposition,
"Afterward, she told reporters P and said Q", "Mr Gove, the Environment Secretary, praised X and
claimed P" (issue 14, round 36).

A verb of saying after "and"/"but" takes the subject opening its clause
(:func:`.phrases.subject_extended` asks :func:`.phrases._clause_subject`). That reader skips
adverbs without a comma and introductory phrases that open with a preposition ("At the time,
…"), and refuses a name followed by a comma (the name may be an introduction's object). So the
subject was lost, and the report with it, after a one-word sentence adverb and its comma
("Afterward,", "Later,", "Separately,") and after a name with an apposition set off by commas
and then a verb ("Trump, the presumptive Republican presidential nominee, stepped up his
criticism … and said she belongs in “jail.”"; saying set 15 dev, twice; direct set 3 dev, once).
The participle reader (:func:`.phrases._main_subject`) reads the apposition already ("Paul Ryan,
R-Wis., agreed, saying"); this reads it for the finite coordinated cue, by the same test: the
comma that closes the apposition is followed by a verb (:func:`.phrases._apposition_then_verb`).
"""

from __future__ import annotations

from collections.abc import Callable

from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["opening_subject"]

# one-word sentence adverbs that open a sentence before its subject, with a comma
_OPENING_ADVERBS = frozenset("""afterward afterwards later earlier meanwhile separately still
    instead previously subsequently then now today yesterday tonight again also however yet
    initially finally ultimately eventually""".split())
# what may open an apposition after a name ("Trump, the nominee,", "Gove, a former minister,")
_APPOSITION_OPENERS = frozenset("the a an his her their its".split())

Span = tuple[int, int]


def opening_subject(
    toks: Toks, lo: int, hi: int,
    clause_subject: Callable[[Toks, int, int], Span | None],
    apposition_then_verb: Callable[[Toks, int, int], int],
    np_forward: Callable[[Toks, int], int],
) -> Span | None:
    """The subject opening the clause ``toks[lo:hi]`` before a coordinated cue that
    ``clause_subject`` did not read: after a sentence adverb and its comma, or a name before an
    apposition set off by commas and a verb (the name alone)."""
    words, lows = toks.words, toks.lows
    i = lo
    if i + 2 < hi and words[i + 1] == "," and words[i].isalpha() and (
            lows[i] in _OPENING_ADVERBS or (lows[i].endswith("ly") and len(lows[i]) > 4)):
        got = clause_subject(toks, i + 2, hi)
        if got is not None:
            return got
        i += 2
    elif i < hi and lows[i] in ("in", "at", "on", "during", "after", "before", "following"):
        # an introductory phrase to its comma ("In the wake of that report, Trump, …")
        c = next((c for c in range(i + 1, min(hi, i + 12)) if words[c] == ","), None)
        if c is None:
            return None
        i = c + 1
    if not (i < hi and cap(words[i])) or lows[i] in _APPOSITION_OPENERS:
        return None
    e = np_forward(toks, i)
    if not (i < e < hi - 2 and words[e] == "," and lows[e + 1] in _APPOSITION_OPENERS):
        return None
    c = apposition_then_verb(toks, e, hi)
    return (i, e) if c > 0 else None
