"""Russian: the subject of the sentence before the one a pronoun opens («Владелец лётной школы
рассказал … . Он заявил, что …» -> «Владелец лётной школы»), a person's name or role noun in the
nominative before its verb in the past tense of the pronoun's gender.

Apart from :mod:`.ru` (the rules on a mention), which builds its ``previous_subject`` from
:func:`previous_subject` with :mod:`.ru_dash_subject`.
"""

from __future__ import annotations

import re

from discourse.extract.speakers.lang.ru_words import _NAME_TAGS, DESCRIPTION_WORD, _parses

__all__ = ["previous_subject"]

# The end of a sentence: «.», «!», «?», «…» (after a word of two letters or more, not an
# initial «А.») and space, or a paragraph break.
_SENTENCE_END = re.compile(r"(?:(?<=[\w»)\]]{2})[.!?…]+[»)]?\s+|\n\s*)")
# Words that may open a sentence before its subject pronoun («Позже он заявил», «При этом она»).
_PRONOUN_LEAD = 4
_SUBJECT_WORDS = 10
# Words of an adverbial that may open the sentence before its subject («В то же время»).
_SUBJECT_LEAD = 4
_PERSON_GENDER = {"male": "masc", "female": "femn"}


def _sentence_start(text: str, pos: int, lo: int) -> int:
    """The offset where the sentence holding ``pos`` starts (``lo`` at the latest)."""
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def previous_subject(text: str, pos: int, cls: str) -> tuple[int, int] | None:
    """The subject of the sentence before the one a pronoun at ``pos`` opens, when it is a
    person a «он»/«она» of class ``cls`` refers to before any name the sentence holds:
    «Владелец лётной школы рассказал о пилоте Иване Петрове. Он заявил, что …» -> «Владелец
    лётной школы». The subject opens its sentence, in the nominative before its verb: a person's
    name, or a role noun of a person (animate, in the nominative singular, adjectives before it,
    a complement in the genitive after it); its verb is in the past tense and of the pronoun's
    gender (рассказал for «он»). None when the pronoun does not open its sentence (at most
    :data:`_PRONOUN_LEAD` words before it), or the sentence before has no such subject."""
    gender = _PERSON_GENDER.get(cls)
    if gender is None:
        return None
    lo = max(0, pos - 1500)
    start = _sentence_start(text, pos, lo)
    if start <= lo or len(DESCRIPTION_WORD.findall(text, start, pos)) > _PRONOUN_LEAD:
        return None
    if "«" in text[start:pos] or "»" in text[start:pos] or "," in text[start:pos]:
        return None
    end = start  # the sentence before ends where the space before this one starts
    while end > lo and text[end - 1].isspace():
        end -= 1
    prev = _sentence_start(text, end, lo)
    if prev >= end:
        return None
    return _subject_of(text, prev, end, gender)


def _subject_of(text: str, a: int, b: int, gender: str) -> tuple[int, int] | None:
    """The subject at the start of the sentence ``text[a:b]`` before its verb of ``gender`` in
    the past tense (see :func:`previous_subject`)."""
    words = list(re.finditer(r"[\w\-]+|[^\w\s]", text[a:b]))[: _SUBJECT_WORDS + 1]
    head = None  # index of the head noun
    last = 0  # index of the subject's last word
    start = 0  # index of the subject's first word, after an adverbial opening the sentence
    in_phrase = False  # a preposition after the head: the words up to the verb are its object
    for k, w in enumerate(words):
        word = w.group()
        if not re.match(r"\w", word):
            return None  # punctuation before the verb: an apposition or a clause, not read
        parses = _parses(word)
        if not parses:
            return None
        if head is not None and _past_verb(parses):
            if parses[0].tag.gender != gender and not any(
                    p.tag.gender == gender for p in parses if p.tag.POS == "VERB"):
                return None
            # the subject ends before a phrase after a preposition
            return (a + words[start].start(), a + words[last].end())
        if head is None:
            # by its likeliest reading a noun or adjective («В» is a preposition, not an initial)
            nom = [p for p in parses if p.tag.case == "nomn" and "sing" in p.tag
                   and "Init" not in p.tag] if parses[0].tag.POS in ("NOUN", "ADJF", "PRTF") else []
            if any(p.tag.POS == "NOUN" and "anim" in p.tag for p in nom):
                p = next(p for p in nom if p.tag.POS == "NOUN" and "anim" in p.tag)
                if p.tag.gender != gender and "ms-f" not in p.tag and not (
                        gender == "femn" and p.tag.gender == "masc" and "Name" not in p.tag):
                    return None  # «Мария … сказал»: no subject of that gender
                head = last = k
                continue
            if any(p.tag.POS in ("ADJF", "PRTF") for p in nom) and k < 3:
                continue  # «Бывший министр»
            if k == start and word.lower() in ("его", "её", "ее", "их"):
                continue  # «Его отец сказал, что …»: whose father, then the subject
            if k < _SUBJECT_LEAD and (_leading_word(parses) or (
                    k == start and k and _parses(words[k - 1].group())[0].tag.POS == "PREP")):
                start = k + 1  # «Тогда спортсмен», «14 июля спортсмен»
                continue
            return None
        # after the head: a name in apposition, a complement in the genitive, or a phrase
        # after a preposition («Бадди Макгирт после известия о смерти Дадашева заявил»)
        if word[:1].isupper() and (not parses[0].is_known or any(
                any(t in p.tag for t in _NAME_TAGS) for p in parses)):
            last = k if not in_phrase else last
            continue  # a name, or a word the dictionary does not know («Макгирт»)
        if any(p.tag.case == "gent" for p in parses) or parses[0].tag.POS == "PREP":
            in_phrase = in_phrase or parses[0].tag.POS == "PREP"
            last = k if not in_phrase else last
            continue
        if in_phrase and parses[0].tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR"):
            continue
        return None
    return None


def _leading_word(parses: tuple) -> bool:
    """May a word open a sentence before its subject: an adverb, a preposition, a number, a
    particle, or a noun with no reading in the nominative (the object of the number before it:
    «14 июля», «Тогда»; the object of a preposition is read by the caller: «В частности»)?"""
    top = parses[0].tag
    if top.POS in ("ADVB", "PREP", "CONJ", "PRCL", "NUMR") or "NUMB" in top:
        return True
    return top.POS == "NOUN" and "Name" not in top and "Surn" not in top and not any(
        p.tag.case == "nomn" for p in parses)


def _past_verb(parses: tuple) -> bool:
    """Is the likeliest reading of a word a finite verb in the past tense (заявил, сообщила)?"""
    return parses[0].tag.POS == "VERB" and "past" in parses[0].tag
