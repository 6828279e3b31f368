"""English passives of saying: ``It was reported that P`` (no speaker given) and ``X was told
(by Y) (that) P`` (the listener is the subject; the speaker is Y, or none).

Used by :mod:`.reported` for a cue after a form of "be"; returns the report as a
:class:`~discourse.extract.quotes.document.Found` (``cue_before``), or None when the shape does
not hold ("was told to leave" is an order, no report).
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.phrases import np_forward
from discourse.extract.quotes.lang.en.words import ADVERBS

__all__ = ["BE", "agentless_passive", "told_passive"]

BE: Final = frozenset("is are was were be been being am 's".split())


_PASSIVE_SPEECH = frozenset("say report allege claim announce state confirm".split())
# Subordinators before a reduced passive "told": "was unperturbed when told that P".
_REDUCED = frozenset("when after once if until unless before upon".split())


def agentless_passive(doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int,
                       se: int) -> Found | None:
    """``It was reported (on Monday) that P`` / ``It has been alleged that P``: a report whose
    speaker the article does not give (no mention)."""
    toks = doc.toks
    lows = toks.lows
    a, b, cue = h
    if cue.lemma not in _PASSIVE_SPEECH:
        return None  # "it is estimated / believed that": no statement reported
    j = a - 1
    while j > ti and (lows[j] in BE or lows[j] in ("has", "have", "had", "is")):
        j -= 1
    if lows[j] != "it" or j == a - 1 or not (j == ti or toks.words[j - 1] in ",;:"):
        return None
    m = next((m for m in range(b, min(tj, b + 8)) if lows[m] == "that"), None)
    if m is None or m + 3 >= tj or any(toks.words[n] in ",;:" for n in range(b, m)):
        return None
    return Found(toks.ends[m], se, "indirect", doc.attr(h, None, "cue_before"), "cue_before")


def told_passive(doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int,
                 se: int) -> list[Found] | None:
    """``were told (that) it had been rejected``, ``when told that P`` (speaker none: the subject
    is the listener) /
    ``was told by the county administrator that P`` (speaker the agent); [] for a passive
    "told" that reports nothing ("was told to leave", "as he was told"), None when "told" is
    not passive."""
    toks = doc.toks
    lows = toks.lows
    a, b, _ = h
    if lows[a] != "told":
        return None  # "It is telling that P": an adjective, no passive
    j = a - 1
    while j > ti and (lows[j] in ADVERBS or lows[j].endswith("ly")):
        j -= 1
    if not (j >= ti and (lows[j] in BE or (j == a - 1 and lows[j] in _REDUCED))):
        return None  # (a reduced passive after a subordinator: "when told that P")
    agent = None
    k = b
    if k + 1 < tj and lows[k] == "by":
        e = np_forward(toks, k + 1)
        if e <= k + 1:
            return []
        agent, k = (k + 1, e), e
    if k < tj and lows[k] == "that":
        k += 1
    elif agent is not None or not looks_like_clause(toks, k, tj):
        return []
    if k + 2 >= tj or not looks_like_clause(toks, k, tj):
        return []
    return [Found(toks.starts[k], se, "indirect", doc.attr(h, agent, "cue_before"), "cue_before")]
