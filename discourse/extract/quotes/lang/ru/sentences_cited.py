"""The person an outlet quotes: ``«…», — цитирует «Росбалт» Сулика`` (the speaker is Сулик).

After ``цитирует``/``процитировал`` the noun phrase read as the mention often holds the outlet
that carries the words beside the person whose words they are: ``«Росбалт» Сулика``,
``издание мать пограничника Светлану Ващенко``, ``Челаха BNews``, ``Фастовского «Советский
спорт»``, ``слова руководителя палаты РИА Новости``, ``газета высказывания Чеффица``. The
speaker is the person, the outlet the channel (``ANNOTATION.md``: "the speaker is whoever's words
these are, not the medium that carries them"). :func:`cited_person` is a revision
(``QuoteLanguage.revisions``) that narrows such a mention to the person: past a wrapper noun
(слова, высказывания, заявление), past an outlet before it (a name in marks, издание, газета,
агентство) and up to an outlet after it (a name in marks, a Latin-script name, РИА, ТАСС).

Before: ``Found`` whose attribution's cue is a form of цитировать and whose mention spans outlet
and person. After: the same quote with the mention's offsets narrowed to the person's words;
a mention with no such parts, or with nothing left, is unchanged.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found

__all__ = ["cited_person"]

_CITING = ("цитир", "процитир")
_WRAPPERS = frozenset("""слова слов высказывания высказывание заявление заявления мнение
    сообщение""".split())
_OUTLETS = frozenset("""издание издания газета газеты агентство агентства телеканал телеканала
    портал портала сайт сайта журнал журнала радиостанция радиостанции""".split())
_AGENCIES = frozenset("риа итар-тасс тасс интерфакс рбк".split())
_WORD = re.compile(r"\S+")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# a lower-case adjective before a cut outlet ("главная газета"): part of the outlet; and after a
# cut, the person ends at the last capitalised word
_ADJECTIVE = re.compile(r"[а-яё]+(?:ая|ый|ий|ое|ее|ые|ие)$")


def _person(words: list[tuple[int, int, str]]) -> tuple[int, int]:
    """The slice ``[i, j)`` of ``words`` that names the person, outlets and wrappers left out."""
    i, j = 0, len(words)
    lows = [w.lower() for _, _, w in words]
    wrap = next((k for k in range(min(3, j)) if lows[k] in _WRAPPERS), -1)
    if wrap >= 0:
        i = wrap + 1
    elif words[0][2].startswith("«"):
        i = next((k + 1 for k in range(j) if words[k][2].endswith("»")), 0)
    elif lows[0] in _OUTLETS:
        i = 1
    for k in range(i + 1, j):
        w = words[k][2]
        if (w.startswith("«") or lows[k] in _OUTLETS or lows[k] in _AGENCIES
                or _LATIN.match(w) and not _LATIN.search(" ".join(x[2] for x in words[i:k]))):
            j = k
            while j > i + 1 and _ADJECTIVE.match(lows[j - 1]):
                j -= 1
            # "Амстеля собеседник агентства": the citing reporter after the cited name
            named = [n for n in range(i, j) if words[n][2][:1].isupper()]
            if named:
                j = named[-1] + 1
            break
    return i, j


def cited_person(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the mention after a form of цитировать narrowed to the cited person."""
    text = doc.text
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.m_start >= 0 and a.cue.lower().startswith(_CITING):
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, a.m_start, a.m_end)]
            i, j = _person(words) if words else (0, 0)
            if 0 <= i < j and (i, j) != (0, len(words)) and _CYRILLIC.search(words[i][2]):
                attr = a._replace(m_start=words[i][0], m_end=words[j - 1][1])
                f = Found(f.start, f.end, f.kind, attr, f.rule, f.parent)
        out.append(f)
    return out
