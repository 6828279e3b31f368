"""English reports nested in a report: which inner cues and speakers are kept (round 22).

:mod:`.nested` keeps the report of "X said the Clinton camp said P" that the overlap filter
dropped, but only after seven finite verbs and a speaker mention that opens with a capital, a
determiner or a pronoun. On every dev part the gold's inner reports missed for that reason
have (a) a speaker whose possessive the noun-phrase reader leaves out of the mention ("said her
husband had told her P": mention "husband"), (b) a bare plural of people or sources
("intelligence officials warned the administration that P" inside "According to the Post, …"),
or (c) another finite verb of saying proper ("West claimed to be …", "officials warned …").
This module widens the two tests by those three readings only; the rest of :mod:`.nested`'s
conditions (the inner cue and mention inside the outer report, after its cue, the inner span its
tail) are unchanged, so a verb that the sentence rules take for a cue inside an ordinary clause
("the virus claimed 6606 lives") is still no inner report unless its subject reads as a speaker.
"""

from __future__ import annotations

import re

__all__ = ["MORE_INNER_CUES", "SPEAKING_PLURALS", "more_cue_reports", "speaker_like_more"]

# Finite verbs of saying proper beyond said/says/told/tells/announced/announces/reported/stated
# (past and third person present: an inner report is a finite clause's verb).
# ("wrote" is left out: "she wrote prescriptions for …", a thing written, no report.)
MORE_INNER_CUES = frozenset("""claimed claims warned warns confirmed confirms noted notes argued
    argues insisted insists added adds alleged alleges admitted admits acknowledged
    acknowledges denied denies explained explains declared declares asserted asserts
    stressed stresses""".split())

# A possessive determiner right before the mention: the reader stops a noun phrase at "her"
# (it is also an object pronoun), so "her husband" comes out as "husband".
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\W)(?:his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
# Plural heads of people and of sources that speak as a bare plural ("officials said",
# "analysts say", "news reports said"): closed, so that a bare plural object of an ordinary
# verb ("claimed lives", "noted changes") never reads as a speaker.
_SPEAKING_PLURALS = frozenset("""officials authorities experts analysts critics sources
    lawmakers legislators senators officers investigators prosecutors researchers scientists
    residents witnesses aides advisers advisors diplomats doctors leaders members supporters
    opponents activists economists observers historians reporters journalists lawyers attorneys
    police spokespeople spokesmen spokeswomen democrats republicans""".split())
SPEAKING_PLURALS = _SPEAKING_PLURALS  # (read by .inner_heads too)


# Words a noun phrase does not end with: a mention ending in one is a piece of a phrase.
_NOT_A_HEAD = frozenset("of in on at for to by with from the a an".split())


def speaker_like_more(text: str, m_start: int, m_end: int) -> bool:
    """Does the mention ``text[m_start:m_end]`` read as a speaker by one of this module's two
    readings: a possessive right before it ("her husband"), or a lower-case bare plural of
    people or sources ending in a closed head ("intelligence officials", "two separate law
    enforcement sources")?

    >>> t = "Pam said her husband told her P"
    >>> speaker_like_more(t, t.index("husband"), t.index("husband") + 7)
    True
    >>> t = "the virus claimed lives"
    >>> speaker_like_more(t, 0, 9)
    False
    >>> speaker_like_more("intelligence officials warned", 0, 22)
    True
    """
    words = text[m_start:m_end].split()
    if _POSSESSIVE_BEFORE.search(text, max(0, m_start - 8), m_start):
        return True
    return bool(words) and len(words) <= 5 and words[-1].lower() in _SPEAKING_PLURALS and all(
        w.isalpha() or w.isdigit() for w in words)


# "the virus claimed 6606 lives", "the storm claimed the life of …": "claim" takes lives, a
# sense with no speech in it.
_LIVES = frozenset("life lives victims".split())


def more_cue_reports(text: str, cue: str, start: int, end: int, m_start: int, m_end: int
                     ) -> bool:
    """Is the inner report ``text[start:end]`` after one of :data:`MORE_INNER_CUES` (``cue``),
    its speaker mention ``text[m_start:m_end]``, a report: not "claimed N lives" (a disaster's
    toll), nor a cue whose "subject" ends in a preposition or an article ("the number of
    confirmed cases": an adjective, no verb)?

    >>> t = "the virus claimed 6606 lives"
    >>> more_cue_reports(t, "claimed", t.index("6606"), len(t), 0, 9)
    False
    >>> t = "officials claimed the count was wrong"
    >>> more_cue_reports(t, "claimed", t.index("the"), len(t), 0, 9)
    True
    >>> t = "the number of confirmed cases trails the true number"
    >>> more_cue_reports(t, "confirmed", t.index("cases"), len(t), 0, 13)
    False
    """
    words = text[m_start:m_end].split()
    if not words or words[-1].lower() in _NOT_A_HEAD:
        return False
    if not cue.startswith("claim"):
        return True
    return not any(w.strip(".,;:").lower() in _LIVES for w in text[start:end].split()[:5])
