"""English: a report inside a non-restrictive relative clause ends where the main clause
resumes (issue 14, round 32).

"Benioff, who says he is not a Democrat or a Republican, publicly supported Clinton" and "a
lawyer for one woman, who says Bill Cosby drugged and assaulted her when she was 19, says the
unsealing … is a step": the relative clause ", who <cue> P," is set off by commas inside its
antecedent's main clause, whose predicate follows the closing comma with no subject of its own
("publicly supported", "says", "has …"). The reported clause P ends at that comma; the
sentence rules ran it on to the sentence's end. The comma closes the relative clause only when
P already reads as a clause (subject and finite verb) and a finite verb follows it (an
auxiliary, a past tense, a verb of saying in "-s"); of several such commas the last is taken,
so "who said the plan, unveiled on Monday, would fail, voted against it" keeps the participle's
commas inside P; a comma that closes an apposition opened inside P ("she was 14 when Moore,
then a 32-year-old prosecutor, befriended …": no verb between the two commas) is none. Only
"who" is read: the sentence rules find no report after ", which said".
Read on saying set 12 dev (two sentences) and direct set 2 dev; the gold ends all three there.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.words import (
    ADVERBS,
    AUX,
    IRREGULAR_PAST,
    PRONOUN_CONTRACTIONS,
    SAY_IRREGULAR,
)
from discourse.extract.quotes.spans import trim_end
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["relative_report_end"]

_RELATIVES: Final = frozenset(("who",))  # (the sentence rules read no report after ", which said")
_PERFECT: Final = frozenset("has have had".split())
_MARKS: Final = frozenset('"“”‘’\'')


def _before_cue(toks: Toks, a: int, lo: int) -> int:
    """Token before the cue at ``a`` past a perfect auxiliary and adverbs ("who has long
    said", "who also says"), or -1 below ``lo``."""
    j = a - 1
    while j >= lo and j >= a - 3 and (toks.lows[j] in _PERFECT or (
            toks.lows[j] in ADVERBS and toks.lows[j] not in AUX) or (
            toks.lows[j].endswith("ly") and toks.words[j].isalpha())):
        j -= 1
    return j if j >= lo else -1


def _finite_after(doc: Doc, m: int, end: int) -> bool:
    """Does a finite verb open the words after the comma at ``m`` (before token ``end``), an
    adverb or two allowed before it ("publicly supported", "has", "says")? (The adverb list
    of :mod:`.words` holds auxiliaries: they are verbs here.)"""
    toks = doc.toks
    words, lows = toks.words, toks.lows
    k = m + 1
    while k < end and k <= m + 2 and lows[k] not in AUX and (lows[k] in ADVERBS or (
            lows[k].endswith("ly") and len(lows[k]) > 4 and words[k].isalpha())):
        k += 1
    if k >= end or cap(words[k]) or not words[k].isalpha() and "'" not in words[k] and (
            "’" not in words[k]):
        return False
    low = lows[k]
    if low in PRONOUN_CONTRACTIONS:
        return False  # "he's", "it’s": a subject of its own, a new clause
    if low in AUX or low in IRREGULAR_PAST or low in SAY_IRREGULAR:
        return True
    if low.endswith("ed") and len(low) > 4:
        return True
    return low.endswith("s") and not low.endswith("ss") and bool(doc.lex.match([low], 0))


def _has_verb(toks: Toks, i: int, j: int) -> bool:
    """Does ``toks[i:j]`` hold a finite verb or a participle (an auxiliary, a past form)? Words
    between two commas without one are an apposition ("Moore, then a prosecutor, …")."""
    return any(toks.lows[m] in AUX or toks.lows[m] in IRREGULAR_PAST or (
        toks.lows[m].endswith("ed") and not cap(toks.words[m])) for m in range(i, j))


def relative_report_end(doc: Doc, f: Found | None) -> Found | None:
    """The report ``f`` cut at the comma that closes ", who <cue> P," when the main
    clause's verb follows it (see the module docstring), or ``f`` unchanged."""
    if f is None or f.kind != "indirect" or f.rule != "cue_before" or f.attr is None:
        return f
    toks = doc.toks
    words, starts = toks.words, toks.starts
    a = doc.tok_index(f.attr.cue_start)
    if a < 2 or starts[a] != f.attr.cue_start:
        return f
    j = _before_cue(toks, a, 1)
    if j < 1 or toks.lows[j] not in _RELATIVES or words[j - 1] != ",":
        return f
    s = doc.tok_index(f.start)
    e = doc.tok_index(f.end)
    depth, cut, prev = 0, -1, -1
    for m in range(s + 1, e):
        if words[m] in _MARKS:
            depth ^= 1  # no cut inside a quoted fragment
            continue
        if depth or words[m] != ",":
            continue
        if m - s >= 3 and _finite_after(doc, m, len(words)) and looks_like_clause(toks, s, m) and (
                prev < 0 or _has_verb(toks, prev + 1, m)):
            cut = m  # the last such comma: "who said the plan, unveiled …, would fail, voted"
        prev = m  # ("when Moore, then a 32-year-old prosecutor, befriended her": the comma
        # closes an apposition inside the report, the verb after it is the report's own)
    if cut < 0:
        return f
    return Found(f.start, trim_end(doc.text, f.start, starts[cut]), f.kind, f.attr, f.rule,
                 f.parent)
