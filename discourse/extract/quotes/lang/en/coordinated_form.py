"""A verb of saying after "and" inside a report: the speaker's next act, or the report's own verb?

``X said P and added Q`` ends P before "and added": the second verb of saying is coordinated
with the report's cue, the speaker's next act (:func:`.report_cuts._cut_at_coordinated_cue`). Two
verbs are coordinated only when their forms agree: a past "said" goes on with a past "added",
"saying" with "adding". A verb after "and" in another form belongs to the reported clause:

- a bare form after a past cue continues a modal or "to" inside the report: 'Smith said Jones
  should "stop hiding" and reveal his sources' (the past cue would need "and revealed");
- an ``-ing`` form after a finite cue continues a participle inside the report: "He said his
  memory was of sitting by the fire chatting and laughing with Tom" ("laughing" is a cue
  form, but the speaker's next act after "said" would be "and laughed").

A present cue ("Smith and Jones say P and call for Q") may coordinate with a bare form, so
the bare-form test applies after a past cue only.
"""

from __future__ import annotations

from discourse.extract.quotes.document import Doc, Found
from discourse.extract.quotes.lang.en.words import IRREGULAR_PAST, SAY_IRREGULAR

__all__ = ["form_breaks_coordination", "report_verb_after_and"]

# Past forms of verbs of saying the "-ed" test and the irregular lists miss.
_PAST_EXTRA = frozenset("heard".split())


def _past(w: str) -> bool:
    """Is the lower-case word a past form ("said", "warned", "wrote")?"""
    return (len(w) > 3 and w.endswith("ed")) or w in IRREGULAR_PAST or w in SAY_IRREGULAR or (
        w in _PAST_EXTRA)


def _bare(w: str) -> bool:
    """Is the lower-case word a bare verb form: not past, not ``-s``, not ``-ing``?"""
    return w.isalpha() and not _past(w) and not w.endswith(("s", "ing"))


def form_breaks_coordination(cue: str, verb: str) -> bool:
    """Can the verb of saying ``verb`` after "and" not be coordinated with the report's cue
    ``cue`` (both lower-case words), so that it belongs to the reported clause (see above)?"""
    if not cue.isalpha() or not verb.isalpha():
        return False
    if verb.endswith("ing") and len(verb) > 4 and not cue.endswith("ing"):
        return True  # "was of sitting … chatting and laughing": the report's participle
    return _past(cue) and _bare(verb)  # 'should "stop hiding" and reveal': after a modal


def report_verb_after_and(doc: Doc, f: Found, a: int) -> bool:
    """Is the verb of saying at token ``a`` (after "and" inside the report ``f``) the reported
    clause's own verb, by :func:`form_breaks_coordination` against ``f``'s cue word?"""
    if f.attr is None or f.attr.cue_end <= f.attr.cue_start:
        return False
    cue = doc.text[f.attr.cue_start:f.attr.cue_end].lower()
    return form_breaks_coordination(cue, doc.toks.lows[a])
