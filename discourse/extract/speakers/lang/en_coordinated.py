"""English: coordinated speakers, "X and Y" of one verb of saying, are one mention.

'"We love cats!" reply Burton and Nick.', 'said Mayor Ann Hale and her deputy.', 'Anna Berg,
Carl Holm and Dina Ek told reporters:': the verb has a coordinated subject, every conjunct
speaks the quote, and the gold mention (ANNOTATION.md: the mention as written) is the whole
coordination. The rules that find a mention stop at the first name ("Burton") or read the last
two conjuncts only ("Carl Holm and Dina Ek"); :func:`coordinated_extent` widens the mention to
the whole coordination. Reads text only; offsets into the text.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.speakers.lang.en_after import SAY_AFTER

__all__ = ["coordinated_extent"]

# A title with its full stop, before a capitalised name ("Dr. Ann Hale").
_TITLE: Final = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Lt|Col|Capt)\.\s+)"
# A name: capitalised words, particles inside ("Piet de Vries"), initials ("J. Hale").
_NAME: Final = (r"(?:" + _TITLE + r"?(?!" + _TITLE + r")[A-Z][\w'’\-]*"
         r"(?:\s+(?:[A-Z]\.(?=\s)|[A-Z][\w'’\-]*|de|van|von|la|al|bin))*)")
# A description a possessive opens: "her deputy", "his wife", "their lawyer" (at most three
# lower-case words; no verb is read, the lookahead of :data:`_AND_NEXT` keeps a clause out).
_POSSESSED: Final = r"(?:(?:his|her|their)\s+(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)"
# Verbs of saying that may follow a coordinated subject ("Hale and Berg say").
_SAYS: Final = sorted(SAY_AFTER | {"say", "tell", "reply", "insist", "add", "write", "warn"})
# Prepositions that open an adverbial after the noun phrase ("said Ann Bell and Tom Hale in a
# statement", "on Monday").
_ADVERBIAL: Final = r"in|on|at|during|after|before|while|from|to"
# After the mention: "and" and one more conjunct, then the end of the noun phrase: a mark, the
# end of the text, or a verb of saying (the lookahead lets the possessive's words end anywhere).
_AND_NEXT: Final = re.compile(
    r"\s+and\s+(?P<next>" + _NAME + "|" + _POSSESSED + r")"
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:" + "|".join(_SAYS) + r"|" + _ADVERBIAL + r")\b)")
# A prepositional phrase in the mention ("James Rovella of the Connecticut Department of ...").
_OF_PHRASE: Final = re.compile(r"\s(?:of|for|at)\s")
# A preposition that opens a mention the rules took from an adverbial ("Between Israelis"): no
# subject, so no coordination of speakers either.
_PREPOSITIONS: Final = frozenset("between among amongst for with from of to in on at by like unlike".split())
# Before the mention: one or more "Name, " of a list whose last two conjuncts the mention holds;
# the last conjunct alone after "Name, and " or "Name and " (a list with the serial comma).
_LIST_ITEM_BEFORE: Final = re.compile(_NAME + r",\s+$")
_LAST_ITEM_BEFORE: Final = re.compile(_NAME + r",?\s+and\s+$")
# What may stand before the first conjunct of a list: the start of a sentence or a line, a
# verb of saying ("said Anna Berg, Carl Holm and Dina Ek").
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:;\n]\s*[\"“”']?\s*|[\"”],?\s+)$")
# Capitalised words that are in no name of a speaker: a day, a month, "I", and the words that
# open a sentence's adverbial ("On Thursday, UK-based retailer Tesco and ... Salling Group").
_NO_NAME: Final = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december i the a an this that it on in at
    after before during since last next when while as if according for by from with yesterday
    today tonight earlier later meanwhile however also but and so then
""".split())


def coordinated_extent(text: str, ms: int, me: int) -> tuple[int, int]:
    """The mention ``[ms, me)`` widened to the coordination it is a conjunct of: "Burton" in
    '"We love cats!" reply Burton and Nick.' gives "Burton and Nick", "Carl Holm and Dina Ek" in
    "Anna Berg, Carl Holm and Dina Ek told reporters" gives the list of three. The next conjunct
    must end the noun phrase (a mark, the text's end, an adverbial's preposition or a verb of
    saying after it), so "said Hale and Berg agreed" or "Hale and the board voted" stay as they
    are.

    >>> t = '"We love cats!" reply Burton and Nick.'
    >>> a, b = coordinated_extent(t, t.index("Burton"), t.index(" and")); t[a:b]
    'Burton and Nick'
    >>> t = 'Anna Berg, Carl Holm and Dina Ek told us: "No."'
    >>> a, b = coordinated_extent(t, t.index("Carl"), t.index(" told")); t[a:b]
    'Anna Berg, Carl Holm and Dina Ek'
    >>> t = '"No," said Hale and Berg agreed.'
    >>> coordinated_extent(t, t.index("Hale"), t.index(" and")) == (t.index("Hale"), t.index(" and"))
    True
    """
    if ms < 0 or me <= ms:
        return ms, me
    m = _AND_NEXT.match(text, me)
    if (m is not None and _names_someone(m.group("next")) and not _OF_PHRASE.search(text, ms, me)
            and text[ms:me].split()[0].lower() not in _PREPOSITIONS):
        # (after "of"/"for" the "and" goes on with an institution's name, "the Department of
        # Emergency Services and Public Protection", whose person the mention resolves to)
        me = m.end()
    if text[ms:ms + 1].isupper():
        # "Carl Holm and Dina Ek" read for "Anna Berg, Carl Holm and Dina Ek", "Carl Holm" for
        # "Tom Hale, Ann Bell, and Carl Holm": the items before, when the list opens a sentence
        # or follows a verb of saying
        lo = ms
        if " and " not in text[ms:me]:
            b = _item_before(_LAST_ITEM_BEFORE, "and", text, lo)
            if b is None or not _names_someone(b.group()):
                return ms, me
            lo = b.start()
        while True:
            b = _item_before(_LIST_ITEM_BEFORE, ",", text, lo)
            if b is None or not _names_someone(b.group().rstrip(", ")):
                break
            lo = b.start()
        if lo < ms and _SENTENCE_START.search(text, max(0, lo - 4), lo) is not None:
            ms = lo
        elif lo < ms and _verb_before(text, lo):
            ms = lo
    return ms, me


def _item_before(pattern: re.Pattern[str], last: str, text: str, lo: int) -> re.Match[str] | None:
    """``pattern.search(text, max(0, lo - 60), lo)``, a pattern of a list item before ``lo``
    that ends with ``last`` (a comma or "and") and white space. A window that does not end so
    (after its white space is stripped) cannot match, and most do not: it is not searched
    (the search tries the name pattern at each of its 60 characters)."""
    a = max(0, lo - 60)
    if not text[a:lo].rstrip().endswith(last):
        return None
    return pattern.search(text, a, lo)


def _names_someone(phrase: str) -> bool:
    """Is ``phrase`` a name or a description of a person: no day, month, "I" or adverbial's
    opening word among its capitalised words (the last conjunct "and" itself is skipped)?"""
    if phrase.split()[0] in ("his", "her", "their"):
        return True  # "her deputy": a description of a person by a possessive
    words = [w.lower().strip(".,") for w in phrase.split() if w[:1].isupper()]
    return bool(words) and not any(w in _NO_NAME for w in words)


def _verb_before(text: str, lo: int) -> bool:
    """Is the word right before ``lo`` a verb of saying ("said Anna Berg, ...")?"""
    m = re.search(r"([a-z]+)\s+$", text[max(0, lo - 20):lo])
    return m is not None and m.group(1) in SAY_AFTER
