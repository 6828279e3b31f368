"""The source after «по словам» / «по мнению» ends at a comma before a nominative.

``По мнению автора петиции, Г. А. Зюганов «демонстрирует …»``: the source of «по мнению» is in
the genitive, and so is any apposition to it (``По словам мужа погибшей, Дэвида Маккина, …``,
``по словам одного из участников, епископа …``). A word after the comma that can only be a
nominative (Зюганов, губернатор) opens the reported clause as its subject; the mention stops
before the comma, or the quote goes to the man it is about instead of the one who says it.

Before: the passes' ``Found`` list, some with a mention ``автора петиции, Г. А. Зюганов``.
After: the same list with such mentions cut at the comma (``автора петиции``).
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings

__all__ = ["source_appositions"]

# The phrases whose source stands in the genitive right after them.
_SOURCE_CUE = re.compile(r"(?i)по[ \u00a0]+(?:словам|мнению|оценке|утверждению|версии|информации|сведениям)$")
# The comma and the first word after it, initials skipped ("Г. А. Зюганов").
_AFTER_COMMA = re.compile(r",[ \u00a0]+(?:[А-ЯЁA-Z]\.[ \u00a0]?)*([^\W\d_]+)")


def _nominative_only(low: str) -> bool:
    """Can ``low`` be a nominative and never a genitive (зюганов, губернатор; not иванов, an
    ambiguous genitive plural, nor дэвида)?"""
    tags = [parse.tag for parse in readings(low)]
    return any("nomn" in tag for tag in tags) and not any("gent" in tag for tag in tags)


def _cut(doc: Doc, attr: Attr) -> Attr | None:
    """``attr`` with its mention cut at the first comma, when the mention is a «по словам»
    source and the word after that comma is a nominative; None when nothing is to cut."""
    text = doc.text
    if attr.m_start < 0 or not _SOURCE_CUE.search(text[max(0, attr.m_start - 20):attr.m_start].rstrip()):
        return None
    comma = text.find(",", attr.m_start, attr.m_end)
    if comma < 0:
        return None
    m = _AFTER_COMMA.match(text, comma)
    if m is None or m.end(1) > attr.m_end or not _nominative_only(m.group(1).lower()):
        return None
    return attr._replace(m_end=comma)


def source_appositions(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each «по словам» source mention cut before a nominative after its comma
    (in place; the list is returned)."""
    for f in found:
        if f.attr is not None:
            cut = _cut(doc, f.attr)
            if cut is not None:
                f.attr = cut
    return found
