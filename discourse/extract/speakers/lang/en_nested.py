"""English: who speaks a quotation nested in a quote, as the quoted speaker tells it.

A quote may report another utterance or a thought in its own words: "I always said, 'No matter
what happens, ...'", "I'd think, 'Wow, I'm surprised ...'", "Women in Nevada have said, 'It's
time ...'". The nested quotation's speaker is the subject of the verb of saying or thinking right
before it, inside the outer quote; the gold names that subject ("I", "Women in Nevada"), and a
first-person "I" is the outer quote's speaker. The quote extractor gives a nested quotation the
outer quote's mention or a name inside the quote ("Nevada"), which the attribution then resolves
to the wrong speaker.

:func:`nested_speaker` reads only the outer quote's text before the nested one (plain text,
offsets into the article).
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.speakers.lang import en_nested_relative

__all__ = ["nested_speaker"]

# Verbs that introduce a reported utterance or thought, in the forms a speaker uses of herself.
_VERB: Final = (r"(?:say|says|said|saying|think|thinks|thought|thinking|ask|asks|asked|tell|tells|"
         r"told|reply|replies|replied|shout|shouts|shouted|yell|yells|yelled|wrote|write|writes|"
         r"go|goes|went|recall|recalls|recalled|remember|wonder|wondered|wondering)")
# Auxiliaries and adverbs between a subject and its verb ("I've always said", "we would think").
_BETWEEN: Final = (r"(?:\s+(?:have|has|had|would|will|did|do|does|always|often|then|just|also|once|"
            r"again|never|still|even|really|kept|keep|to|was|were|am|is|are|been|being|"
            r"[a-z]+ly))*")
# Whatever may follow the verb before the nested quotation opens: an object pronoun, a comma,
# a colon, "that", spaces and an opening mark of the nested quotation.
_TAIL: Final = r"(?:\s+(?:me|him|her|them|us|myself|to\s+myself|that))?\s*[,:]?\s*$"
# "I", "we" with a contraction ("I'd", "I've", "we'd"), coordinated clauses allowed between
# the subject and the verb when they hold no other subject ("I did look at the makeup and think").
_FIRST: Final = re.compile(
    r"(?<![\w'’])(?P<subj>I|[Ww]e)(?:['’](?:d|ve|ll|m))?(?:\s+[^.!?;:\"“”‘’']{0,80}?\s+and)?"
    + _BETWEEN + r"\s+" + _VERB + _TAIL)
# A noun phrase opening a clause ("Women in Nevada have said", "My mother told me", "a guard
# came and said" in a quote that opens in lower case), at most six words, before the verb; a
# verb of motion may come first, joined by "and" ("came and said", "walked over and asked").
_PHRASE: Final = re.compile(
    r"(?:^|(?<=[.!?;:,—–]\s)|(?<=\band\s)|(?<=\bbut\s))"
    r"(?P<subj>(?:[A-Z][\w'’\-]*|[Mm]y|[Oo]ur|[Tt]he|[Aa]n?|[Hh]is|[Tt]heir)"
    r"(?:\s+[\w'’\-]+){0,5}?)"
    r"(?:\s+(?:came|come|comes|went|walked|ran|turned|stood|leaned|looked)(?:\s+(?:up|over|"
    r"back|in|out|around|down))?\s+and)?"
    + _BETWEEN + r"\s+" + _VERB + _TAIL)
# Words that open no speaker's noun phrase (a pronoun other than "I"/"we", a conjunction).
_NOT_SUBJECT: Final = frozenset("""
    it this that these those there here which what who whom you he she they him her them if when
    while because so and but or then as after before
""".split())
_WORD: Final = re.compile(r"[\w'’\-]+")
# Whom a perception verb hears or sees uttering the quotation ("We heard people screaming, 'gun'"):
# the object is the speaker, not the subject who heard it.
_HEARD: Final = re.compile(
    r"\b(?:hear|hears|heard|hearing|see|sees|saw|seeing|watch|watched|watching)\s+"
    r"(?P<subj>(?:[Ss]omeone|[Pp]eople|[Ss]omebody|(?:the|a|an|some|two|three|several|many|"
    r"other|his|her|their|[A-Z][\w'’\-]*)(?:\s+[\w'’\-]+){0,3}?))\s+"
    r"(?:screaming|shouting|yelling|saying|chanting|crying|calling|asking|telling|"
    r"scream|shout|yell|say|chant|cry)(?:\s+(?:out|back))?\s*[,:]?\s*$")
# Whom a speaker has or gets uttering the quotation ("When you got little white girls in Wales
# saying, 'I want to be like Meghan'"): the object speaks, as after a verb of perception.
_HAVING: Final = re.compile(
    r"\b(?:got|get|gets|getting|have|has|had|having)\s+"
    r"(?P<subj>(?!(?:been|being|to|it|that|this|there|always|never|also|just|still|even|often|"
    r"really|ever|already|now|then)\b)[a-zA-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,4}?)\s+"
    r"(?:saying|asking|telling|screaming|shouting|yelling|chanting|calling)(?:\s+(?:out|back))?"
    r"\s*[,:]?\s*$")
# A quotation right before the nested one, only a comma or "and"/"or" between ("screaming,
# 'gun' 'shooter' and 'run away'"): the same utterance goes on, with the same speaker.
_LISTED: Final = re.compile(r"[‘“\"]([^‘’“”\"]{1,60})[’”\"]\s*,?\s*(?:(?:and|or)\s+)?[‘“\"]?$")
_QUOTE_MARKS: Final = "\"“”‘’'"


# A right single mark that is no apostrophe between letters ("I’m" is one): a quotation's.
_MARK_NOT_APOSTROPHE: Final = re.compile(r"’(?!\w)|(?<!\w)’")
# A sentence end before a capital, inside an outer quote (compiled once).
_SENTENCE_BREAK: Final = re.compile(r"[.!?]['’\"”]?\s+(?=[A-Z])")


def nested_speaker(text: str, outer_start: int, qs: int) -> tuple[tuple[int, int], bool] | None:
    """``((start, end), first_person)`` of the subject of the verb of saying or thinking right
    before a quotation nested at ``qs`` in an outer quote that opens at ``outer_start``:
    ``first_person`` when it is "I" or "we" (the outer quote's speaker); None when no such verb
    stands right before the nested quotation.

    >>> t = "I've always said, 'No matter what happens, I am back.'"
    >>> (a, b), first = nested_speaker(t, 0, t.index("No"))
    >>> t[a:b], first
    ('I', True)
    """
    listed = _LISTED.search(text, outer_start, qs)
    if listed is not None and listed.start() > outer_start:
        return nested_speaker(text, outer_start, listed.start(1))
    k = qs
    while k > outer_start and text[k - 1] in _QUOTE_MARKS + " ":
        k -= 1
    # the outer quote's sentence up to the nested quotation
    lo = outer_start
    for brk in _SENTENCE_BREAK.finditer(text[outer_start:k]):
        lo = outer_start + brk.end()
    stretch = text[lo:k]
    # (a curly apostrophe inside a word, "I’m", is no quotation mark)
    if any(c in stretch for c in "\"“”‘") or _MARK_NOT_APOSTROPHE.search(stretch) or "\n" in stretch:
        return None  # another quotation or a paragraph break in between
    m = _HEARD.search(stretch) or _HAVING.search(stretch)
    if m is not None and m.group("subj").split()[0].lower() not in _NOT_SUBJECT and not any(
            w.endswith("ly") for w in m.group("subj").split()):
        return (lo + m.start("subj"), lo + m.end("subj")), False
    # "I’m digging ... and she hollers and says,": the last clause's "she" (en_nested_relative.py)
    other = en_nested_relative.pronoun_clause(stretch, lo)
    if other is not None:
        return other
    m = _FIRST.search(stretch)
    if m is not None:
        return (lo + m.start("subj"), lo + m.end("subj")), True
    # "people that said, '...'", "I'm just like, '...'" (en_nested_relative.py)
    other = en_nested_relative.relative_or_like(stretch, lo)
    if other is not None:
        return other
    m = _PHRASE.search(stretch)
    if m is None:
        return None
    words = _WORD.findall(m.group("subj"))
    if not words or words[0].lower() in _NOT_SUBJECT or any(
            w.lower() in ("and", "but", "or", "said", "says", "told") for w in words[1:]):
        return None
    return (lo + m.start("subj"), lo + m.end("subj")), False
