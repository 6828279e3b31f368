"""English: who speaks a report opened by a participle the older rules do not read.

:func:`.en_inner.participle_subject` finds the speaker of a report after "saying", "claiming",
"arguing" and a few more. News English opens as many reports with other participles of saying
("announcing", "confirming", "reporting", "declaring", "alleging", "explaining", ...), in the
same three shapes, and then the report had no mention:

- after "with" and the participle's own subject: "with the latter yesterday confirming on
  Twitter P", "with local media reporting P" (a time adverb after the subject is left out);
- after the object of a verb that issues a statement or holds an event: "the city issued a
  follow-up statement announcing P", "President Trump delivered a speech declaring P", "X filed
  a motion claiming P": the clause's subject speaks (no comma between it and its verb: "Last
  week, the paper published a report" must not give "Last week");
- after a comma that closes the clause: "Biden, during his conference, also countered claims
  about his acuity, declaring that P": the clause's subject.

Reads plain text between a sentence start and a report; returns the speaker's offsets or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["participle_source"]

# Participles of saying that :mod:`.en_inner` does not read, right before the report.
_PARTICIPLE = re.compile(
    r"\b(?:announcing|confirming|reporting|declaring|alleging|explaining|stressing|"
    r"emphasi[sz]ing|acknowledging|contending|maintaining|predicting|asserting|stating|"
    r"saying|claiming|arguing|insisting|warning|noting|suggesting)(?:\s+that)?\s*[\"“]?\s*$")
# "with" and the participle's subject, up to five words, a time adverb after it left out.
_WITH_NP = re.compile(
    r"\bwith\s+(?P<np>(?:[\w'’.\-]+\s+){0,4}?[\w'’.\-]+?)"
    r"(?:\s+(?:yesterday|today|also|later|now|then|earlier|again|on\s+(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day))?\s+$")
# A verb that issues a statement or holds an event, its object (up to three modifiers before
# the noun), a short phrase after it: the clause's subject speaks.
_ISSUED = re.compile(
    r"\b(?:issued|issues|released|releases|published|publishes|posted|posts|sent|sends|signed|"
    r"signs|filed|files|held|holds|gave|gives|delivered|delivers|made|makes|put\s+out)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:statement|letter|"
    r"press\s+conference|news\s+conference|press\s+release|report|complaint|lawsuit|motion|"
    r"filing|memo|message|video|declaration|speech|address|announcement|advisory|notice|"
    r"update|bulletin|tweet|post)(?:\s+(?:on|in|to|with|via|at|from)\s+[^,;:\"“”]{1,40}?)?"
    r",?\s+$")
# The second member of a coordinated subject, up to the issuing verb ("She | and the school
# board | released a statement").
_AND_NP = re.compile(r"\s+and\s+((?:[\w'’.\-]+\s+){0,4}?[\w'’.\-]+)\s+")
# Words that make a noun phrase no speaker: pronouns that name nobody alone, relatives.
_NOT_SUBJECT = frozenset(
    "it this that these those there here which what who whom we you us them".split())
# Marks a short plain subject does not hold.
_MARKS = ",;:\"“”()—"


def _plain(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a short noun phrase: one to six words, no mark, no word that names
    nobody, no lower-case past tense (a verb)?"""
    words = text[a:b].split()
    return 0 < len(words) <= 6 and not any(c in text[a:b] for c in _MARKS) and (
        words[0].lower() not in _NOT_SUBJECT) and not any(
        w[:1].islower() and len(w) > 4 and w.endswith("ed") for w in words)


# The first words of a time or place phrase that opens a sentence before its subject
# ("Shortly thereafter, at 6:30 pm, the city issued", "Just before the debate, X held").
_OPENER_WORDS = frozenset("""
    on at in after before shortly just earlier later last this yesterday today meanwhile then
    during following by since until soon early late around within over hours days weeks minutes
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
""".split())


def _after_opener(text: str, lo: int, verb: int, hi: int,
                  clause_subject: Callable[[str, int, int], tuple[int, int] | None],
                  ) -> tuple[int, int] | None:
    """The subject after the time or place phrases that open the sentence from ``lo`` and end
    with the last comma before the issuing verb at ``verb`` ("Shortly thereafter, at 6:30 pm,
    the city issued": "the city"); None when no comma stands there or the sentence opens with
    no such phrase (the clause rules then read the whole stretch)."""
    k = text.rfind(",", lo, verb)
    first = text[lo:k].split()[:1]
    if k < 0 or not first or first[0].lower().strip(",") not in _OPENER_WORDS:
        return None
    a = k + 1
    while a < verb and text[a].isspace():
        a += 1
    sub = clause_subject(text, a, hi)
    return sub if sub is not None and a <= sub[0] < sub[1] <= verb else None


def participle_source(text: str, lo: int, qs: int,
                      clause_subject: Callable[[str, int, int], tuple[int, int] | None],
                      ) -> tuple[int, int] | None:
    """Offsets of the speaker of the report at ``qs`` opened by a participle of saying, in the
    sentence from ``lo`` (``clause_subject``: the language's ``sentence_subject``); None when
    the stretch has none of the module's shapes."""
    m = _PARTICIPLE.search(text, max(lo, qs - 40), qs)
    if m is None:
        return None
    p = m.start()
    w = _WITH_NP.search(text, max(lo, p - 80), p)
    if w is not None:
        return w.span("np") if _plain(text, *w.span("np")) else None
    b = len(text[:p].rstrip())
    issued = _ISSUED.search(text, max(lo, p - 120), p)
    if issued is None and text[b - 1:b] != ",":
        return None
    end = issued.start() if issued is not None else b
    sub = clause_subject(text, lo, len(text[:end].rstrip()) if issued is None else b)
    if issued is not None:
        sub = _after_opener(text, lo, issued.start(), b, clause_subject) or sub
    if sub is None or not (lo <= sub[0] < sub[1] <= end):
        return None
    if issued is not None:
        joined = _AND_NP.fullmatch(text, sub[1], issued.start())
        if joined is not None:
            sub = sub[0], joined.end(1)  # "She and the school board released": both
        elif any(c in text[sub[1]:issued.start()] for c in _MARKS):
            return None  # the subject and its verb apart: no speaker rather than a wrong one
    elif text[sub[1]:b].count(",") > 3 or not _plain(text, *sub):
        # a long list between them, or a subject read over its own verb ("Nearly all legal
        # experts consider the perspective of X"): the comma closes no clause of the subject's
        return None
    first = text[sub[0]:sub[1]].split()[:1]
    if not first or first[0].lower() in _NOT_SUBJECT or not (
            first[0][:1].isupper() or first[0].lower() in ("the", "a", "an")):
        return None
    return sub
