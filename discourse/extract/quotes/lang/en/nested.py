"""English reports nested in a report: "X said the Clinton camp said P" attributes both.

The overlap filter (:func:`discourse.extract.quotes.document.non_overlapping`) keeps the first
of two overlapping reports of a sentence, so the inner report of "David Martosko said the
Clinton camp said his newspaper wasn’t part of the pool" was lost. ANNOTATION.md counts both:
the outer report (Martosko's, over "the Clinton camp said …") and the inner one (the Clinton
camp's, over "his newspaper wasn’t part of the pool"). Input: the reports kept by the filter
and every report the sentence's rules found; output: the kept ones plus each dropped report
whose cue and speaker mention lie inside a kept report's span, after its cue, and whose span
ends where that report ends (the inner clause is the tail of the outer one). The rules of the
sentence pass gave each of them (a subject, a cue, a clause); only the filter removed them.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.inner import (
    MORE_INNER_CUES,
    more_cue_reports,
    speaker_like_more,
)
from discourse.extract.quotes.lang.en.inner_heads import cue_verb, post_modified_group
from discourse.extract.quotes.lang.en.words import DETERMINERS, PRONOUNS

__all__ = ["with_nested_reports"]

# The inner report's cue: a finite verb of saying proper. The sentence rules take many words
# for cues that the overlap filter used to hide inside a report ("the cockpit voice recorder",
# "the virus claimed 6606 lives", "a manifesto posted online", "the disease first recognized");
# an inner report is kept only after one of these.
_INNER_CUES = frozenset("said says told tells announced announces reported stated".split())
# ("reports" and "states" are as often nouns: "other 9th Circuit states have not permitted")
# How far (characters) the inner report's end may fall short of or run past the outer one's:
# the rules end the two clauses alike, up to a closing mark or a full stop.
_END_SLACK = 2


def with_nested_reports(kept: list[Found], found: list[Found], doc: Doc) -> list[Found]:
    """``kept`` plus the reports of ``found`` nested in one of them (see the module
    docstring; ``doc``: the article); the order of ``kept`` is kept, the nested ones follow."""
    if len(found) == len(kept):
        return kept  # nothing was dropped (most sentences)
    out = list(kept)
    text = doc.text
    for f in found:
        a = f.attr
        verb = cue_verb(a.cue) if a is not None else ""  # "told reporters": "told"
        if f in kept or f.kind != "indirect" or a is None or a.m_start < 0 or (
                f.rule != "cue_before") or (verb not in _INNER_CUES and verb not in MORE_INNER_CUES):
            continue
        if verb in MORE_INNER_CUES and not more_cue_reports(
                text, verb, f.start, f.end, a.m_start, a.m_end):
            continue  # "the virus claimed 6606 lives": no speech
        if not _speaker_like(text[a.m_start:a.m_end]) and not speaker_like_more(
                text, a.m_start, a.m_end) and not post_modified_group(text, a.m_start, a.m_end):
            continue  # "he believed recently announced changes": no subject before "announced"
        if text[f.start:f.start + 12].split(maxsplit=1)[0].endswith("ly"):
            continue  # "Romney said exactly that in 2007": an object, no clause
        # (a noun object stays: "announced End of Life for their Red Hat Linux" is what was
        # announced as often as "announced the mediation Tuesday" is a topic)
        if any(_nested_in(f, g) for g in kept) and not any(
                g.start == f.start and g.end == f.end for g in out):
            out.append(f)
    return out


def _speaker_like(mention: str) -> bool:
    """Does ``mention`` open like a speaker: a name, a pronoun or a determiner ("the suspect",
    "a German government source", "she"), not a verb the rules took for a subject?"""
    first = mention.split(maxsplit=1)[0] if mention.strip() else ""
    return first[:1].isupper() or first.lower() in DETERMINERS or first.lower() in PRONOUNS


def _nested_in(f: Found, g: Found) -> bool:
    """Is ``f`` a report inside the report ``g``: its speaker mention and cue inside ``g``'s
    span, after ``g``'s cue, and its span the tail of ``g``'s?"""
    a, b = f.attr, g.attr
    if g.kind != "indirect" or a is None or b is None or b.cue_start >= a.cue_start:
        return False
    # the mention may follow the cue ("she was told by the platform that P")
    return (g.start <= a.m_start < g.end and g.start < a.cue_start < g.end
            and g.start < f.start and abs(f.end - g.end) <= _END_SLACK)
