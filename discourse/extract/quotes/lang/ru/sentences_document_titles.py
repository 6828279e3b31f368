"""The title of a document in marks inside a sentence is no quotation (round twenty-nine, issue 12).

``корректировке подвергнутся «Правила применения оборудования …, утвержденные приказом …»``,
``в проекте ГК появляется новая статья — «Особенности ответственности лица, …»``, ``VX причислен
к химоружию «Конвенцией о запрещении разработки, …»``: Russian news names a regulation, a
convention or an article of a bill by its title in marks, where a fragment of someone's words
could stand. A title is a noun phrase: it opens with a capitalised noun (Правила, Особенности,
Конвенция, Положение) and holds no predicate — no finite verb, no short adjective or participle,
no predicative word (``можно``, ``нет``). The words of a speaker in marks that open with a noun
say something about it (``«Президент высоко ценит …»``, ``«Факел передается дальше»``), so they
hold a predicate. ``ANNOTATION.md``: titles are no quotes; none of the gold sets annotates such a
title, and the passes read them as a ``partial`` (or a ``direct``) with no speaker and no cue.

:func:`document_titles` is a revision (a ``QuoteLanguage.revisions`` entry). Before: the passes'
``Found`` list. After: the same list without the ``direct`` and ``partial`` quotations that have
no attribution, stand inside a sentence (a word of the sentence before the opening mark), hold at
least three words, open with a capitalised word whose likeliest reading is a noun, and hold no
word whose likeliest reading is a predicate. A quote with a cue or a speaker is left alone (a
speaker's verbless words: ``назвал решение «жалким поступком»``), and so are shorter ones.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.revise import without

__all__ = ["document_titles", "has_predicate", "is_title_phrase"]

_TITLE_KINDS = ("direct", "partial")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# the likeliest readings that make a clause of the words: a finite verb, a short adjective or
# participle, a predicative (можно, нет, нужно)
_PREDICATES = frozenset({"VERB", "ADJS", "PRTS", "PRED"})
# a title has a head and a complement at least («Правила применения оборудования»); two words in
# marks are the labels and terms that the annotation reads case by case
_MIN_WORDS = 3
# how far back the sentence's own words are looked for before the opening mark
_BEFORE = 200
_SENTENCE_END = re.compile(r"[.!?…]\s+|\n")


def _likeliest_pos(low: str) -> str:
    """The part of speech of the likeliest reading of ``low`` ("" for a word with none)."""
    parses = readings(low)
    if not parses:
        return ""
    return str(parses[0].tag.POS or "")


def has_predicate(words: list[str]) -> bool:
    """Is any of ``words`` read first as a predicate (a finite verb, a short adjective or
    participle, a predicative)?"""
    return any(_likeliest_pos(w.lower()) in _PREDICATES for w in words)


def is_title_phrase(words: list[str]) -> bool:
    """Can the words ``words`` (as written) be a title: at least three, the first a capitalised
    Cyrillic word read first as a noun, none read first as a predicate?"""
    if len(words) < _MIN_WORDS:
        return False
    first = words[0]
    if not first[:1].isupper() or _likeliest_pos(first.lower()) != "NOUN":
        return False
    return not has_predicate(words)


def _inside_sentence(text: str, start: int) -> bool:
    """Does a word of the same sentence stand before the opening mark at ``start``?"""
    head = text[max(0, start - _BEFORE):start]
    ends = list(_SENTENCE_END.finditer(head))
    if ends:
        head = head[ends[-1].end():]
    return _WORD.search(head) is not None


def _is_title(doc: Doc, f: Found) -> bool:
    """Is ``f`` a title in marks that nobody says (see the module's docstring)?"""
    if f.kind not in _TITLE_KINDS or (f.attr is not None and f.attr.m_start >= 0):
        return False
    text = doc.text
    if not _inside_sentence(text, f.start):
        return False
    return is_title_phrase(_WORD.findall(text, f.start, f.end))


def document_titles(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without the titles of documents in marks (and the quotes nested in them)."""
    drop = {n for n, f in enumerate(found) if _is_title(doc, f)}
    return without(found, drop)
