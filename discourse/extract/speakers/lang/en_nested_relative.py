"""English: two more ways a quote reports a nested quotation's speaker (after :mod:`.en_nested`).

- A relative clause: '"We have heard from a lot of Republicans that said, 'I would vote for
  somebody ...'"' - the nested words are those of the noun phrase the relative "that"/"who"
  hangs on ("a lot of Republicans"), the subject of "said" in the relative clause.
- The quotative "like" after a form of "be": '"I'm just like, 'People, she's up against ...'"',
  "I was like, '...'": the speaker reports her own words or thought; "I"/"we" is the outer
  quote's speaker, as :mod:`.en_nested` reads "I said, '...'".

:func:`relative_or_like` reads only the stretch of the outer quote before the nested quotation
(the caller's), with no other quotation mark in it; :func:`pronoun_clause` the last clause of a
coordination: '"I’m digging through the trash and she hollers and says, 'I found it,'"' - "she"
says it, not the "I" that opens the first clause. Reads text only.
"""

from __future__ import annotations

import re

__all__ = ["pronoun_clause", "relative_or_like"]

_VERB = (r"(?:say|says|said|saying|ask|asks|asked|tell|tells|told|write|writes|wrote|think|"
         r"thinks|thought|shout|shouted|yell|yelled|tweet|tweeted|tweeting)")
_TAIL = r"(?:\s+(?:to\s+)?(?:me|us|him|her|them))?\s*[,:]?\s*$"
# "a lot of Republicans that said,", "people who told me:": the noun phrase, up to five words
# after its first, opens with a determiner or a capital (the earliest such start is taken).
_RELATIVE = re.compile(
    r"(?<![\w'’\-])(?!(?:I|We|It|This|That|There|He|She|They|You|What|Which)\b)"
    r"(?P<subj>(?:[Aa]n?|[Tt]he|[Ss]ome|[Mm]any|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Tt]hose|[Pp]eople|[A-Z][\w'’\-]*)(?:\s+[\w'’\-]+){0,5}?),?\s+(?:that|who)"
    r"(?:\s+(?:have|has|had|would|will|just|also|always|once|then|[a-z]+ly))*\s+" + _VERB + _TAIL)
# "I'm just like,", "I was like:", "we were all like,": the quotative "like" after "be".
_LIKE = re.compile(
    r"(?<![\w'’])(?P<subj>I|[Ww]e)(?:['’]m|['’]re|\s+(?:am|was|were|are))"
    r"(?:\s+(?:just|all|really|kind\s+of|sort\s+of|totally|literally))*\s+like\s*[,:]?\s*$")
# Words that open no speaker's noun phrase in a relative clause before a quotation.
_NOT_SUBJECT = frozenset("""
    it this that these those there here which what who whom you he she they him her them if when
    while because so and but or then as after before i we i'm we're
""".split())


def relative_or_like(stretch: str, lo: int) -> tuple[tuple[int, int], bool] | None:
    """``((start, end), first_person)`` of a nested quotation's speaker in ``stretch`` (the
    outer quote's words right before the nested quotation, starting at offset ``lo`` of the
    article): the quotative "like"'s "I"/"we" (``first_person`` True), or the noun phrase a
    relative clause with a verb of saying hangs on (False); else None.

    >>> relative_or_like("I'm just like, ", 0)
    ((0, 1), True)
    >>> s = "We have heard from a lot of Republicans that said, "
    >>> (a, b), first = relative_or_like(s, 0); s[a:b], first
    ('a lot of Republicans', False)
    """
    m = _LIKE.search(stretch)
    if m is not None:
        return (lo + m.start("subj"), lo + m.end("subj")), True
    m = _RELATIVE.search(stretch)
    if m is None:
        return None
    words = m.group("subj").split()
    if words[0].lower() in _NOT_SUBJECT:
        return None
    return (lo + m.start("subj"), lo + m.end("subj")), False


# "... and she hollers and says,": a clause of "he"/"she"/"they" after "and", its verbs (at most
# four words, "and" between them) ending in a verb of saying right before the nested quotation.
_PRONOUN_CLAUSE = re.compile(
    r"\band\s+(?P<subj>he|she|they)(?:\s+(?!(?:he|she|they|I|we|you)\b)[\w'’\-]+){0,4}?"
    r"\s+" + _VERB + _TAIL)


def pronoun_clause(stretch: str, lo: int) -> tuple[tuple[int, int], bool] | None:
    """``((start, end), False)`` of "he"/"she"/"they" opening the last clause of a coordination
    in ``stretch`` whose verb of saying introduces the nested quotation, else None.

    >>> s = "I’m digging through the trash and she hollers and says, "
    >>> (a, b), first = pronoun_clause(s, 0); s[a:b], first
    ('she', False)
    """
    m = _PRONOUN_CLAUSE.search(stretch)
    if m is None:
        return None
    return (lo + m.start("subj"), lo + m.end("subj")), False
