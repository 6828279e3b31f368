"""The subject after a medium phrase after a plural verb: ``сообщают в микроблоге представители X``.

``Как сообщают в микроблоге представители арт-группы «Война», P`` and ``P, пишут в Twitter
сторонники партии``: a verb in the plural, then where it was posted («в микроблоге», «в
Twitter», «в своём блоге»), then its subject. The reading after the verb
(:mod:`.speakers`) passes over the medium phrase as an adverbial and takes its genitive
complement with it, so the subject behind it is lost and the quote gets nobody; a singular verb
(«написал в Facebook лидер партии») was read right. The noun phrase after the medium is the
subject when it closes the clause (a comma, a colon or the sentence's end follows) and its first
word can be a nominative plural, as the verb's number asks («представители», «сторонники»; not
«компании» alone: the blog's owner in the genitive, «в блоге компании», is read as the subject
too, and the owner is who speaks there).

:func:`medium_subjects` is a revision (``QuoteLanguage.revisions`` and, for reports,
:mod:`.sentences_reports`). Before: ``Found`` whose attribution has a plural cue and no mention.
After: the same with the noun phrase after the medium as the mention; others unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.lang.ru.phrases import is_adverb, np_forward
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["medium_subjects"]

# Where words are posted or aired: the heads of «в микроблоге», «в Twitter», «в эфире».
_MEDIA = frozenset("""микроблоге блоге блогах твиттере twitter facebook фейсбуке telegram телеграме
    телеграм-канале instagram инстаграме соцсетях соцсети аккаунте аккаунтах эфире""".split())
# Plural finite endings (сообщают, пишут, заявили, передают).
_PLURAL = ("ли", "ют", "ят", "ут", "ат")
# At most this many modifiers between the preposition and the medium («в своём официальном»).
_MODIFIERS = 2


def _sentence_end(toks: Toks, k: int) -> int:
    """The token that ends the sentence holding token ``k`` (its stop, or the token count)."""
    words = toks.words
    while k < len(words) and words[k] not in (".", "!", "?", ";"):
        k += 1
    return k


def _nominative_plural(low: str) -> bool:
    """Can ``low`` be a nominative plural (представители, сторонники, власти)?"""
    return any("nomn" in p.tag and "plur" in p.tag for p in readings(low))


def _subject_after_medium(toks: Toks, c: int, ce: int) -> tuple[int, int] | None:
    """The subject after the medium phrase after the plural verb at ``c`` (cue tokens end at
    ``ce``), or None for another shape."""
    words, lows = toks.words, toks.lows
    if not lows[c].endswith(_PLURAL):
        return None
    hi = _sentence_end(toks, ce)
    k = ce
    while k < hi and wordish(words[k]) and is_adverb(lows[k]):
        k += 1
    if k + 2 >= hi or lows[k] not in ("в", "во", "на"):
        return None
    m = k + 1
    while m < hi and m - k <= _MODIFIERS and lows[m] not in _MEDIA and wordish(words[m]) and (
            not cap(words[m])):
        m += 1
    if m + 1 >= hi or lows[m] not in _MEDIA:
        return None
    p = m + 1
    if not wordish(words[p]) or not _nominative_plural(lows[p]):
        return None
    e = np_forward(toks, p, hi)
    if e <= p or (e < hi and words[e] not in (",", ":")):
        return None
    return p, e


def medium_subjects(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the subject after a medium phrase for a plural cue with no mention."""
    toks = doc.toks
    n = len(toks.words)
    out: list[Found] = []
    for f in found:
        a = f.attr
        if a is not None and a.m_start < 0 and a.cue_end > a.cue_start:
            c, ce = doc.tok_index(a.cue_start), doc.tok_index(a.cue_end)
            got = _subject_after_medium(toks, c, ce) if ce <= n and c < n else None
            if got is not None:
                f = Found(f.start, f.end, f.kind, a._replace(
                    m_start=toks.starts[got[0]], m_end=toks.ends[got[1] - 1]), f.rule, f.parent)
        out.append(f)
    return out
