"""A quotation whose opening mark is in an earlier sentence: ``…сыра», — сообщил Лужков.``

A Russian quotation of several sentences is often cut: a news sentence taken alone, a paragraph
whose first line lost its mark, or the last paragraph of a long quotation. What is left opens
with no mark and closes with one, and Russian puts the comma or the full stop *after* the
closing mark (``…вместе», — сказал он``; ``…в аттестате".``), where English puts it inside.
The shared pass (:func:`~discourse.extract.quotes.classify.orphan_closers`) asks for the
English order, so these Russian ends fall to the reported-speech pass, which reads
``P», — сообщил X`` as a report (``indirect``, the mark inside its span) or, when a verb of
saying stands inside the quotation (``…, сейчас добавили небольшое стадо …»``), a shorter report
with the wrong speaker.

:func:`orphan_closers` revises the quotations found in marks. Before: ``found`` from the pass
over paired marks. After: for each paragraph whose first double mark is a closing one (or whose
first » has no « before it in the paragraph, the marks before it a quotation's inner ones) that
no found quotation covers, with no quotation left open before the paragraph, and whose text from
the paragraph start holds three words or more, opens with a capital, a digit or a dash and
holds a verb, a ``direct`` quotation from the paragraph start (a dialogue dash skipped) to the
mark, attributed to the dash attribution after it (``, — сказал он``) or to nobody when only a
full stop, ``!``, ``?`` or ``…`` follows to the paragraph's end; quotations found inside that
span are dropped (they are the quotation's own words).
"""

from __future__ import annotations

import bisect

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.content import has_verb
from discourse.extract.quotes.lang.ru.quoted import cue_after_quote
from discourse.extract.quotes.marks import DOUBLE, mark_role
from discourse.extract.quotes.spans import THREE_WORDS, content_span
from discourse.text import sentence_end

__all__ = ["orphan_closers"]

_DASHES = "—–-"
_ENDS = ".!?…"


def _open_before(text: str, ps: int, closer: str) -> bool:
    """Is a quotation of ``closer``'s family left open before the paragraph at ``ps`` (the
    paragraph may go on a quotation of several paragraphs)?"""
    before = text[:ps]
    if closer == "»":
        return before.count("«") > before.count("»")
    if closer == "“":
        return before.count("„") > before.count("“")
    if closer == "\"":
        return before.count("\"") % 2 == 1
    return before.count("“") > before.count("”")


def _start(text: str, ps: int, c: int) -> int:
    """The quotation's first character: the paragraph start past a dialogue dash."""
    s, _ = content_span(text, ps, c)
    if s < c and text[s] in _DASHES and s + 1 < c and text[s + 1].isspace():
        s, _ = content_span(text, s + 1, c)
    return s


def orphan_closers(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with a ``direct`` quotation for each paragraph that ends a quotation opened
    before it (see the module docstring); what it covers is dropped."""
    text = doc.text
    doubles = [i for i in doc.marks if text[i] in DOUBLE]
    if not doubles:
        return found
    added: list[Found] = []
    for ps, pe in doc.paras:
        k = bisect.bisect_left(doubles, ps)
        if k == len(doubles) or doubles[k] >= pe:
            continue
        c = doubles[k]
        g = text.find("»", ps, pe)
        if g > c and "«" not in text[ps:g]:
            c = g  # «…„Дискавери“ STS-121».: marks of a quotation inside come before the closer
        if mark_role(text, c, ps, pe)[1] != "close" or _open_before(text, ps, text[c]):
            continue
        if any(f.start <= c <= f.end + 1 and f.start < c for f in found):
            continue  # a quotation found already ends here
        cs = _start(text, ps, c)
        _, ce = content_span(text, cs, c)
        content = text[cs:ce]
        if not content or not THREE_WORDS.search(content) or not has_verb(content):
            continue
        if not (content[:1].isupper() or content[:1].isdigit()):
            continue
        if content[-1] in ".,!?…":
            continue  # the English order: the shared pass's
        end = sentence_end(text, c + 1, pe)
        after = text[c + 1:end]
        rest = after.strip()
        if rest and all(ch in _ENDS for ch in rest) and not text[end:pe].strip():
            added.append(Found(cs, ce, "direct", None, "none"))
            continue
        if not rest or rest[0] not in ",." + _DASHES and not rest.startswith(("!", "?", "…")):
            continue
        if not any(ch in _DASHES for ch in rest[:3]):
            continue  # ``», — сказал он``: only a dash attribution
        ti, tj = doc.tok_index(c + 1), doc.tok_index(end)
        hit = cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj))
        if hit is None:
            continue
        attr = doc.attr(hit[0], hit[1], "cue_after")
        added.append(Found(cs, ce, "direct", attr, attr.rule))
    if not added:
        return found
    kept = [f for f in found if not any(a.start <= f.start and f.end <= a.end + 1 for a in added)]
    # parents index into ``found``: a quotation dropped here had no nested child kept
    if len(kept) != len(found) and any(f.parent >= 0 for f in kept):
        return found + added
    return kept + added
