"""The title of a law's article in marks is no quotation (round twenty-three, issue 12).

``возбудили уголовное дело по ч. 5 ст. 264 УК РФ «Нарушение правил дорожного движения …»``,
``переквалифицировали дело со статьи 205 УК РФ «теракт» на статью 105``: Russian news cites an
article of a code by its number and then its heading in marks (or in brackets and marks). The
words in marks are the heading of the article, a name (``ANNOTATION.md``: titles are no quotes),
whoever speaks in the sentence; the gold sets never annotate them. A verb of saying nearby
(«уточнили», «заявили») made the passes read them as a fragment of that speaker's words.

:func:`code_titles` is a revision (a ``QuoteLanguage.revisions`` entry). Before: the passes'
``Found`` list. After: the same list without the quotations whose opening mark follows an
article's citation: «статья/ст./часть/ч./пункт/п.» with a number, then within a few words a
code (УК, КоАП, ГК, НК, УПК, «кодекса»), and nothing but a space or an opening bracket before
the mark; the words in marks open with a noun or an adjective in the nominative, as a
heading does.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.revise import renumber_parents

__all__ = ["code_titles"]

# The citation right before the opening mark: an article, part or point with its number, then
# (at most 60 characters on, with no mark or full stop between) the code it belongs to.
_CITATION = re.compile(
    r"(?i)(?<![\w-])(?:стать[а-яё]*|ст\.|част[а-яё]*|ч\.|пункт[а-яё]*|п\.)\s*\d[\d.]*"
    r"[^«»\"„“.!?;:\n]{0,60}?(?<![\w-])(?:УК|КоАП|ГК|НК|УПК|АПК|ТК|кодекса)(?![\w-])"
    r"[^«»\"„“.!?;:\n]{0,20}?[\s(]*[«\"„]\s*$")
_TITLE_KINDS = ("direct", "partial")
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _cites_article(doc: Doc, f: Found) -> bool:
    """Does the quotation ``f`` open right after an article's citation («ст. 264 УК РФ «…»»)?"""
    text = doc.text
    head = text[max(0, f.start - 120):f.start]
    if _CITATION.search(head) is None:
        return False
    # a heading is a noun phrase («Клевета», «убийство двух и более лиц»); «статья 148 УК «не
    # применима к делу»» quotes a predicate
    first = _FIRST_WORD.match(text, f.start)
    return first is not None and _heading_noun(first.group(0).lower())


def _heading_noun(low: str) -> bool:
    """Can ``low`` open a noun phrase in the nominative: a noun or a full adjective
    (клевета, нарушение, теракт; умышленное причинение …)?"""
    return any(parse.tag.POS in ("NOUN", "ADJF") and "nomn" in parse.tag for parse in readings(low))


def code_titles(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without the headings of a code's articles."""
    keep: list[Found] = []
    moved: dict[int, int] = {}
    for n, f in enumerate(found):
        if f.kind in _TITLE_KINDS and _cites_article(doc, f):
            continue
        moved[n] = len(keep)
        keep.append(f)
    if len(keep) == len(found):
        return found
    return renumber_parents(keep, moved)
