"""English: two absolute reports in a row, "with ABC saying P, and Pew saying Q" (issue 14,
round 36).

After "with X <participle of saying>" (:mod:`.with_participle`) a second absolute construction
may follow with "and" and its own subject, the "with" understood: "National polls indicated …,
with ABC saying 69 percent … were very enthusiastic, compared with 62 percent of Romney’s, and
Pew saying 39 percent … support him strongly" (saying set 15 dev). The first report ran on over
", and Pew saying Q" (or ended at the earlier comma and Q was lost with its cue inside it): the
cue after "and" has a subject of its own between them, so the cut before a coordinated cue
(:func:`.report_cuts._cut_at_coordinated_cue`, which wants "and" right before the cue) did not
see it. :func:`and_participle_cut` gives the token to cut at (the comma before "and", or "and")
when a participle in "-ing" follows "and" and one to four words of a subject, and "with" with a
participle within eight words after it stands earlier in the sentence, within forty tokens.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import AUX, CLAUSE_STOP
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["and_participle_cut", "second_absolute_subject"]


def and_participle_cut(toks: Toks, a: int) -> int | None:
    """The token before which a report ends for the participle cue at ``a`` in "…, and <subject>
    <participle>" after an earlier "with": the comma before "and", or "and"; else None."""
    words, lows = toks.words, toks.lows
    if not lows[a].endswith("ing"):
        return None
    n = a - 1
    while n > 0 and a - n <= 4 and lows[n] != "and":
        low = lows[n]
        if not words[n].replace("-", "").replace(".", "").isalpha() or low in AUX or (
                low in CLAUSE_STOP):
            return None
        n -= 1
    if lows[n] != "and" or n == a - 1 or n < 2:
        return None
    for m in range(n - 1, max(-1, n - 40), -1):
        if words[m] in ".;:!?":
            return None
        if lows[m] == "with" and any(lows[x].endswith("ing") for x in range(m + 2, min(n, m + 9))):
            # the first absolute report: "with ABC saying" ("compared with 62 percent" is none)
            return n - 1 if words[n - 1] == "," else n
    return None


def second_absolute_subject(toks: Toks, v: int, k: int) -> tuple[int, int] | None:
    """The subject of the participle cue at ``k`` (adverbs skipped back to ``v``) in "…, and
    Pew saying Q" after "with ABC saying P" (:func:`and_participle_cut`): the words between
    "and" and ``v`` when they open with a capital ("Pew") or "the" ("the other poll")."""
    c = and_participle_cut(toks, k)
    if c is None:
        return None
    n = c + 1 if toks.words[c] == "," else c  # the "and"
    lows = toks.lows
    if not (n + 1 < v and lows[n] == "and" and (cap(toks.words[n + 1]) or lows[n + 1] == "the")):
        return None
    return n + 1, v
