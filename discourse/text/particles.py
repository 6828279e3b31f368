"""The lower-case particles inside personal names, in Latin script.

Arabic, Dutch, German, French, Spanish and Portuguese names carry them: "Mohammed bin Salman",
"Ayman al-Zawahiri", "Abdel Fattah el-Sisi", "Ursula von der Leyen", "Charles de Gaulle",
"José dos Santos". A reader of names that takes only capitalised words cuts such a name at the
particle ("Ayman") or keeps only its end ("Salman", "Gaulle", "Laden"). The quote side
(:mod:`discourse.extract.quotes.lang.en.name_particles`) and the speaker side
(:mod:`discourse.extract.speakers.lang.en_particles`, :mod:`discourse.extract.speakers.names`)
read the same two lists from here; the Russian spellings of such names keep their particles
(«Мухаммед бен Сальман», «Айман аз-Завахири»), and the lists hold them too.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["JOINED_PARTICLE", "PARTICLES", "is_joined_particle"]

# A particle joined to the next part of the name by a hyphen ("al-Eryani", "el-Sisi", "bin-Laden";
# «аль-Арьяни», «ас-Сиси», «аз-Завахири»).
JOINED_PARTICLE = re.compile(
    r"(?:al|el|ad|an|ar|as|at|az|ash|bin|ibn|abu|ben)-[A-Z][\w'’-]*"
    r"|(?:аль|ал|эль|ад|ан|ар|ас|ат|аз|аш|бин|бен|ибн|абу)-[А-ЯЁ][\w-]*")
# A particle standing alone before the next part of the name ("bin Salman", "van der Berg";
# «бен Сальман», «фон дер Ляйен», «Лула да Силва»).
PARTICLES: Final = frozenset(
    "al el bin ibn abu ben bint van von der den de del della di da dos das du le la "
    "бен бин ибн фон дер де ван да дос дю ла ле".split())


def is_joined_particle(word: str) -> bool:
    """Is ``word`` a name part opening with a joined particle ("al-Zawahiri")?

    >>> [is_joined_particle(w) for w in ("al-Zawahiri", "al-Qaeda-linked", "all-out")]
    [True, True, False]
    """
    return JOINED_PARTICLE.fullmatch(word) is not None
