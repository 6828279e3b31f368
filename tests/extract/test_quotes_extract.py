"""The entry point, :mod:`discourse.extract.quotes.extract`: the quotes table and its contract."""

from __future__ import annotations

import time

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from discourse.extract.quotes import extract_document, extract_quotes
from tests.reference.quotes_table import reference_quotes_table
from tests.strategies import QUOTE_TEXTS, TEXTS


def run(text: str, lex, **kw) -> pd.DataFrame:
    arts = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return extract_quotes(arts, cues=lex, **kw)


def spans(text: str, lex) -> list[tuple[str, str, str]]:
    q = run(text, lex)
    return [(r.kind, r.text, r.speaker_mention) for r in q.itertuples()]


def test_table_contract(lex):
    text = "“We are open,” she said. Officials said that talks would resume on Monday."
    q = run(text, lex)
    assert list(q.columns[:10]) == ["quote_id", "doc_id", "start", "end", "text", "kind", "cue",
                                    "speaker_mention", "mention_start", "mention_end"]
    for r in q.itertuples():
        assert text[r.start : r.end] == r.text
        assert r.quote_id == f"d:{r.start}-{r.end}"
        if r.mention_start >= 0:
            assert text[r.mention_start : r.mention_end] == r.speaker_mention
    assert list(q["start"]) == sorted(q["start"])


def test_no_speaker_gives_minus_one(lex):
    q = run("The book “was a long and winding story about how we all got here.”", lex)
    assert (q["mention_start"] == -1).all() and (q["speaker_mention"] == "").all()


def test_bad_kinds_message(lex):
    with pytest.raises(ValueError, match=r"'kinds' parameter of extract_quotes must be a subset"):
        run("x", lex, kinds=["drect"])


def test_kinds_filter(lex):
    text = "“We won,” she said. He said that the vote was rigged."
    assert set(run(text, lex, kinds=["indirect"])["kind"]) == {"indirect"}


def test_deterministic(lex):
    text = "“A b c d,” she said. “E f g.” Smith said the plan would fail."
    assert run(text, lex).equals(run(text, lex))


def test_linear_time_on_pathological_input(lex):
    text = ("“" + "word " * 4000 + "\n\n") * 20 + '"' * 2000
    t0 = time.perf_counter()
    run(text, lex)
    assert time.perf_counter() - t0 < 5.0  # generous: catastrophic backtracking would hang


def test_real_news_sentences_keep_offsets(shared_dir, lex):
    import json

    path = shared_dir / "datasets" / "newsmtsc" / "train.jsonl"
    if not path.exists():
        pytest.skip("newsmtsc is not available")
    with path.open(encoding="utf-8") as fh:
        sents = sorted({json.loads(line)["sentence"] for line in fh})[:1500]
    arts = pd.DataFrame({"doc_id": [f"s{i}" for i in range(len(sents))], "text": sents})
    q = extract_quotes(arts, cues=lex)
    assert len(q) > 200
    texts = dict(zip(arts["doc_id"], arts["text"], strict=True))
    for r in q.itertuples():
        assert texts[r.doc_id][r.start : r.end] == r.text
        assert r.end > r.start and not r.text[:1].isspace()
        if r.mention_start >= 0:
            assert texts[r.doc_id][r.mention_start : r.mention_end] == r.speaker_mention
    # a direct quote never contains an unmatched opening mark at its start
    assert not q[q["kind"] == "direct"]["text"].str.match(r"^[“\"«„]").any()


# --- the table built column by column ----------------------------------------------------------


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(QUOTE_TEXTS | TEXTS, max_size=4),
       ids=st.lists(st.sampled_from(["b", "a", "a", 3, "é"]), min_size=4, max_size=4))
@example([], ["a", "a", "a", "a"])
@example(["nothing"], ["a", "a", "a", "a"])
@example(["“We are open,” she said.", "“We are open,” she said."], ["a", "a", "b", "b"])
def test_quotes_table_equals_the_one_built_from_row_dicts(lex, texts, ids):
    articles = pd.DataFrame({"doc_id": ids[: len(texts)], "text": texts}, dtype=object)
    got = extract_quotes(articles, cues=lex)
    want = reference_quotes_table(articles, lex)
    assert list(got.dtypes) == list(want.dtypes)
    pd.testing.assert_frame_equal(got, want)
    assert all(len(r) == 12 for t in texts if t for r in extract_document(t, lex))
