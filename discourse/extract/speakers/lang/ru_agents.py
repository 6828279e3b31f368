"""A person's name in the instrumental as a speaker: the agent of a passive (``запись,
оставленная Медведевым``; ``заявление, сделанное Ивановым``).

:func:`.ru.names_nobody` drops a mention whose words the dictionary knows only in the accusative,
dative or instrumental: such a word is an object (``Ему``, ``Основанием``), not whoever speaks.
In Russian the agent of a passive participle stands in the instrumental and is whoever did the
act: the author of ``запись, оставленную Медведевым`` is Медведев. So a mention of capitalised
words whose last word the dictionary reads first as a surname, first name or patronymic in the
instrumental names someone (Медведевым is also a dative plural of the family, a reading after
it). The quote rules give such a mention only after a passive participle
(:mod:`discourse.extract.quotes.lang.ru.sentences_cited_authors`).
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, analyser

__all__ = ["instrumental_name"]

_NAME_TAGS = ("Surn", "Name", "Patr")


@lru_cache(maxsize=4096)
def instrumental_name(mention: str) -> bool:
    """Is ``mention`` capitalised words ending in a name the dictionary reads first in the
    instrumental (Медведевым, Иваном Петровым; not Ему, Путину, Основанием)?"""
    words = [w.strip(".,;:«»\"") for w in mention.split()]
    words = [w for w in words if w]
    if not words or not all(w[:1].isupper() for w in words) or not CYRILLIC.search(words[-1]):
        return False
    parses = analyser().parse(words[-1].lower())
    return bool(parses) and parses[0].tag.case == "ablt" and any(t in parses[0].tag for t in _NAME_TAGS)
