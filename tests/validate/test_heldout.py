"""The held-out split by sentence: fixed, seeded, whole sentences on one side, files unchanged."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from discourse.validate.heldout import in_test, split_by_sentence, split_file
from discourse.validate.models import read_labelled

HEADER = ["sentence", "entity", "entity_tag", "entity_pos_start_rel", "entity_pos_end_rel", "label"]


def _rusentne(path, n=200):
    rows = []
    for i in range(n):
        s = f"Министр {i} похвалил «Газпром» и обвинил компанию \"Рога\" в провале."
        rows.append([s, "Министр", "PROFESSION", 0, 7, 1 if i % 3 == 0 else 0])
        rows.append([s, "Газпром", "ORGANIZATION", s.index("Газпром"), s.index("Газпром") + 7, -1])
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def test_a_sentence_falls_on_one_side_whatever_the_order_and_the_seed_decides():
    texts = [f"Предложение номер {i}." for i in range(1000)]
    share = sum(in_test(t) for t in texts) / len(texts)
    assert 0.15 < share < 0.25
    assert [in_test(t) for t in texts] == [in_test(t) for t in texts]
    assert [in_test(t, seed=1) for t in texts] != [in_test(t) for t in texts]
    with pytest.raises(ValueError, match="test_share"):
        in_test("x", test_share=1.5)


def test_split_keeps_all_rows_of_a_sentence_together():
    df = pd.DataFrame({"text": [f"s{i // 3}" for i in range(300)]})
    flag = split_by_sentence(df)
    assert flag.groupby(df["text"]).nunique().max() == 1
    assert 0 < flag.sum() < len(df)


def test_split_file_writes_parts_read_exactly_as_the_whole(tmp_path):
    src = _rusentne(tmp_path / "train.tsv")
    dev, test = split_file(src, tmp_path / "parts")
    whole = read_labelled(src)
    parts = pd.concat([read_labelled(dev), read_labelled(test)])
    assert len(parts) == len(whole) == 400
    # offsets still point at the entity after the CSV quoting round trip
    assert all(t[a:b] in ("Министр", "Газпром") for t, a, b in zip(parts.text, parts.start, parts.end))
    assert set(read_labelled(dev)["text"]).isdisjoint(set(read_labelled(test)["text"]))
    assert split_file(src, tmp_path / "again")[1].read_bytes() == test.read_bytes()


def test_split_file_reads_jsonl_and_names_a_line_without_text(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text("".join(json.dumps({"sentence": f"S {i}.", "from": 0, "to": 1, "polarity": 0})
                           + "\n" for i in range(50)), encoding="utf-8")
    dev, test = split_file(src, tmp_path / "p")
    assert len(dev.read_text().splitlines()) + len(test.read_text().splitlines()) == 50
    src.write_text(json.dumps({"from": 0}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"d.jsonl, line 1: no 'sentence' or 'text'"):
        split_file(src, tmp_path / "q")
