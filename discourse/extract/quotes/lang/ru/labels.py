"""Words in marks that name or cite, not anyone's words: a nickname, a prize's citation.

Two shapes of Russian news put a name or a formula in marks right where a fragment of speech
could stand, and the project's annotation conventions (``ANNOTATION.md``: names, awards,
nicknames are no quotes; ``tests/gold/wikinews_ru/NOTES.md``, annotators T and U: prize
citations are award wording) do not count them:

- **a nickname in the nominative after a verb of naming**: ``его называли «красный
  капиталист»``, ``которую в прессе называют «британская Яровая»``. A characterisation that
  is someone's words fills the verb's predicate slot in the instrumental (``назвал его «великим
  лидером»``, ``называют «газовой ОПЕК»``); a nominative there cites a name as a name.
- **a prize's citation after "за"**: ``Премию присудили Делиню за его «плодотворный вклад …»``,
  ``награды удостоены … за открытие «механизма …»``: the wording of the award, the committee's
  formula, which the gold leaves out like the prize's name.

Before: the passes' ``Found`` list, with a ``partial`` (or a ``direct``) for such words.
After: the same list without them (and without the quotes nested in them), the parents'
indices renumbered.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.revise import renumber_parents
from discourse.text import sentence_start

__all__ = ["names_and_citations"]

_QUOTED = ("direct", "partial", "nested")
_OPENING = "«„“\""

# A form of a verb of naming right before the opening mark, with at most an object pronoun or
# "так" between ("его называли «", "которую называют «", "прозвали их «").
_NAMING_BEFORE = re.compile(
    r"(?i)(?<![\w\-])(?:(?:на|про)з[вы]{1,2}а\w*|именова\w*|именуе\w*|именую\w*|окрести\w*|"
    r"велича\w*)(?:[ \u00a0]+(?:его|её|ее|их|себя|так))?[ \u00a0]*$")

# An award in the sentence: the prize, the award, its laureate, the act of awarding.
_AWARD = re.compile(r"(?i)(?<![\w\-])(?:преми[яиюей]|наград\w*|лауреат\w*|удостоен\w*|присужд\w*|"
                    r"присуди\w*|орден(?:ом|а|у)?|медал\w*)(?![\w\-])")
# "за" and at most two words before the opening mark: "за его «", "за открытие «".
_FOR = re.compile(r"(?i)(?<![\w\-])за(?:[ \u00a0]+[^\s«»„“\".,;:!?]+){0,2}[ \u00a0]*$")
# A word of the fragment (letters and hyphens).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _opening_mark(text: str, start: int) -> int:
    """The index of the opening mark of the quotation whose content starts at ``start``, or -1."""
    mark = start - 1
    while mark >= 0 and text[mark] in " \u00a0'":
        mark -= 1
    return mark if mark >= 0 and text[mark] in _OPENING else -1


def _nominative_name(content: str) -> bool:
    """A noun phrase of at most four words, no punctuation, whose first word can be in the
    nominative and not in the instrumental («красный капиталист», «британская Яровая»; not
    «великим лидером», «святой трущоб», «газовой ОПЕК»)."""
    words = _WORD.findall(content)
    if not 1 <= len(words) <= 4 or any(c in content for c in ",.;:!?()—"):
        return False
    tags = [parse.tag for parse in readings(words[0].lower())]
    return any("nomn" in tag for tag in tags) and not any("ablt" in tag for tag in tags) and not any(
        tag.POS in ("VERB", "INFN", "ADVB", "PRTS", "ADJS") for tag in tags[:1])


def _nickname(doc: Doc, f: Found, mark: int) -> bool:
    """Is ``f`` a name in the nominative right after a verb of naming (``его называли «…»``)?"""
    text = doc.text
    lo = sentence_start(text, doc.para_of(mark)[0], mark)
    return (_NAMING_BEFORE.search(text, max(lo, mark - 60), mark) is not None
            and _nominative_name(text[f.start:f.end]))


def _citation(doc: Doc, f: Found, mark: int) -> bool:
    """Is ``f`` a prize's citation: after "за" (and at most two words) in a sentence that names
    an award before it, with no verb of saying between the award and the marks (``Лауреат
    заявил, что благодарен за «…»`` is his words)?"""
    text = doc.text
    if _FOR.search(text, max(0, mark - 40), mark) is None:
        return False
    lo = sentence_start(text, doc.para_of(mark)[0], mark)
    awards = list(_AWARD.finditer(text, lo, mark))
    if not awards:
        return False
    # from the last award word before the marks
    return not doc.hits_between(doc.tok_index(awards[-1].end()), doc.tok_index(mark))


def names_and_citations(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without the nicknames after a verb of naming and the prize citations after
    "за" (and the quotations nested in them)."""
    drop = set()
    for i, f in enumerate(found):
        if f.kind not in _QUOTED or f.parent >= 0:
            continue
        mark = _opening_mark(doc.text, f.start)
        if mark >= 0 and (_nickname(doc, f, mark) or _citation(doc, f, mark)):
            drop.add(i)
    if not drop:
        return found
    drop |= {i for i, f in enumerate(found) if f.parent in drop}
    new_index: dict[int, int] = {}
    out: list[Found] = []
    for i, f in enumerate(found):
        if i in drop:
            continue
        new_index[i] = len(out)
        out.append(f)
    return renumber_parents(out, new_index)
