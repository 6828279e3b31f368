"""The lower-case particles inside personal names, in Latin script.

Arabic, Dutch, German, French, Spanish and Portuguese names carry them: "Mohammed bin Salman",
"Ayman al-Zawahiri", "Abdel Fattah el-Sisi", "Ursula von der Leyen", "Charles de Gaulle",
"José dos Santos". A reader of names that takes only capitalised words cuts such a name at the
particle ("Ayman") or keeps only its end ("Salman", "Gaulle", "Laden"). The quote side
(:mod:`discourse.extract.quotes.lang.en.name_particles`) and the speaker side
(:mod:`discourse.extract.speakers.lang.en_particles`, :mod:`discourse.extract.speakers.names`)
read the same two lists from here. Cyrillic names have no such particles.
"""

from __future__ import annotations

import re

__all__ = ["JOINED_PARTICLE", "PARTICLES", "is_joined_particle"]

# A particle joined to the next part of the name by a hyphen ("al-Eryani", "el-Sisi", "bin-Laden").
JOINED_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|at|az|ash|bin|ibn|abu|ben)-[A-Z][\w'’-]*")
# A particle standing alone before the next part of the name ("bin Salman", "van der Berg").
PARTICLES = frozenset(
    "al el bin ibn abu ben bint van von der den de del della di da dos das du le la".split())


def is_joined_particle(word: str) -> bool:
    """Is ``word`` a name part opening with a joined particle ("al-Zawahiri")?

    >>> [is_joined_particle(w) for w in ("al-Zawahiri", "al-Qaeda-linked", "all-out")]
    [True, True, False]
    """
    return JOINED_PARTICLE.fullmatch(word) is not None
