"""English: the tag a writer left inside a quotation whose closing mark is missing.

'“Somebody targeted this home ..., do what’s right, Wilburn added.' and '“Marco Rubio started
working early ..., the Cruz camp said in a statement.': the opening mark has no closing mark, so
pass 1 runs the quote to the end of its paragraph (the news convention for a quote that goes on
in the next paragraph) and the tag ", Wilburn added." is read as quoted words, the quote left
without a speaker. A quote that goes on in the next paragraph does not end on its own tag: when
the last clause of such a quote, after a comma, is an attribution by the same test as one after
a closing mark (:func:`.quoted.cue_after_quote`: a verb of saying with its speaker, in either
order), the quote ends at that comma and the clause is its attribution.

A revision of ``ENGLISH`` (``QuoteLanguage.revisions``): it reads pass 1's quotes only.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.en.quoted import cue_after_quote

__all__ = ["unclosed_tail"]

# A comma that may open the tag, and a stop inside the tag that ends a sentence (". The").
_COMMA = re.compile(r",\s+")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z“\"]")
# Words that open a clause of the quote, not a tag ("..., and he said.", "..., so they said.").
_CLAUSE_OPENERS = frozenset("""
    and but or nor so yet then because since as if when while though although unless until
    which that who where after before
""".split())
_OPENING = "“\""
_MARKS = "\"“”"  # double marks (a single one may be an apostrophe: "what’s")
_MAX_TAIL_WORDS = 12
_MIN_QUOTE_WORDS = 3
# After the tag's verb and speaker, at most an adverbial ("in a statement", "on Tuesday").
_MAX_REST_WORDS = 5
_COMMAS_TRIED = 2  # the tag may hold one comma ("said the mayor of Tulsa, Ann Hale.")


def _unclosed(text: str, f: Found, para_end: int) -> bool:
    """``f`` opens right after a double mark and nothing but spaces follows it in its paragraph:
    the quote pass 1 ran to the paragraph's end for want of a closing mark."""
    before = text[:f.start].rstrip()
    return (bool(before) and before[-1] in _OPENING and not text[f.end:para_end].strip()
            and not any(c in _MARKS for c in text[f.start:f.end]))


def _tag(doc: Doc, f: Found) -> tuple[int, Attr] | None:
    """The comma that opens the tag ending the unclosed quote ``f`` and the tag's attribution, or
    None: the last comma whose clause after it (at most :data:`_MAX_TAIL_WORDS` words, no mark,
    no sentence end, no conjunction or relative word first) is a verb of saying with its speaker
    by :func:`.quoted.cue_after_quote`; the comma before it too, for a tag with an appositive."""
    text = doc.text
    commas = [m.start() for m in _COMMA.finditer(text, f.start, f.end)]
    for c in commas[::-1][:_COMMAS_TRIED]:
        tail = text[c + 1:f.end].strip().rstrip(".!?")
        words = tail.split()
        if (not words or len(words) > _MAX_TAIL_WORDS or words[0].lower() in _CLAUSE_OPENERS
                or any(ch in _MARKS for ch in tail) or _SENTENCE_END.search(tail)
                or len(text[f.start:c].split()) < _MIN_QUOTE_WORDS):
            continue
        ti, tj = doc.tok_index(c), doc.tok_index(f.end)
        got = cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj))
        if got is None or got[1] is None:
            continue
        attr = doc.attr(got[0], got[1], "cue_after")
        rest = text[max(attr.cue_end, attr.m_end):f.end]
        if "," in rest or len(rest.split()) > _MAX_REST_WORDS:
            continue  # "..., she said, and then we will ...": the quote goes on after the tag
        return c, attr
    return None


def unclosed_tail(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each unattributed direct quote whose closing mark is missing cut before the
    attribution that ends it ("..., do what’s right, Wilburn added." -> the quote up to the
    comma, cue "added", speaker "Wilburn"); the other quotes unchanged. A nested quote keeps
    the index of its parent (the list keeps its order and length)."""
    text = doc.text
    out = found
    for k, f in enumerate(found):
        if f.kind != "direct" or f.parent >= 0 or (f.attr is not None and f.attr.m_start >= 0):
            continue
        if not _unclosed(text, f, doc.para_of(f.start)[1]):
            continue
        tag = _tag(doc, f)
        if tag is None:
            continue
        if out is found:
            out = list(found)
        out[k] = Found(f.start, tag[0] + 1, "direct", tag[1], "cue_after", f.parent)
    return out
