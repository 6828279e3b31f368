"""English: "P, X said, speaking on condition of anonymity": what follows an interrupting
attribution may be the speaker's own participle phrase, not a second part of the report (issue
14, the second English grid).

``tail.inverted_tail`` reads "P, his office said, Q" as a report interrupted by its attribution
and gives both parts (a few participles of saying, "saying", "adding", "noting", "citing", are
left out there: they open reports of their own). A participle phrase after the attribution's
comma ("…, one official said, speaking on the condition of anonymity because …", "…, she said,
declining to give details", "…, he said, pointing to the new law", "…, she said, without
elaborating", "…, he said, after meeting the governor") describes how the speaker spoke; its
subject is the speaker, and it is none of the speaker's words. The report is then the part
before the attribution only. A participle that is a cue ("adding that Q", "warning that Q")
opens a report and is left to the rules that read it.

A report that its attribution cuts inside a verb phrase goes on with the participle ("The
agency is, he said, reviewing the rules"): after an auxiliary or a verb taking a gerund the
participle stays the report's second part, and so it does after a preposition or a
conjunction ("… anything, except, he said, avoiding criminal charges").
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en.words import AUX

__all__ = ["participle_report_start", "speaker_participle"]

# Words in -ing that are no participle opening a phrase of the speaker.
_NOT_PARTICIPLES = frozenset("""nothing something anything everything morning evening during
    thing things king spring string ring bring sing""".split())
# Prepositions and conjunctions that open a participle phrase of the speaker ("without
# elaborating", "after meeting the governor", "while visiting Ohio").
_BEFORE_PARTICIPLE = frozenset("without after before while when upon".split())
# Verbs after which an -ing word continues the verb phrase ("began, she said, reviewing …").
_GERUND_TAKERS = frozenset("""be been being keep keeps kept stop stops stopped start starts
    started begin begins began begun continue continues continued avoid avoided finish
    finished quit risk""".split())

# Words after which the report is not complete: a preposition or conjunction takes the -ing
# word as its object ("… anything, except, he said, avoiding criminal charges").
_OPEN_ENDS = frozenset("""except besides but than like of by for from about in on at with without
    to into including and or nor as before after while""".split())


def speaker_participle(doc: Doc, e: int, tj: int, k: int) -> bool:
    """Do the tokens after the comma at ``e`` (the attribution's end) open a participle phrase
    of the speaker, the report before the attribution's comma ``k`` being complete? A cue's
    participle ("adding that Q", "warning that Q") opens a report and is none."""
    toks = doc.toks
    lows = toks.lows
    if e + 1 >= tj or toks.words[e] != ",":
        return False
    first = e + 1
    if lows[first] in _BEFORE_PARTICIPLE and first + 1 < tj:
        first += 1
    w = lows[first]
    if not (w.endswith("ing") and len(w) > 4 and w.isalpha() and w not in _NOT_PARTICIPLES):
        return False
    if toks.words[first][:1].isupper():
        return False  # a name ("Fleming", "Ewing")
    if lows[e + 1] != "without" and doc.hits_between(first, first + 1):
        return False  # a cue of its own ("adding", "warning"; not "without elaborating")
    last = lows[k - 1]
    return last not in AUX and last not in _GERUND_TAKERS and last not in _OPEN_ENDS


def participle_report_start(doc: Doc, b: int, tj: int) -> int:
    """The first token of the report after an attribution ending at the comma ``b`` that a
    cue's participle and "that" open ("…, Jane Doerr, the director, said, adding that Q": Q),
    else ``b + 1``."""
    lows = doc.toks.lows
    if b + 3 < tj and lows[b + 1].endswith("ing") and lows[b + 2] == "that" and (
            doc.hits_between(b + 1, b + 2)):
        return b + 3
    return b + 1
