"""English: a participle report inside a sentence closed by a tail attribution (issue 14,
round 38).

"Schumer criticized Trump after the bill failed, saying the president showed two unhelpful
traits during negotiations, ABC's Nicki Rossoll writes." (saying set 17 dev): the report after
", saying" ran on over ", ABC's … writes" and the writer's report over the whole sentence was
lost. :func:`.closing_tail.with_closing_tails` restores such a tail over the reports it holds,
but only over finite cues ("X said P, the paper reported"), since a bare form may be a noun
("Mueller report: …, Democrat says"). A participle of saying right after a comma (", saying",
", adding that", ", arguing") is a verb, never a noun, and its report is a clause of the
sentence the tail attributes, so it is read the same way: the participle's report ends where
the tail's span ends, and the tail is kept ("…, saying P, the newspaper reported": both
levels, as ANNOTATION.md keeps a report nested in a report).
"""

from __future__ import annotations

from discourse.extract.quotes.document import Attr

__all__ = ["comma_participle_cue"]

# participles of saying that take a clause ("saying P", "adding that P"); the naming ones
# ("calling X Y", "describing X as Y") are left out: their object is no clause
_PARTICIPLES = frozenset("""saying adding noting claiming arguing insisting explaining warning
    stating writing acknowledging asserting contending alleging""".split())


def comma_participle_cue(text: str, attr: Attr) -> bool:
    """Is ``attr``'s cue a participle of saying that follows a comma (", saying P")?"""
    words = attr.cue.split()
    if not words or words[0].lower() not in _PARTICIPLES:
        return False
    return text[max(0, attr.cue_start - 2):attr.cue_start].rstrip().endswith(",")
