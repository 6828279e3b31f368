"""A Russian organisation's name in the genitive, written in the nominative: «Талибана» ->
«Талибан», «Госдепа» -> «Госдеп», «Пентагона» -> «Пентагон».

An organisation speaks through its site, its statement or its spokesman («на сайте «Талибана»
говорится», «в заявлении Пентагона»), so its name reaches the speaker in the genitive.
:func:`organisation_nominative` is asked first by ``normal_name`` (:mod:`.ru_names`): a single word
that the dictionary knows only as an organisation's name (tag ``Orgn``), with no reading in the
nominative and one in the genitive, is put in the nominative; anything else (a person's name, a
word that may be a nominative already: «НАТО», «Минобороны», or a word the dictionary guesses:
«Ридуса») is left to the person rules (None).

Before: a name as the mention writes it. After: the organisation's nominative, or None.
"""

from __future__ import annotations

from functools import lru_cache

from discourse.extract.actors.forms import CYRILLIC, analyser

__all__ = ["organisation_nominative"]


@lru_cache(maxsize=4096)
def organisation_nominative(name: str) -> str | None:
    """``name`` in the nominative when it is one word known only as an organisation's name in an
    oblique case with a genitive reading; else None."""
    word = name.strip()
    if not word or " " in word or not word[:1].isupper() or not CYRILLIC.match(word):
        return None
    parses = analyser().parse(word.lower())
    if not parses or not all(p.is_known and "Orgn" in p.tag for p in parses):
        return None
    if any(p.tag.case == "nomn" for p in parses) or not any(p.tag.case == "gent" for p in parses):
        return None
    form = next(p for p in parses if p.tag.case == "gent").inflect({"nomn"})  # one is, above
    if form is None:
        return None
    return form.word[:1].upper() + form.word[1:]
