"""English: "His death was announced by his son", "The charge was denied by X" (issue 14, dev10).

A passive of a verb of saying with a "by" agent reports its subject when that subject is a
content noun (an event or a claim: :data:`.objects.CONTENT_HEADS`, and charges, allegations,
accusations): the gold annotates the subject as an ``indirect`` span of the agent ("His death
was announced by his son Abhijit Mukherjee via Twitter", dev8; "The charge was denied by Irma
Tchkadua, Basilashvili's lawyer", dev), as it annotates "announced his death" in the active.
A topic or a medium is no report ("The outbreak was first confirmed by the government", "The
news … was independently confirmed by Associated Press", "The excerpts … were reported by CNN
as such": not in the gold), so only those heads pass, and only for *announce*, *confirm*,
*deny*, *reveal*, *report* and *claim*. The agent follows the cue within four words ("was
announced on Monday by X").
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.objects import CONTENT_HEADS
from discourse.extract.quotes.lang.en.passive import BE
from discourse.extract.quotes.lang.en.phrases import np_backward, np_forward
from discourse.extract.quotes.tokens import wordish

__all__ = ["agent_passive", "agent_passive_phrase", "short_passive_subject"]

_CUES = frozenset("announce confirm deny reveal report claim".split())
_HEADS = CONTENT_HEADS | frozenset("""charge charges allegation allegations accusation
    accusations""".split())
_REACH = 4
# A possessive before the head, which the noun phrase reader leaves out ("her" is an object
# pronoun too): "Her resignation was announced by …".
_POSSESSIVE = frozenset("her his their its our my your".split())


def _subject_start(lows: list[str], s: int, ti: int) -> int:
    return s - 1 if s - 1 >= ti and lows[s - 1] in _POSSESSIVE else s


def agent_passive(doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int) -> Found | None:
    """The subject of "<content noun> was <cue>ed (…) by <agent>" as the agent's report, or
    None (see the module docstring)."""
    toks = doc.toks
    lows, words = toks.lows, toks.words
    a, b, cue = h
    if cue.lemma not in _CUES or not lows[a].endswith("ed") or a - 2 < ti:
        return None
    j = a - 1
    while j > ti and lows[j] in ("first", "also", "later", "officially", "publicly", "been"):
        j -= 1
    if lows[j] not in BE or j - 1 < ti or not wordish(words[j - 1]):
        return None
    by = next((m for m in range(b, min(tj, b + _REACH + 1)) if lows[m] == "by"), None)
    if by is None or any(not wordish(words[m]) for m in range(b, by)):
        return None
    e = np_forward(toks, by + 1)
    if e <= by + 1:
        return None
    s = _subject_start(lows, np_backward(toks, j, ti), ti)
    if s >= j or not any(low in _HEADS for low in lows[s:j]):
        return None
    return Found(toks.starts[s], toks.ends[j - 1], "indirect", doc.attr(h, (by + 1, e), "cue_before"),
                 "cue_before")


_PHRASE_VERBS = ("announc", "report", "declar", "confirm", "deni", "reveal", "claim")


def agent_passive_phrase(doc: Doc, h: tuple[int, int, Cue], ti: int) -> Found | None:
    """The same for a phrase cue of the lexicon ("was announced by", "was reported by", read
    otherwise as "This was stated by X" after a statement): the content noun subject before it
    is the report of the agent after it."""
    toks = doc.toks
    lows, words = toks.lows, toks.words
    a, b, _ = h
    if b - a != 3 or lows[a] not in BE or lows[b - 1] != "by" or not lows[a + 1].startswith(
            _PHRASE_VERBS) or a - 1 < ti or not wordish(words[a - 1]):
        return None
    e = np_forward(toks, b)
    s = _subject_start(lows, np_backward(toks, a, ti), ti)
    if e <= b or s >= a or not any(low in _HEADS for low in lows[s:a]):
        return None
    return Found(toks.starts[s], toks.ends[a - 1], "indirect", doc.attr(h, (b, e), "cue_before"),
                 "cue_before")


def short_passive_subject(doc: Doc, s: int, e: int) -> bool:
    """``keeps_short`` for :func:`agent_passive`: is the report ``[s, e)`` a content noun
    subject followed by a form of "be", a verb of :data:`_CUES` and "by" ("His death | was
    announced by …")?"""
    toks = doc.toks
    lows = toks.lows
    j = doc.tok_index(e)
    if j + 2 >= len(lows) or lows[j] not in BE:
        return False
    k = j + 1
    while k < len(lows) and lows[k] in ("first", "also", "later", "officially", "publicly", "been"):
        k += 1
    return k + 1 < len(lows) and lows[k].endswith("ed") and doc.lex.match(lows, k) is not None and (
        "by" in lows[k + 1:k + 2 + _REACH]) and any(
        low in _HEADS for low in lows[doc.tok_index(s):j])
