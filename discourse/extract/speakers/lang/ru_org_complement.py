"""A relational head whose complement is an institution's abbreviation names the person after it
(issue 12, branch ru-grid).

«По словам официального представителя МИД Марии Захаровой»: the genitive name after a relational
head («представителя») and its complement could be whose representative it is («представитель
генсека ООН Антониу Гутерриша»: Guterres's) or the head's own name. When the words between the
head and the name are only abbreviations of institutions («МИД», «МВД РФ»), no person stands
there for the name to be in apposition to, and the head already has its complement: the name is
the head's own (Zakharova speaks), as the nominative «представитель МИД Мария Захарова» reads.
"""

from __future__ import annotations

from discourse.extract.actors.forms import lemma
from discourse.extract.speakers.lang.ru_words import _RELATIONAL, _parses

__all__ = ["head_across_abbreviations"]


def _abbreviation(word: str) -> bool:
    """An institution's abbreviation in capitals («МИД», «РФ», «ООН»): two letters or more."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def head_across_abbreviations(before: list[str]) -> bool:
    """Does the name after ``before`` (the mention's words before it, original case) belong to a
    relational head in the genitive that only institution abbreviations separate from it
    («представителя МИД», «пресс-секретаря МВД РФ»)?"""
    k = len(before) - 1
    while k >= 0 and _abbreviation(before[k]):
        k -= 1
    if k == len(before) - 1 or k < 0:
        return False
    head = before[k].lower()
    if not (lemma(head) in _RELATIONAL or lemma(head).startswith("пресс")):
        return False
    return any(p.tag.case == "gent" for p in _parses(head) if "NOUN" in p.tag)
