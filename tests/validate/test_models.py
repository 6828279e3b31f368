"""Models: metrics against hand computation, data loading errors, save/load safety, the CLI, and
dev-split floors on NewsMTSC (skipped without ../shared)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import skops.io as sio
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.pipeline import Pipeline

from discourse.cli import models as cli_models
from discourse.measure.target_model import make_target_pipeline
from discourse.measure.targeted import ENGLISH
from discourse.validate.models import (
    DataError,
    evaluate_predictions,
    load_model,
    model_input,
    predict_rules,
    predict_table,
    read_labelled,
    save_model,
    synthetic_labelled,
    train_model,
    write_predictions,
)

NEWSMTSC = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "newsmtsc"


@pytest.fixture(scope="module")
def tiny():
    return synthetic_labelled(n_per_class=12, seed=0)


@pytest.fixture(scope="module")
def tiny_model(tiny):
    return train_model("sentiment", tiny, seed=0)


def write_jsonl(path: Path, df: pd.DataFrame, label_col: str = "polarity") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in df.to_dict("records"):
            fh.write(json.dumps({"sentence": r["text"], "from": int(r["start"]), "to": int(r["end"]),
                                 label_col: int(r["label"]), "id": r["id"]}) + "\n")
    return path


# --------------------------------------------------------------------------- metrics


def test_metrics_match_hand_computation():
    # gold  1 1 0 -1 | pred 1 0 0 -1
    # class -1: TP1 FP0 FN0 -> P1 R1 F1; class 0: TP1 FP1 FN0 -> P.5 R1 F2/3;
    # class 1: TP1 FP0 FN1 -> P1 R.5 F2/3; macro-F1 = (1 + 2/3 + 2/3) / 3 = 7/9
    m = evaluate_predictions([1, 1, 0, -1], [1, 0, 0, -1], n_boot=100, seed=0)
    assert m["macro_f1"] == pytest.approx(7 / 9)
    assert m["accuracy"] == pytest.approx(0.75)
    pc = m["per_class"]
    assert (pc["-1"]["precision"], pc["-1"]["recall"], pc["-1"]["f1"]) == (1.0, 1.0, 1.0)
    assert (pc["0"]["precision"], pc["0"]["recall"]) == (0.5, 1.0) and pc["0"]["f1"] == pytest.approx(2 / 3)
    assert (pc["1"]["precision"], pc["1"]["recall"]) == (1.0, 0.5) and pc["1"]["f1"] == pytest.approx(2 / 3)
    assert [pc[c]["support"] for c in ("-1", "0", "1")] == [1, 1, 2]
    assert m["confusion"] == [[1, 0, 0], [0, 1, 0], [0, 1, 1]]
    assert m["n"] == 4 and m["labels"] == [-1, 0, 1]


def test_absent_class_counts_as_zero_f1():
    # nothing is labelled or predicted 1: its F1 is 0 and still in the macro average
    m = evaluate_predictions([0, 0, -1, -1], [0, 0, -1, -1], n_boot=10)
    assert m["macro_f1"] == pytest.approx(2 / 3)
    assert m["per_class"]["1"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}


def test_bootstrap_cis_contain_the_estimate_and_are_seeded():
    rng = np.random.default_rng(5)
    y = rng.integers(-1, 2, size=200)
    pred = np.where(rng.random(200) < 0.7, y, rng.integers(-1, 2, size=200))
    a = evaluate_predictions(y, pred, n_boot=300, seed=7)
    for key in ("macro_f1", "accuracy"):
        lo, hi = a[f"{key}_ci"]
        assert lo <= a[key] <= hi and hi - lo > 0.01
    assert evaluate_predictions(y, pred, n_boot=300, seed=7) == a
    assert evaluate_predictions(y, pred, n_boot=300, seed=8)["macro_f1_ci"] != a["macro_f1_ci"]
    # resampling items: recompute the accuracy CI by another route
    r = np.random.default_rng(7)
    accs = []
    for _ in range(300):
        idx = r.integers(0, 200, size=200)
        accs.append(float((y[idx] == pred[idx]).mean()))
    assert a["accuracy_ci"] == pytest.approx(list(np.quantile(accs, [0.025, 0.975])))


def test_fast_bootstrap_metrics_agree_with_sklearn():
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

    from discourse.validate.models import _confusion_metrics

    rng = np.random.default_rng(0)
    for n in (5, 40, 300):
        y, pred = rng.integers(-1, 2, size=n), rng.integers(-1, 2, size=n)
        f1, acc, _ = _confusion_metrics(confusion_matrix(y, pred, labels=[-1, 0, 1]))
        assert f1 == pytest.approx(f1_score(y, pred, labels=[-1, 0, 1], average="macro", zero_division=0))
        assert acc == pytest.approx(accuracy_score(y, pred))


def test_metric_arguments_are_checked():
    with pytest.raises(ValueError, match="equal length"):
        evaluate_predictions([1, 0], [1])
    with pytest.raises(ValueError, match="'n_boot' parameter"):
        evaluate_predictions([1], [1], n_boot=0)
    with pytest.raises(ValueError, match=r"labels \[2\] are not in"):
        evaluate_predictions([1, 2], [1, 1])


# --------------------------------------------------------------------------- data


def test_load_newsmtsc_lines_and_label_words(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(
        json.dumps({"sentence": "Smith is great.", "from": 0, "to": 5, "polarity": 1, "id": "a"}) + "\n\n"
        + json.dumps({"sentence": "Jones lied.", "from": 0, "to": 5, "polarity": "negative"}) + "\n",
        encoding="utf-8")
    df = read_labelled(p)
    assert list(df.columns) == ["id", "text", "start", "end", "label", "line"]
    assert df["id"].tolist() == ["a", "1"] and df["label"].tolist() == [1, -1]
    assert df["line"].tolist() == [1, 3]


@pytest.mark.parametrize("record, message", [
    ({"from": 0, "to": 5, "polarity": 1}, r"line 2: missing or empty text field 'sentence' \(or 'text'\)"),
    ({"sentence": "Smith.", "from": 0, "to": 50, "polarity": 1}, r"line 2: offsets from=0, to=50 out"),
    ({"sentence": "Smith.", "from": 3, "to": 2, "polarity": 1}, r"line 2: offsets from=3, to=2"),
    ({"sentence": "Smith.", "polarity": 1}, r"line 2: missing field 'from'/'to'"),
    ({"sentence": "Smith.", "from": "x", "to": 2, "polarity": 1}, r"line 2: field 'from' must be an integer"),
    ({"sentence": "Smith.", "from": 0, "to": 5}, r"line 2: missing label field 'polarity'"),
    ({"sentence": "Smith.", "from": 0, "to": 5, "polarity": 2}, r"line 2: field 'polarity' must be -1"),
])
def test_bad_lines_name_file_line_and_field(tmp_path, record, message):
    p = tmp_path / "bad.jsonl"
    good = {"sentence": "Smith is great.", "from": 0, "to": 5, "polarity": 1}
    p.write_text(json.dumps(good) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        read_labelled(p)
    assert str(p) in str(err.value)


def test_invalid_json_names_the_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"sentence": "a", \n', encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.jsonl, line 1: not valid JSON"):
        read_labelled(p)


def test_quotes_table_with_target_column(tmp_path):
    p = tmp_path / "quotes.csv"
    p.write_text("quote_id,text,target,stance\n"
                 "q1,We condemn Lukashenko and his regime.,lukashenko,against\n"
                 "q2,The official Minsk is our closest ally.,lukashenko,favour\n", encoding="utf-8")
    df = read_labelled(p, label_col="stance")
    assert df["label"].tolist() == [-1, 1]
    assert df["text"][0][df["start"][0]:df["end"][0]].lower() == "lukashenko"
    assert df["line"].tolist() == [2, 3]
    pred = predict_rules("stance", df)
    assert pred["label"].tolist()[0] == -1
    bad = tmp_path / "bad.csv"
    bad.write_text("text,target,stance\nHello there.,lukashenko,none\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.csv, line 2: target 'lukashenko' is not mentioned"):
        read_labelled(bad, label_col="stance")
    bad.write_text("text,target,stance\nHello there.,nobody,none\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 2: field 'target' names an unknown target 'nobody'"):
        read_labelled(bad, label_col="stance")


# --------------------------------------------------------------------------- models and files


def test_model_learns_the_toy_set_and_predicts_in_range(tiny, tiny_model):
    pred = predict_table(tiny_model, tiny)
    assert list(pred.columns) == ["id", "label", "score"]
    assert (pred["label"] == tiny["label"].to_numpy()).mean() >= 0.9
    assert pred["score"].between(-1, 1).all()


def test_save_load_round_trip_gives_the_same_predictions(tiny, tiny_model, tmp_path):
    path = save_model(tiny_model, tmp_path / "m.skops")
    loaded = load_model(path)
    assert isinstance(loaded, Pipeline)
    pd.testing.assert_frame_equal(predict_table(loaded, tiny), predict_table(tiny_model, tiny))


def test_pickles_are_refused_unless_trusted(tiny, tiny_model, tmp_path):
    path = tmp_path / "m.pkl"
    path.write_bytes(pickle.dumps(tiny_model))
    with pytest.raises(ValueError, match=r"refusing to unpickle .*m.pkl: pickles can run arbitrary code; "
                       r"pass --trust-pickle"):
        load_model(path)
    pd.testing.assert_frame_equal(predict_table(load_model(path, trusted=True), tiny),
                                  predict_table(tiny_model, tiny))
    with pytest.raises(ValueError, match="saved with skops"):
        save_model(tiny_model, tmp_path / "m.joblib")


class Sneaky(TransformerMixin, BaseEstimator):
    """A type outside the allow-list."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return X


def test_skops_file_with_untrusted_types_is_refused(tmp_path):
    path = tmp_path / "sneaky.skops"
    sio.dump(Pipeline([("x", Sneaky())]), path)
    with pytest.raises(ValueError, match=r"refusing to load .*sneaky.skops.*test_models.Sneaky"):
        load_model(path)
    junk = tmp_path / "junk.skops"
    junk.write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="not a skops model file"):
        load_model(junk)
    with pytest.raises(FileNotFoundError):
        load_model(tmp_path / "missing.skops")


def test_model_saved_before_the_feature_class_moved_is_refused_with_a_hint(tmp_path, tiny_model):
    # a file written when TargetContextFeatures lived in measure.targeted: its schema names the
    # old path, where nothing lives now; the error says what moved and to retrain
    import zipfile

    new = tmp_path / "new.skops"
    save_model(tiny_model, new)
    old = tmp_path / "old.skops"
    with zipfile.ZipFile(new) as src, zipfile.ZipFile(old, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "schema.json":
                data = data.replace(b"discourse.measure.target_model", b"discourse.measure.targeted")
            dst.writestr(item, data)
    with pytest.raises(ValueError, match=r"moved to discourse\.measure\.target_model.*train the model again"):
        load_model(old)


def test_predictions_file_has_one_line_per_input(tmp_path):
    pred = pd.DataFrame({"id": ["a", "b"], "label": [1, -1], "score": [0.5, -0.25]})
    path = write_predictions(pred, tmp_path / "out" / "p.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == [{"id": "a", "label": 1, "score": 0.5},
                                               {"id": "b", "label": -1, "score": -0.25}]


def test_train_rejects_unknown_task_and_single_class(tiny):
    with pytest.raises(ValueError, match="'task' parameter must be one of"):
        train_model("emotion", tiny)
    with pytest.raises(ValueError, match="at least two classes"):
        train_model("stance", tiny[tiny["label"] == 1])


# --------------------------------------------------------------------------- CLI


def test_cli_train_then_evaluate(tiny, tmp_path, capsys):
    data = write_jsonl(tmp_path / "toy.jsonl", tiny)
    model = tmp_path / "toy.skops"
    assert cli_models.main(["train", "sentiment", "--data", str(data), "--out", str(model),
                            "--seed", "1"]) == 0
    assert model.is_file() and "trained sentiment model on 36 line(s)" in capsys.readouterr().out
    preds = tmp_path / "p.jsonl"
    assert cli_models.main(["evaluate", "sentiment", "--data", str(data), "--model", str(model),
                            "--predictions", str(preds), "--n-boot", "50", "--format", "json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["n"] == 36 and metrics["macro_f1"] >= 0.9 and metrics["method"].startswith("model")
    # the intervals resample sentences, not mentions
    assert metrics["bootstrap_unit"] == "group" and metrics["n_units"] == tiny["text"].nunique()
    records = [json.loads(x) for x in preds.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == tiny["id"].tolist()
    assert all(set(r) == {"id", "label", "score"} and r["label"] in (-1, 0, 1) for r in records)


@pytest.mark.parametrize("task", ["sentiment", "stance"])
def test_cli_evaluate_rules_without_model(tiny, tmp_path, capsys, task):
    data = write_jsonl(tmp_path / "toy.jsonl", tiny, label_col="label")
    preds = tmp_path / "p.jsonl"
    assert cli_models.main(["evaluate", task, "--data", str(data), "--predictions", str(preds),
                            "--n-boot", "50"]) == 0
    out = capsys.readouterr().out
    assert "untrained rules" in out and "macro-F1" in out and "95% CI" in out
    assert len(preds.read_text(encoding="utf-8").splitlines()) == len(tiny)


def test_cli_errors_name_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"sentence": "Smith.", "from": 0, "to": 99, "polarity": 1}) + "\n")
    assert cli_models.main(["train", "sentiment", "--data", str(bad), "--out", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "bad.jsonl, line 1: offsets" in err
    pkl = tmp_path / "m.pkl"
    pkl.write_bytes(b"whatever")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"sentence": "Smith.", "from": 0, "to": 5, "polarity": 1}) + "\n")
    assert cli_models.main(["evaluate", "stance", "--data", str(good), "--model", str(pkl),
                            "--predictions", str(tmp_path / "p.jsonl")]) == 2
    assert "refusing to unpickle" in capsys.readouterr().err


def test_every_cli_option_has_help():
    parser = cli_models.build_parser()
    subs = [a for a in parser._actions if hasattr(a, "choices") and isinstance(a.choices, dict)]
    parsers = []
    for action in subs:
        for p in action.choices.values():
            parsers.append(p)
            parsers += [q for a in p._actions if isinstance(getattr(a, "choices", None), dict)
                        for q in a.choices.values()]
    checked = 0
    for p in parsers:
        for a in p._actions:
            if a.option_strings and a.dest != "help" or a.dest == "task":
                assert a.help, f"{p.prog}: option {a.option_strings or a.dest} has no help"
                checked += 1
    assert checked >= 20


def test_register_returns_handlers_for_every_command():
    import argparse

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    ev_sub = sub.add_parser("evaluate").add_subparsers(dest="what")
    ev_sub.add_parser("quotes")
    handlers = cli_models.register(sub, ev_sub)
    assert set(handlers) == {"train", "evaluate stance", "evaluate sentiment"}
    args = parser.parse_args(["evaluate", "stance", "--data", "x", "--predictions", "y"])
    assert cli_models.command_key(args) == "evaluate stance"
    args = parser.parse_args(["train", "stance", "--data", "x", "--out", "y"])
    assert cli_models.command_key(args) == "train"


# --------------------------------------------------------------------------- NewsMTSC dev floors


@pytest.fixture(scope="module")
def newsmtsc():
    if not NEWSMTSC.is_dir():
        pytest.skip("../shared/datasets/newsmtsc is not present")
    return {name: read_labelled(NEWSMTSC / f"{name}.jsonl") for name in ("train", "rw-dev", "mt-dev")}


def test_trained_model_on_a_train_subset_beats_the_floors(newsmtsc):
    # a fixed quarter of the train split keeps this test fast; the full run is in bench/
    subset = newsmtsc["train"].iloc[::4]
    model = train_model("sentiment", subset, seed=0)
    rw = evaluate_predictions(newsmtsc["rw-dev"]["label"], predict_table(model, newsmtsc["rw-dev"])["label"],
                              n_boot=10)
    mt = evaluate_predictions(newsmtsc["mt-dev"]["label"], predict_table(model, newsmtsc["mt-dev"])["label"],
                              n_boot=10)
    # measured on this quarter: rw-dev 0.681, mt-dev 0.686 (0.666 and 0.618 before the role numbers
    # and the English word vectors; full train split: see bench/README.md)
    assert rw["macro_f1"] >= 0.65 and mt["macro_f1"] >= 0.65, (rw["macro_f1"], mt["macro_f1"])


# --------------------------------------------------------------------------- Russian (RuSentNE)

RUSENTNE = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "rusentne"
_RU_TEMPLATES = {
    1: ["{e} одержал блестящую победу на выборах.", "Мы благодарим {e} за большую помощь.",
        "{e} получил высокую награду за успешную работу."],
    -1: ["{e} обвинили в коррупции и мошенничестве.", "Суд приговорил {e} к тюремному сроку.",
         "{e} устроил кровавый теракт."],
    0: ["{e} прибыл в Москву в понедельник.", "{e} встретился с министром.",
        "Заседание провёл {e} в среду."],
}


def _ru_tsv(path, n_per_class=12):
    names = ["Иванов", "Петрова", "Сидоров", "Ковалёв"]
    rows = []
    for label, temps in _RU_TEMPLATES.items():
        for i in range(n_per_class):
            e = names[i % len(names)]
            s = temps[i % len(temps)].format(e=e)
            a = s.index(e)
            rows.append([s, e, "PERSON", a, a + len(e), label])
    with path.open("w", encoding="utf-8", newline="") as fh:
        import csv

        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["sentence", "entity", "entity_tag", "entity_pos_start_rel",
                    "entity_pos_end_rel", "label"])
        w.writerows(rows)
    return path


def test_rusentne_tsv_is_read_as_it_is_with_row_number_ids(tmp_path):
    df = read_labelled(_ru_tsv(tmp_path / "ru.tsv"))
    assert len(df) == 36 and df["id"].tolist()[:3] == ["0", "1", "2"]
    assert all(t[a:b] in ("Иванов", "Петрова", "Сидоров", "Ковалёв")
               for t, a, b in zip(df.text, df.start, df.end))
    # the kind of mention is kept for the Russian model (NewsMTSC files get no such column)
    assert list(df.columns) == ["id", "text", "start", "end", "label", "line", "entity_tag"]
    assert set(df["entity_tag"]) == {"PERSON"}
    bad = tmp_path / "bad.tsv"
    bad.write_text("sentence\tentity_pos_start_rel\tentity_pos_end_rel\tlabel\nАбв\t0\t9\t1\n",
                   encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.tsv, line 2: offsets entity_pos_start_rel=0, "
                       r"entity_pos_end_rel=9 out of range"):
        read_labelled(bad)


def test_f1_pn_is_the_mean_f1_of_positive_and_negative():
    m = evaluate_predictions([1, 1, 0, -1, -1, 0], [1, 0, 0, -1, 0, 1], n_boot=50)
    # F1(1) = 2*1/(2+2) = 0.5; F1(-1) = 2*1/(1+2) = 0.667
    assert m["f1_pn"] == pytest.approx((0.5 + 2 / 3) / 2)
    assert m["f1_pn_ci"][0] <= m["f1_pn"] <= m["f1_pn_ci"][1]
    assert np.isnan(evaluate_predictions([0, 1], [0, 1], labels=[0, 1], n_boot=5)["f1_pn"])


def test_both_models_read_the_mention_and_vectors_each_their_own(tmp_path, tiny):
    ru = read_labelled(_ru_tsv(tmp_path / "ru.tsv"))
    ru_model = train_model("sentiment", ru, seed=0, out=tmp_path / "ru.skops")
    # the Russian model blends a second, NB-scaled logistic regression (measure.nb_blend), which
    # fits the features itself
    features = ru_model.named_steps["clf"].features_
    steps = [name for name, *_ in features.transformers]
    assert "entity_chars" in steps and "vectors" in steps  # Navec vectors around the mention
    assert features.named_transformers_["vectors"].vectors == "navec_news"
    assert "entity_tag" in steps  # RuSentNE's kind of mention
    assert "roles" in steps  # where the mention stands, as in English
    assert (predict_table(ru_model, ru)["label"] == ru["label"]).mean() >= 0.9
    # it saves with skops and loads from the allow-list, predicting the same
    pd.testing.assert_frame_equal(predict_table(load_model(tmp_path / "ru.skops"), ru),
                                  predict_table(ru_model, ru))
    en_model = train_model("sentiment", tiny, seed=0, out=tmp_path / "en.skops")
    en_features = en_model.named_steps["features"]
    en_steps = [name for name, *_ in en_features.transformers]
    # the vectors learned here (data/vectors_en) and where the mention stands; no kinds
    assert "entity_chars" in en_steps and "roles" in en_steps and "entity_tag" not in en_steps
    assert en_features.named_transformers_["vectors"].vectors == "ppmi_en"
    # the 2 MB table is read from the data folder, not stored in the model file
    without = make_target_pipeline(**{**ENGLISH.model, "vectors": None}).fit(model_input(tiny),
                                                                             tiny["label"])
    save_model(without, tmp_path / "without.skops")
    grown = (tmp_path / "en.skops").stat().st_size - (tmp_path / "without.skops").stat().st_size
    assert 0 < grown < 100_000
    pd.testing.assert_frame_equal(predict_table(load_model(tmp_path / "en.skops"), tiny),
                                  predict_table(en_model, tiny))


def test_russian_model_with_word_vectors_saves_and_loads_without_the_table(tmp_path):
    ru = read_labelled(_ru_tsv(tmp_path / "ru.tsv"))
    model = train_model("sentiment", ru, seed=0, out=tmp_path / "ru.skops")
    # the 27 MB table is read from the installed wheel, not stored in the model file
    assert (tmp_path / "ru.skops").stat().st_size < 5_000_000
    loaded = load_model(tmp_path / "ru.skops")
    pd.testing.assert_frame_equal(predict_table(loaded, ru), predict_table(model, ru))


def test_cli_evaluate_russian_tsv_prints_f1_pn_and_row_ids(tmp_path, capsys):
    data = _ru_tsv(tmp_path / "ru.tsv")
    preds = tmp_path / "p.jsonl"
    assert cli_models.main(["evaluate", "sentiment", "--data", str(data), "--predictions",
                            str(preds), "--n-boot", "20"]) == 0
    out = capsys.readouterr().out
    assert "F1_PN" in out and "macro-F1" in out
    ids = [json.loads(x)["id"] for x in preds.read_text(encoding="utf-8").splitlines()]
    assert ids == [str(i) for i in range(36)]


def test_untrained_russian_rules_reach_the_floor_on_the_held_out_rusentne_part(tmp_path):
    if not (RUSENTNE / "train.tsv").is_file():
        pytest.skip("../shared/datasets/rusentne is not present")
    from discourse.validate.heldout import split_file

    _, test = split_file(RUSENTNE / "train.tsv", tmp_path)
    df = read_labelled(test)
    m = evaluate_predictions(df["label"], predict_rules("sentiment", df)["label"], n_boot=10)
    # measured 0.376 on these 1,352 held-out mentions (docs/validation.md, Russian measures)
    assert len(df) == 1352 and m["f1_pn"] >= 0.35, m["f1_pn"]


def test_grouped_bootstrap_resamples_whole_sentences():
    rng = np.random.default_rng(3)
    y = rng.integers(-1, 2, size=150)
    pred = np.where(rng.random(150) < 0.6, y, rng.integers(-1, 2, size=150))
    single = evaluate_predictions(y, pred, n_boot=300, seed=4)
    # every item its own group: the same draws, the same intervals
    own = evaluate_predictions(y, pred, n_boot=300, seed=4, groups=[f"s{i}" for i in range(150)])
    assert own["macro_f1_ci"] == single["macro_f1_ci"] and own["f1_pn_ci"] == single["f1_pn_ci"]
    assert (own["bootstrap_unit"], own["n_units"]) == ("group", 150)
    # each sentence labelled twice alike: resampling sentences gives the intervals of one copy,
    # resampling mentions pretends to twice the evidence (narrower)
    yy, pp, gg = np.repeat(y, 2), np.repeat(pred, 2), np.repeat(np.arange(150), 2)
    grouped = evaluate_predictions(yy, pp, n_boot=300, seed=4, groups=gg)
    assert grouped["macro_f1"] == pytest.approx(single["macro_f1"])
    assert grouped["macro_f1_ci"] == pytest.approx(single["macro_f1_ci"])
    assert grouped["accuracy_ci"] == pytest.approx(single["accuracy_ci"])
    items = evaluate_predictions(yy, pp, n_boot=300, seed=4)
    width = lambda m: m["macro_f1_ci"][1] - m["macro_f1_ci"][0]  # noqa: E731
    assert width(items) < width(grouped) and items["bootstrap_unit"] == "item"
    with pytest.raises(ValueError, match="groups has 3 keys for 150 items"):
        evaluate_predictions(y, pred, groups=[1, 2, 3])
