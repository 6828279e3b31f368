"""The English sentence reader: the rules of :mod:`.reported`, then two readings they miss.

English. :func:`reports_in_sentence` is what :data:`~discourse.extract.quotes.lang.en.ENGLISH`
gives the shared pass (``reported.indirect``) for every sentence holding a cue. It returns the
reports of :func:`.reported.reports_in_sentence` and, for a cue that found none:

- "X claimed to have killed 2,300 soldiers", "claims to be unaware": the infinitive after
  *claim* is the proposition claimed (not after *agree*, *refuse*, *vow*: those are acts or
  promises, and *claim* is the only one of them in the lexicon that reports);
- "Al Jazeera reported on Thursday, coverage had risen to 55 percent", "noted Monday, the
  fatalities were …": a time set off by a comma between the cue and its clause;
- "North Korea claimed, as of Thursday, it was …", "CBS News reported, citing hospital data,
  there were …": an aside between two commas after the cue (:mod:`.asides`);

and it drops an introductory phrase taken for the report before ", according to X, P" ("As a
result of the unrest, according to a report, …").

Before: a sentence's tokens and hits (``Doc``); after: a list of :class:`Found` (``indirect``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.asides import ASIDE_OPENERS as _ASIDE_OPENERS
from discourse.extract.quotes.lang.en.asides import aside_report, introduction_only
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_end, clause_start, subordinate_end
from discourse.extract.quotes.lang.en.dash_report import dash_aside_tail
from discourse.extract.quotes.lang.en.dateline import dateline_end
from discourse.extract.quotes.lang.en.mentions import tidy_mentions
from discourse.extract.quotes.lang.en.nested_extra import holds_inner_cue
from discourse.extract.quotes.lang.en.phrases import subject_extended
from discourse.extract.quotes.lang.en.reported import reports_in_sentence as _sentence_rules
from discourse.extract.quotes.lang.en.words import NON_SPEAKERS, WEEKDAYS
from discourse.extract.quotes.spans import SpanSet
from discourse.extract.quotes.tokens import cap, wordish

__all__ = ["reports_in_sentence"]

# Verbs after "claimed to" that make a claim about the claimant (a state or a past act).
_CLAIMED: Final = frozenset("claim claims claimed claiming".split())
_TIMES: Final = WEEKDAYS | frozenset("yesterday today".split())
_PREPOSITIONS: Final = frozenset("for over during after since".split())  # "for decades claimed"


def reports_in_sentence(
    doc: Doc, ss: int, se: int, ti: int, tj: int,
    prev_sent: Callable[[], tuple[int, int] | None],
    quote_cues: Sequence[int] = (),
    inside: SpanSet | None = None,
) -> list[Found]:
    """Reports in the sentence ``[ss, se)`` (tokens ``[ti, tj)``): those of the sentence rules,
    then an infinitive after *claim* or a clause after a time and a comma for a cue that gave
    none (same arguments as :func:`.reported.reports_in_sentence`)."""
    toks = doc.toks
    if (k0 := dateline_end(doc, ti, tj)) > ti:
        # "(CNN) P, he told CNN Friday.": the agency's dateline is not part of the sentence read
        ti, ss = k0, toks.starts[k0]
    found = _sentence_rules(doc, ss, se, ti, tj, prev_sent, quote_cues, inside)
    found += _dash_asides(doc, ti, tj, found, inside)
    found = [f for f in found if not (f.rule == "according_to" and f.attr is not None and (
        f.end <= f.attr.cue_start) and introduction_only(toks, doc.tok_index(f.start), doc.tok_index(
            f.end)))]  # "As a result of the unrest, according to X, P": the setting, no report
    lows, words, starts = toks.lows, toks.words, toks.starts
    extra: list[Found] = []
    for h in doc.hits_between(ti, tj):
        a, b, cue = h
        if cue.type != "verb" or b + 3 >= tj or (
                inside is not None and inside.contains(starts[a])):
            continue
        k = None
        if lows[a] in _CLAIMED and lows[b] == "to" and wordish(words[b + 1]) and (
                lows[b + 1] in ("have", "be")):
            k = b  # "claimed to have evidence": the report opens with "to"
        elif cue.zero_that and (lows[a].endswith("ed") or lows[a] in ("said", "told")) and (
                (lows[b] == "on" and lows[b + 1] in WEEKDAYS and words[b + 2] == ",")
                or (lows[b] in _TIMES and words[b + 1] == ",")):
            c = b + 2 if lows[b] == "on" else b + 1
            if c + 3 < tj and looks_like_clause(toks, c + 1, tj):
                k = c + 1
        elif cue.zero_that and words[b] == "," and lows[b + 1] in _ASIDE_OPENERS:
            k = aside_report(toks, b, tj)
        if k is None or lows[a - 1] in ("who", "which", "that") or any((
                f.start <= starts[k] < f.end and not holds_inner_cue(f, starts[a])) or (
                f.attr is not None and f.attr.cue_start == starts[a]) for f in found):
            continue  # the sentence rules read this cue already (not: "According to X, Y
            # claimed to be …", X's report holds Y's, nested_extra.py)
        subj = subject_extended(toks, a, clause_start(toks, ti, a), ti)
        if subj is None or lows[subj[1] - 1] in NON_SPEAKERS or (
                lows[b + 1] in _ASIDE_OPENERS and lows[subj[0]] in ("i", "we", "you")):
            continue  # ("we might also add, in addition to …, that P": the author's own)
        if subj[0] > ti and lows[subj[0] - 1] in _PREPOSITIONS and not cap(words[subj[0]]):
            subj = None  # "had for decades claimed to have …": the claim, its speaker unread
        f = clause_end(doc, Found(starts[k], se, "indirect", doc.attr(h, subj, "cue_before"),
                                  "cue_before"), subordinate_end(toks, ti, tj))
        if f is not None:
            extra.append(f)
    return found + tidy_mentions(doc, extra) if extra else found


# The tokens that dash_report._dash_at reads as a dash (an em or en dash, a hyphen standing as a
# token of its own); a sentence without one holds no "— P, X said —".
_DASH_TOKENS: Final = frozenset("—–-")


def _dash_asides(doc: Doc, ti: int, tj: int, found: list[Found],
                 inside: SpanSet | None) -> list[Found]:
    """Reports of "— P, X said —" (:mod:`.dash_report`) for the finite verbs of saying of the
    sentence ``[ti, tj)`` that the sentence rules gave no report."""
    toks = doc.toks
    out: list[Found] = []
    if _DASH_TOKENS.isdisjoint(toks.words[ti:tj]):
        # no dash in the sentence (most; speed pass twenty-six): every report of
        # dash_aside_tail stands between two dash tokens of the sentence, so none is found
        return out
    for h in doc.hits_between(ti, tj):
        a = h[0]
        if h[2].type != "verb" or (inside is not None and inside.contains(toks.starts[a])):
            continue
        if any(f.attr is not None and f.attr.cue_start == toks.starts[a] for f in found):
            continue  # the sentence rules read this cue already
        out.extend(dash_aside_tail(doc, h, ti, tj))
    return out
