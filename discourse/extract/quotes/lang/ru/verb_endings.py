"""Third-person verbs in a consonant and «-ет», which the ending heuristic of
:func:`.content.has_verb` misses (issue 12, branch ru-grid2).

``VERB_ENDING`` takes «-ет» only after a vowel (считает, понимает), since a consonant and «-ет»
ends many nouns (совет, ответ, бюджет, предмет, запрет, пакет). Yet the e-conjugation puts a
consonant there in common verbs: прибудет, приедет, хочет, скажет, напишет, примет, пойдет
(written without ё). A quotation whose only verb is one of them («Делегация прибудет в Женеву в
среду?» — спросил он) was read as a title and dropped. The dictionary tells them apart: the word
counts when its likeliest reading is a verb in the indicative, third person singular.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.morph import readings

__all__ = ["consonant_et_verb"]

_VOWELS = frozenset("аяеёиоуыэю")


def consonant_et_verb(words: list[str]) -> bool:
    """Is one of ``words`` (lower case) a word of four letters or more in a consonant and «-ет»
    whose likeliest reading is a verb in the indicative, third person singular?"""
    for w in words:
        if len(w) >= 4 and w.endswith("ет") and w[-3] not in _VOWELS:
            parses = readings(w)
            if parses and parses[0].tag.POS == "VERB" and "indc" in parses[0].tag and (
                    "3per" in parses[0].tag and "sing" in parses[0].tag):
                return True
    return False
