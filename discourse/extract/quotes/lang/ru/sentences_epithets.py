"""An epithet in marks right before the speaker's name is part of the name, no quotation (round
twenty-nine, issue 12).

``брат «короля поп-музыки» Жермен Джексон заявил, что …``, ``Совместно с «изобретателем Всемирной
паутины» Тимом Бернерсом-Ли Аарон Шварц написал …``: Russian news gives a person a known epithet
or nickname in marks inside the noun phrase that names them (``ANNOTATION.md``: nicknames are no
quotes). When the phrase is the subject of the verb of saying after it, the passes read the
epithet as a ``partial`` of that subject's words, though the verb's words come after it. A
speaker's fragment before the verb ends its clause instead: ``Китай — «очень могущественное
государство», заявил премьер`` (a comma or a dash between the marks and the verb).

:func:`epithets_before_speakers` is a revision (a ``QuoteLanguage.revisions`` entry). Before: the
passes' ``Found`` list. After: the same list without the ``partial`` quotations whose speaker's
mention opens right after the closing mark (nothing but marks and spaces between) and whose cue
follows the mention, the words in marks being at most four with no predicate (a noun phrase).
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.revise import without
from discourse.extract.quotes.lang.ru.sentences_document_titles import has_predicate

__all__ = ["epithets_before_speakers"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# an epithet is a short noun phrase («короля поп-музыки», «изобретателем Всемирной паутины»)
_MAX_WORDS = 4
# what may stand between the words and the mention: closing marks and spaces
_GAP = re.compile(r"[»“”\"'\s\u00a0]*")


def _is_epithet(doc: Doc, f: Found) -> bool:
    """Is ``f`` a short noun phrase in marks that opens its speaker's mention's name, with the
    cue after the mention (see the module's docstring)?"""
    attr = f.attr
    if f.kind != "partial" or attr is None or attr.m_start < f.end or attr.cue_start < attr.m_end:
        return False
    text = doc.text
    gap = _GAP.match(text, f.end, attr.m_start)
    if gap is None or gap.end() != attr.m_start or not text[attr.m_start:attr.m_start + 1].isupper():
        return False
    words = _WORD.findall(text, f.start, f.end)
    return 0 < len(words) <= _MAX_WORDS and not has_predicate(words)


def epithets_before_speakers(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without the epithets in marks right before their speaker's name."""
    return without(found, {n for n, f in enumerate(found) if _is_epithet(doc, f)})
