"""Pass 2, embedded posts (:mod:`discourse.extract.quotes.embedded`)."""

from __future__ import annotations

import pandas as pd

from discourse.extract.quotes import extract_quotes


def run(text: str, lex, **kw) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return extract_quotes(arts, cues=lex, **kw)


def spans(text: str, lex) -> list[tuple[str, str, str]]:
    q = run(text, lex)
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_embedded_post_with_signature(lex):
    text = ("The minister wrote on Twitter.\n\nToday I met the opposition leader.\n\n"
            "pic.twitter.com/abc123\n\n- Jane Doe (@janedoe) September 20, 2020\n\nNext.")
    q = run(text, lex)
    row = q[q["kind"] == "embedded"].iloc[0]
    assert row["text"] == "Today I met the opposition leader."
    assert row["speaker_mention"] == "Jane Doe (@janedoe)"
