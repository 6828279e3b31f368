"""A short or verbless end of a quotation before a dash attribution: ``Браво», — заявил актер``.

A single news sentence may hold only the last words of a quotation that opened in the sentence
before: ``С почином!», — цитирует запись, оставленную Медведевым в Twitter, РИА «Новости».``,
``Это русская рулетка», — цитирует его Чемпионат.com``. :mod:`.sentences_orphan_closers` takes
such an end only when it holds three words or more and a verb, and not when it ends in «!» or
«?» (it leaves those to the shared pass, which wants the English order): a paragraph that opens
with a closing mark and a full stop after it may be the tail of a name or a title, and those
guards keep it out. A dash attribution after the mark is the cue itself (``», — заявил X``:
the Russian punctuation of direct speech), so with one the words before the mark are a
quotation however short, and whatever they end in: Russian keeps «!», «?» and «…» inside the
marks and puts the comma and the dash after them.

:func:`short_closers` is a revision after :func:`.sentences_orphan_closers.orphan_closers`.
Before: ``found`` with no quotation over the paragraph's start. After: for each paragraph whose
first double mark is a closing « » » (none opened before it) that no found quotation covers,
whose text before the mark opens with a capital and is one to twelve words that the earlier
rule refused (fewer than three words, no verb, or a final «!», «?» or «…»), and whose mark is
followed by a comma or nothing, a dash and a cue of saying that
:func:`.quoted.cue_after_quote` reads, a ``direct`` quotation from the paragraph start to the
mark attributed to that cue.
"""

from __future__ import annotations

import bisect

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.content import has_verb
from discourse.extract.quotes.lang.ru.quoted import cue_after_quote
from discourse.extract.quotes.lang.ru.sentences_orphan_closers import _open_before, _start
from discourse.extract.quotes.marks import DOUBLE, mark_role
from discourse.extract.quotes.spans import THREE_WORDS, content_span
from discourse.text import sentence_end

__all__ = ["short_closers"]

_DASHES = "—–-"
# At most this many words: a longer text with no verb is a list or a title, not a remark.
_MAX_WORDS = 12


def _refused(content: str) -> bool:
    """Did :func:`.sentences_orphan_closers.orphan_closers` leave ``content`` out for its length,
    its lack of a verb or its final mark (and is it a short remark this rule may take)?"""
    if not content or not (content[0].isupper() or content[0].isdigit()):
        return False
    if content[-1] in ".,":
        return False  # the English order, the shared pass's; or a name's tail before a comma
    if len(content.split()) > _MAX_WORDS:
        return False
    return not THREE_WORDS.search(content) or not has_verb(content) or content[-1] in "!?…"


def _dash_after(text: str, c: int, end: int) -> bool:
    """Does a dash attribution follow the closing mark at ``c`` (``», —``, ``» —``)?"""
    rest = text[c + 1:end].lstrip()
    if rest.startswith(","):
        rest = rest[1:].lstrip()
    return bool(rest) and rest[0] in _DASHES


def short_closers(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` plus a ``direct`` quotation for each paragraph that opens with a short or
    verbless end of a quotation before a dash attribution (see the module docstring)."""
    text = doc.text
    doubles = [i for i in doc.marks if text[i] in DOUBLE]
    if not doubles:
        return found
    added: list[Found] = []
    for ps, pe in doc.paras:
        k = bisect.bisect_left(doubles, ps)
        if k == len(doubles) or doubles[k] >= pe or text[doubles[k]] != "»":
            continue
        c = doubles[k]
        if mark_role(text, c, ps, pe)[1] != "close" or _open_before(text, ps, "»"):
            continue
        if any(f.start <= c <= f.end + 1 for f in found):
            continue  # a quotation found already ends here (or covers the mark)
        cs = _start(text, ps, c)
        _, ce = content_span(text, cs, c)
        if not _refused(text[cs:ce]):
            continue
        end = sentence_end(text, c + 1, pe)
        if not _dash_after(text, c, end):
            continue
        ti, tj = doc.tok_index(c + 1), doc.tok_index(end)
        hit = cue_after_quote(doc.toks, ti, tj, doc.hits_between(ti, tj))
        if hit is None:
            continue
        attr = doc.attr(hit[0], hit[1], "cue_after")
        added.append(Found(cs, ce, "direct", attr, attr.rule))
    return found + added if added else found
