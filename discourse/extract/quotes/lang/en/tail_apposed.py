"""English sentence-final attribution whose subject is a name and an apposition set off by
commas: ``P, Tom Reyes, a spokesman, said Monday.`` / ``P, the company's spokesman, Tom Reyes,
said.`` / ``P, Tom Reyes, who heads the office, told reporters.``

Before this rule the comma after the apposition read as the start of an inverted tail
(``P, said X``), and the word after the verb ("Monday") became the speaker, or nothing was found
when the verb closed the sentence. News writes this shape constantly (a spokesperson's
statement). Used by :mod:`.tail`.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.apposed_age import age_apposition, described_role, party_tag
from discourse.extract.quotes.lang.en.phrases import PERSON_NOUNS
from discourse.extract.quotes.lang.en.tail_apposed_roles import bare_role
from discourse.extract.quotes.lang.en.words import AUX, WEEKDAYS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["apposed_subject"]

# What may follow the verb when the subject stands before it: a time, a short adverbial
_TIME = WEEKDAYS | frozenset("""today yesterday tonight earlier later recently again also
    previously last this""".split())
_ADVERBIAL = frozenset("in on at during via through".split())
_NOT_IN_NAME = frozenset("and or but the a an".split())


def _name(toks: Toks, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a person's or an organisation's name: 1-5 capitalised words
    ("Tom Reyes", "J.D. Vance", "Rep. Jane Doerr")."""
    words, lows = toks.words, toks.lows
    if not 1 <= j - i <= 6 or not cap(words[i]):
        return False
    return all((cap(words[m]) and lows[m] not in _NOT_IN_NAME) or words[m] in ".-'’"
               for m in range(i, j))


def _description(toks: Toks, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` describe a person: a relative clause ("who heads the office"), a noun
    phrase after a possessive name ("Acme's spokesman"), or a description in apposition as
    :func:`.apposed_age.described_role` reads it ("a spokesman for the firm", "his press
    secretary")."""
    words, lows = toks.words, toks.lows
    if lows[i] == "who":
        return 3 <= j - i <= 15
    if i + 1 < j and (lows[i].endswith(("'s", "’s")) or lows[i + 1] in ("'s", "’s")) and cap(
            words[i]):
        return j - i <= 10 and all(wordish(words[m]) or words[m] in ("'s", "’s", "-")
                                   for m in range(i, j)) and not any(
            lows[m] in AUX for m in range(i, j))
    return described_role(toks, i, j)


def _after_verb_ok(toks: Toks, b: int, tj: int, tell: bool) -> bool:
    """What follows the verb up to the sentence's end is nothing, a time, or a short adverbial
    ("said Monday", "said in a statement", "told reporters on Tuesday")."""
    words, lows = toks.words, toks.lows
    rest = [m for m in range(b, tj) if words[m] not in ".!?"]
    if not rest:
        return True
    if len(rest) > 8 or any(words[m] in ",;:\"“”" or lows[m] in ("that", "to") or lows[m] in AUX
                            for m in rest):
        return False
    first = lows[rest[0]]
    return first in _TIME or first in _ADVERBIAL or (tell and wordish(words[rest[0]]))


def apposed_subject(toks: Toks, ti: int, k: int, b: int, tj: int,
                    tell: bool) -> tuple[int, int, int] | None:
    """For the comma at ``k`` right before the verb of saying (whose words end at ``b``):
    ``(comma, start, end)`` when the verb's subject is a name and its apposition between commas
    (``comma`` opens them and ends the report; ``[start, end)`` is the speaker phrase), else
    None. ``tell``: the verb is "tell" (a listener may follow it)."""
    words = toks.words
    if not _after_verb_ok(toks, b, tj, tell):
        return None
    # the comma between the two parts, then the comma before them both
    k2 = k - 1
    while k2 > ti and words[k2] != "," and k - k2 <= 16:
        k2 -= 1
    if k2 <= ti or words[k2] != ",":
        return None
    k3 = k2 - 1
    while k3 > ti and words[k3] != "," and k2 - k3 <= 16:
        k3 -= 1
    if k3 <= ti or words[k3] != ",":
        return None
    first, second = (k3 + 1, k2), (k2 + 1, k)
    if _name(toks, *first) and (_description(toks, *second) or bare_role(toks, *second)):
        end = k2 if toks.lows[second[0]] == "who" else k  # the name alone before a clause
        return k3, first[0], end
    if _name(toks, *first) and party_tag(toks, *second):
        return k3, first[0], k  # "P, Jane Doerr, R-Ohio, said": the name and tag (apposed_age)
    if _description(toks, *first) and toks.lows[k2 - 1] in PERSON_NOUNS and described_role(
            toks, *second):
        return k3, first[0], k2  # "P, the senator, a Democrat from Ohio, said": "the senator"
    if age_apposition(toks, *second) and (_name(toks, *first) or (
            _description(toks, *first) and toks.lows[first[0]] != "who")):
        return k3, first[0], k2  # "P, Jane Doerr, 70, said", "P, the senator, 70, said": no age
    if _description(toks, *first) and toks.lows[first[0]] != "who" and _name(toks, *second):
        return k3, first[0], k
    return None
