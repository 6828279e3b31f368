"""Pass 3b: transcript turns after a plain speaker label (``TAPPER:``, ``Mr. Kaine:``, ``Q:``/``A:``).

Shared control flow; what a label looks like is the language's (:class:`TurnRules`, the field
``QuoteLanguage.turn_rules``; a language without it has no such pass). News prints interviews
and broadcast transcripts as paragraphs that open with the speaker's label and a colon::

    TAPPER: If you are saying he cannot do his job because of his race, is that not ...?

    SEN. KAINE: Well, I think the judge ...

A turn is the labelled speaker's own words reproduced as a block: an ``embedded`` quote (as the
answers of :mod:`~discourse.extract.quotes.interview`), from the label's colon to the paragraph
before the next label; the last turn of an article keeps its own paragraph only (a transcript
quoted inside a story ends where the story resumes). A label standing alone in its paragraph
("CHUCK TODD:") heads the next paragraph. The interviewer's turns are left out: a label whose
turns mostly end with a question mark (at least half), and ``Q:``. ``A:`` is the interviewee,
named where the article introduces the interview ("in an interview with Jane Doe"); when the
article names nobody so, the label itself stays the mention.

What is taken as a label, and on what evidence:

- capitals (``TAPPER``, ``SEN. KAINE``, ``LORI WALLACH``, initials ``NG``): one such turn is
  enough, unless its paragraph holds a quote found before (a section head over a story that
  quotes someone: "LISTEN: ... “our children,” Priebus said.");
- a name as written (``Natasha Gownaris``, ``Mr. Kaine``): only in a conversation, at least two
  labelled paragraphs, for a title line "Trump: the wall will be built" has the same shape;
- ``Q`` and ``A``: only when both stand in the article;
- only when the words after the label end as a sentence does (a section head "TRUMP AGENDA:
  What the deal means" does not), or the label stands alone;
- never a label holding one of the language's words that head a line but name nobody
  (``SEE ALSO``, ``UPDATE II``, ``EDITOR'S NOTE``, ``Photo``), nor a time ("10:30": a label
  starts with a letter).

Before: the article (:class:`~discourse.extract.quotes.document.Doc`), the spans found so far.
After: one :class:`~discourse.extract.quotes.document.Found` per turn, kind ``embedded``, rule
``transcript_label``, the label (or the interviewee's name) as the mention; a turn that starts
inside a quote found before is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.interview import interviewer_labels
from discourse.extract.quotes.spans import SpanSet

__all__ = ["TurnRules", "transcript_turns"]

RULE = "transcript_label"


@dataclass(frozen=True)
class TurnRules:
    """What a language's transcript labels look like.

    label : compiled pattern
        Matched at a paragraph start: a label and its colon; named groups ``caps`` (a label in
        capitals), ``name`` (a name as written), ``q`` / ``a`` (question and answer labels), one
        of them set; the match ends after the colon and the blank after it.
    first : frozenset of str
        The characters a label can open with: a paragraph opening otherwise is not tried.
    not_speakers : frozenset of str
        Label words (compared in capitals) that head a line but name nobody.
    sentence_end : compiled pattern
        Searched in the words of a label's paragraph: they end as a sentence does.
    interviewee : compiled pattern
        Where the article names the person an ``A:`` label stands for; group ``name``.
    """

    label: re.Pattern[str]
    first: frozenset[str]
    not_speakers: frozenset[str]
    sentence_end: re.Pattern[str]
    interviewee: re.Pattern[str]


def transcript_turns(doc: Doc, quote_spans: list[tuple[int, int]],
                     rules: TurnRules | None) -> list[Found]:
    """The turns of a transcript whose paragraphs open with a speaker label (module docstring);
    ``rules``: the language's ``turn_rules``."""
    text = doc.text
    if rules is None or ":" not in text:  # most articles: one C-level scan
        return []
    labels = _labels(doc, rules)
    if not labels:
        return []
    kinds = {kind for *_, kind in labels}
    if not {"q", "a"} <= kinds:  # a lone "A:" heads an explainer's answer, not a turn
        labels = [lab for lab in labels if lab[4] not in ("q", "a")]
    inside = SpanSet(quote_spans)
    if len(labels) < 2:  # one label: only capitals, and not a paragraph that quotes someone
        # ("LISTEN: Those appointments will impact “our children,” Priebus said.")
        labels = [lab for lab in labels if lab[4] == "caps"
                  and not inside.meets(*doc.paras[lab[0]])]
    # words that end as a sentence does (or a label alone, heading the next paragraph)
    labels = [lab for lab in labels if lab[3] >= doc.paras[lab[0]][1]
              or rules.sentence_end.search(text[lab[3]:doc.paras[lab[0]][1]].rstrip())]
    if not labels:
        return []
    firsts = {lab[0] for lab in labels}
    # a turn's paragraphs: its own up to the next label's; the last turn its own only
    ends = [doc.paras[nxt[0] - 1][1] for nxt in labels[1:]]
    ends.append(doc.paras[labels[-1][0]][1])
    asking = interviewer_labels(
        (text[ls:le].upper(), text[bs:doc.paras[k][1] if bs < doc.paras[k][1] else end])
        for (k, ls, le, bs, _), end in zip(labels, ends, strict=True))
    named = _interviewee(text, labels, rules) if "a" in kinds else None
    out: list[Found] = []
    for (k, ls, le, bs, kind), end in zip(labels, ends, strict=True):
        if kind == "q" or (kind != "a" and text[ls:le].upper() in asking):
            continue  # the interviewer's turn: the reporter's words
        if bs >= doc.paras[k][1]:  # the label alone: its turn is the next paragraph(s)
            if k + 1 >= len(doc.paras) or k + 1 in firsts:
                continue
            bs = doc.paras[k + 1][0]
            if end <= bs:
                end = doc.paras[k + 1][1]
        end = bs + len(text[bs:end].rstrip())
        if end <= bs or not any(c.isalnum() for c in text[bs:end]) or inside.contains(bs):
            continue
        ms, me = named if kind == "a" and named else (ls, le)
        out.append(Found(bs, end, "embedded", Attr("", ls, ls, ms, me, RULE), RULE))
    return out


def _labels(doc: Doc, rules: TurnRules) -> list[tuple[int, int, int, int, str]]:
    """``(paragraph, label start, label end, words start, kind)`` of every labelled paragraph;
    words start at the paragraph's end when the label stands alone."""
    text = doc.text
    first, label, not_speakers = rules.first, rules.label, rules.not_speakers
    out = []
    for k, (ps, pe) in enumerate(doc.paras):
        if text[ps] not in first:  # most paragraphs: no regex call
            continue
        m = label.match(text, ps, pe)
        if m is None:
            continue
        kind = m.lastgroup or ""
        ls, le = m.span(kind)
        if any(w.strip(".") in not_speakers for w in text[ls:le].upper().split()):
            continue
        out.append((k, ls, le, min(m.end(), pe), kind))
    return out


def _interviewee(text: str, labels: list[tuple[int, int, int, int, str]],
                 rules: TurnRules) -> tuple[int, int] | None:
    """Offsets of the name the article gives the interviewee before its first ``Q:``/``A:``
    (the last such mention there), or None."""
    first = next(lab for lab in labels if lab[4] in ("q", "a"))
    found = None
    for m in rules.interviewee.finditer(text, 0, first[1]):
        found = m.span("name")
    return found
