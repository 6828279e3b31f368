"""A corpus as plain records (:mod:`discourse.io.records`): a JSONL file read without pandas
gives what :func:`discourse.io.corpus.iter_corpus` gives, chunk by chunk, errors included."""

from __future__ import annotations

import json
import random

import pytest

from discourse.io.corpus import iter_corpus
from discourse.io.records import _plain_jsonl, iter_article_records

FIELDS = ["doc_id", "text", "date", "lang"]


def _outcome(read) -> list | tuple[str, str]:
    """Every chunk as (articles, skipped, warnings), or the error raised (type, message)."""
    out = []
    try:
        for chunk in read():
            out.append(chunk)
    except Exception as exc:  # noqa: BLE001 - the error is part of what must be equal
        return type(exc).__name__, str(exc)
    return out


def _same(path, chunk_size) -> list:
    """Assert that iter_article_records gives what iter_corpus gives; return its chunks."""
    want = _outcome(lambda: iter_corpus(path, chunk_size=chunk_size))
    got = _outcome(lambda: iter_article_records(path, chunk_size=chunk_size))
    if isinstance(want, tuple):
        assert got == want
        return []
    assert isinstance(got, list) and len(got) == len(want)
    for g, w in zip(got, want):
        table = w.articles
        assert g.articles == ([dict(zip(FIELDS, v)) for v in zip(*[table[c].tolist()
                                                                  for c in FIELDS])]
                              if len(table) else [])
        assert g.skipped == list(zip(w.skipped["skipped_path"], w.skipped["reason"]))
        assert g.warnings == w.warnings
    return got


def test_a_jsonl_file_of_strings_is_read_as_iter_corpus_reads_it(tmp_path):
    lines = ['{"id": "a", "text": "One.", "date": "2020-01-02", "lang": "EN"}',
             '{"id": "b", "text": ""}', "nonsense", '{"id": "a", "text": "x"}',
             '{"id": "", "text": "x"}', '{"id": " c ", "text": "   "}', "[1]",
             '{"id": null, "text": "no id"}', '{"id": "d", "text": null, "date": null}',
             '{"id": "e", "text": "Песков заявил, что «всё хорошо».", "language": "ru"}',
             '{"id": "f", "text": " Two. ", "date": "2021-02-30", "lang": "", "language": "en"}',
             '{"id": "g", "text": "Three.", "date": "4 March 2021", "note": 5}', "",
             '{"text": "no id key", "id": "h"}']
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _plain_jsonl(path, 2)  # read without pandas
    for chunk_size in (None, 1, 2, 3, 5, 1000):
        chunks = _same(path, chunk_size)
        assert sum(len(c.articles) for c in chunks) == 5
    got = [a for c in _same(path, None) for a in c.articles]
    assert [(a["doc_id"], a["date"], a["lang"]) for a in got] == [
        ("a", "2020-01-02", "en"), ("e", "", "ru"), ("f", "", "en"),
        ("g", "2021-03-04", "en"), ("h", "", "en")]


def test_other_jsonl_files_are_left_to_iter_corpus(tmp_path):
    # numbers under the keys read (pandas types them: 7.0), no text key, nothing readable
    cases = {"numbers": ['{"id": 7, "text": "A."}', '{"id": "b", "text": "B."}'],
             "no_text": ['{"id": "a", "body": "A."}'],
             "late_text": ['{"id": "a", "body": "A."}', '{"id": "b", "text": "B."}'],
             "nothing": ["nonsense"], "empty": []}
    for name, lines in cases.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        for chunk_size in (None, 1):
            assert not _plain_jsonl(path, chunk_size) or (name, chunk_size) == ("late_text", None)
            _same(path, chunk_size)


def test_random_jsonl_files_read_alike():
    # objects drawn from values that each take another branch of the reading
    import tempfile
    from pathlib import Path

    rng = random.Random(6)
    ids = ["a", "b", " a", "", None, "c", "д"]
    texts = ["One.", "", "  ", None, "“Yes,” she said.", "Он заявил: «Нет».", "Two\nlines."]
    dates = ["2020-01-02", "", None, "2020-02-30", "March 4, 2021", "nonsense", " 2019-05-06 "]
    langs = ["en", "RU", "", None, "xx"]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(60):
            lines = []
            for _ in range(rng.randint(0, 9)):
                if rng.random() < 0.1:
                    lines.append(rng.choice(["{bad", "[]", "", "  ", "null"]))
                    continue
                obj = {}
                for key, pool in (("id", ids), ("doc_id", ids), ("text", texts),
                                  ("date", dates), ("lang", langs), ("language", langs)):
                    if rng.random() < (0.9 if key in ("text", "id") else 0.3):
                        obj[key] = rng.choice(pool)
                lines.append(json.dumps(obj, ensure_ascii=rng.random() < 0.5))
            path = Path(tmp) / f"r{k}.jsonl"
            path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
            for chunk_size in (None, 1, 2, 4):
                _same(path, chunk_size)


@pytest.mark.parametrize("chunk_size", [0, -1])
def test_a_bad_chunk_size_fails_as_before(tmp_path, chunk_size):
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="chunk_size must be a positive integer"):
        list(iter_article_records(path, chunk_size=chunk_size))


def test_a_last_batch_of_unreadable_lines_is_skipped(tmp_path):
    # main at 3637946 raised KeyError 'text' here (the batch's table had no text column)
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n{bad\n', encoding="utf-8")
    chunks = _same(path, 1)
    assert [c.articles for c in chunks][1:] == [[]]
    assert chunks[1].skipped == [(f"{path}, line 2", "invalid JSON: Expecting property name "
                                                     "enclosed in double quotes")]
