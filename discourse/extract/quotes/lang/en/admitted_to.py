"""English: "admitted to <gerund> …" reports the admitted act (issue 14, round 37).

"Admit" and "confess" take a "that" clause ("admitted that he drugged women"), and just as often
"to" and a gerund with the same content: "Bill Cosby admitted to drugging women to have sex"
(saying set 16 dev), "X admits to encouraging terrorism after calling for attacks" (saying set
14 dev): the gold annotates the gerund phrase as the report, as it does "claim to have …"
(set 15). Before, "to" was read as an adverbial preposition and the sentence had no report.

Only these two verbs: "admitted to the hospital", "admitted to the bar" hold no gerund and stay
out; "objected to paying", "pointed to rising costs" are not statements of a proposition. The
phrase ends at a comma, a colon or semicolon, a dash, an opening quotation mark, or a
subordinator or preposition of time that starts the author's adverbial ("… terrorism after
calling for attacks").
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["ADMITTING", "admitted_gerund", "gerund_end", "short_admission"]

# the verbs whose "to" + gerund is what they state
ADMITTING = frozenset("admit confess".split())
_FORMS = frozenset("""admit admits admitted admitting confess confesses confessed
    confessing""".split())
# "-ing" words that are no gerund opening an act ("admitted to nothing", "to something")
_NOT_GERUNDS = frozenset("nothing something anything everything thing king spring".split())
# words that end the admitted act: the author's adverbial of time or reason
_ENDS = frozenset("after before when while because since until amid following during".split())
_STOPS = frozenset(",;:—–()\"“")


def admitted_gerund(toks: Toks, lemma: str, k: int, tj: int) -> int:
    """The token of the gerund after "to" at ``k`` when the cue of ``lemma`` is one of
    :data:`ADMITTING` ("admitted | to drugging women"), or -1."""
    if lemma not in ADMITTING or k + 1 >= tj or toks.lows[k] != "to":
        return -1
    g = k + 1
    low = toks.lows[g]
    if low.endswith("ing") and len(low) >= 5 and not cap(toks.words[g]) and (
            low not in _NOT_GERUNDS):
        return g
    return -1


def gerund_end(toks: Toks, g: int, tj: int) -> int:
    """End token (exclusive) of the gerund phrase opening at ``g``: before a comma, a colon
    or semicolon, a dash, a bracket, an opening quotation mark, or a subordinator of time or
    reason (the author's adverbial), else the sentence's end."""
    words, lows = toks.words, toks.lows
    for m in range(g + 1, tj):
        if words[m] in _STOPS or lows[m] in _ENDS or words[m] in ".!?":
            return m
    return tj


def short_admission(doc: Doc, s: int, e: int) -> bool:
    """``keeps_short``: is the report ``[s, e)`` of two words the gerund phrase right after
    "admit(s/ted) to" ("admits to | encouraging terrorism")? A gerund and its object are the
    whole admitted act, however short."""
    toks = doc.toks
    i = doc.tok_index(s)
    j = doc.tok_index(e)
    if i < 2 or toks.starts[i] != s or j - i != 2:
        return False
    return toks.lows[i - 1] == "to" and toks.lows[i - 2] in _FORMS and admitted_gerund(
        toks, "admit", i - 1, j) == i
