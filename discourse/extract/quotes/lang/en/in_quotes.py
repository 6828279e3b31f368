"""English reports inside a direct quotation: "“He said he loved the food,” she added" (round 22).

ANNOTATION.md and the NewsMTSC sets' conventions keep a report inside a direct quote at both
levels: the quote is the speaker's words, and the report it holds ("He said he loved the food
and the place") is a statement of the person the quoted speaker reports on. The shared pass of
reported speech reads only the sentences outside quotes, so such reports were never found
(eleven of the gold reports after a verb of saying missed on the dev parts). This extra pass
reads the sentences inside each direct quotation with the same English sentence rules
(:func:`.sentence.reports_in_sentence`), the quotation's own marks taken away from what counts
as "inside a quote" (a quotation nested in it still counts), and keeps a report when

- its cue is a finite verb of saying proper with a third-person speaker before it (a name, a
  noun phrase, "he", "she", "they"): "I said", "we can say that", "you tell" are the quoted
  speaker's own voice, not a report of someone else's statement;
- it is a clause of three words or more, not a quotation nested in the quote.

The quoted speaker's report of a third party's words is what the gold annotates; a quoted
speaker telling of themselves is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.spans import THREE_WORDS, SpanSet, content_span, trim_end
from discourse.text import sentence_spans

__all__ = ["reports_in_quotes"]

# Finite verbs of saying proper that open a report inside a quotation.
# ("states", "claims", "notes" are left out: as often nouns, "in some blue states that …").
# ("wrote" too: "she wrote prescriptions", a thing written)
_CUES: Final = frozenset("""said says told tells stated announced announces claimed argued argues
    insisted insists noted warned warns added adds admitted admits""".split())
# A word of :data:`_CUES` somewhere in a quotation: only such quotations are read (cheap test).
_CUE_WORD: Final = re.compile(r"\b(?:" + "|".join(sorted(_CUES)) + r")\b", re.IGNORECASE)
# First- and second-person speakers (the quoted speaker's own voice) and object pronouns ("I
# have been told by him that …": the passive's agent read as a subject).
_NOT_SPEAKERS: Final = frozenset("i we you me us him her them".split())
_OPENING: Final = "\"“‘'"
# The shortest quotation worth reading for a report inside it (characters).
_MIN_QUOTE: Final = 30


def reports_in_quotes(doc: Doc, found: list[Found]) -> list[Found]:
    """Reports inside the direct quotations of ``found`` (see the module docstring)."""
    from discourse.extract.quotes.lang.en.sentence import reports_in_sentence

    text = doc.text
    quotes = [f for f in found if f.kind == "direct" and f.end - f.start >= _MIN_QUOTE
              and _CUE_WORD.search(text, f.start, f.end) is not None]
    if not quotes:
        return []
    out: list[Found] = []
    for q in quotes:
        # a quotation nested in this one (or another quote inside it) still counts as inside
        others = SpanSet([(f.start, f.end) for f in found
                          if f is not q and f.kind in ("direct", "nested", "partial")
                          and q.start <= f.start and f.end <= q.end])
        for ss, se in sentence_spans(text[q.start:q.end]):
            ss, se = ss + q.start, se + q.start
            ti, tj = doc.tok_index(ss), doc.tok_index(se)
            if not doc.hits_between(ti, tj):
                continue
            for f in reports_in_sentence(doc, ss, se, ti, tj, lambda: None, [], others):
                a = f.attr
                if a is None or a.m_start < 0 or text[a.cue_start:a.cue_end].lower() not in _CUES:
                    continue
                if text[a.m_start:a.m_end].lower() in _NOT_SPEAKERS:
                    continue
                s, e = content_span(text, f.start, trim_end(text, f.start, min(f.end, q.end)))
                if s <= q.start + 1 or not (text[s].isalnum() or text[s] in _OPENING):
                    continue  # the quotation's own words before its attribution ('“P, Wilburn
                    # added.' with the closing mark lost), or a piece opening with a comma
                if e - s < 12 or not THREE_WORDS.search(text, s, e) or others.overlap(s, e) > (
                        0.95 * (e - s)):
                    continue
                out.append(Found(s, e, "indirect", a, f.rule))
    return out
