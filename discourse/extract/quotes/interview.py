"""Pass 3a: interview answers after a speaker label in double brackets.

Shared control flow (the label is markup, not language). Wikinews prints an interview's turns
in bold under the speaker's name; its plain-text export keeps the name as a label in double
brackets at the start of the paragraph, the words of the turn after it, without quotation marks::

    ((WN))  How rare is it to have all-women crew running the train?

    ((Aparna Garg))  Yeah, it is really rare.  Actually, we are in a process of …

An answer is the interviewee's own words reproduced as a block: an ``embedded`` quote, one per turn
(the paragraphs up to the next label, or to the end of the article, included), the label as the
speaker mention, no cue; quotations inside an answer stay as they were found. The interviewer's
turns are the reporter's own words, not quotes: a label is the interviewer's when the labelled
paragraph of at least half of its turns ends with a question mark (the paragraphs after a question
may be answers under another kind of label). A label opening with a lower-case letter is a language
code (``((es))Spanish language:``), not a speaker.
It takes two labelled paragraphs to make an interview.

Before: the article (:class:`~discourse.extract.quotes.document.Doc`) and the spans found so far.
After: one :class:`~discourse.extract.quotes.document.Found` per answer, kind ``embedded``, rule
``interview_label``; an answer that starts inside a quote found before is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.spans import SpanSet

__all__ = ["interview_turns", "interviewer_labels"]

# "((Name))", "(( Name ))" or "((Name)):" at a paragraph start; group 1 the label.
_LABEL = re.compile(r"\(\(\s*([^\W\d_][^()\n]{0,59}?)\s*\)\)[ \t\u00a0]*:?\s*")


def interview_turns(doc: Doc, quote_spans: list[tuple[int, int]]) -> list[Found]:
    """The answers of an interview whose turns open with a ``((Label))`` (module docstring)."""
    text = doc.text
    if "((" not in text:  # nearly every article: one C-level scan
        return []
    turns = []  # (paragraph index, label start, label end, body start)
    for k, (ps, pe) in enumerate(doc.paras):
        if not text.startswith("((", ps):
            continue
        m = _LABEL.match(text, ps, pe)
        if m and m.group(1)[0].isupper() and m.end() < pe:
            turns.append((k, m.start(1), m.end(1), m.end()))
    if len(turns) < 2:
        return []
    ends = [doc.paras[nxt[0] - 1][1] for nxt in turns[1:]] + [doc.paras[-1][1]]
    # does the turn's own paragraph ask?
    asking = interviewer_labels((text[ls:le], text[bs : doc.paras[k][1]]) for k, ls, le, bs in turns)
    out: list[Found] = []
    inside = SpanSet(quote_spans)  # log-time membership: a transcript may have thousands of turns
    for (_, ls, le, bs), end in zip(turns, ends, strict=True):
        if text[ls:le] in asking:
            continue
        end = bs + len(text[bs:end].rstrip())
        if end <= bs or inside.contains(bs):
            continue
        out.append(Found(bs, end, "embedded", Attr("", ls, ls, ls, le, "interview_label"),
                         "interview_label"))
    return out


def interviewer_labels(heads: Iterable[tuple[str, str]]) -> set[str]:
    """The labels of the interviewer among ``(label, words of the turn's first paragraph)``: a
    label at least half of whose turns end with a question mark (the reporter asks; the
    interviewee answers). Shared with :mod:`~discourse.extract.quotes.transcript`."""
    asked: dict[str, list[bool]] = {}
    for label, words in heads:
        asked.setdefault(label, []).append(words.rstrip().endswith("?"))
    return {label for label, qs in asked.items() if 2 * sum(qs) >= len(qs)}
