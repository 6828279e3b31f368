"""English: the speaker of a quote that its own sentence introduces, in three shapes the clause
rules (:mod:`.en_clause`) do not read.

- A short quoted word in the introducing clause: 'the Department of Defense justified the strike
  ... as "defensive" in nature: "At the direction of the President, ..."'. The clause rules read
  no stretch with quotation marks in it (another quotation may have another speaker); a word or
  two in marks is the author's fragment of the same clause (:func:`masked_subject`).
- A relative clause that introduces the quote after a description: 'Another was tour manager
  Thomas Gray, 24, who cited only his experience of rugby: "..."' (:func:`relative_antecedent`).
- The attribution that interrupts a quote whose first part the extractor did not keep ('"Overall,"
  he continued, "the presence of water ..."'): the second part is the interrupter's
  (:func:`interrupter`), not the previous quote's speaker carried on.
- A relative clause that picks one of two people named before it: '... the resignations of Boris
  Johnson and Brexit secretary David Davis, the latter of whom remarked: "..."'
  (:func:`pair_member`).
- A headline that names its speaker before a colon ("Alan Dershowitz: Trump 'perfectly entitled
  to invoke executive privilege'"): the quotes of that line are the name's
  (:func:`headline_speaker`).

Each reads plain text (offsets into the article) and returns the speaker's offsets, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from discourse.extract.speakers.language import Span

__all__ = ["headline_speaker", "interrupter", "masked_subject", "pair_member", "relative_antecedent"]

# A quoted word or two inside the introducing clause ("defensive", "immediate area").
_SHORT_QUOTED: Final = re.compile(r"[\"“][^\"“”\n]{1,40}[\"”]")
# A relative clause set off by commas (", which was approved by President Donald Trump,"): it
# says something of an object, its passive verb is not the clause's.
_SET_OFF_RELATIVE: Final = re.compile(r",\s+(?:which|who|whom|whose)\s[^,;:\"“”]{1,100},")
_MAX_WORDS: Final = 4
# "with a male narrator saying:" ending the stretch: the participle has a subject of its own.
_WITH_PARTICIPLE: Final = re.compile(r"\bwith\s+[^,:;]{1,80}?\s\w+ing\s*[:,]?\s*$")


def masked_subject(text: str, lo: int, hi: int,
                   subject: Callable[[str, int, int], Span | None]) -> Span | None:
    """``subject(text, lo, hi)`` (the language's ``sentence_subject``) of the clause from the
    sentence start ``lo`` to a quote at ``hi``, read with its short quoted fragments (at most
    four words each) and the relative clauses set off by commas blanked out; None when the
    stretch has no such fragment, a longer quotation, or no subject."""
    stretch = text[lo:hi]
    found = list(_SHORT_QUOTED.finditer(stretch))
    if not found or any(len(m.group().split()) > _MAX_WORDS for m in found):
        return None
    masked = _SHORT_QUOTED.sub(lambda m: "x" * len(m.group()), stretch)
    masked = _SET_OFF_RELATIVE.sub(lambda m: " " * len(m.group()), masked)
    if any(c in masked for c in "\"“”"):
        return None  # an unpaired mark: another quotation
    if _WITH_PARTICIPLE.search(masked):
        return None  # 'An ad ..., with a male narrator saying:': the narrator speaks
    got = subject(masked, 0, len(masked))
    if got is None:
        return None
    return lo + got[0], lo + got[1]


# "..., who cited only his experience of rugby:" at the end of the introducing clause.
_WHO: Final = re.compile(r",\s+who\s+[a-z][^\"“”.;]{0,160}[:,]\s*$")
# A name (capitalised words) with an age after it, before ", who": "tour manager Thomas Gray, 24".
_NAME_BEFORE: Final = re.compile(
    r"(?P<np>(?:[a-z][\w'’\-]*\s+){0,3}(?:[A-Z][\w'’\-.]*\s+){0,3}[A-Z][\w'’\-]*)"
    r"(?P<age>,\s+\d{1,3})?$")
_NOT_IN_NP: Final = frozenset("""
    was were is are be been and or but of to in on at by for with from as that which who said
    says told another one
""".split())


def relative_antecedent(text: str, lo: int, hi: int) -> Span | None:
    """Offsets of the named person a relative clause ending the introducing stretch (from ``lo``
    to a quote at ``hi``) is about ("tour manager Thomas Gray, 24, who cited ...:"), with the
    age after the name and the lower-case role before it; None for another shape."""
    m = _WHO.search(text, lo, hi)
    if m is None:
        return None
    n = _NAME_BEFORE.search(text, max(lo, m.start() - 80), m.start())
    if n is None:
        return None
    a = n.start("np")
    words = text[a:n.end("np")].split()
    while words and words[0].lower() in _NOT_IN_NP:
        a += len(words[0]) + 1
        words = words[1:]
    if not words or not any(w[:1].isupper() for w in words):
        return None
    return a, n.end()


# '"Overall," he continued, "': a closing mark, a pronoun or a name, a verb of saying, a comma and
# the opening mark of the quote.
_INTERRUPTER: Final = re.compile(
    r"[\"”’]\s*,?\s+(?P<who>he|she|they|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+"
    r"(?:also\s+)?(?:said|says|continued|continues|added|adds|went\s+on|explained|wrote|writes|"
    r"told\s+[A-Z][\w]+)\s*,\s*[\"“]?\s*$")


def interrupter(text: str, lo: int, qs: int) -> Span | None:
    """Offsets of the speaker named by an attribution that interrupts a quote right before its
    part at ``qs`` ('"Overall," he continued, "the presence ...'), looked for from ``lo``;
    None when no such attribution stands right before it."""
    m = _INTERRUPTER.search(text, max(lo, qs - 80), qs)
    return None if m is None else m.span("who")


# A line that opens with a name of two to four capitalised words and a colon.
_HEADLINE: Final = re.compile(r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}):[ \t]+\S")


def headline_speaker(text: str, ps: int, qs: int) -> Span | None:
    """Offsets of the name that opens the line from ``ps`` before a colon, when the quote at
    ``qs`` is on that line ("Alan Dershowitz: Trump 'perfectly entitled ...'"); else None."""
    m = _HEADLINE.match(text, ps)
    if m is None or m.end() > qs or "\n" in text[ps:qs]:
        return None
    return m.span("name")


# ", the latter of whom remarked:" ending the introducing stretch: its verb (an adverb perhaps).
_PAIR: Final = re.compile(r",\s+the\s+(?P<which>latter|former)\s+of\s+whom\s+(?:[a-z]+ly\s+)?[a-z]+"
                   r"(?:\s+[a-z]+){0,2}?\s*[:,]?\s*$")
# Words that end a noun phrase read back from " and ": a preposition, a verb, a conjunction.
_BEFORE_PAIR: Final = frozenset("""
    of to with from by for at in on and or between both either neither as said told met
""".split())


def pair_member(text: str, lo: int, hi: int) -> Span | None:
    """Offsets of the one of two people, named "A and B" right before ", the latter of whom
    <verb>:" (B) or ", the former of whom" (A), that the relative clause ending the stretch
    from ``lo`` to a quote at ``hi`` is about; None for another shape or no capitalised name."""
    m = _PAIR.search(text, max(lo, hi - 90), hi)
    if m is None:
        return None
    comma = m.start()
    joint = text.rfind(" and ", max(lo, comma - 90), comma)
    if joint < 0:
        return None
    if m.group("which") == "latter":
        a, b = joint + 5, comma
    else:
        words = list(re.finditer(r"[^\s,;:]+", text[max(lo, joint - 90):joint]))
        kept = []
        for w in reversed(words):
            if w.group().lower() in _BEFORE_PAIR or text[max(lo, joint - 90) + w.end()] in ",;:":
                break
            kept.append(w)
        if not kept:
            return None
        a, b = max(lo, joint - 90) + kept[-1].start(), joint
    phrase = text[a:b]
    if not any(w[:1].isupper() for w in phrase.split()) or any(c in phrase for c in ",;:\"“”"):
        return None
    return a, b
