"""The subject of a verb of saying across an aside set off by dashes or brackets.

News English sets a long apposition or comment between the subject and its verb off by a pair
of dashes or by brackets instead of commas: "Mr. Obama — making his fifth address to the body —
said P", "The mayor -- a Democrat -- said P". The comma form
("The mayor, a Democrat, said P") is read by :func:`~discourse.extract.quotes.lang.en.phrases.subject_before`;
the dash forms are not, because the subject reader stops at the closing mark. This
module finds the opening mark of the pair and reads the subject before it, as the comma form
would be read; the speaker's mention is the subject without the aside (as the gold has it for
the comma form).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_start
from discourse.extract.quotes.lang.en.phrases import skip_adverbs_back, subject_before
from discourse.extract.quotes.tokens import Toks, wordish

# The auxiliaries that may stand between the closing mark and the cue ("— has said").
_AUX_AFTER_ASIDE = frozenset({"has", "had", "have", "will", "would", "did", "also"})

# The longest aside read, in tokens: a longer stretch between two dashes is rather two dashes
# of different roles (a dash before a tail, another before an afterthought).
_MAX_ASIDE = 30

# How far the finite verb of a zero-"that" report is looked for: a short subject then its verb
# ("— said the U.N. Security Council must pass …"); a long noun phrase with a participle in it
# ("— claimed responsibility for the attack in a statement emailed to CNN") is an object.
_CLAUSE_REACH = 6

# Marks that end a stretch of text the aside cannot cross (another clause or sentence part).
_STOPS = frozenset({".", ";", ":", "!", "?"})


def _closing_mark(toks: Toks, j: int, ti: int) -> tuple[int, str] | None:
    """(index of the first token of the closing mark, its kind) when the tokens just before
    ``j`` close an aside: an em or en dash, "--" (two "-" tokens) or a spaced "-". (Brackets
    are not read: "This professor (identified as X by the Post) told Y that P, that “…”" is the
    one bracket aside on the dev parts, and the report it gives runs over the quoted clauses the
    gold leaves to partial quotes.)"""
    words, starts, ends = toks.words, toks.starts, toks.ends
    if j - 1 <= ti:
        return None
    w = words[j - 1]
    if w in ("—", "–"):
        return j - 1, w
    if w == "-":
        if j - 2 > ti and words[j - 2] == "-" and ends[j - 2] == starts[j - 1]:
            return j - 2, "--"
        if ends[j - 2] < starts[j - 1] and ends[j - 1] < starts[j]:
            return j - 1, "-"  # a spaced hyphen used as a dash (not "pro-Trump")
    return None


def _opening_mark(toks: Toks, c: int, kind: str, ti: int) -> int | None:
    """Index of the mark that opens the aside closed at ``c`` (same kind), or None when a
    sentence mark, a quotation or a longer stretch comes first."""
    words, starts, ends = toks.words, toks.starts, toks.ends
    opening = kind[0]
    m = c - 1
    while m > ti and c - m <= _MAX_ASIDE:
        w = words[m]
        if w in _STOPS or w in ("\"", "“", "”"):
            return None
        if kind == "--" and w == "-" and words[m - 1] == "-" and ends[m - 1] == starts[m]:
            return m - 1 if m - 1 > ti else None
        if kind == "-" and w == "-" and ends[m - 1] < starts[m] and ends[m] < starts[m + 1]:
            return m
        if kind in ("—", "–") and w == opening:
            return m
        if w in ("—", "–") and w != opening:
            return None  # a mark of another kind: no pair
        m -= 1
    return None


def subject_before_aside(toks: Toks, a: int, b: int, ti: int, tj: int) -> tuple[int, int] | None:
    """The subject of the cue ``[a, b)`` when a dash aside stands between them ("The mayor — a
    Democrat — said P"), else None; the sentence's tokens are ``[ti, tj)``. The aside must hold a
    word; the subject is read before its opening mark as before a cue (so "On Friday — a day
    after the vote — said" finds no subject unless the words before the mark are a subject).

    Only a report that is a clause ("that P", or a clause with its own subject and verb): after
    an aside, a noun phrase object ("— claimed responsibility for the attack", "— declared a
    state of calamity", "— recognized the futility of …") is an act far more often than a
    statement on the dev parts (two of two, against the one clause report)."""
    lows = toks.lows
    if lows[a].endswith("ing"):
        return None  # a participle after an aside belongs to the main clause's reading
    if not (b < tj and lows[b] == "that") and not looks_like_clause(toks, b, tj, _CLAUSE_REACH):
        return None
    j = skip_adverbs_back(toks, a, ti)
    if j - 1 > ti and lows[j - 1] in _AUX_AFTER_ASIDE:
        j -= 1
    close = _closing_mark(toks, j, ti)
    if close is None:
        return None
    c, kind = close
    o = _opening_mark(toks, c, kind, ti)
    if o is None or o <= ti:
        return None
    width = 2 if kind == "--" else 1
    if not any(wordish(w) for w in toks.words[o + width:c]):
        return None
    return subject_before(toks, o, clause_start(toks, ti, o))
