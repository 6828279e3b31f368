"""English: a sentence-final attribution over a sentence that holds a report, "X said P, the
paper reported." (round 24): both reports are kept.

The sentence rules read two reports in "The mayor said the bridge would reopen in May, the
local paper reported.": the mayor's (after "said", running to the sentence's end) and the
paper's (the tail: everything before ", the local paper reported"). They overlap, and the
overlap filter kept the first, so the paper's report was lost and the mayor's ran on over the
paper's attribution. ANNOTATION.md keeps a report nested in a report at both levels, and the
gold of the fresh saying sets does ("An FBI informant told three congressional committees …
that P, the Hill reported": set 10). :func:`.according_to._with_closing_sources` does the same for
", according to X".

:func:`with_closing_tails` takes each dropped tail report (rule ``cue_after``, its cue after its
span, a finite verb of saying proper, :data:`_TAIL_CUES`) whose span holds, after its start, the
cue of each kept report that overlaps it (a finite verb: "Mueller report: Barr won't commit …,
Democrat says" is no report by Mueller), those reports running on past the
tail's span; the kept reports are cut at the tail's span's end and the tail is added. A
participle of saying after a comma (", saying P, the paper reported") counts as a finite cue
(:mod:`.closing_tail_participle`).
"""

from __future__ import annotations

from discourse.extract.quotes.document import Found
from discourse.extract.quotes.lang.en.closing_tail_participle import comma_participle_cue
from discourse.extract.quotes.lang.en.words import SAY_IRREGULAR
from discourse.extract.quotes.spans import trim_end

__all__ = ["with_closing_tails"]


def _finite(cue: str) -> bool:
    """Is the inner report's cue a finite verb of saying ("said", "told", "reports"), not a
    bare form that may be a noun ("Mueller report: Barr won't …, Democrat says" is no report
    by Mueller) nor a headline's colon?"""
    last = cue.split()[-1] if cue.split() else ""
    return last.endswith(("ed", "s")) or last in SAY_IRREGULAR

# The tail's cue: finite verbs of saying that close a sentence ("…, the Hill reported.").
_TAIL_CUES = frozenset("said says reported reports told wrote writes stated added".split())


def with_closing_tails(text: str, kept: list[Found], found: list[Found]) -> list[Found]:
    """``kept`` with each tail report of ``found`` restored over the reports it holds (see the
    module docstring); those reports end where the tail's span ends."""
    for f in found:
        a = f.attr
        if f in kept or f.kind != "indirect" or f.rule != "cue_after" or a is None or (
                a.cue_start < f.end or a.m_start < f.end or a.cue not in _TAIL_CUES
                or ";" in text[f.start:f.end]):
            continue  # (after a ";" the tail closes the last clause only: "He said P; however,
            # “Q”, he added")
        inner = [g for g in kept if g.end > f.start and g.start < f.end]
        if not inner or any(
                g.kind != "indirect" or g.attr is None or g.rule != "cue_before"
                or not (_finite(g.attr.cue) or comma_participle_cue(text, g.attr))
                or g.start <= f.start or not (f.start < g.attr.cue_start < f.end)
                or g.end < a.cue_start for g in inner):
            continue  # not a clause holding whole reports that ran on over the tail
        for g in inner:
            end = trim_end(text, g.start, f.end)
            if end - g.start < 3:
                break
            kept[kept.index(g)] = Found(g.start, end, g.kind, g.attr, g.rule, g.parent)
        else:
            kept.append(f)
    return kept
