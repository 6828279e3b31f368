"""English: the source a heading or a quoted text names, where no verb of saying has a subject.

Three shapes of US news (issue 14, the twentieth round of direct-quote mentions):

- A line after a label that is no speaker ("More:", "Update:", "Breaking:", "EXCLUSIVE:"): "More:
  Scaramucci on Trump: 'Very clever guy ...'" is Scaramucci's, as the line would be without the
  label (:func:`headline_speaker`; the label itself speaks nothing: "Today: "..."" keeps no
  speaker).
- A line that opens with one capitalised word and a colon, right before the quote ('Robinson:
  "Thank you, Mr President."'): the word is a speaker only when the article names that person
  elsewhere in full ("Anne Robinson"); "Update:", "Today:" or a place never are.
- A text quoted under its title or its words ('a Politico story titled "Sanders says ..."', 'a
  quote from King that read: "I was a drum major ..."', 'A headline on FoxNews.com from Monday
  ... read "Mueller facing ..."'): the titled text itself, or the author the text is "from",
  "by" or "on" (:func:`text_source`). A sign or a post that "reads" without an author named is
  left to the clause rules: its holder or the post speaks ("One woman held up a sign reading").

Each reads plain text (offsets into the article) and returns the speaker's offsets, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from discourse.extract.speakers.language import Span

__all__ = ["headline_speaker", "text_source"]

# Labels that open a line and name nobody: "More:", "Update:", "BREAKING:", "See also:".
_LABEL = re.compile(
    r"(?:(?i:more|update|updated|breaking(?:\s+news)?|editorial|watch|read|read\s+more|related|"
    r"see\s+also|also|exclusive|opinion|analysis|video|listen|live|today|correction|"
    r"clarification|note|editor['’]s\s+note|sponsored|advertisement|photos?|source|"
    r"recommended|trending|latest|developing)|[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2})\s*:[ \t]+")
_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){0,3}"
# "Name: " and "Name on topic: " (the topic without a mark or a line break).
_NAME_COLON = re.compile(r"(?P<name>" + _NAME + r"):[ \t]+")
_NAME_ON = re.compile(r"(?P<name>" + _NAME + r")\s+on\s+[^:\"“”‘’'\n]{1,80}?:[ \t]+")
_OPENING_MARKS = "\"“‘'"
# One word before a colon that is never a person's name here.
_NOT_NAMES = frozenset("""
    today yesterday tonight now here there monday tuesday wednesday thursday friday saturday
    sunday january february march april june july august september october november december
    q a question answer quote note update breaking more watch read also video photo source
    editorial exclusive opinion analysis
""".split())


def _named_in_full(text: str, word: str, at: int) -> bool:
    """Does the article name a person ``word`` in full elsewhere than at ``at``: a capitalised
    word, an initial perhaps, then ``word`` ("Anne Robinson", "John F. Robinson")?"""
    full = re.compile(r"\b[A-Z][\w'’\-]+\s+(?:[A-Z]\.\s+)?" + re.escape(word) + r"\b")
    return any(m.end() - len(word) != at for m in full.finditer(text))


def headline_speaker(text: str, ps: int, qs: int,
                     plain: Callable[[str, int, int], Span | None]) -> Span | None:
    """Offsets of the speaker a line from ``ps`` names before the quote at ``qs`` on that line:
    ``plain(text, ps, qs)`` (the headline "Name Name: ..."), else the same after a label that
    names nobody ("More: Scaramucci on Trump: '...'"), or one capitalised word and a colon right
    before the quote ('Robinson: "..."') when the article names that person in full elsewhere;
    None for another line. A one-word name of a longer form is vouched for the same way."""
    if text.find("\n", ps, qs) >= 0:
        return None
    got = plain(text, ps, qs)
    if got is not None:
        return got
    lo = ps
    label = _LABEL.match(text, ps)
    if label is not None:
        lo = label.end()
    for form in (_NAME_ON, _NAME_COLON):
        m = form.match(text, lo, qs)
        if m is None:
            continue
        if form is _NAME_COLON and text[m.end():qs].strip(_OPENING_MARKS + " \t"):
            continue  # "Name:" and text before the quote: another headline shape
        a, b = m.span("name")
        word = text[a:b]
        if " " in word:
            if lo == ps:
                return None  # without a label: the clause rules read "Name on topic:" lines
            return a, b
        if word.lower() in _NOT_NAMES or word.isupper() or not _named_in_full(text, word, a):
            return None
        return a, b
    return None


# A text under its title: 'a Politico story titled', 'an op-ed headlined'. The phrase: an
# article or a possessive, up to three capitalised and two lower-case words (no second article:
# "The Hill ran an article" is a clause), the text's noun.
_TEXT_NOUN = (r"(?:story|article|headline|column|op-ed|editorial|piece|post|report|essay|book|"
              r"video|segment|memo|letter|email|e-mail|tweet|statement|release|ad|advertisement|"
              r"commentary|blog\s+post|press\s+release)")
_TITLED = re.compile(
    r"(?P<np>(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)"
    r"(?:[A-Z][\w.'’\-]*\s+){0,3}(?:(?!(?:an?|the|his|her|its|their)\s)[a-z][\w'’\-]*\s+){0,2}?"
    + _TEXT_NOUN + r")"
    r"\s+(?:titled|entitled|headlined|headed)\s*[:,]?\s*$")
# A text from, by or on a named source before its words: 'a quote from King that read:',
# 'A headline on FoxNews.com from Monday, ..., read'; no sentence end in between.
_FROM_SOURCE = re.compile(
    r"\b(?:quote|quotation|headline|message|note|letter|post|tweet|statement|inscription|"
    r"caption|banner|sign|chyron)\s+(?:from|by|on)\s+"
    r"(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
    r"(?:\s+[^\"“”!?;\n]{0,160}?)??\s*,?\s+(?:that\s+|which\s+)?(?:read|reads|reading)\s*[:,]?\s*$")
_LOOK_BACK = 260
# The verbs both patterns end with, looked for first in the few characters before the quote.
_VERB_BEFORE = re.compile(r"(?:titled|headlined|headed|read|reads|reading)\s*[:,]?\s*$")


def text_source(text: str, lo: int, qs: int) -> Span | None:
    """Offsets of the source of a text quoted at ``qs`` under its title or its words, read in
    the stretch from ``lo`` (the quote's paragraph start): the titled text ('a Politico story
    titled "..."'), or the author it is "from", "by" or "on" ('a quote from King that read:
    "..."'); None for another shape."""
    k = qs
    while k > lo and text[k - 1] in _OPENING_MARKS:
        k -= 1
    if not _VERB_BEFORE.search(text, max(lo, k - 16), k):
        return None  # (most quotes: no such verb right before, the two patterns unread)
    start = max(lo, k - _LOOK_BACK)
    m = _TITLED.search(text, start, k)
    if m is not None:
        return m.span("np")
    m = _FROM_SOURCE.search(text, start, k)
    if m is not None and not re.search(r"\.\s+[A-Z]", text[m.end("who"):m.end()]):
        a, b = m.span("who")
        return a, b - 1 if text[b - 1] == "." else b  # "from King." : not its full stop
    return None
