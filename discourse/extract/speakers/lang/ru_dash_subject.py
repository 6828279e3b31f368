"""A pronoun after a dash in mid-sentence refers to the sentence's own subject (round twenty-one).

«Его отец сказал, что шокирован известием об аресте — он назвал сына добрым человеком»: the «он»
that opens the clause after the dash is the father, the subject the sentence opens with, not the
last man named before it (Donald Trump, two sentences back: a wrong person and camp). The Russian
rule :func:`.ru_subject.previous_subject` reads the subject of the sentence before a pronoun that opens
its sentence; the rule :func:`dash_subject` builds first reads, for a pronoun right after a dash,
the subject that opens the pronoun's own sentence (a name or a role noun of the pronoun's gender
before a past-tense verb, read by ru_subject's ``_subject_of``), and falls back to
:func:`.ru_subject.previous_subject` otherwise. :data:`.ru.RUSSIAN` takes the built rule as its
``previous_subject`` (ru.py is at the module size limit, and passes its own readers in: this
module imports nothing of it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["dash_subject"]

Span = tuple[int, int]
# a dash (and spaces) right before the pronoun
_DASH_BEFORE = re.compile(r"\s[—–]\s*$")
# the pronoun classes of a person and the dictionary's gender of each
_PERSON_GENDER = {"male": "masc", "female": "femn"}


def dash_subject(previous: Callable[[str, int, str], Span | None],
                 subject_of: Callable[[str, int, int, str], Span | None],
                 sentence_start: Callable[[str, int, int], int]) -> Callable[[str, int, str], Span | None]:
    """The rule ``(text, pos, cls) -> span``: the subject opening the sentence of a «он»/«она» at
    ``pos`` that follows a dash, when ``subject_of(text, start, end, gender)`` reads one of the
    pronoun's gender there; else ``previous(text, pos, cls)``. ``sentence_start(text, pos, lo)``
    gives where the pronoun's sentence starts."""

    def rule(text: str, pos: int, cls: str) -> Span | None:
        gender = _PERSON_GENDER.get(cls)
        m = _DASH_BEFORE.search(text, max(0, pos - 4), pos)
        if gender is not None and m is not None:
            start = sentence_start(text, pos, max(0, pos - 1500))
            if start < m.start():
                span = subject_of(text, start, m.start(), gender)
                if span is not None:
                    return span
        return previous(text, pos, cls)

    return rule
