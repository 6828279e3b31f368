"""The text of a thing, not anyone's words: a poster, a placard, a caption, an inscription.

``держа плакат со следующим текстом: «Единоросы разрушают памятники …»``, ``сопровождается
подписью: «Знает ли кто-нибудь, как выглядит Мохаммед?»``, ``Надпись на нём гласит: «Имя твоё
неизвестно …»``: the marks hold what is written on an object, which the project's annotation
conventions (the Russian gold's ``tests/gold/wikinews_ru/NOTES.md``: banners, T-shirts, picket
posters) do not count as a quotation, however much it reads as a sentence.
The classification of pass 1 lets a sentence in marks through after a noun that takes a name
(``заявление «Мы …»`` is someone's words), so these are dropped afterwards, by a revision.

Before: the passes' ``Found`` list, with a ``direct`` (and its ``nested``) for the poster's text.
After: the same list without the quotations in marks announced by an inscription, nested ones
inside them included, the parents' indices renumbered.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.revise import without
from discourse.text import sentence_start

__all__ = ["inscriptions"]

# The noun of a thing that carries a text, in any case, singular or plural (not the verb
# "подписал": only the noun's endings after the stem).
_THING = (r"(?:плакат|транспарант|баннер|стикер)(?:|а|у|ом|е|ы|ов|ам|ами|ах)"
          r"|подпис(?:ь|ью)|надпис(?:ь|ью|и|ей|ям|ями|ях)"
          r"|(?:табличк|вывеск|листовк|наклейк)(?:а|и|е|у|ой|ами|ах)|граффити")
# The thing, then up to six words of the clause, then what announces its text: a colon or
# "гласит:"; or "с надписью «" / "с подписью «" with no colon. The opening mark (wiki italics
# before it allowed) ends the match.
_ANNOUNCED = re.compile(
    r"(?i)(?:(?<![\w\-])(?:" + _THING + r")(?![\w\-])(?:[ \u00a0]+[^\s:;.!?«»„“\"]+){0,6}?"
    r"[ \u00a0]*(?::|(?<=[ \u00a0])(?:гласит|гласила|гласили)[ \u00a0]*:?)"
    r"|(?<![\w\-])с[ \u00a0]+(?:надписью|подписью))[ \u00a0]*(?:''[ \u00a0]*)?$")

_QUOTED = ("direct", "partial", "nested")


def _announced(doc: Doc, start: int) -> bool:
    """Is the quotation whose content starts at ``start`` announced, in its own sentence, as
    the text of a thing (``плакат со следующим текстом: «``)?"""
    text = doc.text
    mark = start - 1
    while mark > 0 and text[mark] in " \u00a0\n":
        mark -= 1
    if mark < 0 or text[mark] not in "«„“\"":
        return False
    lo = sentence_start(text, doc.para_of(mark)[0], mark)
    m = _ANNOUNCED.search(text, max(lo, mark - 120), mark)
    if m is None:
        return False
    # "Участница пикета с плакатом сказала:": a verb of saying after the thing gives a person's
    # words ("гласит" itself is the thing's)
    lows = doc.toks.lows
    return not any(not lows[a].startswith("глас") for a, _b, _cue in doc.hits_between(
        doc.tok_index(m.start()), doc.tok_index(mark)))


def inscriptions(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without the quotations in marks that give the text of a poster, a caption or an
    inscription (and the quotations nested in them)."""
    drop = {i for i, f in enumerate(found) if f.kind in _QUOTED and f.parent < 0
            and _announced(doc, f.start)}
    return without(found, drop)
