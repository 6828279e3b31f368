"""English: noun objects of a verb of saying that name what is talked about, no proposition
(issue 14, whole articles).

Two shapes of US political news (Wikinews dev, dev8 and dev7's campaign features) made reports
that the gold does not hold:

- **An anaphoric claim noun** (:func:`anaphoric_claim`): "Biden denied the allegations",
  "Aides publicly denied the story", "acknowledged these reports": the object points back at a
  claim told elsewhere in the article; the sentence reports no proposition of its own. Not
  "denied any allegation of quid pro quo" (no anaphoric determiner: the "of" phrase is the
  content) nor "denied the claims that he had lied" (the "that" clause is the content).
- **Confirmation as appointment** (:func:`confirmed_appointment`): "The Senate confirmed judge
  Barrett to the Supreme Court", "the Senate confirmed Pierluisi's nomination": a legislature
  confirming a person, or confirming a nomination or an appointment, performs an act and
  reports nothing. "The Senate confirmed that the vote would be held" keeps its report.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.tokens import cap

__all__ = ["anaphoric_claim", "confirmed_appointment", "named_topic"]

_ANAPHORIC: Final = frozenset("the these those such this that".split())
# nouns of a claim told elsewhere: with an anaphoric determiner the object only names it
_CLAIM_NOUNS: Final = frozenset("""allegation allegations accusation accusations story stories claim
    claims charge charges rumour rumours rumor rumors report reports""".split())
# words between the determiner and the noun: adjectives of such claims ("the latest reports")
_CLAIM_ADJECTIVES: Final = frozenset("""latest new earlier previous recent same original initial
    above former""".split())
# bodies that confirm people in office
_LEGISLATURES: Final = frozenset("""senate congress parliament legislature assembly committee
    house""".split())
_MODALS: Final = frozenset("can could may might must shall should will would".split())
# "-s" and "-ed" words after the noun that are no verb ("denied the allegations as baseless")
_NOT_VERBS: Final = frozenset("as was has is this thus its his hers ours theirs yours".split())
_APPOINTMENT_NOUNS: Final = frozenset("""nomination nominations appointment appointments nominee
    nominees""".split())


def _object_start(doc: Doc, f: Found) -> int:
    """Token of the report's first word when it opens right after its cue (one adverb between
    them at most), else -1."""
    a = f.attr
    if a is None or f.kind != "indirect" or a.cue_end > f.start:
        return -1
    i = doc.tok_index(f.start)
    toks = doc.toks
    c = doc.tok_index(a.cue_end) - 1  # the cue's last token
    if i <= c or i - c > 2 or i >= len(toks.lows) or toks.starts[i] != f.start:
        return -1
    if i - c == 2 and not toks.lows[c + 1].endswith("ly"):
        return -1
    return i


def anaphoric_claim(doc: Doc, f: Found) -> bool:
    """Is the report ``f`` a noun object naming a claim told elsewhere ("denied the
    allegations", "denied the story as did Bolton"): an anaphoric determiner, at most one
    adjective of such claims, a claim noun, and no "that" or "of" after it?"""
    i = _object_start(doc, f)
    if i < 0:
        return False
    lows = doc.toks.lows
    if lows[i] not in _ANAPHORIC:
        return False
    k = i + 1
    if k < len(lows) and lows[k] in _CLAIM_ADJECTIVES:
        k += 1
    if k >= len(lows) or lows[k] not in _CLAIM_NOUNS:
        return False
    if k + 1 < len(lows) and (lows[k + 1] in ("that", "of") or _verb_after(doc, k + 1)):
        return False  # "the claims that P", "the claims of P"; "says the accusations are
        # false": the noun is a clause's subject, the clause the report (NewsMTSC)
    return True


def _verb_after(doc: Doc, k: int) -> bool:
    """Is token ``k`` a verb that makes the noun before it a subject: an auxiliary or a modal,
    or a lower-case past or present form ("were", "could", "proved", "remains")?"""
    low = doc.toks.lows[k]
    if low in AUX or low in _MODALS:
        return True
    return not cap(doc.toks.words[k]) and low.endswith(("ed", "s")) and len(low) > 3 and (
        low not in _NOT_VERBS)


def confirmed_appointment(doc: Doc, f: Found) -> bool:
    """Is the report ``f`` the object of *confirm* naming a nomination or an appointment within
    its first four words ("confirmed Pierluisi's nomination"), or a person a legislature
    confirmed ("The Senate confirmed judge Barrett to the Supreme Court": the mention's last
    word a legislature, the object no clause opening with "that")?"""
    a = f.attr
    if a is None or not a.cue.lower().startswith("confirm"):
        return False
    i = _object_start(doc, f)
    if i < 0:
        return False
    toks = doc.toks
    lows = toks.lows
    last = min(len(lows), i + 4)
    if any(lows[m] in _APPOINTMENT_NOUNS for m in range(i, last)):
        return True
    if a.m_start < 0 or lows[i] == "that":
        return False
    m_last = doc.tok_index(a.m_end) - 1
    if not (0 <= m_last < len(lows)) or lows[m_last] not in _LEGISLATURES:
        return False
    # a person: a capitalised name within the object's first three words, then "to"/"as" a post
    names = [m for m in range(i, min(len(lows), i + 3)) if cap(toks.words[m])]
    return bool(names) and any(lows[m] in ("to", "as") for m in range(names[-1] + 1,
                                                                       min(len(lows),
                                                                           names[-1] + 3)))


def named_topic(doc: Doc, f: Found) -> bool:
    """Either of the two above: ``f`` names a topic or an act, no report."""
    return anaphoric_claim(doc, f) or confirmed_appointment(doc, f)
