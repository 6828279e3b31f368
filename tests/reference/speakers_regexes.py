"""Reference: speaker-rule patterns that opened with a lookbehind (a copy; see README.md).

The patterns of ``discourse/extract/speakers/lang/en.py`` (``_PERSON_RUN``, ``_TITLE_SURNAME``),
``en_inner.py`` (``_NAMING``, ``_RELATIVE_NAMING``, ``_POSSESSIVE``) and ``ru.py``
(``_PERSON_RUN``) at b79cf42, before speed pass fifteen wrote them to open with their first characters
(:func:`discourse.extract.speakers.language.words_not_after`). Python's regex engine tries a
pattern that opens with a lookbehind at every position of a text; these match the same.
"""

from __future__ import annotations

import re

from discourse.extract.speakers.lang import en_inner, ru_words

PERSON_RUN_EN = re.compile(
    r"(?<![\w.])[A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*){1,3}(?![\w'’])")
TITLE_SURNAME_EN = re.compile(
    r"(?<![\w.])(?:Sen|Rep|Gov|President|Minister|Senator|Governor|Mayor|"
    r"Judge|Justice|Chancellor|Secretary|Ambassador|Commissioner|Chairman|Chairwoman|Speaker)"
    r"\.?\s+([A-Z][a-z][\w'’\-]*)(?![\w'’]|\s+[A-Z])")
NAMING_EN = re.compile(r"(?<![\w'’])(?P<np>he|she|they)" + en_inner._NAMING_VERB)
RELATIVE_NAMING_EN = re.compile(
    r"(?<![\w'’])(?:which|that|whom|what)\s+(?P<np>(?:[A-Z][\w'’\-.]*\s+){0,3}[A-Z][\w'’\-]*)"
    + en_inner._NAMING_VERB)
POSSESSIVE_EN = re.compile(
    r"(?<![\w'’\-])(?P<np>(?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*)['’]s\s+"
    r"(?:(?:repeated|latest|earlier|own|public|new|false|baseless|unfounded|frequent)\s+)?"
    r"(?:claims?|insistence|assertions?|arguments?|statements?|suggestions?|contention|charges?|"
    r"accusations?|allegations?|warnings?|promises?|pledges?|vows?|remarks?|comments?|"
    r"complaints?|declarations?|description|boasts?|characterization|characterisation)"
    r"(?P<link>(?:\s+(?:on|in|at|last|this|earlier)(?:\s+[\w\-]+){1,2})?\s*,?\s+that"
    r"|\s+of\s+(?:[\w\-'’]+\s+){1,4}as)(?:\s+[^\"“”;]{0,200})?$")
PERSON_RUN_RU = re.compile(
    rf"(?<![\w.])[{ru_words._CAP}][а-яёa-z][\w'’\-]*(?: [{ru_words._CAP}][а-яёa-z][\w'’\-]*){{0,4}}(?![\w'’])"
)
