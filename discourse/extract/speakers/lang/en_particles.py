"""English: a name mention read on over the lower-case particles inside the name.

'"…," said Ayman al-Zawahiri.' gave the mention "Ayman", '"…," said President Abdel Fattah
el-Sisi.' "President Abdel Fattah": the readers of a mention take capitalised words and stop at
the first lower-case one, and a name's particle is one ("al-Zawahiri", "bin Salman", "van der
Berg", "de la Cruz"; the lists are :mod:`discourse.text.particles`). The gold mention is the
whole name (ANNOTATION.md: the mention as written).
"""

from __future__ import annotations

import re

from discourse.text.particles import JOINED_PARTICLE, PARTICLES

__all__ = ["particle_tail"]

_PARTICLE = "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p)))
# After a capitalised word: joined particles ("al-Zawahiri"), or one or two particles standing
# alone and the capitalised word they lead to ("bin Salman", "van der Berg"); several in a row
# ("Mohammed bin Rashid al-Maktoum").
_TAIL = re.compile(
    r"(?:\s(?:" + JOINED_PARTICLE.pattern + r"|(?:(?:" + _PARTICLE + r")\s){1,2}[A-Z][\w'’-]*)"
    r"(?![\w'’-]))+")
# The last word of a mention: a capitalised one is a name's last part so far.
_LAST_WORD = re.compile(r"[A-Z][\w'’-]*")


def particle_tail(text: str, ms: int, me: int) -> int:
    """The end of the mention ``text[ms:me]`` with the rest of its name after particles ("Ayman"
    -> "Ayman al-Zawahiri"); ``me`` when the mention does not end in a capitalised word or no
    particle follows it.

    >>> t = 'The threat was real, said Ayman al-Zawahiri. It came from Mohammed bin Salman.'
    >>> t[26:particle_tail(t, 26, 31)], t[58:particle_tail(t, 58, 66)]
    ('Ayman al-Zawahiri', 'Mohammed bin Salman')
    """
    if text[me:me + 1] != " " or me <= ms:
        return me
    last = text.rfind(" ", ms, me) + 1 or ms
    if not _LAST_WORD.fullmatch(text, max(last, ms), me):
        return me
    m = _TAIL.match(text, me)
    return m.end() if m else me
