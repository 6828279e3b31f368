"""English: a court's ruling is its report, "The court found that P" (an extra pass; issue 14, dev11
round).

"The court found that it could rule on the prorogation", "The unanimous court decided their actions
did not qualify", "The court determined Zhukovskyy's driving history rendered him a danger": what a
court, a judge or a tribunal finds, decides, determines, concludes or holds is its ruling, which
the gold of the Wikinews splits annotates as the court's report (D's rule,
``tests/gold/wikinews_en/NOTES.md``; "the Wisconsin Supreme Court ruled P" was read already,
"ruled" being a cue). These verbs are no verbs of saying for anyone else ("the researchers found",
"he decided to run": findings and decisions, no report), so they stay out of the lexicon and this
pass reads them after a court's noun only: "the/a" and at most four words before the noun
(:data:`_COURTS`, courts of law, not a competition's jury), an optional "has" or "also", the verb,
an optional "that", and a clause (a subject and a finite verb: not "found him guilty", "decided to
appeal", "held a hearing") up to where the sentence rules end a reported clause. Read on dev8 and
dev11 (four rulings of three articles).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.clauses import clause_end
from discourse.extract.quotes.spans import SpanSet, content_span, trim_end
from discourse.text import sentence_spans

__all__ = ["ruling_reports"]

# courts of law only: a competition's jury or a panel of experts decides on merits, it rules on
# no proposition ("the jury decided two participants … performed at such a high level", dev)
_COURTS: Final = ("court", "judge", "tribunal", "justices", "judges")
# after the ruling, a participle of the court's next act ends it ("decided P, reversing the
# convictions and remanding the case"), not "including" or "according"
_PARTICIPLE: Final = re.compile(r",\s+(?!including\b|according\b)[a-z]+ing\b")
_RULING: Final = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+((?:[\w.’'-]+\s+){0,4}?)(?:" + "|".join(_COURTS) + r")\s+"
    r"(?:(?:has|had|also|then|unanimously)\s+)?"
    r"(found|determined|decided|concluded|held)\s+(?:that\s+)?")
# the words before the court's noun are its modifiers, not a clause ("the three-judge court",
# "the unanimous court", "the Supreme Court"): none of these
_NOT_MODIFIERS: Final = frozenset("""said says that which who and but or when after before if as
    because while""".split())


def _sentence_end(doc: Doc, pos: int) -> int:
    """The end offset of the sentence holding ``pos`` (as :mod:`.document_that` finds it)."""
    p = bisect.bisect_right(doc.para_starts, pos) - 1
    ps, pe = doc.paras[p]
    for s, e in sentence_spans(doc.text[ps:pe]):
        if s + ps <= pos < e + ps:
            return e + ps
    return pe


def ruling_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The rulings of courts (see the module docstring), not inside what was found."""
    text = doc.text
    if "ourt" not in text and "udge" not in text and (
            "ribunal" not in text and "ustices" not in text):
        return []
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    for m in _RULING.finditer(text):
        if "\n" in m.group() or inside.contains(m.start()) or any(
                w.lower() in _NOT_MODIFIERS for w in m.group(1).split()):
            continue
        s = m.end()
        e = _sentence_end(doc, s)
        i, j = doc.tok_index(s), doc.tok_index(e)
        if i >= j or not looks_like_clause(doc.toks, i, j, reach=20):
            continue
        cut = clause_end(doc, Found(s, e, "indirect", None, "cue_before"))
        if cut is None:
            continue
        s, e = content_span(text, cut.start, trim_end(text, cut.start, cut.end))
        if (pm := _PARTICIPLE.search(text, s, e)) is not None:
            e = pm.start()
        if e - s < 12 or inside.overlap(s, e) > 0:
            continue
        verb = m.group(2)
        cs = m.start(2)
        me = m.end(1) + next(len(c) for c in _COURTS if text.startswith(c, m.end(1)))
        out.append(Found(s, e, "indirect", Attr(verb, cs, cs + len(verb), m.start(), me,
                                                "cue_before"), "cue_before"))
    return out
