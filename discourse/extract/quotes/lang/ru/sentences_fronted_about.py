"""Where a fronted «о» object ends: ``О своей отставке 79-летний монарх заявил``.

Russian may put the noun object of a verb of saying first: ``О нынешнем аресте сообщили
южнокорейские СМИ``, ``Ранее о взятках в рядах прокуратуры Московской области и участии X в
«…» заявил бывший зампрокурора Y``. The object is a noun in the prepositional case with what
hangs on it: nouns and adjectives in the genitive or the prepositional (``в рядах прокуратуры
Московской области``), a preposition's phrase, a second object after «и» (``и участии X``),
words in marks. The subject, when it stands before the verb, is in the nominative
(``монарх``, ``премьер-министр``, ``звезда``): the first word that has no reading in the
genitive or the prepositional and follows no preposition ends the object. The sentence reading
(:mod:`.reported`) ends the object at the first capital (``отставке правительства
премьер-министр`` with «Болгарии Бойко Борисов» for the speaker) and does not read the object
behind an adverb (``Ранее о взятках … заявил X`` gave the speaker's name as the report).

:func:`fronted_about` revises the reports of a sentence (called from :mod:`.sentences_reports`).
Before: the ``Found`` reports. After: when the sentence opens (past adverbs) with «о/об/обо» and
a word that is no anaphora or topic noun, and a cue that takes a noun object follows with no
clause break, the reports of that cue are replaced by one over the object as read above («о»
included, as the gold writes it), its
speaker the subject :func:`.speakers.speaker_of` finds from the object's end; an object holding
a quotation mark is cut before the last «и» ahead of the mark (the part with the quoted words is
the quotation's, ANNOTATION.md), or left as found when no «и» stands there.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.phrases import is_adverb
from discourse.extract.quotes.lang.ru.reported import _TOPICS
from discourse.extract.quotes.lang.ru.reported_before import _ANAPHORA
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS, TIME_WORDS
from discourse.extract.quotes.tokens import Toks, wordish

__all__ = ["fronted_about"]

_ABOUT = frozenset(("о", "об", "обо"))
_MARKS = frozenset("«»„“”\"")
# Cases an object's dependents take: genitive and prepositional (with their second forms).
_OBJECT_CASES = frozenset(("gent", "gen2", "loct", "loc2"))
# Genitive endings of men's surnames in -ов, -ев, -ин (Синдеева, Петрова, Путина).
_SURNAME_GENITIVE = ("ова", "ева", "ёва", "ина", "ына")
# Endings of a singular past or present verb (объявил, заявила, сообщает, говорит).
_SINGULAR = ("л", "ла", "ло", "ет", "ит", "ёт")
_BREAKS = frozenset((",", ";", ":", "—", "–", "(", ")", ".", "!", "?"))


def _in_object(toks: Toks, k: int) -> bool:
    """Can token ``k`` belong to a fronted «о» object: a mark, «и», a preposition, a word after
    a preposition, an initial, a word without Cyrillic letters (a Latin name), or a word with a
    reading in the genitive or the prepositional?"""
    words, lows = toks.words, toks.lows
    w, low = words[k], lows[k]
    if w in _MARKS or low == "и" or low in PREPOSITIONS or w == ".":
        return True
    if k > 0 and lows[k - 1] in PREPOSITIONS:
        return True  # "в полицию": the preposition's own case
    if len(w) <= 2 and w[:1].isupper() and w[-1:] in ".":
        return True  # "Ю. Синдеева": an initial
    parses = readings(low)
    if not parses:
        return wordish(w)
    if w[:1].isupper() and low.endswith(_SURNAME_GENITIVE):
        return True  # "участии Ю. Синдеева": a man's surname in the genitive (the dictionary
        # may know only a woman's nominative)
    return any(p.tag.case in _OBJECT_CASES for p in parses)


def _nominative(toks: Toks, span: tuple[int, int]) -> bool:
    """Can the words of ``span`` be a subject: one of them capitalised or with a reading in the
    nominative?"""
    return any(toks.words[k][:1].isupper() or not readings(toks.lows[k]) or any(
        p.tag.case == "nomn" for p in readings(toks.lows[k])) for k in range(*span))


def _name_in_object(toks: Toks, last: int, before_singular_verb: bool) -> bool:
    """Does a run of names ending at token ``last`` hang on the object: its last word has a
    reading in the genitive or the prepositional (or a man's surname's genitive ending), and
    when the run stands right before a singular verb, no reading in the nominative (``О её
    назначении Мадуро объявил``: an indeclinable name before the verb is its subject; ``О
    смерти Фишер сообщили её родственники``: a plural verb's subject is not one name)?"""
    low = toks.lows[last]
    parses = readings(low)
    if not parses:
        return not before_singular_verb
    if before_singular_verb and any(p.tag.case == "nomn" for p in parses):
        return False
    return low.endswith(_SURNAME_GENITIVE) or any(p.tag.case in _OBJECT_CASES for p in parses)


def _object_end(toks: Toks, s: int, a: int) -> int:
    """The token after the fronted object that opens at ``s`` (the word after «о»), before the
    verb at ``a``: the first token that cannot belong to it, or an adverb right before the
    verb."""
    words = toks.words
    k = s
    while k < a:
        if words[k][:1].isupper() and k > s:
            r = k  # a run of names: in the object as a whole, or the subject
            while r < a and (words[r][:1].isupper() or words[r] == "."):
                r += 1
            if _name_in_object(toks, r - 1, r == a and toks.lows[a].endswith(_SINGULAR)):
                k = r
                continue
            break
        if not _in_object(toks, k):
            break
        k += 1
    while k > s + 1 and is_adverb(toks.lows[k - 1]) and k == a:
        k -= 1  # "О нынешнем аресте первыми сообщили": (read as a word of no object case)
    return k


def fronted_about(doc: Doc, found: list[Found], ti: int, tj: int) -> list[Found]:
    """``found`` with the reports of a cue after a fronted «о» object replaced by the object as
    read above (see the module docstring)."""
    toks = doc.toks
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    p = ti
    while p < tj and (is_adverb(lows[p]) or lows[p] in TIME_WORDS):
        p += 1
    if p + 2 >= tj or lows[p] not in _ABOUT or lows[p + 1] in _ANAPHORA or lows[p + 1] in _TOPICS:
        return found
    h = next((x for x in doc.hits_between(p + 2, tj) if x[2].np_object and x[2].type == "verb"), None)
    if h is None:
        return found
    a = h[0]
    if any(w in _BREAKS for w in words[p + 1:a]):
        return found  # a clause of its own before the verb: not the object
    e = _object_end(toks, p + 1, a)
    if e - (p + 1) < 1:
        return found
    mark = next((m for m in range(p + 1, e) if words[m] in _MARKS), -1)
    if mark >= 0:
        cut = next((m for m in range(mark - 1, p + 1, -1) if lows[m] == "и"), -1)
        if cut < 0:
            return found
        obj_end = cut
    else:
        obj_end = e
    span = speaker_of(toks, h, e, tj)
    if span is not None and span[1] <= a and not _nominative(toks, span):
        # "О нынешнем аресте первыми сообщили СМИ": no subject before the verb, the one after it
        span = speaker_of(toks, h, a, tj)
    if span is not None and span[0] < e:
        return found
    cue_start = starts[a]
    kept = [f for f in found if f.attr is None or f.attr.cue_start != cue_start]
    # the report opens with «о» (as the gold writes it): «О своей отставке» is three words, and
    # the shared pass keeps no report of fewer
    kept.append(Found(starts[p], ends[obj_end - 1], "indirect", doc.attr(h, span, "cue_before"),
                      "cue_before"))
    return sorted(kept, key=lambda f: (f.start, f.end))
