"""A mention's other half: the role before ``, Name``, the name after ``role,``, a gloss in
brackets, the participle's phrase that tells which unnamed people speak.

Four shapes of a Russian speaker's noun phrase whose parts the phrase readings of
:mod:`.phrases` split, keeping only the part next to the verb (ANNOTATION.md: the mention is the
whole noun phrase with title and apposition, as the gold marks it):

- **a role, then the name in commas, before the verb**: ``Мать одного из подозреваемых, Нора
  Донда рассказала СМИ, что …``. The reading back from the verb stops at the comma and keeps
  «Нора Донда». When the words before the comma open the sentence, form a noun phrase with no
  verb, and begin with a noun that can be a nominative, they are the same person's role.
- **a role after the verb, then the name after a comma**: ``…, пояснил автор законопроекта,
  первый зампред думского комитета по обороне Андрей Красов.`` The reading after the verb stops
  at the comma. A second role phrase that ends in a capitalised name and closes the sentence is
  an apposition naming the role's holder.
- **a gloss in brackets after the name**: ``…, сообщила Кубинская федерация лёгкой атлетики
  (Federación Cubana de Atletismo; FCA).`` The readings take a short gloss (up to five tokens);
  a longer one of Latin-script words, capitalised words and abbreviations still belongs to the
  name when it closes the clause.
- **an unnamed group and the participle's phrase that picks it out**: ``Военные, захватившие
  здание телекомпании, объявили, что …``, ``…, — подтвердил участник рынка, знакомый с обоими
  кандидатами.`` Without a name, the phrase in commas is what says who speaks (the gold keeps it
  in the mention, dev9 and dev14); after a name it only describes («Бардо, известная …»), so a
  mention with a capitalised word past its first (sentence-opening) one is left.

:func:`mention_bounds` is a revision (``QuoteLanguage.revisions`` and, for reports,
:mod:`.sentences_reports`). Before: ``Found`` with mentions. After: the same, those mentions
widened by these shapes; others unchanged.
"""

from __future__ import annotations

from discourse.extract.actors.forms import CYRILLIC
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import participle, readings
from discourse.extract.quotes.lang.ru.phrases import is_adverb, is_verb_form
from discourse.extract.quotes.lang.ru.words import CONJUNCTIONS, PREPOSITIONS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["mention_bounds"]

_STOPS = frozenset((".", "!", "?", ";"))
# Longest role phrase before «, Name» and after «role,» we read (tokens).
_ROLE_BEFORE = 8
_ROLE_AFTER = 12
# Longest gloss in brackets (tokens inside) taken with the name.
_GLOSS = 14
# Punctuation a gloss may hold («Federación Cubana de Atletismo; FCA», «A&M», «Jr.»).
_GLOSS_PUNCT = frozenset((";", ",", ".", "-", "–", "&", "'"))
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
# Nouns that open a sentence as a parenthetical word, not a role («Правда, Иванов заявил»).
_PARENTHETICAL = frozenset("правда кстати например словом значит итак впрочем конечно".split())


def _noun_nominative(low: str) -> bool:
    """Is ``low`` a noun that can be in the nominative (мать, глава, представитель)?"""
    return any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in readings(low))


def _name_tokens(toks: Toks, i: int, j: int) -> bool:
    """Are the tokens ``[i, j)`` a person's name: capitalised words and initials, one to four?"""
    words = toks.words
    return 0 < j - i <= 4 and all(cap(w) and (wordish(w) or w == ".") for w in words[i:j]) and (
        cap(words[i]) and wordish(words[i]))


def _plain_phrase(toks: Toks, i: int, j: int) -> bool:
    """Are ``[i, j)`` words only, none a verb form, a conjunction or an adverb?"""
    words, lows = toks.words, toks.lows
    return all(wordish(w) and not is_verb_form(low) and low not in CONJUNCTIONS
               and not (is_adverb(low) and not _noun_nominative(low))
               for w, low in zip(words[i:j], lows[i:j]))


def _role_before(doc: Doc, ms: int, me: int, c: int) -> int | None:
    """The token the role opens at, when the name ``[ms, me)`` before the verb at ``c`` follows
    «role,» at the head of its sentence; else None."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    if me > c or ms < 2 or words[ms - 1] != "," or not _name_tokens(toks, ms, me):
        return None
    para = doc.para_of(toks.starts[ms])[0]
    s = ms - 1
    while s > 0 and words[s - 1] not in _STOPS and toks.starts[s - 1] >= para:
        s -= 1
    if not 0 < ms - 1 - s <= _ROLE_BEFORE or lows[s] in PREPOSITIONS or lows[s] in _PARENTHETICAL:
        return None
    if not _noun_nominative(lows[s]) or not _plain_phrase(toks, s, ms - 1):
        return None
    return s


def _name_after(toks: Toks, ms: int, me: int, c: int) -> int | None:
    """The token after the name that closes «role, role2 Name.» after the verb at ``c``, when the
    mention ``[ms, me)`` is the first role; else None."""
    words, lows = toks.words, toks.lows
    n = len(words)
    if ms < c or me + 2 >= n or words[me] != "," or cap(words[ms]) or not wordish(words[ms]):
        return None
    e = me + 1
    while e < n and e - me <= _ROLE_AFTER and wordish(words[e]):
        e += 1
    after = e
    if after < n and words[after] == "(":  # «Андрей Красов («Единая Россия»).»: the party
        after = next((m for m in range(e + 1, min(n, e + 10)) if words[m] == ")"), -2) + 1
        if after < 0:
            return None
    if after < n and words[after] not in _STOPS:
        return None
    k = e
    while k > me + 1 and cap(words[k - 1]):
        k -= 1
    if e - k < 2 or k == me + 1 or cap(words[me + 1]) or lows[me + 1] in PREPOSITIONS:
        return None  # a name alone after the comma: the phrase readings take it already
    if not _plain_phrase(toks, me + 1, k):
        return None
    return e


def _gloss_end(toks: Toks, me: int) -> int | None:
    """The token after the closing bracket of a gloss right after the mention ending at ``me``
    that closes the clause; else None."""
    words = toks.words
    n = len(words)
    if me >= n or words[me] != "(":
        return None
    r = next((m for m in range(me + 1, min(n, me + _GLOSS + 2)) if words[m] in "()"), -1)
    if r <= me + 1 or words[r] != ")":
        return None
    for w in words[me + 1:r]:
        if w in _GLOSS_PUNCT:
            continue
        if not wordish(w) or not (cap(w) or w[:1].isdigit() or w[:1].lower() in _LATIN):
            return None
    if r + 1 < n and words[r + 1] not in (",", ".", ";", ":", "!", "?", "—", "–"):
        return None
    return r + 1


def _common_word(low: str) -> bool:
    """Does the dictionary know ``low`` as a common word, never a name (военные, врачи; not
    Бардо, Иванов)?"""
    parses = readings(low)
    return bool(parses) and all(p.is_known and not ({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(
        p.tag.grammemes)) for p in parses)


def _unnamed(toks: Toks, ms: int, me: int) -> bool:
    """Is the mention ``[ms, me)`` words of lower case only (its first may open the sentence
    when it is a common word)?"""
    words, lows = toks.words, toks.lows
    return all(wordish(w) and not cap(w) for w in words[ms + 1:me]) and wordish(words[ms]) and (
        not cap(words[ms]) or (ms == 0 or words[ms - 1] in _STOPS) and _common_word(lows[ms]))


def _picks_out(low: str) -> bool:
    """Can ``low`` open a phrase that picks out who is meant: a full participle or a full
    adjective in the nominative (захватившие, знакомый)?"""
    if low.startswith("котор"):
        return False  # «совет, который …»: a relative clause, not a participle's phrase
    # in the nominative, as the subject it describes («в заявлении, опубликованном …» describes
    # the carrier, not the speaker)
    return any(p.tag.POS in ("PRTF", "ADJF") and "nomn" in p.tag and "Apro" not in p.tag
               for p in readings(low)) and (participle(low) or any(
                   p.tag.POS == "ADJF" for p in readings(low)))


def _participle_end(doc: Doc, ms: int, me: int, c: int) -> int | None:
    """The token after the participle's phrase in commas after the unnamed mention ``[ms, me)``
    (before the verb at ``c``: the phrase's closing comma stands before the verb; after it: the
    phrase closes the sentence); else None."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    n = len(words)
    if me + 2 >= n or words[me] != "," or not _unnamed(toks, ms, me) or not _picks_out(lows[me + 1]):
        return None
    e = me + 2
    while e < n and e - me <= _ROLE_AFTER and wordish(words[e]) and e != c:
        if cap(words[e]) and CYRILLIC.search(words[e]):
            return None  # a name inside the phrase («побеседовавший с … Сьюзан Райс») would be
            # read as the speaker by the resolver
        e += 1
    if e - me < 3 or doc.hits_between(me + 1, e):
        return None  # the participle needs its phrase; one of saying («сообщившие о …») makes a
        # report of its own, not a description
    if me <= c:
        k = e + 1
        while k < c and is_adverb(lows[k]):
            k += 1
        return e if e < n and words[e] == "," and k == c else None
    return e if e >= n or words[e] in _STOPS else None


def mention_bounds(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each mention widened by the three shapes of this module."""
    toks = doc.toks
    starts, ends = toks.starts, toks.ends
    for f in found:
        a = f.attr
        if a is None or a.m_start < 0 or a.m_end <= a.m_start or a.cue_end <= a.cue_start:
            continue
        ms, me = doc.tok_index(a.m_start), doc.tok_index(a.m_end)
        c = doc.tok_index(a.cue_start)
        if me >= len(toks.words) or ends[me - 1] != a.m_end:
            continue  # a mention that ends inside a token: leave it
        m_start, m_end = a.m_start, a.m_end
        s = _role_before(doc, ms, me, c)
        if s is not None:
            m_start = starts[s]
        e = _name_after(toks, ms, me, c)
        if e is None:
            e = _gloss_end(toks, me)
        if e is None and s is None:
            e = _participle_end(doc, ms, me, c)
        if e is not None:
            m_end = ends[e - 1]
        if (m_start, m_end) != (a.m_start, a.m_end) and not (
                m_start < f.end and f.start < m_end):  # never over the quote itself
            f.attr = a._replace(m_start=m_start, m_end=m_end)
    return found
