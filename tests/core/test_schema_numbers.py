"""The report's attribution caveat quotes held-out numbers (``schema.HELD_OUT_ATTRIBUTION``):
they must be the ones the rules give now, so a change to the rules that moves a held-out number
fails here until the caveat says so (a reader of the report cites it). Measured as
``bench/evaluate_gold.py <set> --split test`` measures them; skips without ``../shared``."""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.core.schema import HELD_OUT_ATTRIBUTION, MEASURES
from discourse.extract.actors import load_actors
from discourse.validate.evaluate import evaluate_quotes, predict_for_gold, read_gold, same_actor_in
from tests.gold_sets import available, index, materialize


def _measured(name: str, tmp: Path) -> dict[str, float]:
    gold = read_gold(materialize(name, "test", tmp))
    metrics, _ = evaluate_quotes(gold, predict_for_gold(gold),
                                 same_actor=same_actor_in(load_actors()))
    m = metrics[metrics["match"] == "iou>=0.5"].set_index("category")
    return {"articles": int((index(name)["split"] == "test").sum()),
            "attributions": int(m.at["all", "n_gold"]),
            "direct_f1": round(float(m.at["direct", "f1"]), 2),
            "quoted_f1": round(float(m.at["quoted", "f1"]), 2),
            "all_f1": round(float(m.at["all", "f1"]), 2),
            "speaker_right": round(float(m.at["all", "speaker_right"]), 2)}


@pytest.mark.parametrize(("lang", "name"), [("en", "wikinews_en"), ("ru", "wikinews_ru")])
def test_the_reports_held_out_numbers_are_those_measured_now(lang, name, tmp_path):
    if not available():
        pytest.skip("../shared is not present: the gold texts cannot be read")
    got = _measured(name, tmp_path)
    stated = HELD_OUT_ATTRIBUTION[lang]
    differ = {k: (v, got[k]) for k, v in stated.items() if got[k] != v}
    assert not differ, (f"schema.HELD_OUT_ATTRIBUTION[{lang!r}] (stated, measured): {differ}; "
                        "update it and docs/validation.md")


def test_the_caveat_states_every_held_out_number():
    caveat = MEASURES["attribution"]["caveat"]
    for numbers in HELD_OUT_ATTRIBUTION.values():
        for key, value in numbers.items():
            shown = str(value) if key in ("articles", "attributions") else f"{value:.2f}"
            assert shown in caveat, f"{key} {shown} missing from the attribution caveat"
