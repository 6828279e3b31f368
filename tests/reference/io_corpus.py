"""Reference: the count of implausible characters in a decoded file as first written (a copy;
see README.md): every distinct character tested, also in ASCII text (before the ASCII text's
controls were found by one regex scan in ``io.corpus._implausible_chars``)."""

from __future__ import annotations

import unicodedata

_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def ref_implausible_chars(text: str, *, limit: int = 200_000) -> int:
    head = text[:limit]
    return sum(head.count(ch) for ch in set(head)
               if (ch < " " and ch not in _TEXT_CONTROLS)
               or ("\x7f" <= ch <= "\x9f")
               or (ch > "~" and unicodedata.category(ch) in ("Cn", "Co", "Cs")))
