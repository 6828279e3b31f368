"""English: a name right after a quote's verb of saying, the verb first ('"...," said Katie Gage').

:func:`.en_clause.subject_after` reads the name-first order ('"...," Katie Gage said') and
:func:`.en_after.description_after` a description in either order ('"...," said the judge');
the inverted order with a name is read here, for the rules that look for the speaker named
after a quote the extractor attributed to somebody before it ('( Also on POLITICO: Ann Romney
tells of miscarriage) "She will step back ...," said Katie Packer Gage, deputy campaign
manager.'). Reads text only; offsets into the text.
"""

from __future__ import annotations

import re

from discourse.extract.speakers.lang.en_after import SAY_AFTER

__all__ = ["name_after_verb", "role_after_name"]

# Marks, spaces and the comma that close a quote before its attribution.
_CLOSERS = " \t\"'”’»,"
# A capitalised word of a name, an initial, or a title with its full stop ("Sen.", "J.").
_CAP = r"(?:[A-Z][\w'’\-]*\.?)"
# The verb, then a name of capitalised words (particles allowed inside: "Beto de la Cruz"),
# which a punctuation mark or a lower-case word ends ("said Tom Hale on Monday").
_INVERTED = re.compile(
    r"(?P<verb>[a-z]+)\s+(?P<name>" + _CAP + r"(?:\s+(?:" + _CAP + r"|de|la|van|von|al|bin|da))*)"
    r"(?=\s*[,;:!?)]|\.(?!\w)|\s+[a-z]|\s*$)")
# Capitalised words that name no speaker right after a verb ('"...," said Monday.').
_NO_NAME = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december i it this that there then the a an
    in on at of to for and but
""".split())
# Titles: a name after them, not alone ("said Sen. Ann Hale", not "said Col.Tony Hale" cut).
_TITLES = frozenset("mr mrs ms dr sen rep gov gen col lt sgt capt prof".split())
_ABBREVIATIONS = _TITLES | {"jr", "sr", "inc", "co", "ltd", "st"}


def name_after_verb(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the name right after a verb of saying that follows the quote ending at
    ``pos`` ('"...," said Katie Packer Gage, deputy campaign manager.' gives "Katie Packer
    Gage"; the appositive is the mention's extension's to add), within ``hi``; None when the
    words after the quote are no verb of saying and a name.

    >>> t = '"We will win," said Katie Gage, a spokeswoman.'
    >>> a, b = name_after_verb(t, t.index(',"') + 2, len(t)); t[a:b]
    'Katie Gage'
    >>> name_after_verb('"We will win," said Monday.', 14, 27) is None
    True
    >>> name_after_verb('"We will win," said Col.Tony Hale.', 14, 34) is None
    True
    """
    k = pos
    while k < hi and text[k] in _CLOSERS:
        k += 1
    m = _INVERTED.match(text, k, hi)
    if m is None or m.group("verb") not in SAY_AFTER:
        return None
    words = [w.rstrip(".").lower() for w in m.group("name").split()]
    if words[0] in _NO_NAME or all(w in _TITLES for w in words):
        return None
    a, b = m.span("name")
    if text[b - 1] == "." and len(words[-1]) > 1 and words[-1] not in _ABBREVIATIONS:
        b -= 1  # the sentence's full stop ("said Ann Hale."), not an initial's or "Jr."'s
    return a, b


# An appositive that closes the sentence or the clause after an inverted name: ", deputy
# campaign manager.", ", a spokeswoman for the group,": an optional article, then up to eight
# words without a verb or a relative word, its last or its first a noun for a person.
_ROLE = re.compile(
    r",\s+(?P<role>(?:(?:an?|the|his|her|its|their)\s+)?[\w'’.\-]+(?:\s+[\w'’.\-]+){0,7}?)"
    r"(?=[.,;]\s|[.,;]?$)")
_PERSON = re.compile(
    r"(?:er|or|ist|ian|man|woman|person|ee|secretary|chief|official|aide|chair|head|leader|"
    r"counsel|attorney|general|president|candidate|analyst|expert|adviser|advisor|deputy)s?$")
_NOT_ROLE = frozenset("""
    who which that whose said says told added adding saying and but when while as if because
""".split())


def role_after_name(text: str, ms: int, me: int, hi: int) -> int:
    """The end of the name ``text[ms:me]`` with the role in apposition after it ("Katie Packer
    Gage, deputy campaign manager", "Tom Hale, a spokesman for the group"), the gold keeps it;
    ``me`` when none follows within ``hi``.

    >>> t = '"We will win," said Tom Hale, a spokesman for the group.'
    >>> t[20:role_after_name(t, 20, 28, len(t))]
    'Tom Hale, a spokesman for the group'
    """
    m = _ROLE.match(text, me, hi)
    if m is None:
        return me
    words = [w.lower().strip(".") for w in m.group("role").split()]
    if any(w in _NOT_ROLE for w in words) or words[-1].endswith(("ed", "ing")) and len(words) > 1:
        return me
    nouns = [w for w in words if w not in ("a", "an", "the", "his", "her", "its", "their")]
    if not nouns or not any(_PERSON.search(w) for w in nouns[:1] + nouns[-1:]) and not any(
            w in ("spokesman", "spokeswoman", "spokesperson") for w in nouns):
        return me
    end = m.end("role")
    if text[end - 1] == "." and len(m.group("role").split()[-1]) > 4:
        end -= 1  # the sentence's full stop, not an abbreviation's ("Jr.", "Inc.")
    return end
