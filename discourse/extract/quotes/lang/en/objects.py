"""English noun objects that carry content after a verb of saying (issue 14).

The gold annotates a noun-phrase object as the report when it states an event, a number or a
claim — "announced his death", "confirmed the deaths of three soldiers", "predicted another
surge of cases", "stated its intention to leave", "reported 300 new cases" — and not when it
names a topic ("discussed the issue", "talked about the economy", "announced the plan"). This
module tells the two apart by the object's head: a count, or a head from a closed list of event,
state and claim nouns (:data:`CONTENT_HEADS`) among its first words, before any preposition; a
topic noun never passes, whatever the verb. Such a report is often short ("his death"):
:func:`short_content_object` (the language's ``keeps_short``) vouches for it to the shared
three-word floor of :mod:`discourse.extract.quotes.reported`.

    >>> from discourse.extract.quotes.tokens import Toks, token_columns
    >>> toks = Toks(*token_columns("The family announced his death on Tuesday."))
    >>> content_object(toks, 2, 3, len(toks.lows), "announce")
    True
    >>> toks = Toks(*token_columns("The minister announced the plan on Tuesday."))
    >>> content_object(toks, 2, 3, len(toks.lows), "announce")
    False
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en.counts import approximate_count
from discourse.extract.quotes.tokens import Toks

__all__ = ["COUNTING_CUES", "NUMBER_WORDS", "content_object", "counted_object",
           "short_content_object"]

# verbs of saying whose object is what was said when it states an event or a claim
# ("confirmed his identity", "maintains his innocence", "predicted a surge of"); not "tell",
# "discuss", "mention" (a topic), nor the verbs with a listener ("warned them")
_CONTENT_CUES = frozenset("""announce confirm report predict state affirm reaffirm maintain
    claim reveal""".split())

# heads that state an event, a state of affairs or a claim, not a topic ("the issue", "the
# economy", "the plan", "the matter", "the decision": no content of their own)
CONTENT_HEADS = frozenset("""death deaths resignation retirement intention intentions
    willingness readiness surge surges spike casualties injuries fatalities infections cases
    innocence guilt identity victory arrest arrests withdrawal fraud correlation mechanism
    """.split())
# (fraud: "has claimed widespread voter fraud with mail-in ballots", dev9; a relation found
# between things is a claim: "has reported a correlation with the entry of orcas" (dev11),
# "reported a new mechanism by which warm ocean currents erode …" (dev); not "link", as often
# a web address: "confirmed the link to the website")

# heads of new rules announced, content when the object is not anaphoric: "announced new
# lockdown measures" (dev4), "announced stricter measures to inhibit …" (dev9), C's "announced
# new restrictions"; "announced the measures" refers back to them, a topic
_NEW_RULES = frozenset("measures restrictions lockdown lockdowns curfew curfews".split())
_ANAPHORIC = frozenset("the these those such this that".split())

# heads that carry content only with their "for" complement: "claimed responsibility for all
# three attacks" (dev5), not a bare "claimed responsibility." (dev4, dev8: no report)
_WITH_FOR = frozenset(["responsibility"])

# heads that carry content only with their infinitive: "their plans to oppose the bill"
_WITH_INFINITIVE = frozenset("plan plans intent desire".split())

# before the head: determiners, possessives, numbers and adjectives; these end the search
_STOPS = frozenset("""of to in on at about from for with by over that which who and or but as
    , ; : . " “ ” ( )""".split())

_MODALS = frozenset("may might could would will can should must to".split())
_BIG = frozenset("million billion thousand hundred".split())

COUNTING_CUES: Final = frozenset("report confirm".split())
NUMBER_WORDS: Final = frozenset("""two three four five six seven eight nine ten eleven twelve twenty
    thirty forty fifty hundred hundreds dozens thousands thousand million dozen""".split())
_TOPIC_PREPS = frozenset("to in on at about from".split())


def content_object(toks: Toks, a: int, k: int, tj: int, lemma: str) -> bool:
    """Does the noun object at ``k`` (up to the sentence's token ``tj``) of the cue at ``a``
    with ``lemma`` state what was said: a head of :data:`CONTENT_HEADS` among its first four
    words ("his death", "the deaths of three soldiers", "another surge of", "its first
    coronavirus infections"), or "plans"/"intent" with an infinitive ("their plans to oppose")?
    Not after a modal ("may reveal his identity": no report) nor a number ("1.6 million
    confirmed cases": a participle)."""
    lows = toks.lows
    if lemma not in _CONTENT_CUES or (a > 0 and (
            lows[a - 1] in _MODALS or lows[a - 1] in NUMBER_WORDS or lows[a - 1] in _BIG
            or lows[a - 1][:1].isdigit())):
        return False
    for m in range(k, min(tj, k + 4)):
        low = lows[m]
        if low in _STOPS:
            return False
        if low in CONTENT_HEADS:
            return True
        if low in _WITH_INFINITIVE and m > k and m + 1 < tj and lows[m + 1] == "to":
            return True
        if low in _WITH_FOR and m + 1 < tj and lows[m + 1] == "for":
            return True
        if low == "cause" and lows[m + 1:m + 3] == ["of", "death"]:
            return True  # "reported his cause of death as complications from …" (dev5, dev9)
        if low in _NEW_RULES and lows[k] not in _ANAPHORIC:
            return True
    return False


def short_content_object(doc: Doc, s: int, e: int) -> bool:
    """``keeps_short``: is the report ``[s, e)`` a content-bearing noun object right after a
    verb of saying ("announced | his death", "maintains | his innocence")?"""
    i = doc.tok_index(s)
    if i == 0 or doc.toks.starts[i] != s:
        return False
    got = doc.lex.match(doc.toks.lows, i - 1)
    # two words at least ("his death"): a bare noun is too often an adjective's head
    return got is not None and got[0] == 1 and doc.tok_index(e) - i >= 2 and content_object(
        doc.toks, i - 1, i, doc.tok_index(e), got[1].lemma)


def counted_object(toks: Toks, k: int) -> bool:
    """Does a count open the object at ``k`` ("5,667 cases", "a total of", "three deaths")?"""
    lows = toks.lows
    first = lows[k]
    if first in ("a", "an", "either") and any(
            (lows[m][:1].isdigit() and not _year(lows[m])) or lows[m] in NUMBER_WORDS
            for m in range(k + 1, min(len(lows), k + 7))):
        # "a value of US$473.60 per ton", "a captain and eleven other crew", "either December
        # 27 or December 28": a figure near the head of the object (not a year: "a 2019 attack")
        return not any(lows[m] in _TOPIC_PREPS for m in range(k + 1, min(len(lows), k + 3)))
    if approximate_count(toks, k):
        return True  # "noted over 370 horns seized", "reported one more case" (counts.py)
    return first[:1].isdigit() or first in NUMBER_WORDS or (
        first == "a" and lows[k + 1] in ("total", "record")) or (
        first in ("more", "at", "about", "nearly", "over") and k + 2 < len(lows)
        and lows[k + 1] in ("than", "least") and lows[k + 2][:1].isdigit())


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")
