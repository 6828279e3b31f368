"""Floors on the English Wikinews gold (tests/gold/wikinews_en/, issue 14): quote extraction and
attribution as ``discourse quotes`` runs them, scored as ``bench/evaluate_gold.py`` scores them
(IoU >= 0.5). Each floor sits a little under what was measured (docs/validation.md), so a change
that loses ground fails here. Rules were tuned on ``dev`` to ``dev12`` only; ``test`` was never
tuned on.
Skips without ``../shared`` (the texts of the gold set live there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.extract.actors import load_actors
from discourse.validate.evaluate import evaluate_quotes, predict_for_gold, read_gold, same_actor_in
from tests.gold_sets import available, materialize

# split -> metric -> floor. Measured on main (docs/validation.md), in the order direct F1, direct
# mention, all F1, indirect after a verb of saying, all mention (n matched direct with a gold
# mention): dev 0.980, 0.919, 0.892, 0.898, 0.946 (74); dev2 0.956, 0.981, 0.841, 0.875, 0.924
# (54); dev3 1.000, 0.981, 0.899, 0.881, 0.910 (54); test 0.994, 0.881, 0.830, 0.689, 0.900 (84).
# dev was tuned on for both parts; dev2 for speakers, then reported speech; dev3 for reported
# speech, then speakers; test never. dev4 (fresh text, annotator O, issue 14; tuned on for both
# parts after it was annotated): 0.943, 0.939, 0.869, 0.897, 0.910 (33); test then 0.994, 0.881,
# 0.828, 0.680, 0.900 (84). dev5 (fresh text, annotator O, issue 14: the right speaker mention;
# measured once before any tuning: 0.962, 0.880, 0.845, 0.747, 0.871 (25)), after the speaker
# round tuned on dev..dev5: 0.962, 1.000, 0.845, 0.747, 0.968 (25); dev then 0.980, 0.932, 0.892,
# 0.898, 0.955 (74), dev2..dev4 unchanged; test unchanged, 0.994, 0.881, 0.828, 0.680, 0.900 (84).
# dev6 (fresh text rich in direct quotes, annotator P, issue 14: the speaker of direct quotes;
# measured once before any tuning on main bdae619: 0.982, 0.902, 0.809, 0.649, 0.871 (51)), after
# the speaker round tuned on dev..dev6: 0.982, 1.000, 0.809, 0.649, 0.940 (51); dev then 0.980,
# 0.986, 0.898, 0.898, 0.973 (74); test 0.994, 0.893, 0.830, 0.689, 0.905 (84). Reported speech
# round 8 (branch en-saying8, tuned on dev6's misses): dev6 0.982, 1.000, 0.894, 0.807 (57 saying
# reports), 0.948; dev..dev5 unchanged or better; test 0.994, 0.893, 0.833, 0.689, 0.907.
# dev7 (fresh text, annotator V, issue 14: the speaker of direct quotes; its "direct" holds 64
# direct quotes and 39 interview turns annotated `embedded`, which the extractor does not find;
# measured once before any tuning on main dd7ebf5: 0.707, 0.867, 0.741, 0.806, 0.870 (60)),
# after the speaker round tuned on dev..dev7 (branch en-speakers9): 0.707, 0.950, 0.741, 0.806,
# 0.917 (60); dev..dev6 unchanged but dev5's all mentions 0.961 -> 0.971. Interview answers
# under a ((Label)) (extract/quotes/interview.py, tuned on dev7's three interviews): dev7 0.950
# (103 direct and embedded), 0.960 (99 matched, the answers now among them), 0.820, 0.806, 0.926;
# dev5's all mentions 0.981; dev..dev4 and dev6 unchanged. Reported speech round 10 (fragments
# whose naming verb stands further back, branch en-saying10): all F1 dev 0.902, dev2 0.882, dev3
# 0.902, dev5 0.908, dev6 0.897, dev7 0.831 (mixed recall up on each); saying recall and test
# unchanged (test 0.994, 0.893, 0.836, 0.697, 0.907). dev8 (fresh text, annotator W, issue 14:
# the speaker of direct quotes; 31 direct quotes, 4 embedded, 4 nested; measured once before any
# tuning on main 8f54c20: 0.932, 0.853, 0.825, 0.855, 0.881 (34), 0.886 after one offset slip of
# the annotation was mended), after the speaker round tuned on dev..dev8 (branch en-speakers10):
# 0.932, 0.941, 0.825, 0.855, 0.935 (34); dev6's all mentions 0.956, dev7's 0.931; the rest and
# test unchanged (test 0.994, 0.893, 0.836, 0.697, 0.907). Reported speech round 12 (branch
# en-saying12, tuned on the fifth NewsMTSC set's dev part): saying recall dev3 0.893, dev7 0.833,
# test 0.721 (122; read once, at the end). Round 15 (branch en-saying13, tuned on the sixth
# set's dev part and the other dev parts): saying recall dev2 0.938, dev7 0.852, all F1 dev7
# 0.849, dev8 0.838; test 0.738 (122; read once, at the end), all F1 0.843. dev9 (fresh whole
# articles of political news, annotator X; 10 direct quotes; first reading on main 5b8f20d:
# 0.947, 0.889 (9), 0.742, 0.724 (58), 0.932 (59)), after the whole-article round tuned on it
# (branch en-dev9): 0.947, 0.889, 0.815, 0.828, 0.970 (66); dev7 all F1 0.855; test 0.994,
# 0.893, 0.845, 0.746 (122; read once, at the end), 0.914. dev10 (fresh whole articles, annotator
# Y; 17 direct quotes and 19 interview answers; first reading on main 5b46fff: 0.875, 0.926 (27),
# 0.808, 0.857 (49), 0.840 (81)), after the round on what recurs (branch en-dev10): 0.875, 0.963,
# 0.847, 0.857, 0.878 (82); test 0.994, 0.905, 0.848, 0.754 (122; read once, at the end), 0.923.
# dev11 (fresh whole articles, annotator Z; 22 direct quotes; first reading on main 1a50e77:
# 0.974, 0.857 (21), 0.811, 0.759 (54), 0.878 (74)), after the round on what recurs (branch
# en-dev11): 0.974, 0.857, 0.857, 0.833, 0.875 (80); test 0.994, 0.905, 0.849, 0.754 (122; read
# once, at the end), 0.923. dev12 (the 22 articles left, annotator AA; 10 direct quotes; first
# reading on main 304eecc: 1.000, 0.900 (10), 0.778, 0.711 (45), 0.854 (48)), after the round on
# speakers of direct quotes and reports (branch en-dev12): 1.000, 1.000, 0.840, 0.822, 0.907 (54);
# dev11 then 0.974, 0.905, 0.857, 0.833, 0.887; test unchanged, 0.994, 0.905, 0.849, 0.754 (122;
# read once, at the end), 0.923. The round on how far reports reach (branch en-dev13: "according
# to" mid-sentence, claim nouns with "of", objects before the author's clause, named topics):
# saying recall dev4 0.974, dev6 0.895, dev7 0.935, dev9 0.914, dev11 0.870, dev12 0.844; all F1
# dev9 0.883, dev11 0.878, dev12 0.848; test unchanged (read once, at the end).
FLOORS = {
    "dev": {"direct_f1": 0.95, "direct_mention": 0.90, "all_f1": 0.86, "saying_recall": 0.86,
            "all_mention": 0.93},
    "dev2": {"direct_f1": 0.93, "direct_mention": 0.96, "all_f1": 0.81, "saying_recall": 0.90,
             "all_mention": 0.91},
    "dev3": {"direct_f1": 0.95, "direct_mention": 0.96, "all_f1": 0.86, "saying_recall": 0.87,
             "all_mention": 0.89},
    "dev4": {"direct_f1": 0.92, "direct_mention": 0.90, "all_f1": 0.84, "saying_recall": 0.96,
             "all_mention": 0.88},
    "dev5": {"direct_f1": 0.93, "direct_mention": 0.96, "all_f1": 0.81, "saying_recall": 0.71,
             "all_mention": 0.93},
    "dev6": {"direct_f1": 0.95, "direct_mention": 0.96, "all_f1": 0.86, "saying_recall": 0.88,
             "all_mention": 0.91},
    "dev7": {"direct_f1": 0.92, "direct_mention": 0.93, "all_f1": 0.82, "saying_recall": 0.92,
             "all_mention": 0.90},
    "dev8": {"direct_f1": 0.91, "direct_mention": 0.92, "all_f1": 0.80, "saying_recall": 0.83,
             "all_mention": 0.92},
    "dev9": {"direct_f1": 0.90, "direct_mention": 0.85, "all_f1": 0.86, "saying_recall": 0.90,
             "all_mention": 0.93},
    "dev10": {"direct_f1": 0.85, "direct_mention": 0.92, "all_f1": 0.82, "saying_recall": 0.83,
              "all_mention": 0.85},
    "dev11": {"direct_f1": 0.95, "direct_mention": 0.83, "all_f1": 0.86, "saying_recall": 0.86,
              "all_mention": 0.85},
    "dev12": {"direct_f1": 0.95, "direct_mention": 0.95, "all_f1": 0.83, "saying_recall": 0.83,
              "all_mention": 0.88},
    "test": {"direct_f1": 0.95, "direct_mention": 0.86, "all_f1": 0.78, "saying_recall": 0.72,
             "all_mention": 0.88},
}
# matched direct quotes whose gold names a mention: the mention floors are over these
N_DIRECT_MENTION = {"dev": 74, "dev2": 54, "dev3": 54, "dev4": 33, "dev5": 25, "dev6": 51,
                    "dev7": 99, "dev8": 34, "dev9": 9, "dev10": 27, "dev11": 21,
                    "dev12": 10, "test": 84}


@pytest.fixture(scope="module")
def registry():
    return load_actors()


def _measure(split: str, tmp: Path, registry) -> dict[str, float]:
    gold = read_gold(materialize("wikinews_en", split, tmp))
    metrics, _ = evaluate_quotes(gold, predict_for_gold(gold), same_actor=same_actor_in(registry))
    m = metrics[metrics["match"] == "iou>=0.5"].set_index("category")
    return {"direct_f1": m.at["direct", "f1"], "direct_mention": m.at["direct", "mention_accuracy"],
            "all_f1": m.at["all", "f1"], "saying_recall": m.at["indirect_saying", "recall"],
            "all_mention": m.at["all", "mention_accuracy"],
            "n_gold": int(m.at["all", "n_gold"]), "n_direct_mention": int(m.at["direct", "n_mention"])}


@pytest.mark.parametrize("split", ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8",
                                   "dev9", "dev10", "dev11", "dev12", "test"])
def test_wikinews_en_scores_stay_above_their_floors(split, tmp_path, registry):
    if not available():
        pytest.skip("../shared is not present: the gold texts cannot be read")
    got = _measure(split, tmp_path, registry)
    assert got["n_gold"] == {"dev": 258, "dev2": 177, "dev3": 180, "dev4": 141, "dev5": 120,
                              "dev6": 169, "dev7": 339, "dev8": 253, "dev9": 86,
                              "dev10": 106, "dev11": 99, "dev12": 70, "test": 284}[split]
    assert got["n_direct_mention"] == N_DIRECT_MENTION[split]
    low = {k: round(got[k], 3) for k, floor in FLOORS[split].items() if got[k] < floor}
    assert not low, f"{split}: under the floor {FLOORS[split]}: {low}"
