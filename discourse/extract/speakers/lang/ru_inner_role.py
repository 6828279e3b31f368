"""A name in apposition to a role's genitive complement, not to the role (issue 12, branch
ru-grid2).

«представитель генсека ООН Антониу Гутерриша», «советника президента Александра Лукашенко»,
«заместитель министра иностранных дел Сергея Лаврова»: a head noun, its genitive complement (a
role: генсек, президент, министр обороны) and a name after them. Russian puts the name beside the
noun it names; in the genitive the case cannot tell the head's name from the complement's, and
«пресс-секретаря президента Дмитрия Пескова» is the head's. The registry can: a name whose
person fits the complement («генсек ООН» is Guterres) but not the whole description is the
complement's, and the speaker is the description, nobody named (a wrong person is worse than
none). A name that fits the whole description («пресс-секретарь президента» is Peskov) or whose
person the registry does not know stays as the other rules read it.
"""

from __future__ import annotations

from typing import Any

from discourse.extract.speakers.lang.ru_words import DESCRIPTION_WORD, _parses

__all__ = ["complement_name"]


def _noun(word: str) -> bool:
    """Can ``word`` be a noun (the head governing the genitive after it)?"""
    return any("NOUN" in p.tag for p in _parses(word.lower()))


def _genitive(word: str) -> bool:
    """Can ``word`` be a noun in the genitive, or an abbreviation that does not inflect?"""
    if word.isupper() and len(word) >= 2:
        return False  # «МИД», «ООН»: the institution complements the noun before, not a role
    return any("NOUN" in p.tag and p.tag.case == "gent" for p in _parses(word.lower()))


def complement_name(registry: Any, mention: str, start: int, actor: Any, on: Any) -> bool:
    """Is the person ``actor``, whose name the registry found at ``mention[start:]``, named as
    the genitive complement of the head before it (the person fits the complement's role but
    not the whole description), so that the name is not the mention's speaker?"""
    if getattr(actor, "kind", None) != "person":
        return False
    words = DESCRIPTION_WORD.findall(mention[:start])
    while words and words[-1][:1].isupper() and not (len(words[-1]) > 1 and words[-1].isupper()):
        # the name's first name, patronymic or initials («Антониу», «Сергея», «В.»), not an
        # institution's abbreviation («ООН»)
        words.pop()
    if len(words) < 2:
        return False
    if registry.compatible(actor, " ".join(words), on=on):
        return False  # «пресс-секретаря президента»: the name is the head's own
    for i in range(1, len(words)):
        # the complement opens with a noun in the genitive right after a noun that governs it
        if _genitive(words[i]) and _noun(words[i - 1]) and registry.compatible(
                actor, " ".join(words[i:]), on=on):
            return True
    return False
