"""A Russian speaker mention completed to the name it stands beside: ``extend_mention`` of
:data:`~discourse.extract.speakers.lang.ru.RUSSIAN`.

A news sentence often names its speaker once and describes them in an apposition set off by
commas, and the quote extractor may take the description for the whole mention. In a single
sentence there is no earlier mention to resolve the description to, so the speaker is the name
beside it or nobody:

- **a name, then its description** («Рустем Шакиров, имам мечети, …, заявил»; «помиловал Джо
  Арпайо, своего политического союзника, который называл себя «…»»): the description is closed by
  a comma on both sides, the name ends right before the first one, and the two can stand in one
  case. The mention becomes «Name, description», which the shared resolver reads part by part
  (the name wins).
- **a description, then the name** («Официальный представитель ведомства, Анна Кузнецова,
  заявила»; «прокатчика фильма, компанию «Люксор Дистрибюшн»»): the description holds no
  person's name, the name (or a noun with a name in marks) follows its comma and closes with a
  comma or the sentence's end, in a case the description's head can stand in. The mention
  becomes «description, Name».
- **a gerund taken for the subject** («Как сообщал Reuters анонсируя очередную серию, …»: the
  comma before the gerund is missing): a gerund's phrase is no noun phrase and names nobody; the
  subject is the name right before it.

Anything else is left as it is (the extractor's mention).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from discourse.extract.actors.forms import analyser

__all__ = ["apposition"]

Span = tuple[int, int]
# ``person_runs(text, start, end)`` of :mod:`.ru_names`: the spans of persons' names in a stretch of text.
PersonRuns = Callable[[str, int, int], list[Span]]

# A capitalised word, Cyrillic or Latin, with hyphens and apostrophes («аль-Завахири» is read by
# the run it ends); an initial with its dot («Дж. Буш»).
_CAP_WORD = r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.|[A-ZА-ЯЁ][\w'’\-]*)"
# Two to four capitalised words ending right before ``, `` (a name before its apposition).
_NAME_BEFORE_COMMA = re.compile(rf"{_CAP_WORD}(?:[ \u00a0]+{_CAP_WORD}){{1,3}}$")
# One to four capitalised words ending right before the gerund (an outlet, an organisation, a
# person: «Reuters», «The Hollywood Reporter», «Иван Петров»).
_NAME_BEFORE = re.compile(rf"{_CAP_WORD}(?:[ \u00a0]+{_CAP_WORD}){{0,3}}$")
# «, Анна Кузнецова,»: a person's name after a description, closed by a comma or the end.
_PERSON_AFTER = re.compile(
    rf",[ \u00a0]+({_CAP_WORD}(?:[ \u00a0]+{_CAP_WORD}){{1,2}})(?=[ \u00a0]*(?:[,.;]|$))")
# «, компанию «Люксор Дистрибюшн»,»: a noun with its name in marks after a description.
_TITLED_AFTER = re.compile(r",[ \u00a0]+([а-яё]+)[ \u00a0]+«[^«»]{2,60}»(?=[ \u00a0]*(?:[,.;]|$))")
_WORD = re.compile(r"[\w\-]+")
# Words that open a sentence or a clause and are capitalised without being names.
# Endings of a man's surname in the nominative the dictionary may read only as a plural's case.
_MASC_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
_NOT_NAME = frozenset("как по в во на и а но это этот эта об о когда где".split())


@lru_cache(maxsize=8192)
def _parses(word: str) -> tuple:
    return tuple(analyser().parse(word.lower()))


def _cases(word: str) -> frozenset[str] | None:
    """The cases a noun or adjective ``word`` may stand in, or None when the dictionary does not
    know the word (a foreign name: «Арпайо» may stand in any)."""
    parses = _parses(word)
    if not parses or not any(p.is_known for p in parses):
        return None
    return frozenset(p.tag.case for p in parses if p.is_known and p.tag.case)


def _name_cases(name: list[str]) -> frozenset[str] | None:
    """The cases a name may stand in: any case of any of its words (a first name tells it where
    a surname is read wrongly: «Шакиров» only as a plural's genitive), the nominative for a
    man's surname in -ов/-ев/-ин, None when no word is known."""
    known = [c for c in map(_cases, name) if c is not None]
    if not known:
        return None
    cases = frozenset().union(*known)
    return cases | {"nomn"} if name[-1].endswith(_MASC_SURNAME) else cases


def _head_noun(words: list[str]) -> str | None:
    """The first noun of a description («своего политического союзника» -> «союзника»)."""
    for w in words:
        if any("NOUN" in p.tag for p in _parses(w)[:1]):
            return w
    return None


def _is_gerund(word: str) -> bool:
    parses = _parses(word)
    return bool(parses) and "GRND" in parses[0].tag


def _lower_description(mention: str) -> bool:
    """A lower-case description with no capitalised word in it («имам мечети», «своего
    политического союзника»), not a pronoun («он», «которые»)."""
    words = _WORD.findall(mention)
    if len(words) < 2 or not mention[:1].islower():
        return False
    return all(w[:1].islower() or w[:1].isdigit() for w in words)


def _description(mention: str) -> bool:
    """A description of two words or more that opens with a lower-case word or a capitalised
    common noun at the sentence's start («Официальный представитель ведомства», «прокатчика
    фильма»), not a pronoun."""
    words = _WORD.findall(mention)
    if len(words) < 2:
        return False
    first = _parses(words[0])[:1]
    return mention[:1].islower() or bool(first) and first[0].is_known and (
        "NOUN" in first[0].tag or "ADJF" in first[0].tag) and "Name" not in first[0].tag and (
        "Surn" not in first[0].tag and "Geox" not in first[0].tag and "Orgn" not in first[0].tag)


def _name_before(text: str, ms: int, me: int) -> Span | None:
    """The name right before ``, `` at ``ms`` whose apposition is the description
    ``text[ms:me]``, closed by a comma after it; None if there is none or the cases differ."""
    if text[ms - 2:ms] not in (", ", ",\u00a0") or text[me:me + 1] != ",":
        return None
    lo = max(0, ms - 80)
    m = _NAME_BEFORE_COMMA.search(text, lo, ms - 2)
    if m is None:
        return None
    name = m.group().split()
    if name[0].lower() in _NOT_NAME or (m.start() > 0 and text[m.start() - 1] in "«\"„(-"):
        return None  # «В Москве, …», a title in marks, a bracket: no name in apposition
    head = _head_noun(_WORD.findall(text[ms:me].lower()))
    if head is None:
        return None
    name_cases, head_cases = _name_cases(name), _cases(head)
    if name_cases is not None and head_cases is not None and not name_cases & head_cases:
        return None  # «встретился с Иваном Петровым, главы …»: not one phrase
    return m.start(), m.end()


def _name_after(text: str, ms: int, me: int, person_runs: PersonRuns) -> Span | None:
    """The name after ``, `` at ``me`` in apposition to the description ``text[ms:me]``: closed
    by a comma or the end of the sentence, in a case the description's head may stand in;
    returns the mention with it, or None."""
    person = _PERSON_AFTER.match(text, me)
    titled = None if person else _TITLED_AFTER.match(text, me)
    if person is None and titled is None:
        return None
    if person_runs(text, ms, me):
        return None  # «глава профсоюза Сергей Орлов»: the mention is named already
    if person is not None:
        if not person_runs(text, person.start(1), person.end(1)):
            return None  # «…, Россия и Китай»: capitalised words that are no person's name
        got, end = _name_cases(person.group(1).split()), person.end(1)
    else:
        assert titled is not None  # one of the two matched, above
        got, end = _cases(titled.group(1)), titled.end()
    head = _head_noun(_WORD.findall(text[ms:me].lower()))
    if head is None:
        return None
    cases = _cases(head)
    if got is not None and cases is not None and not got & cases:
        return None  # not one phrase: «главы района, Игорь Волков» is no apposition
    return ms, end


def _name_before_gerund(text: str, ms: int, me: int) -> Span | None:
    """The name right before a mention that opens with a gerund («Reuters анонсируя»)."""
    first = _WORD.match(text, ms)
    if first is None or not _is_gerund(first.group()):
        return None
    k = ms
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k == ms:
        return None
    m = _NAME_BEFORE.search(text, max(0, k - 60), k)
    if m is None or m.group().split()[0].lower() in _NOT_NAME:
        return None
    return m.start(), m.end()


def apposition(person_runs: PersonRuns) -> Callable[[str, int, int], Span]:
    """Russian's ``extend_mention``, built with ru.py's reader of persons' names (passed in: ru.py
    imports this module, so this one may not import ru.py)."""

    def extend(text: str, ms: int, me: int) -> Span:
        return extend_apposition(text, ms, me, person_runs)

    return extend


def extend_apposition(text: str, ms: int, me: int, person_runs: PersonRuns) -> Span:
    """The mention ``[ms, me)`` with the name of its apposition before or after it («Рустем
    Шакиров, имам мечети», «Директор школы, Ольга Смирнова»), or the name before a gerund taken
    for the mention; else ``(ms, me)``."""
    mention = text[ms:me]
    if _lower_description(mention):
        if _is_gerund(_WORD.findall(mention)[0]):
            got = _name_before_gerund(text, ms, me)
            return got if got is not None else (ms, me)
        got = _name_before(text, ms, me)
        if got is not None:
            return got[0], me
    if _description(mention):
        got = _name_after(text, ms, me, person_runs)
        if got is not None:
            return got
    return ms, me
