"""English: a report with its sentence-final attribution set off by a pair of dashes.

News English drops a whole attributed remark into a sentence between dashes: "military action —
a last resort if Assad reneges, Mr. Obama said — will be a tough sell", "the campaign
emphasized the diversity of its staff — 40% “of color,” Shakir said — and its appeal …". Inside
the dashes stands the ordinary ``P, X said`` of :func:`.tail.inverted_tail`; read over the whole
sentence, the attribution is followed by the rest of the sentence, which no sentence-final
attribution allows, and the remark is lost. :func:`dash_aside_tail` reads the stretch between
the two dashes as a sentence of its own. The host sentence's own reading is left as it is.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.lang.en.words import SAY_IRREGULAR
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["dash_aside_tail"]

# The longest aside read, in tokens (a longer stretch between two dashes is rather two dashes of
# different roles); how far after the cue the closing dash may stand ("said on Tuesday —",
# "said Mr. Obama —").
_MAX_ASIDE = 40
_MAX_AFTER_CUE = 6
# Marks no aside crosses: the dashes must belong to one stretch of one sentence.
_STOPS = frozenset({".", ";", ":", "!", "?"})
_CLOSING = frozenset('"”’')
# Auxiliaries between the speaker and the cue ("officials have said").
_AUX = frozenset("have has had will would did does do also".split())
# Words that open no speaker after the comma ("P, which he said —", "P, and he said —").
_NOT_SUBJECTS = frozenset("which who that and but or as when while if".split())
# Words that may open an adverbial between the cue and the closing dash.
_ADVERBIAL_OPENERS = frozenset("on in at last this earlier later recently yesterday today".split())


def _dash_at(toks: Toks, m: int) -> int:
    """How many tokens the dash at ``m`` takes: 1 for an em or en dash or a spaced hyphen, 2 for
    "--" (two hyphen tokens), 0 for no dash (a hyphen inside a word is no token of its own)."""
    words, starts, ends = toks.words, toks.starts, toks.ends
    w = words[m]
    if w in ("—", "–"):
        return 1
    if w != "-":
        return 0
    if m + 1 < len(words) and words[m + 1] == "-" and ends[m] == starts[m + 1]:
        return 2
    spaced = (m == 0 or ends[m - 1] < starts[m]) and (m + 1 >= len(words) or ends[m] < starts[m + 1])
    return 1 if spaced else 0


def _speaker(toks: Toks, k: int, a: int) -> tuple[int, int] | None:
    """The speaker of ``P, X said`` between the comma ``k`` (or the closing quotation mark after
    it) and the cue ``a``: the subject the subject reader finds right after the comma; None when
    it does not fill the stretch."""
    words, lows = toks.words, toks.lows
    c = k + 1
    if c < a and words[c] in _CLOSING:
        c += 1  # '40% “of color,” Shakir said': the comma stands inside the closing mark
    if c == a:
        return None  # "P, said X —": the sentence rules read the cue before the name
    v = a
    while v - 1 > c and lows[v - 1] in _AUX:
        v -= 1  # "…, officials have said —"
    subj = subject_before(toks, v, c)
    if subj is None or subj[0] != c or subj[1] != v or lows[c] in _NOT_SUBJECTS:
        return None
    return subj


def dash_aside_tail(doc: Doc, h: tuple[int, int, Cue], ti: int, tj: int) -> list[Found]:
    """The report of the cue ``h`` when the cue closes a ``P, X said`` set off by two dashes
    inside the sentence ``[ti, tj)``; [] otherwise.

    The opening dash must follow some of the sentence (an aside, not a sentence opening with a
    dash), the closing one must stand within a few tokens after the cue and be followed by more
    of the sentence; no sentence mark or other dash between them. P may be a noun phrase (the
    remark "a last resort if Assad reneges" is what was said), of two words at least."""
    toks = doc.toks
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    a, b, _ = h
    if not (lows[a].endswith(("ed", "s")) or lows[a] in SAY_IRREGULAR):
        return []  # a finite verb of saying only ("saying" introduces; "say" may be a noun)
    close = next((m for m in range(b, min(tj, b + _MAX_AFTER_CUE)) if _dash_at(toks, m)
                  or words[m] in _STOPS or words[m] == ","), -1)
    if close < 0 or not _dash_at(toks, close) or close + _dash_at(toks, close) + 2 >= tj:
        return []
    if close > b and not (lows[b] in _ADVERBIAL_OPENERS or cap(words[b])):
        return []  # after the cue: its speaker or a short adverbial ("on Tuesday") only
    m = a - 1
    while m > ti and a - m <= _MAX_ASIDE and words[m] not in _STOPS and not _dash_at(toks, m):
        m -= 1
    if m <= ti + 1 or not _dash_at(toks, m) or a - m > _MAX_ASIDE:
        return []
    lo = m + _dash_at(toks, m)
    k = a - 1
    while k > lo and words[k] != ",":
        k -= 1
    if k <= lo or sum(map(wordish, words[lo:k])) < 2 or "," in words[lo:k]:
        return []  # one comma only: "P, X said" (not a list or a clause with its own asides)
    span = _speaker(toks, k, a)
    if span is None:
        return []
    end = ends[k + 1] if words[k + 1] in _CLOSING else starts[k]
    return [Found(starts[lo], end, "indirect", doc.attr(h, span, "cue_after"), "cue_after")]
