"""English: a report ends before the author's apposition that names or judges the statement
itself (issue 14, round 33).

"Mrs. Clinton said the next president must not “embarrass” this country, a clear shot at GOP
presidential front-runner Donald Trump", "… said Trump called for nuking hurricanes … - a claim
Trump denied", "… said Cruz had "impugned the patriotism" of Hagel, a claim Cruz denied", "Ford
testified that Kavanaugh forced himself on her … -- an allegation Kavanaugh denied --
Broaddrick …": the noun phrase after the comma (or dash) stands in apposition to the whole
report, not to its last noun, and its noun names the statement ("a claim", "a remark", "an
allusion to") or a pointed remark ("a shot at", "a swipe at", "a nod to"). It is the author's
comment on what was said, so the report ends before it; the sentence rules ran it on to the
sentence's end. Read on saying set 13 dev, direct set 1 dev and direct set 3 dev: the gold ends
all three before the apposition (the Ford sentence is a NewsMTSC training sentence of the
outputs, in no set).

The cut is made only outside quotation marks, for an article ("a", "an") after a comma or a
dash, at most two modifiers before the noun ("a clear shot"), and, for the nouns of pointed
remarks, with their preposition after them ("a shot at", "a reference to"); an apposition to a
noun ("his phone call with Putin, a conversation that …", "a week after …") is not cut: its
noun names no statement.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.spans import trim_end
from discourse.extract.quotes.tokens import cap

__all__ = ["comment_apposition_end"]

# Nouns that name a statement: in apposition to a report they are the author's comment on it.
_STATEMENT_NOUNS: Final = frozenset(
    "claim assertion allegation accusation statement remark comment retort rebuke".split())
# Nouns of a pointed remark, each with the preposition it takes ("a swipe at", "a nod to").
_POINTED_NOUNS: Final[dict[str, str]] = {
    "shot": "at", "swipe": "at", "jab": "at", "dig": "at",
    "reference": "to", "allusion": "to", "nod": "to",
}
_ARTICLES: Final = frozenset(("a", "an"))
_DASHES: Final = frozenset(("-", "—", "–", "--"))
_SEPARATORS: Final = _DASHES | {","}
_MARKS: Final = frozenset('"“”‘’\'')
_MAX_MODIFIERS: Final = 2


def _comment_at(doc: Doc, m: int, end: int) -> bool:
    """Does the separator token ``m`` open an apposition "a/an (modifiers) NOUN" whose noun
    names a statement or a pointed remark (see the module docstring)? ``end``: the token
    after the report."""
    words, lows = doc.toks.words, doc.toks.lows
    k = m + 1
    if k >= end or lows[k] not in _ARTICLES:
        return False
    for n in range(k + 1, min(k + 2 + _MAX_MODIFIERS, end)):
        low = lows[n]
        if not words[n].isalpha() or cap(words[n]):
            return False  # a name or a mark: no common-noun phrase
        if low in _STATEMENT_NOUNS:
            return True
        if low in _POINTED_NOUNS:
            return n + 1 < len(lows) and lows[n + 1] == _POINTED_NOUNS[low]
    return False


def comment_apposition_end(doc: Doc, f: Found | None) -> Found | None:
    """The report ``f`` cut before an apposition that comments on the statement (see the
    module docstring), or ``f`` unchanged."""
    if f is None or f.kind != "indirect":
        return f
    toks = doc.toks
    words, starts = toks.words, toks.starts
    s = doc.tok_index(f.start)
    e = doc.tok_index(f.end)
    depth = 0
    for m in range(s + 1, e):
        if words[m] in _MARKS:
            depth ^= 1  # a comment inside a quoted fragment is the speaker's own words
            continue
        if depth or words[m] not in _SEPARATORS or m - s < 3:
            continue
        if _comment_at(doc, m, len(words)):
            c = m
            while c - 1 > s and words[c - 1] in _DASHES and words[c] in _DASHES:
                c -= 1  # "party -- an allegation …": "--" may come as two tokens
            return Found(f.start, trim_end(doc.text, f.start, starts[c]), f.kind, f.attr,
                         f.rule, f.parent)
    return f
