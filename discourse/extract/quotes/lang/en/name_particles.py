"""English: a name after the verb of an inverted attribution goes on over a lower-case particle.

"The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar
al-Eryani, and was left outside a restaurant." (Wikinews dev12): the noun phrase reader stops
at the lower-case "al-Eryani", so ", stated X," closed no name at its comma and the interrupted
report was not read (worse, "Moammar al-Eryani, and was left ..." became a report of its own).
Arabic, Dutch, German, French, Spanish and Portuguese names carry such particles ("al-Jahafi",
"bin Salman", "van der Berg", "de la Cruz", "dos Santos"); :func:`name_end` reads over them when a
capitalised word closes the name.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks, cap
from discourse.text.particles import JOINED_PARTICLE as _JOINED
from discourse.text.particles import PARTICLES as _ALONE

__all__ = ["name_end"]


def name_end(toks: Toks, e: int, tj: int) -> int:
    """The end of a name that the noun phrase reader ended at token ``e`` (after a capitalised
    word), read on over lower-case particles and the capitalised words after them, at most four
    tokens; ``e`` when none follows."""
    words = toks.words
    if e == 0 or e >= tj or not cap(words[e - 1]):
        return e
    m = e
    while m < tj and m - e < 4:
        if _JOINED.fullmatch(words[m]):
            m += 1
            continue
        n = m
        while n < tj and n - m < 2 and words[n] in _ALONE:
            n += 1
        if n > m and n < tj and cap(words[n]):
            m = n + 1
            continue
        break
    return m
