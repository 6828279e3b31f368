"""Property-based tests: extraction and attribution never crash and keep their offsets honest.

Texts are drawn from an alphabet rich in what breaks quote extractors: every kind of quotation
mark, apostrophes, sentence punctuation, newlines and CRLF, capitalised names and reporting
words. Whatever the text, ``extract_quotes`` + ``attribute_speakers`` must return spans inside
the text whose ``text`` is exactly ``text[start:end]``, mention offsets that match
``speaker_mention``, unique ids, and the same table on a second run.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers

PIECES = [
    "“", "”", '"', "«", "»", "„", "'", "’", "‘", " ", " ", " ", "\n", "\n\n", "\r\n", ",", ".",
    "!", "?", ":", ";", "—", "…", "(", ")", "-", "said", "told", "according to", "fumed",
    "the minister", "Smith", "Sen. Ted Cruz", "she", "he", "We will", "not", "give in", "that",
    "a spokesperson for", "the White House", "in a statement", "RIA Novosti", "Peskov", "and",
    "called", "declared", "x", "U.S.", "@handle", "- Jane Doe (@jdoe) May 1, 2020",
]
texts = st.lists(st.sampled_from(PIECES), min_size=0, max_size=60).map("".join)
mixed = st.one_of(texts, st.text(alphabet=st.sampled_from(
    list("“”\"«»„'’‘ \n\r.,!?:;aAbBsS—")), max_size=80))

SETTINGS = settings(max_examples=100, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def registry():
    return load_actors()


def _check_table(text: str, q: pd.DataFrame) -> None:
    for r in q.itertuples():
        assert 0 <= r.start < r.end <= len(text), (r.start, r.end, len(text))
        assert text[r.start : r.end] == r.text
        assert r.quote_id == f"d:{r.start}-{r.end}"
        if r.mention_start >= 0:
            assert 0 <= r.mention_start < r.mention_end <= len(text)
            assert text[r.mention_start : r.mention_end] == r.speaker_mention
        else:
            assert r.mention_end == -1 and r.speaker_mention == ""
    assert q["quote_id"].is_unique


@SETTINGS
@given(text=mixed)
def test_extract_and_attribute_keep_offsets(lex, registry, text):
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    q = extract_quotes(arts, cues=lex)
    _check_table(text, q)
    out = attribute_speakers(q, arts, registry)
    _check_table(text, out)
    assert out["speaker"].map(lambda s: isinstance(s, str)).all()
    assert set(out["camp"]) <= {"russian_official", "belarusian_official", "opposition",
                                "western", "ukrainian_official", "other", "unknown"}
    assert out["confidence"].between(0.0, 1.0).all()
    assert list(out["quote_id"]) == list(q["quote_id"])


@SETTINGS
@given(text=texts)
def test_reruns_give_the_same_table(lex, registry, text):
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    first = attribute_speakers(extract_quotes(arts, cues=lex), arts, registry)
    second = attribute_speakers(extract_quotes(arts, cues=lex), arts, registry)
    pd.testing.assert_frame_equal(first, second)


@SETTINGS
@given(text=texts)
def test_a_direct_quote_never_starts_with_a_mark_and_indirect_never_does(lex, text):
    q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), cues=lex)
    for r in q.itertuples():
        if r.kind in ("direct", "indirect"):
            assert r.text[:1] not in "“«„", (r.kind, r.text)
