"""A pronoun after a dash in mid-sentence refers to the sentence's own subject (round twenty-one).

«Его отец сказал, что шокирован известием об аресте — он назвал сына добрым человеком»: the «он»
that opens the clause after the dash is the father, the subject the sentence opens with, not the
last man named before it (Donald Trump, two sentences back: a wrong person and camp). The Russian
rule :func:`.ru.previous_subject` reads the subject of the sentence before a pronoun that opens
its sentence; :func:`dash_subject` first reads, for a pronoun right after a dash, the subject
that opens the pronoun's own sentence (a name or a role noun of the pronoun's gender before a
past-tense verb, as :func:`.ru.previous_subject` reads it), and falls back to it otherwise.
``RUSSIAN`` is :data:`.ru.RUSSIAN` with this rule (ru.py is at the module size limit).
"""

from __future__ import annotations

import dataclasses
import re

from discourse.extract.speakers.lang import ru

__all__ = ["RUSSIAN", "dash_subject"]

# a dash (and spaces) right before the pronoun
_DASH_BEFORE = re.compile(r"\s[—–]\s*$")


def dash_subject(text: str, pos: int, cls: str) -> tuple[int, int] | None:
    """The subject opening the sentence of a «он»/«она» at ``pos`` that follows a dash, when
    that subject is a person of the pronoun's gender; else :func:`.ru.previous_subject`."""
    gender = ru._PERSON_GENDER.get(cls)
    m = _DASH_BEFORE.search(text, max(0, pos - 4), pos)
    if gender is not None and m is not None:
        start = ru._sentence_start(text, pos, max(0, pos - 1500))
        if start < m.start():
            span = ru._subject_of(text, start, m.start(), gender)
            if span is not None:
                return span
    return ru.previous_subject(text, pos, cls)


RUSSIAN = dataclasses.replace(ru.RUSSIAN, previous_subject=dash_subject)
