"""Where the quote extractor loses the source of a quotation (round twenty-three, issue 12).

Three Russian shapes in which the cue is found and its source is not, or an outer source is
taken where the sentence names a nearer one:

- **a long name in marks closing the subject**: ``представители оппозиционной «Внутренней
  македонской революционной организации — Демократической партии …» назвали …``. The noun
  phrase reading walks back over a name in marks of a few words only; a party's or a company's
  full name may run to a dozen words and hold a dash. When the verb's subject ends in a closing
  mark and no mention was found, the subject is the name in marks with the noun phrase before
  it; so with a long gloss in brackets closing the subject («Основные активисты акции-митинга
  (председатель комитета … и его заместитель …) заявили»).
- **a nearer source inside the report**: ``В заявлении правительства говорится, что по оценке
  Национального центра кибербезопасности, кибератаку «почти наверняка» провело ГРУ``. A
  fragment in marks after «по оценке X», «по данным X», «по мнению X», «согласно X» inside the
  reported clause is X's wording, not the outer source's (ANNOTATION.md: a fragment under a
  nested source takes the inner one). Likewise ``Согласно заявлению Белого дома, Ян Цзечи и
  Райс подчеркнули «…»``: after an outer «согласно»/«по словам» source, a verb of saying with
  its own subject between the source and the fragment speaks the fragment. And ``свидетельства
  жертв атаки, согласно которым сотрудники «…»``: «согласно которым» points back to the
  testimony, whose author (the genitive after a noun of speech, or the name after «от имени»)
  is the source.
- **a document named by a relative clause**: ``обвинитель представил характеристику из
  колонии, где говорится, что …``, ``разместил текст, в котором говорилось о «…»``. An
  impersonal verb (говорится, сказано) in a clause opened by «где» or «в котором» has the
  antecedent of the relative word as its carrier; with no other mention found, the document is
  the mention (as «В документе говорится» gives «документе»).

:func:`inner_sources` is a revision (a ``QuoteLanguage.revisions`` entry) and is called on the
reports of :mod:`.sentences_reports` too. Before: the passes' ``Found`` list. After: the same
spans and kinds, some with a mention where they had none or with the nearer source's mention.
"""

from __future__ import annotations

import re

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.ru.morph import maybe_nominative, readings
from discourse.extract.quotes.lang.ru.phrases import np_backward, np_forward
from discourse.extract.quotes.lang.ru.speakers import speaker_of
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS, SUBJECT_PRONOUNS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["inner_sources"]

_OPEN = "«„“\""
_CLOSE = "»“”\""
_ENDS = (".", "!", "?", ";")
# How far back the opening mark of a long name may stand (tokens), and how long a subject may be.
_NAME_REACH = 30
# How far back :func:`.phrases.np_backward` itself finds an opening mark or bracket (tokens from
# the closing one): shorter names and glosses are left to it and to the revisions after it.
_MARKS_READ = 8
_BRACKET_READ = 11
# The source phrases whose source stands in the genitive (or, after «согласно», the dative)
# right after them; «по оценке X» and «по данным X» are no cues of their own (a sentence with
# only them quotes nobody), but they name whose wording a fragment in their clause is.
_SOURCE_PHRASE = re.compile(
    r"(?i)(?<![\w-])(?:по[ \u00a0]+(?:оценке|оценкам|данным|мнению|словам|сведениям|информации"
    r"|версии|утверждению|заявлению|сообщению)|согласно)[ \u00a0]+")
_RELATIVE_BACK = frozenset(("которым", "которому", "которой", "которого"))
# Nouns of speech and of testimony whose genitive complement names the author
# («свидетельства жертв атаки», «показания очевидцев», «заявление министра»).
_SPEECH_NOUNS = frozenset("""свидетельства свидетельство свидетельств показания показаний
    заявление заявления заявлений слова слов сообщение сообщения сообщений данные данных
    утверждения утверждение оценки оценка""".split())
_IMPERSONAL = frozenset("""говорится говорилось сказано указано отмечается отмечалось
    сообщается сообщалось утверждается утверждалось написано""".split())
_RELATIVE_IN = frozenset(("котором", "которой", "которых"))
# Verbs by which a subject publishes a document it wrote (the gold takes the subject then, as
# the sentence's source): распространил, опубликовала, разослали, выпустил, обнародовал.
_PUBLISHING = ("распространи", "опубликова", "разосла", "выпусти", "обнародова", "размести",
               "издал", "издала", "издали")
_TIME_ADVERBS = frozenset("вчера сегодня ранее накануне также позже позднее".split())
_QUOTED = ("direct", "partial", "nested", "embedded")
_RULE = "inner_source"


def _sentence_bounds(toks: Toks, k: int) -> tuple[int, int]:
    """The first token of the sentence holding token ``k`` and the token that ends it."""
    words = toks.words
    lo = k
    while lo > 0 and words[lo - 1] not in _ENDS:
        lo -= 1
    hi = k
    while hi < len(words) and words[hi] not in _ENDS:
        hi += 1
    return lo, hi


def _hit_at(doc: Doc, c: int):
    """The cue occurrence whose first token is ``c`` (None when none is)."""
    hits = doc.hits_between(c, c + 1)
    return hits[0] if hits else None


def _long_name_subject(doc: Doc, c: int) -> tuple[int, int] | None:
    """``представители оппозиционной «…» назвали``: the subject before the cue at token ``c``
    that ends in a closing mark, its name in marks longer than the noun phrase reading takes;
    None for another shape."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    if c < 3 or (words[c - 1] not in _CLOSE and words[c - 1] != ")"):
        return None
    lo, _ = _sentence_bounds(toks, c)
    if words[c - 1] == ")":
        # «Основные активисты акции (председатель комитета … и его заместитель …) заявили»: a
        # gloss in brackets longer than the noun phrase reading takes
        o = next((m for m in range(c - 2, max(lo, c - _NAME_REACH) - 1, -1) if words[m] in "()"), -1)
        if o < 0 or words[o] != "(" or c - 1 - o < _BRACKET_READ or any(
                w in (":", ";") for w in words[o + 1:c - 1]):
            return None  # (a short gloss is the noun phrase reading's own)
    else:
        o = next((m for m in range(c - 2, max(lo, c - _NAME_REACH) - 1, -1)
                  if words[m] in _OPEN + _CLOSE), -1)
        if o < 0 or words[o] not in _OPEN or (words[o] == '"' and words[c - 1] != '"') or (
                c - 1 - o < _MARKS_READ):
            return None  # (a short name in marks is the noun phrase reading's own: «В четверг "Ъ"»)
        if o + 1 >= c - 1 or not cap(words[o + 1]) or any(w in (",", ":") for w in words[o + 1:c - 1]):
            return None  # a name opens with a capital; a clause in marks holds commas
    i = np_backward(toks, o, lo)
    if i >= o or lows[i] in PREPOSITIONS or not wordish(words[i]):
        return None  # (a bare name in marks is left to the passes' own reading)
    if i > lo and words[i - 1] in _OPEN + _CLOSE:
        return None  # the reading stopped at a mark (doubled marks of a table): its start is unsure
    if not maybe_nominative(lows[i]):
        return None  # «Крупнейшего акционера «Уралкалия» обвиняют»: the object, no subject
    return i, c


def _accusative(low: str) -> bool:
    """Has ``low`` a reading in the accusative (письмо, характеристику)?"""
    return any("accs" in parse.tag for parse in readings(low))


def _relative_antecedent(toks: Toks, j: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase ending before token ``j`` (a comma skipped) that a relative word after
    it stands for: ``характеристику из колонии, где``; ``свидетельства жертв атаки, согласно
    которым`` gives the author after a noun of speech (``жертв атаки``)."""
    words, lows = toks.words, toks.lows
    if j > lo and words[j - 1] == ",":
        j -= 1
    if j <= lo or not wordish(words[j - 1]):
        return None
    i = np_backward(toks, j, lo)
    while i < j and (lows[i] in PREPOSITIONS or not wordish(words[i])):
        i += 1
    if i < j and i > lo and lows[i - 1] in PREPOSITIONS:
        # «получила по электронной почте анонимное письмо»: the preposition's object (in an
        # oblique case only) is no part of the document after it
        while i < j - 1 and not maybe_nominative(lows[i]) and not _accusative(lows[i]):
            i += 1
    if i >= j:
        return None
    p = i
    while p > lo and toks.words[p - 1] not in (",", ":", "(") and p > i - 12:
        p -= 1
    if any(low.startswith("котор") or low == "где" for low in lows[p:i]):
        return None  # «в котором находится штаб-квартира компании, в котором …»: a clause's own
    v = i - 1
    while v > lo and lows[v] in _TIME_ADVERBS:
        v -= 1
    if v >= lo and lows[v].startswith(_PUBLISHING):
        return None  # «Комитет … распространил сообщение, в котором говорится»: its author speaks
    head = next((m for m in range(i, j) if lows[m] in _SPEECH_NOUNS), -1)
    if 0 <= head < j - 3 and lows[head + 1:head + 3] == ["от", "имени"]:
        return head + 3, j  # «заявление от имени Трампа-младшего»: on whose behalf
    if 0 <= head < j - 1 and lows[head + 1] not in PREPOSITIONS and wordish(words[head + 1]):
        return head + 1, j  # the testimony's author
    return i, j


def _relative_carrier(doc: Doc, c: int) -> tuple[int, int] | None:
    """``…, где говорится``, ``текст в котором говорилось``: the antecedent of the relative
    word before the impersonal cue at token ``c``; None for another shape."""
    toks = doc.toks
    lows = toks.lows
    if lows[c] not in _IMPERSONAL:
        return None
    lo, _ = _sentence_bounds(toks, c)
    k = c - 1
    while k > lo and lows[k] in ("также", "же", "прямо", "ясно", "ещё", "еще"):
        k -= 1
    if k > lo and lows[k] == "где":
        return _relative_antecedent(toks, k, lo)
    if k - 1 > lo and lows[k] in _RELATIVE_IN and lows[k - 1] in ("в", "во"):
        return _relative_antecedent(toks, k - 1, lo)
    return None


def _nearer_source(doc: Doc, f: Found, after: int) -> tuple[int, int] | None:
    """A source phrase or a speaking subject between offset ``after`` and the quoted fragment
    ``f`` in its sentence, nearer than the attribution found; None when there is none."""
    toks, text = doc.toks, doc.text
    s = doc.tok_index(f.start)
    lo, hi = _sentence_bounds(toks, s)
    lo = max(lo, doc.tok_index(after))
    if lo >= s:
        return None
    gap = text[toks.starts[lo]:f.start].rstrip(" \u00a0" + _OPEN)  # (its own opening mark)
    last = None
    for m in _SOURCE_PHRASE.finditer(gap):
        last = m
    if last is not None and not any(ch in gap[last.end():] for ch in _OPEN + _CLOSE):
        # (a quotation between the phrase and the fragment has its own attribution)
        k = doc.tok_index(toks.starts[lo] + last.end())
        if k >= s:
            return None
        if toks.lows[k] in _RELATIVE_BACK:
            return _relative_antecedent(toks, doc.tok_index(toks.starts[lo] + last.start()), 0)
        e = np_forward(toks, k, s)
        if e <= k or e >= s - 1 or toks.lows[k] in PREPOSITIONS or toks.lows[k] in SUBJECT_PRONOUNS:
            return None  # (marks right after the source are its own name: «Согласно закону «…»»)
        # a verb of saying after the phrase speaks for itself («По данным X, Y заявил «…»»)
        if any(h[0] >= e for h in doc.hits_between(e, s)):
            return None
        return k, e
    return None


def _inner_speaker(doc: Doc, f: Found, c: int, mention_end: int) -> tuple[int, int] | None:
    """``Согласно заявлению Белого дома, Ян Цзечи и Райс подчеркнули «…»``: the subject of a
    verb of saying between the «согласно» source (ending at offset ``mention_end``) and the
    fragment; None when no such verb stands there."""
    toks = doc.toks
    s = doc.tok_index(f.start)
    lo, hi = _sentence_bounds(toks, s)
    first = doc.tok_index(mention_end)
    between = doc.text[mention_end:f.start].rstrip(" \u00a0" + _OPEN)  # (its own opening mark)
    if first >= s or any(ch in between for ch in _OPEN + _CLOSE):
        return None
    inner = [h for h in doc.hits_between(first, s) if h[2].type != "preposition"]
    if len(inner) != 1 or inner[0][2].speaker != "before":
        return None
    got = speaker_of(toks, inner[0], first, hi)
    if got is None or got[0] < first or got[1] > inner[0][0]:
        return None
    if not cap(toks.words[got[0]]) and toks.lows[got[0]] not in SUBJECT_PRONOUNS:
        return None  # «признание принципа … отвечает «…»»: a thing, and «отвечать» no saying
    return got


def _revised(doc: Doc, f: Found) -> tuple[int, int] | None:
    """The mention (token span) these shapes give ``f``, or None to keep its own."""
    a = f.attr
    if a is None:
        return _nearer_source(doc, f, 0) if f.kind in _QUOTED else None
    toks = doc.toks
    if a.cue_end > a.cue_start:
        c = doc.tok_index(a.cue_start)
        if c >= len(toks.words):
            return None
        if a.m_start < 0:
            hit = _hit_at(doc, c)
            if hit is not None and hit[2].type != "preposition" and hit[2].speaker == "before":
                got = _long_name_subject(doc, c)
                if got is not None:
                    return got
            got = _relative_carrier(doc, c)
            if got is not None:
                return got
        if f.kind in _QUOTED and a.cue_end <= f.start:
            hit = _hit_at(doc, c)
            if hit is not None and hit[2].type == "preposition" and 0 <= a.m_end <= f.start:
                got = _inner_speaker(doc, f, c, a.m_end)
                if got is not None:
                    return got
            return _nearer_source(doc, f, max(a.cue_end, a.m_end))
        return None
    if f.kind in _QUOTED and a.m_start < 0:
        return _nearer_source(doc, f, 0)
    return None


def inner_sources(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the mentions these shapes give (in place; the list is returned)."""
    toks = doc.toks
    for n, f in enumerate(found):
        got = _revised(doc, f)
        if got is None:
            continue
        ms, me = toks.starts[got[0]], toks.ends[got[1] - 1]
        if f.attr is None:  # (as :mod:`.dropped` does: a mention with no cue)
            found[n] = Found(f.start, f.end, f.kind, Attr("", -1, -1, ms, me, _RULE), _RULE, f.parent)
        else:
            found[n] = Found(f.start, f.end, f.kind, f.attr._replace(m_start=ms, m_end=me), f.rule,
                             f.parent)
    return found
