"""Words in marks that name or cite, not anyone's words: a nickname, a prize's citation, a
name after a compound noun, a name that a relative clause describes.

Four shapes of Russian news put a name or a formula in marks right where a fragment of speech
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
- **a name after a compound noun that takes names**: ``кавер-рок-группа «Були для бабули»``,
  ``интернет-издание «…»``: the last part of the compound is the noun (группа, издание) that
  :func:`.content.name_before` knows alone.
- **a short name the sentence goes on to describe**: ``«Лидс», которого считают одним из
  величайших защитников, объявил …``: a relative clause right after the marks takes the words
  in them as its antecedent, a noun phrase; a few capitalised words without a verb there are a
  name (a nickname, a title), not a sentence someone said.

Before: the passes' ``Found`` list, with a ``partial`` (or a ``direct``) for such words.
After: the same list without them (and without the quotes nested in them), the parents'
indices renumbered.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.content import _title_noun, has_verb
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.revise import without
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
# A hyphenated compound right before the opening mark ("кавер-рок-группа «", "интернет-издание «").
_COMPOUND_BEFORE = re.compile(r"(?<![\w\-])[^\W\d_]+(?:-[^\W\d_]+)*-([^\W\d_]+)[ \u00a0]*$")
# The heads of such compounds: a group, an outlet, a channel, a company, a party, a work
# ("рок-группа", "интернет-издание", "медиа-холдинг", "поп-альбом"; not "экс-премьера", a
# person's title whose last part also reads as a noun that takes names).
_COMPOUND_HEADS = ("групп", "издани", "канал", "агентств", "компани", "холдинг", "портал",
                   "журнал", "газет", "парти", "движени", "фестивал", "проект", "сайт", "сериал",
                   "фильм", "альбом", "программ", "радиостанци", "телестанци", "студи")
# A comma and a relative pronoun right after the closing mark ("«Лидс», которого …").
_RELATIVE_AFTER = re.compile(r"[»“”\"][ \u00a0]*,[ \u00a0]*котор")
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


def _after_compound(doc: Doc, mark: int) -> bool:
    """Does a hyphenated compound whose last part is a noun that takes names stand right before
    the mark (``кавер-рок-группа «…»``)?"""
    m = _COMPOUND_BEFORE.search(doc.text, max(0, mark - 60), mark)
    return m is not None and m.group(1).lower().startswith(_COMPOUND_HEADS) and _title_noun(
        m.group(1).lower())


def _described_name(doc: Doc, f: Found) -> bool:
    """Is ``f`` a quotation of one to three capitalised words without a verb that a relative
    clause right after its closing mark describes (``«Лидс», которого считают …``)?"""
    text = doc.text
    content = text[f.start:f.end]
    words = _WORD.findall(content)
    return (f.kind == "direct" and 1 <= len(words) <= 3 and content[:1].isupper()
            and not any(c in content for c in ",.;:!?") and not has_verb(content)
            and _RELATIVE_AFTER.match(text, f.end) is not None)


def names_and_citations(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` without the nicknames after a verb of naming, the prize citations after "за",
    the names after a compound noun that takes names and the short names a relative clause
    describes (and the quotations nested in them)."""
    drop = set()
    for i, f in enumerate(found):
        if f.kind not in _QUOTED or f.parent >= 0:
            continue
        mark = _opening_mark(doc.text, f.start)
        if mark >= 0 and (_nickname(doc, f, mark) or _citation(doc, f, mark)
                          or _after_compound(doc, mark) or _described_name(doc, f)):
            drop.add(i)
    return without(found, drop)
