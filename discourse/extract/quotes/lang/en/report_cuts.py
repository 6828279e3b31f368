"""Where an English report found in one sentence ends (pass 3), apart from :mod:`.reported`.

:func:`.reported.reports_in_sentence` bounds each report it finds with these: a coordinated cue
ends the report before it (:func:`_cut_at_coordinated_cue`: "X informed Y that P, and warned
that Q", "X declared P, claiming Q", "P, while X wrote Q"; :func:`_participle_after_comma` and
:func:`_conjoined_subject` also choose the cues that may cut), a coordinated quoted sentence is
not part of the report (:func:`_cut_before_quoted_sentence`), and a "report" that is only the
tail of an attribution before a direct quotation is none (:func:`_quote_after_tail`). They stand
apart, one concern (the report's end), so that the sentence reading stays under the 800-line
cap.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from discourse.extract.quotes.cues import Cue
from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.conjoined_nouns import joins_nouns
from discourse.extract.quotes.lang.en.coordinated_form import report_verb_after_and
from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.lang.en.with_pair import and_participle_cut
from discourse.extract.quotes.lang.en.with_participle import with_participle_comma
from discourse.extract.quotes.spans import trim_end
from discourse.extract.quotes.tokens import Toks


def _cut_at_coordinated_cue(doc: Doc, f: Found, hits: list[tuple[int, int, Cue]]) -> Found:
    """``X informed Y that P, and warned that Q``: P ends where a coordinated cue begins."""
    toks = doc.toks
    starts, words, lows = toks.starts, toks.words, toks.lows
    lo = bisect.bisect_left(hits, (doc.tok_index(f.start + 1),))
    hi = bisect.bisect_left(hits, (doc.tok_index(f.end),))
    for a, _, cue in hits[lo:min(hi, lo + 20)]:  # bounded: linear time on run-on sentences
        if cue.type != "verb" or not f.start < starts[a] < f.end:
            continue
        c = with_participle_comma(toks, a)
        if c is None:
            c = and_participle_cut(toks, a)  # "with A saying P, and B saying Q" (with_pair.py)
        if c is not None and starts[c] > f.start and f.rule != "cue_after":
            # "X said P, with officials claiming Q": P ends at the comma (with_participle.py)
            return Found(f.start, trim_end(doc.text, f.start, starts[c]), f.kind, f.attr,
                         f.rule, f.parent)
        if _participle_after_comma(toks, a) and starts[a - 1] > f.start and f.rule != "cue_after":
            # "X declared P, claiming Q": P ends at the comma (after a closing mark); not in a
            # sentence closed by its attribution ("A talked to B, asking Q, C added": all C's)
            end = toks.ends[a - 1] if words[a - 1] in _CLOSING_MARKS else starts[a - 1]
            return Found(f.start, trim_end(doc.text, f.start, end), f.kind, f.attr,
                         f.rule, f.parent)
        if lows[a - 1] not in ("and", "but"):
            c = _conjoined_subject(toks, a, 0)
            if c is None or starts[c] <= f.start or joins_nouns(toks, doc.tok_index(f.start), c, a):
                continue  # ("said the senator and the governor agreed …": one subject)
            if words[c - 1] == ",":
                c -= 1
            return Found(f.start, trim_end(doc.text, f.start, starts[c]), f.kind, f.attr,
                         f.rule, f.parent)
        if report_verb_after_and(doc, f, a):
            continue  # 'said Jones should "stop hiding" and reveal …': the report's own verb
        k = a - 1
        if words[k - 1] == ",":
            k -= 1
        if subject_before(toks, a, k) is None and starts[k] > f.start:
            return Found(f.start, trim_end(doc.text, f.start, starts[k]), f.kind, f.attr,
                          f.rule, f.parent)
    return f


_CONJ: Final = frozenset("and but while whereas".split())


def _participle_after_comma(toks: Toks, a: int) -> bool:
    """``…, claiming P``: a cue in ``-ing`` after a comma (or one inside a closing mark: ``was
    “dead on arrival,” adding P``; or an adverb: ``, further saying P``) opens a report."""
    words, b = toks.words, a - 1 if a > 2 and toks.lows[a - 1] in _BEFORE_PARTICIPLE else a
    return b > 1 and toks.lows[a].endswith("ing") and (words[b - 1] == "," or (
        words[b - 1] in _CLOSING_MARKS and words[b - 2] == ","))


_CLOSING_MARKS: Final = frozenset('"”’\'')
_BEFORE_PARTICIPLE: Final = frozenset("further also again later then".split())


def _conjoined_subject(toks: Toks, a: int, ti: int) -> int | None:
    """``…, while Interior Minister X wrote …``: the token of the conjunction opening a clause
    with its own subject and cue at ``a``, else None."""
    lo = max(ti, a - 12)
    subj = subject_before(toks, a, lo)
    if subj is None or subj[0] <= lo:
        return None
    lows = toks.lows
    if lows[subj[0] - 1] in _CONJ:
        return subj[0] - 1
    if subj[1] - subj[0] == 1 and lows[subj[0]] in _PRONOUN_SUBJECTS:
        # "…, but upon learning his DNA was found he claimed P": an introductory phrase
        # between the conjunction and a pronoun subject (no comma closes it)
        for m in range(subj[0] - 2, lo, -1):
            if toks.words[m] in ",;":
                return None
            if lows[m] in _CONJ and toks.words[m - 1] == "," and lows[m + 1] in _INTRO_PREPS:
                return m
    return None


# Words opening an introductory phrase after "and" / "but" ("but upon learning …, he said").
_INTRO_PREPS: Final = frozenset("upon after when once following before while as in".split())
_PRONOUN_SUBJECTS: Final = frozenset("he she they".split())


# ``told Paul Rivera of WESH 2 news, "We're used to it."``, ``told the press last week, "The
# past …"``: a few words, a comma, then a quotation that opens with a capital is a direct quote
# after the rest of its attribution, not a report.
_QUOTE_AFTER_TAIL: Final = re.compile(r'[^"“”.;:,]{0,40},\s*["“](?:[A-Z]|\[[A-Za-z]\])')
_CLOSING: Final = re.compile(r'["”]')


def _quote_after_tail(text: str, f: Found) -> bool:
    """Is the report ``f`` only the tail of an attribution and the quotation after it, which
    runs to the report's end ("the company, "A giant of the field", had failed" is a report)?"""
    m = _QUOTE_AFTER_TAIL.match(text, f.start, f.end)
    if m is None:
        return False
    close = _CLOSING.search(text, m.end(), f.end)
    return close is None or not any(c.isalnum() for c in text[close.end():f.end])


# ``said P, and "It felt like …"``: a coordinated quotation opening with a capital (or an
# editor's bracketed one, "[i]t") is the speaker's own sentence, not part of the report P.
_QUOTED_SENTENCE_AFTER: Final = re.compile(r',\s+(?:and|but)\s+["“](?:[A-Z]|\[[A-Za-z]\])')


def _cut_before_quoted_sentence(doc: Doc, f: Found) -> Found:
    """The report ``f`` without a coordinated quoted sentence that ends it."""
    m = _QUOTED_SENTENCE_AFTER.search(doc.text, f.start, f.end)
    if m is None or m.start() <= f.start:
        return f
    return Found(f.start, trim_end(doc.text, f.start, m.start()), f.kind, f.attr, f.rule, f.parent)
