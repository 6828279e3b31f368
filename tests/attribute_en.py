"""One English article attributed, for the speaker tests that write their own sentences."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers


def attribute(text: str, registry, lex) -> pd.DataFrame:
    """The attributed quotes of ``text`` as one article (doc id ``d``, dated 2021-03-01)."""
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text], "date": ["2021-03-01"]})
    return attribute_speakers(extract_quotes(arts, cues=lex), arts, registry)


def first_speaker(text: str, registry, lex, kind: str = "direct") -> tuple[str, str]:
    """``(speaker_mention, speaker)`` of the first quote of ``kind`` in ``text``."""
    out = attribute(text, registry, lex)
    row = out[out["kind"] == kind].iloc[0]
    return row["speaker_mention"], row["speaker"]
