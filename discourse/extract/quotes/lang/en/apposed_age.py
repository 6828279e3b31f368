"""Short appositions set off by commas after a subject: a person's age ("Jane Doerr, 70,", "The
senator, 70, says") and a party tag ("Jane Doerr, R-Ohio,") (issue 14, the English grid).

News English writes both between the subject and its verb; neither is a clause or a speaker.
Used by :mod:`.phrases` (``subject_before``), :mod:`.tail_apposed` and
:mod:`.tail_apposed_roles`. No imports from the rule modules (``phrases`` imports this).
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks

__all__ = ["age_apposition", "described_role", "party_tag"]


def age_apposition(toks: Toks, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a person's age: one number of 1-120 ("Jane Doerr, 70,")."""
    w = toks.words[i] if j - i == 1 else ""
    return w.isdigit() and 1 <= int(w) <= 120


def party_tag(toks: Toks, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a party tag: "R-Ohio", "D-Calif.", "I-Vt." (a capital letter of a
    party, a hyphen and a state), as US news writes after a lawmaker's name."""
    words = toks.words
    if not 1 <= j - i <= 3:
        return False
    w = words[i]
    return len(w) > 2 and w[0] in "RDI" and w[1] in "-–" and w[2:3].isupper() and all(
        words[m] in ".-–" or words[m][:1].isupper() for m in range(i + 1, j))


# Openers of a description in apposition ("a Democrat from Ohio", "the party's leader")
_DESCRIPTION_OPENERS = frozenset("a an the his her their its".split())
_CLAUSE_WORDS = frozenset("""that who which when where and but or is are was were has have had
    will would can could may might should do does did""".split())


def described_role(toks: Toks, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a description in apposition after a person noun ("The senator, a
    Democrat from Ohio, says"): opened by an article or a possessive, 2-10 words, no clause or
    verb word (a time or a clause between commas is no description of the subject)."""
    words, lows = toks.words, toks.lows
    if not 2 <= j - i <= 10 or lows[i] not in _DESCRIPTION_OPENERS:
        return False
    return all(words[m][:1].isalnum() or words[m] in ("'s", "’s", "-") for m in range(i, j)) and (
        not any(lows[m] in _CLAUSE_WORDS for m in range(i, j)))
