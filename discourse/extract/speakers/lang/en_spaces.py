"""English: the text the speaker rules read, with no-break spaces as spaces.

News pages put a no-break space (U+00A0) or a narrow one (U+202F) where a space stands: after a
label's colon ("Kaine:\\xa0“Governor Pence said ...”"), inside a name ("Still\\xa0Sanders"), before
a verb. The patterns of the English rules write a space as " " or "[ \\t]", so such a line named
no speaker. :func:`rule_text` gives them the text with those characters as spaces, one for one,
so every offset stays; the mention keeps the article's own characters
(:func:`discourse.extract.speakers.attribute.attribute_rows`).
"""

from __future__ import annotations

__all__ = ["rule_text"]

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def rule_text(text: str) -> str:
    """``text`` with its no-break spaces as spaces (the same length, the same offsets).

    >>> rule_text("Kaine:\\xa0“Yes.”")
    'Kaine: “Yes.”'
    """
    return text.translate(_SPACES) if ("\u00a0" in text or "\u202f" in text) else text
