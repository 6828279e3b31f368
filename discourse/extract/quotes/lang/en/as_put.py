"""English reports framed by "as X put it": "As the senator put it, the bill is dead" / "The
bill is dead, as the senator put it on Monday." (an extra pass after :mod:`.as_noted`, issue
14, the third English grid).

"Put it" is no cue of the lexicon ("put it on the table", "put it to a vote" report nothing),
so :mod:`.as_noted` never sees the clause. Inside an "as" clause that opens the sentence or
follows a comma, with a subject the subject reader accepts right after "as" and nothing after
"it" but a short adverbial before a comma or the sentence's end, "put it" is a way of saying:
the main clause is X's report, as with "as X noted". Not "such as X put it" nor "as well as"
(the "as" must open the sentence or follow a comma); "as expected" and "as the storm
approached" have no "put it" and are left to the other rules. The report is cut and checked as
:mod:`.as_noted` cuts and checks its own (``as_noted.as_report``).
"""

from __future__ import annotations

import bisect
from typing import Final

from discourse.extract.quotes.document import Doc, Found, new_attr
from discourse.extract.quotes.lang.en.as_noted import _ADVERBIAL_OPENERS, _NOT_SPEAKERS, as_report
from discourse.extract.quotes.lang.en.phrases import subject_before
from discourse.extract.quotes.spans import SpanSet

__all__ = ["as_put_reports"]

# At most this many words of an adverbial between "it" and the comma ("put it on Monday").
_ADVERBIAL: Final = 5
# "as" to "put": a subject of at most this many tokens ("as Sen. Jane Doerr put it").
_SUBJECT: Final = 8


def _as_put_paragraphs(doc: Doc) -> list[int]:
    """The paragraphs holding "put it" with an "as" at most :data:`_SUBJECT` tokens before it
    (most hold none: the pass reads only these)."""
    lows, starts, para_starts = doc.toks.lows, doc.tok_starts, doc.para_starts
    paras: list[int] = []
    m = -1
    try:
        while True:
            m = lows.index("put", m + 1)
            if m + 1 < len(lows) and lows[m + 1] == "it" and "as" in lows[max(0, m - _SUBJECT):m]:
                p = bisect.bisect_right(para_starts, starts[m]) - 1
                if p >= 0 and (not paras or paras[-1] != p):
                    paras.append(p)
    except ValueError:  # no "put" left
        pass
    return paras


def as_put_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports framed by "as X put it" (see the module docstring)."""
    toks = doc.toks
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    for ti, tj in doc.sentence_tokens(_as_put_paragraphs(doc)):
        for m in range(ti, tj - 4):
            if lows[m] != "as" or (m > ti and words[m - 1] not in (",", "—", "–")):
                continue  # the "as" clause opens the sentence or follows a comma
            a = next((n for n in range(m + 2, min(tj - 1, m + 2 + _SUBJECT))
                      if lows[n] == "put" and lows[n + 1] == "it"), -1)
            if a < 0:
                continue
            subj = subject_before(toks, a, m + 1)
            if subj is None or subj != (m + 1, a) or (
                    lows[m + 1] in _NOT_SPEAKERS and a - m == 2):
                continue  # the author's "as I put it" is no report of another
            b = a + 2
            k = next((n for n in range(b, min(tj, b + _ADVERBIAL + 1))
                      if not words[n][:1].isalnum()), -1)
            if k < 0 or (k > b and (lows[b] not in _ADVERBIAL_OPENERS or lows[b] == "to")):
                # "as the council put it to a vote, ...": an act at a time, no way of saying
                # ("put it to reporters" is one too, but left: the two are not told apart here)
                continue
            span = as_report(doc, inside, ti, tj, m, k)
            if span is None:
                continue
            attr = new_attr(doc.text[starts[a]:ends[a + 1]].lower(), starts[a], ends[a + 1],
                            starts[subj[0]], ends[subj[1] - 1], "cue_after")
            out.append(Found(span[0], span[1], "indirect", attr, "cue_after"))
    return out
