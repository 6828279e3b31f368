"""English: an absolute phrase after a name is no appositive of it.

'Mr. Clinton, his arm around Mrs. Clinton, replied, "..."': the phrase between the commas
describes the speaker's posture or manner (a possessive, a part of the body, and what it does
or where it is), it does not name the speaker as an appositive ("Mr. Clinton, her husband")
does; the gold mention is the name alone. :func:`without_absolute` cuts it. Plain text.
"""

from __future__ import annotations

import re

__all__ = ["without_absolute"]

# A comma, a possessive and a part of the body or the voice: an absolute phrase opens there.
_ABSOLUTE = re.compile(
    r",\s+(?:his|her|their)\s+(?:arm|arms|hand|hands|head|eyes|eye|face|voice|fist|fists|"
    r"finger|fingers|back|feet|legs|shoulders|lips|cheeks|jaw|brow|gaze)\b")


def without_absolute(text: str, ms: int, me: int) -> int:
    """End of the mention ``text[ms:me]`` before an absolute phrase after its name ("Mr.
    Clinton, his arm around Mrs. Clinton" -> "Mr. Clinton"); ``me`` when it holds none.

    >>> t = "Mr. Clinton, his arm around Mrs. Clinton, replied"
    >>> t[:without_absolute(t, 0, 40)]
    'Mr. Clinton'
    >>> t = "Mr. Clinton, her husband, replied"
    >>> t[:without_absolute(t, 0, 24)]
    'Mr. Clinton, her husband'
    """
    m = _ABSOLUTE.search(text, ms, me)
    return m.start() if m is not None and m.start() > ms else me
