"""English attribution by shape (pass 1): recall of direct quotes must not depend on knowing
the verb.

``“…,” the minister fumed`` / ``“…,” fumed the minister`` / ``Smith, a Democrat from Ohio,
scoffed on Tuesday: “…”``: a speaker noun phrase and a verb-like word (a cue form, an ``-ed``
or ``-s`` form, a frequent irregular past) in the order of an attribution clause.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import CueLexicon
from discourse.extract.quotes.lang.en.phrases import np_forward, skip_adverbs_back
from discourse.extract.quotes.lang.en.words import (
    ADVERBS,
    AUX,
    CLAUSE_STOP,
    DETERMINERS,
    IRREGULAR_PAST,
    OBJECT_PRONOUNS,
    SAY_IRREGULAR,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
)
from discourse.extract.quotes.marks import DOUBLE
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["shape_after", "shape_before"]

# Prepositions allowed inside a speaker noun phrase ("a spokesperson for the Pentagon",
# "the official on the call", "a source close to the talks").
_NP_PREPS = frozenset("of for at on in from with to close".split())
# Words after a "-s" form that show it is a verb, not a plural noun ("quips Smith" vs
# "foreign affairs minister").
_AFTER_VERB = frozenset(
    """in on at to with during after before about from by as when while that so and but
    again back up""".split()
)


def _verb_like(word: str, w: str, lex: CueLexicon) -> bool:
    """Could ``word`` (lower-cased: ``w``) be the finite verb of an attribution clause
    ("fumed", "quips", "swore")?

    A closed-class test: a lower-case word that is a cue form, an ``-ed`` or ``-s`` form or a
    frequent irregular past. Function words never are.
    """
    if cap(word) or not w.isalpha() or w in AUX or w in DETERMINERS:
        return False
    if w in SUBJECT_PRONOUNS or w in OBJECT_PRONOUNS or w in ADVERBS or w in WEEKDAYS:
        return False
    if lex.match([w], 0) is not None or w in IRREGULAR_PAST or w in SAY_IRREGULAR:
        return True
    if w in CLAUSE_STOP:
        return False
    if len(w) > 3 and w.endswith("ed"):
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _skip_parenthetical(toks: Toks, k: int, hi: int) -> int:
    """Index after a short ``( … )`` group starting at ``k`` ("Sen. Ted Cruz (R-Texas)"), or
    ``k`` when there is none."""
    words = toks.words
    if k < hi and words[k] == "(":
        for m in range(k + 1, min(hi, k + 8)):
            if words[m] == ")":
                return m + 1
            if words[m] in "()":
                break
    return k


def _skip_apposition(toks: Toks, k: int, hi: int) -> int:
    """Index after ``, a Democrat from Ohio,`` / ``, R-Ohio,`` starting at the comma ``k``, or
    ``k`` when there is none."""
    words = toks.words
    if k + 1 >= hi or words[k] != ",":
        return k
    nxt = words[k + 1]
    if toks.lows[k + 1] in ("a", "an", "the", "who") or (cap(nxt) and "-" in nxt and len(
            nxt) <= 10):
        for m in range(k + 2, min(hi, k + 16)):
            if words[m] == ",":
                return m + 1
            if not (wordish(words[m]) or words[m] in ".-–'’&"):
                break
    return k


def _np_ok(toks: Toks, i: int, k: int) -> bool:
    """Does ``toks[i:k]`` read as a speaker noun phrase ("the minister", "Sen. Ted Cruz",
    "protesters", "a spokesperson for the Pentagon", "Trump's lawyer")?"""
    n = k - i
    if n <= 0 or n > 10:
        return False
    words, lows = toks.words, toks.lows
    first = lows[i]
    if first in SUBJECT_PRONOUNS:
        return n == 1 and first != "who"
    if n == 1 and first in DETERMINERS:
        return False
    if first in CLAUSE_STOP or first in _NP_PREPS or (
            first in OBJECT_PRONOUNS and first not in DETERMINERS):
        return False
    for m in range(i, k):
        word, low = words[m], lows[m]
        if not wordish(word) and word not in "-–&'’":
            return False
        if low in AUX or (m != i and (low in SUBJECT_PRONOUNS or low in OBJECT_PRONOUNS)):
            return False
        if low in CLAUSE_STOP and low not in _NP_PREPS and not (
                low == "and" and m != i and m != k - 1):
            return False
    last = lows[k - 1]
    if last in _NP_PREPS or last in DETERMINERS or last == "and":
        return False
    # a lower-case phrase without a determiner is a bare plural ("protesters", "critics")
    return cap(words[i]) or first in DETERMINERS or first.endswith("'s") or n <= 3


def shape_after(
    toks: Toks, i: int, tj: int, lex: CueLexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An attribution clause of any verb after a closing mark: ``, the minister fumed`` /
    ``, fumed the minister`` / ``, Smith, a Democrat from Ohio, scoffed on Tuesday``.

    Returns ``((verb_start, verb_end), (np_start, np_end))`` in token indices, or ``None``.
    """
    words, lows = toks.words, toks.lows
    while i < tj and words[i] in ",;—–-":
        i += 1
    if i >= tj or not wordish(words[i]):
        return None
    # "…,” fumed the minister.
    if _verb_like(words[i], lows[i], lex) and i + 1 < tj and (
            cap(words[i + 1]) or lows[i + 1] in DETERMINERS) and lows[i + 1] not in (
            "this", "that", "these", "those", "all", "both", "each", "no"):
        e = np_forward(toks, i + 1)
        if e > i + 1 and _np_ok(toks, i + 1, e) and _tail_ok(toks, e, tj):
            return (i, i + 1), (i + 1, e)
    # "…,” the minister fumed.
    k = i
    np_end = -1
    while k < tj and k - i <= 14:
        word, low = words[k], lows[k]
        if word == "(" and k > i:
            k2 = _skip_parenthetical(toks, k, tj)
            if k2 == k:
                return None
            np_end = k if np_end < 0 else np_end
            k = k2
            continue
        if word == "," and k > i:
            k2 = _skip_apposition(toks, k, tj)
            if k2 == k:
                return None
            np_end = k if np_end < 0 else np_end
            k = k2
            continue
        if k > i and _verb_like(word, low, lex):
            head_end = np_end if np_end >= 0 else k
            j = skip_adverbs_back(toks, head_end, i) if np_end < 0 else head_end
            if j > i and _np_ok(toks, i, j) and (
                    not low.endswith("s") or low in SAY_IRREGULAR or lex.match([low], 0)
                    or k + 1 >= tj or not wordish(words[k + 1]) or cap(words[k + 1])
                    or lows[k + 1] in _AFTER_VERB or lows[k + 1] in ADVERBS
                    or lows[k + 1] in DETERMINERS or lows[k + 1].endswith("ly")):
                if _tail_ok(toks, k + 1, tj):
                    return (k, k + 1), (i, j)
            if np_end >= 0:
                return None
        if not wordish(word) and word not in "-–&'’":
            return None
        k += 1
    return None


def _tail_ok(toks: Toks, k: int, tj: int) -> bool:
    """After the attribution only an adverbial or a new clause after a comma may follow; a
    quote mark there means the author's sentence goes on around another quote."""
    for word in toks.words[k : min(tj, k + 25)]:
        if word in DOUBLE:
            return False
        if word in ",;:—–":
            return True
    return True


def shape_before(
    toks: Toks, ti: int, tj: int, lex: CueLexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An attribution of any verb right before an opening mark: ``Smith fumed:`` /
    ``The minister scoffed on Tuesday,``. The noun phrase opens the sentence (after an optional
    conjunction). Returns ``((verb_start, verb_end), (np_start, np_end))`` or ``None``."""
    words, lows = toks.words, toks.lows
    if tj - ti < 3 or words[tj - 1] not in ":,":
        return None
    i = ti
    while i < tj and lows[i] in ("and", "but", "so", "then", "yet") or (
            i < tj and words[i] in "—–-"):
        i += 1
    limit = 6 if words[tj - 1] == ":" else 3
    for k in range(i + 1, min(tj - 1, i + 14)):
        if not _verb_like(words[k], lows[k], lex):
            continue
        tail = words[k + 1 : tj - 1]
        if len(tail) > limit or any(not wordish(w) for w in tail):
            continue
        head_end = k
        if words[k - 1] == ")":
            for p in range(k - 2, max(i, k - 9), -1):
                if words[p] == "(":
                    head_end = p
                    break
        j = skip_adverbs_back(toks, head_end, i)
        if j > i and _np_ok(toks, i, j):
            return (k, k + 1), (i, j)
    return None
