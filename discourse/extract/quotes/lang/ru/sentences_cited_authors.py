"""The author of the words a medium cites: ``«…», — цитирует запись, оставленную Медведевым в
Twitter, РИА «Новости»`` (the speaker is Медведев, not the record nor the agency).

A Russian medium brings someone's words with «цитировать» or «приводить» and a noun of those
words as the object: ``цитирует запись …``, ``приводит письмо «Бургер Кинг Россия»``, ``эти
слова X, сказанные им …, цитирует ИТАР-ТАСС``. Whose words they are is said right after the
noun, by a genitive (``письмо губернатора Ивана Петрова``, ``слова командира корабля …``) or by
a passive participle with its agent in the instrumental (``запись, оставленную Медведевым``,
``письмо, направленное Ивановым``). ``ANNOTATION.md``: the speaker is whoever's words these are,
not the medium that carries them; the readings before this revision took the medium (the
subject before ``приводит``), the noun (``запись``) or nobody (the noun phrase before the verb).
:mod:`.sentences_cited` narrows a mention that already spans the outlet and the person; this
revision reads the author that the mention left out.

:func:`cited_authors` is a revision right after :func:`.sentences_cited.cited_person`. Before:
``Found`` whose attribution's cue is a form of цитировать, приводить or публиковать, and a noun
of cited words (:data:`CITED_NOUNS`) right after the cue, at the mention's start, or opening the
attribution after the dash that follows the quotation. After: the mention is the author's noun
phrase (genitive or instrumental agent), when that phrase names someone (a capitalised word or a
name in marks); with no such author the quote is unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import genitive_noun, passive_participle, readings
from discourse.extract.quotes.lang.ru.words import PREPOSITIONS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["CITED_NOUNS", "author_after", "cited_authors"]

# Forms of the verbs by which a medium brings someone's words (цитирует, процитировала,
# приводит, привёл, публикует, опубликовал).
_BRINGING = ("цитир", "процитир", "привод", "привёл", "привел", "публику", "опубликова")
# Nouns of the cited words, in the accusative (the object of the verb) or the nominative.
CITED_NOUNS = frozenset("""слова высказывание высказывания заявление заявления сообщение
    запись записи письмо письма пост твит твиты обращение послание комментарий цитату
    телеграмму""".split())
# Determiners before the noun ("эти слова", "эту запись", "своё письмо").
_DETERMINERS = frozenset("эти эту это этот свои своё свое свою".split())
_OPENING = frozenset("«„“\"")
_CLOSING = frozenset("»“”\"")
_DASHES = frozenset("—–-")
# Stop words of the author's phrase: punctuation that ends the noun phrase.
_ENDS = frozenset(",:;.!?()—–")
# How far after the noun of cited words its verb may stand (tokens): a participle phrase and a
# time adverbial between them.
_REACH = 30


def _in_marks(toks: Toks, i: int, hi: int) -> int:
    """The end (exclusive) of a name in marks opening at ``i`` (``«Бургер Кинг Россия»``), or
    ``i`` when no closing mark follows before ``hi``."""
    for k in range(i + 1, min(hi, i + 10)):
        if toks.words[k] in _CLOSING:
            return k + 1
        if toks.words[k] in _OPENING and k > i + 1 and toks.words[k] != toks.words[i]:
            return i  # another opening mark first: not a name in marks
    return i


def _named(toks: Toks, i: int, j: int) -> bool:
    """Does ``[i, j)`` name someone: a capitalised word or a name in marks?"""
    return any(cap(w) or w in _OPENING for w in toks.words[i:j])


def _genitive(toks: Toks, i: int, hi: int) -> int:
    """The end of a genitive noun phrase opening at ``i`` (``командира корабля «Союз ТМА-08М»
    Павла Виноградова``; ``«Бургер Кинг Россия»``), or ``i`` when none opens there. Every
    Cyrillic word outside marks must have a genitive reading: an accusative or a verb ends it."""
    words, lows = toks.words, toks.lows
    k = i
    while k < hi:
        w = words[k]
        if w in _OPENING:
            e = _in_marks(toks, k, hi)
            if e == k:
                break
            k = e
            continue
        if w in _ENDS or not wordish(w) or lows[k] in PREPOSITIONS or not genitive_noun(lows[k]):
            break
        k += 1
    return k


def _instrumental(low: str) -> bool:
    """Has ``low`` a reading as a noun, adjective or pronoun in the instrumental (Медведевым,
    губернатором, им)?"""
    return any(p.tag.case == "ablt" and p.tag.POS in ("NOUN", "ADJF", "NPRO") for p in readings(low))


def _agent(toks: Toks, i: int, hi: int) -> int:
    """The end of the instrumental agent opening at ``i`` after a passive participle
    (``Медведевым``, ``губернатором области Иваном Петровым``), or ``i`` when none opens there.
    Genitive words after the head are its complements (``губернатором области``)."""
    words, lows = toks.words, toks.lows
    k = i
    while k < hi and wordish(words[k]) and words[k] not in _ENDS and lows[k] not in PREPOSITIONS \
            and (_instrumental(lows[k]) or k > i and genitive_noun(lows[k])):
        k += 1
    while k > i and not _instrumental(lows[k - 1]):
        k -= 1  # the phrase ends on an instrumental word (its head or the name)
    return k


def author_after(toks: Toks, n: int, hi: int) -> tuple[int, int] | None:
    """Whose words the cited-words noun at ``n`` names (tokens before ``hi``): the genitive
    right after it, or the instrumental agent of a passive participle after a comma; None when
    neither names someone."""
    words = toks.words
    k = n + 1
    if k < hi and words[k] not in _ENDS:
        e = _genitive(toks, k, hi)
        if e > k and _named(toks, k, e):
            return k, e
        return None
    if k + 2 < hi and words[k] == "," and passive_participle(toks.lows[k + 1]):
        e = _agent(toks, k + 2, hi)
        if e > k + 2 and _named(toks, k + 2, e):
            return k + 2, e
    return None


def _cited_noun(toks: Toks, i: int, hi: int) -> int:
    """``i`` (or ``i + 1`` past a determiner) when it is a cited-words noun, else -1."""
    lows = toks.lows
    if i < hi and lows[i] in _DETERMINERS:
        i += 1
    return i if i < hi and lows[i] in CITED_NOUNS else -1


def _after_dash(toks: Toks, i: int, hi: int) -> int:
    """The first token after the comma and dash that follow a closing mark at ``i``, or -1."""
    words = toks.words
    while i < hi and words[i] in _CLOSING:
        i += 1
    if i < hi and words[i] == ",":
        i += 1
    return i + 1 if i < hi and words[i] in _DASHES else -1


def _unattributed(doc: Doc, f: Found) -> Found:
    """``«…», — эти слова X, сказанные им накануне, цитирует в пятницу Y.``: a quotation with no
    attribution, followed by a dash and a noun of cited words whose author is named, and a
    verb that brings them later in the sentence (the noun phrase is its fronted object, too far
    from the verb for the cue readings). The quotation with the verb as cue and the author as
    mention; unchanged when any part is missing."""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    d = _after_dash(toks, doc.tok_index(f.end), len(lows))
    n = _cited_noun(toks, d, len(lows)) if d >= 0 else -1
    if n < 0:
        return f
    end = next((k for k in range(n, min(len(lows), n + _REACH)) if words[k] in ".!?"), len(lows))
    span = author_after(toks, n, end)
    if span is None:
        return f
    v = next((k for k in range(span[1], end) if lows[k].startswith(_BRINGING)), -1)
    if v < 0:
        return f
    attr = doc.attr_tokens((v, v + 1), span, "cue_after")
    return Found(f.start, f.end, f.kind, attr, "cue_after", f.parent)


def cited_authors(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the mention of a quotation whose cue brings a noun of cited words moved
    to the author that noun names."""
    toks = doc.toks
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is None and f.kind in ("direct", "partial"):
            f = _unattributed(doc, f)
            out.append(f)
            continue
        if a is None or a.cue_start < 0 or not a.cue.lower().startswith(_BRINGING):
            out.append(f)
            continue
        ci, ce = doc.tok_index(a.cue_start), doc.tok_index(a.cue_end)
        hi = len(toks.lows)
        if a.cue_end <= f.start:
            hi = doc.tok_index(f.start)  # the cue before the quotation: up to its opening
        places = [ce]
        if a.m_start >= 0:
            places.append(doc.tok_index(a.m_start))
        if a.cue_start >= f.end:
            d = _after_dash(toks, doc.tok_index(f.end), ci)
            if d >= 0:
                places.append(d)  # "«…», — эти слова X, сказанные им …, цитирует Y"
        span: tuple[int, int] | None = None
        for p in places:
            n = _cited_noun(toks, p, hi if p >= ce else ci)
            if n >= 0 and n + 1 < len(toks.starts) and toks.starts[n + 1] == a.m_start:
                break  # the mention is the author already (cited_person cut the outlet after it)
            if n >= 0:
                span = author_after(toks, n, hi if p >= ce else ci)
                if span is not None:
                    break
        if span is not None:
            s, e = toks.starts[span[0]], toks.ends[span[1] - 1]
            if (s, e) != (a.m_start, a.m_end):
                f = Found(f.start, f.end, f.kind, a._replace(m_start=s, m_end=e), f.rule, f.parent)
        out.append(f)
    return out
