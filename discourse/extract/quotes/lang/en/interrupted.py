"""Reports that their attribution interrupts: the subject before ", according to X," and its
predicate after it.

English. "Local authorities, according to Maritime Bulletin, have noted other unusual data" is
one report cut in two by its source; the gold (``tests/gold/wikinews_en/NOTES.md``) keeps both
parts as spans of one attribution, as for "The problem, he said, is …". Before this module only
the predicate was reported. An introductory phrase before the source ("On Sunday, according to
X, a man …", "Potentially, according to X, P") is no part of the report: the head is kept only
when the part after the source opens with a verb (the head is then its subject).
"""

from __future__ import annotations

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.en.interrupted_short import completes_head
from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST
from discourse.extract.quotes.tokens import cap, wordish

__all__ = ["according_parts"]

# Words that open an introductory phrase, not a subject ("In 2019, according to X, …").
_NOT_SUBJECT = frozenset("""in on at by for from after before during since until with without
    under over about as when while if although though because so but and or yet still also
    potentially perhaps reportedly meanwhile however""".split())


def according_parts(doc: Doc, head: int, a: int, c: int, se: int, attr: Attr) -> list[Found]:
    """The report of "<head>, according to X, <tail>" (tokens: ``head`` the clause's first,
    ``a`` the cue's, ``c`` the comma after the source; ``se`` the sentence's end offset): the
    tail, and the head too when the tail opens with its verb. Before: the source and comma
    found by the caller; after: one or two :class:`Found` of kind ``indirect`` (none when the
    tail is under three tokens)."""
    toks = doc.toks
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    tj = doc.tok_index(se)
    if c + 3 >= tj and not completes_head(toks, c, tj):
        return []  # (a short part that completes the clause stays: "then, … X, fled.")
    tail = Found(ends[c], se, "indirect", attr, "according_to")
    if not (head + 1 < a and words[a - 1] == "," and wordish(words[head])
            and lows[head] not in _NOT_SUBJECT and (cap(words[head]) or lows[head] in (
                "the", "a", "an", "its", "their", "his", "her", "local", "most", "some"))):
        return [tail]
    v = lows[c + 1]
    if v in AUX or v in IRREGULAR_PAST or (v.endswith("ed") and not cap(words[c + 1])):
        return [Found(starts[head], ends[a - 2], "indirect", attr, "according_to"), tail]
    return [tail]
