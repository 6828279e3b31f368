"""Evaluation metrics against hand-computed cases, on a handmade brat example and our JSONL gold."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from discourse.validate.evaluate import (
    GoldFormatError,
    evaluate_quotes,
    iou,
    match_spans,
    normalise_span,
    read_gold,
)
from tests.conftest import GOLD_DIR, SEED_TEXT

TEXT = ('"We will win," Smith said. She added that taxes would fall.\n'
        '"We are open," she said. "But not to pressure."\n'
        'Critics called it a "bad idea" and left.\n')


def _span(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


@pytest.fixture()
def brat_gold(tmp_path):
    g1, smith, said = _span("We will win,"), _span("Smith"), _span("said")
    taxes, she = _span("taxes would fall"), _span("She")
    open_, not_, she2 = _span("We are open,"), _span("But not to pressure."), _span("she")
    ann = "\n".join([
        f"T1\tContent {g1[0]} {g1[1]}\tWe will win,",
        f"T2\tSource {smith[0]} {smith[1]}\tSmith",
        f"T3\tCue {said[0]} {said[1]}\tsaid",
        "E1\tAttribution:T3 Source:T2 Content:T1",
        f"T4\tContent {taxes[0]} {taxes[1]}\ttaxes would fall",
        f"T5\tSource {she[0]} {she[1]}\tShe",
        "R1\tAttribution Arg1:T5 Arg2:T4",
        f"T6\tContent {open_[0]} {open_[1]};{not_[0]} {not_[1]}\tWe are open, But not to pressure.",
        f"T7\tSource {she2[0]} {she2[1]}\tshe",
        "E2\tAttribution Source:T7 Content:T6",
    ]) + "\n"
    (tmp_path / "ex.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "ex.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def _pred(spans, kind, mention):
    rows = []
    for (s, e), k, m in zip(spans, kind, mention):
        rows.append({"doc_id": "ex", "start": s, "end": e, "kind": k,
                     "speaker_mention": TEXT[m[0]:m[1]] if m else "",
                     "mention_start": m[0] if m else -1, "mention_end": m[1] if m else -1,
                     "speaker": ""})
    return pd.DataFrame(rows)


def test_brat_reader_splits_discontinuous_content(brat_gold):
    gold = read_gold(brat_gold / "ex.ann")
    q = gold.quotes
    assert len(q) == 4
    assert list(q["category"]) == ["direct", "indirect", "direct", "direct"]
    pieces = q[q["speaker_mention"] == "she"]
    assert [TEXT[s:e] for s, e in zip(pieces["start"], pieces["end"])] == [
        "We are open,", "But not to pressure."]


def test_metrics_match_hand_computation(brat_gold):
    gold = read_gold(brat_gold)
    not_ = _span("But not to pressure.")
    pred = _pred(
        spans=[_span("We will win,"),                 # exact match of gold 1, mention right
               (not_[0], not_[1] - 9),                # "But not to" vs "But not to pressure": IoU 10/19
               _span("bad idea"),                     # false alarm
               _span("Critics called it")],           # false alarm, indirect
        kind=["direct", "direct", "direct", "indirect"],
        mention=[_span("Smith"), _span("Critics"), None, None],
    )
    metrics, details = evaluate_quotes(gold, pred)
    m = metrics.set_index(["match", "category"])
    # IoU >= 0.5: direct gold 3 (2 found), direct predictions 3 (2 right)
    assert m.loc[("iou>=0.5", "direct"), ["n_gold", "tp_gold", "n_pred", "tp_pred"]].tolist() == [3, 2, 3, 2]
    assert m.loc[("iou>=0.5", "direct"), "precision"] == pytest.approx(2 / 3)
    assert m.loc[("iou>=0.5", "direct"), "recall"] == pytest.approx(2 / 3)
    assert m.loc[("iou>=0.5", "direct"), "f1"] == pytest.approx(2 / 3)
    assert m.loc[("iou>=0.5", "indirect"), ["precision", "recall", "f1"]].tolist() == [0.0, 0.0, 0.0]
    assert m.loc[("iou>=0.5", "all"), ["precision", "recall", "f1"]].tolist() == [0.5, 0.5, 0.5]
    assert math.isnan(m.loc[("iou>=0.5", "mixed"), "precision"])
    # exact: only the first prediction matches (edge quote marks and commas are ignored)
    assert m.loc[("exact", "direct"), "precision"] == pytest.approx(1 / 3)
    assert m.loc[("exact", "all"), ["precision", "recall"]].tolist() == [0.25, 0.25]
    # speaker mentions on the two IoU matches: Smith right, "Critics" wrong
    assert m.loc[("iou>=0.5", "all"), "n_mention"] == 2
    assert m.loc[("iou>=0.5", "all"), "mention_accuracy"] == 0.5
    assert sorted(details["status"]) == ["gold_only", "gold_only", "pred_only", "pred_only"]


def test_span_helpers():
    assert iou((0, 10), (0, 10)) == 1.0 and iou((0, 5), (5, 10)) == 0.0
    t = ' “Hello, world,” '
    s, e = normalise_span(t, 0, len(t))
    assert t[s:e] == "Hello, world"
    assert match_spans([(0, 10)], [(0, 10), (0, 9)], mode="exact") == [(0, 0)]
    with pytest.raises(ValueError, match="mode must be"):
        match_spans([], [], mode="fuzzy")


def test_jsonl_gold_needs_its_text_and_valid_lines(tmp_path):
    (tmp_path / "a.quotes.jsonl").write_text(json.dumps({"start": 0, "end": 3, "kind": "direct"}) + "\n")
    with pytest.raises(GoldFormatError, match="a.txt is not beside it"):
        read_gold(tmp_path / "a.quotes.jsonl")
    (tmp_path / "a.txt").write_text("abc def")
    (tmp_path / "a.quotes.jsonl").write_text(json.dumps({"start": 0, "end": 3, "kind": "quote"}) + "\n")
    with pytest.raises(GoldFormatError, match=r"line 1: unknown kind 'quote'"):
        read_gold(tmp_path / "a.quotes.jsonl")


def test_evaluate_command_on_the_seed_fixture(tmp_path):
    import shutil
    import subprocess
    import sys

    from tests.conftest import REPO

    shutil.copy(SEED_TEXT, tmp_path / "seed_union_state.txt")
    shutil.copy(GOLD_DIR / "seed_union_state.quotes.jsonl", tmp_path)
    proc = subprocess.run([sys.executable, "-m", "discourse.cli", "evaluate", "quotes", "--gold",
                           str(tmp_path), "--details", "--format", "json"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    rows = {(r["match"], r["category"]): r for r in out["metrics"]}
    assert rows[("iou>=0.5", "all")]["n_gold"] == 25
    assert rows[("iou>=0.5", "direct")]["recall"] == 1.0
    assert rows[("iou>=0.5", "indirect")]["tp_gold"] >= 9
    assert rows[("iou>=0.5", "all")]["speaker_accuracy"] >= 0.95


def test_predictions_are_the_attributed_quotes_of_the_gold_texts(tmp_path):
    import shutil

    from discourse.extract.attributed import extract_attributed_quotes
    from discourse.validate.evaluate import predict_for_gold

    shutil.copy(SEED_TEXT, tmp_path / "seed_union_state.txt")
    shutil.copy(GOLD_DIR / "seed_union_state.quotes.jsonl", tmp_path)
    gold = read_gold(tmp_path)
    articles = pd.DataFrame({"doc_id": ["seed_union_state"],
                             "text": [SEED_TEXT.read_bytes().decode("utf-8")]})
    pd.testing.assert_frame_equal(predict_for_gold(gold), extract_attributed_quotes(articles))


def test_groups_saying_recall_and_speaker_right_through_the_registry(tmp_path):
    from discourse.extract.actors import load_actors
    from discourse.validate.evaluate import same_actor_in

    text = ("Lavrov said that talks would resume. It is reported that prices rose. "
            "“We are ready,” Lavrov said.")
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")

    def rec(sub, kind, cue, mention, speaker):
        s = text.index(sub)
        m = text.index(mention) if mention else -1
        return {"kind": kind, "start": s, "end": s + len(sub), "cue": cue, "speaker": speaker,
                "speaker_mention": mention, "mention_start": m,
                "mention_end": m + len(mention) if mention else -1}

    gold = [rec("talks would resume", "indirect", "said", "Lavrov", "Сергей Лавров"),
            rec("prices rose", "indirect", "", "", None),
            rec("We are ready,", "direct", "said", "", "Sergei Lavrov")]
    (tmp_path / "d.quotes.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n")
    g = read_gold(tmp_path)
    assert list(g.quotes["cue"]) == ["said", "", "said"]
    pred = pd.DataFrame([
        {"doc_id": "d", "start": gold[0]["start"], "end": gold[0]["end"], "kind": "indirect",
         "speaker_mention": "Lavrov", "mention_start": 0, "mention_end": 6, "speaker": "Sergey Lavrov"},
        {"doc_id": "d", "start": gold[2]["start"], "end": gold[2]["end"], "kind": "direct",
         "speaker_mention": "", "mention_start": -1, "mention_end": -1, "speaker": "Sergey Lavrov"},
    ])
    by_name, _ = evaluate_quotes(g, pred)
    m = by_name.set_index(["match", "category"]).loc["iou>=0.5"]
    # the report without a cue is not counted among those introduced by a verb of saying
    assert m.loc["indirect_saying", ["n_gold", "recall"]].tolist() == [1, 1.0]
    assert math.isnan(m.loc["indirect_saying", "precision"])
    assert m.loc["quoted", ["n_gold", "tp_gold"]].tolist() == [1, 1]
    # by name, "Сергей Лавров" and "Sergei Lavrov" are not "Sergey Lavrov"; the mention still is
    assert m.loc["all", "speaker_accuracy"] == 0.0 and m.loc["all", "speaker_right"] == 0.5
    registry = load_actors()
    if registry.lookup("Sergei Lavrov") is not None and registry.lookup("Сергей Лавров") is not None:
        by_actor, _ = evaluate_quotes(g, pred, same_actor=same_actor_in(registry))
        assert by_actor.set_index(["match", "category"]).loc[("iou>=0.5", "all"), "speaker_right"] == 1.0
    else:  # the Latin spelling resolves at least
        same = same_actor_in(registry)
        assert same("Sergei Lavrov", "Sergey Lavrov") and not same("Sergei Lavrov", "Dmitry Peskov")
