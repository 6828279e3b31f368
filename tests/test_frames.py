"""Tests for discourse.frames: frame dictionaries, frame shares, keyness; UN known groups."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency

from discourse.frames import (
    STOPWORDS,
    Frame,
    keyness_by_camp,
    load_frames,
    score_frames,
)

SHARED_CANDIDATES = [Path("/work/shared"), Path(__file__).resolve().parents[2] / "shared"]
SEEDS_A = tuple(f"filler{i}" for i in range(18))


def _frame(fid: str, *seeds: str) -> Frame:
    return Frame(id=fid, label=fid.title(), family="domain", description="test",
                 seeds=tuple(seeds), known_misses="")


# ----------------------------------------------------------------------------- loading


def test_default_frames_are_the_15_policy_frames_plus_domain_frames():
    frames = load_frames()
    policy = [f.id for f in frames if f.family == "policy"]
    domain = [f.id for f in frames if f.family == "domain"]
    assert len(policy) == 15 and policy[-1] == "other"
    assert {"economic", "morality", "legality", "security_defense", "political",
            "external_regulation", "cultural_identity", "public_opinion"} <= set(policy)
    assert set(domain) >= {"sovereignty", "foreign_interference", "democracy_elections",
                           "repression_human_rights", "economic_ties", "security"}
    for f in frames:
        assert 20 <= len(f.seeds) <= 60, f.id
        assert f.description and f.known_misses and f.label


def _write_frames(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "frames.yaml"
    path.write_text("frames:\n" + body, encoding="utf-8")
    return path


def _entry(fid: str, family: str = "domain", seeds: list[str] | None = None) -> str:
    seeds = seeds if seeds is not None else [f"word{i}" for i in range(20)]
    return (f"  - id: {fid}\n    label: L\n    family: {family}\n    description: d\n"
            f"    known_misses: m\n    seeds: {seeds!r}\n")


def test_loader_errors_name_file_entry_and_field(tmp_path):
    path = _write_frames(
        tmp_path,
        _entry("fine")
        + _entry("fam", family="frame")
        + _entry("short", seeds=["a", "b"])
        + _entry("hyphen", seeds=["non-interference"] + [f"w{i}" for i in range(19)])
        + _entry("fine"),
    )
    with pytest.raises(ValueError) as err:
        load_frames(path)
    msg = str(err.value)
    assert "frames.yaml, entry 2 ('fam'): field 'family'" in msg
    assert "entry 3 ('short'): field 'seeds'" in msg and "at least 20" in msg
    assert "entry 4 ('hyphen'): field 'seeds'" in msg and "non-interference" in msg
    assert "entry 5 ('fine'): id 'fine' is a duplicate" in msg
    assert "entry 1" not in msg
    assert len(load_frames(_write_frames(tmp_path, _entry("fine")))) == 1


# ----------------------------------------------------------------------------- frame shares


def test_shares_of_a_hand_made_sentence():
    frames = [
        _frame("econ", "sanction*", "trade", "economic losses"),
        _frame("law", "illegal", "international law", "law"),
        _frame("rights", "human rights", "rights"),
    ]
    text = ("Illegal sanctions violate international law and human rights, "
            "and the economic losses from sanctioned trade are huge; rights matter.")
    # econ: sanctions, economic losses, sanctioned, trade = 4
    # law: illegal, international law (one hit, "law" not counted again) = 2
    # rights: human rights (one hit), rights = 2      -> total 8
    out = score_frames(pd.DataFrame({"text": [text]}), frames)
    assert out.loc[0, "frame_econ"] == pytest.approx(4 / 8)
    assert out.loc[0, "frame_law"] == pytest.approx(2 / 8)
    assert out.loc[0, "frame_rights"] == pytest.approx(2 / 8)
    assert out.loc[0, "frame_top"] == "econ"


def test_no_hits_ties_and_non_prefix():
    frames = [_frame("a", "alpha", "violent"), _frame("b", "beta", "non violent")]
    q = pd.DataFrame({"text": ["Nothing here.", "alpha beta", "A non-violent protest.", None]},
                     index=[7, 8, 9, 10])
    out = score_frames(q, frames)
    assert list(out.index) == [7, 8, 9, 10]
    assert out.loc[7, ["frame_a", "frame_b"]].tolist() == [0.0, 0.0]
    assert out.loc[7, "frame_top"] == "" and out.loc[10, "frame_top"] == ""
    # A tie goes to the frame listed first.
    assert out.loc[8, "frame_top"] == "a" and out.loc[8, "frame_a"] == 0.5
    # "non-violent" is not "violent".
    assert out.loc[9, "frame_top"] == "b" and out.loc[9, "frame_b"] == 1.0


def test_default_frames_on_a_sentence():
    out = score_frames(pd.DataFrame(
        {"text": ["We reject any interference in our internal affairs and defend our sovereignty."]}
    ))
    # sovereignty: "internal affairs", "sovereignty" (and not "interference", which is
    # foreign_interference): sovereignty is the top frame.
    assert out.loc[0, "frame_top"] == "sovereignty"
    cols = [c for c in out.columns if c.startswith("frame_") and c != "frame_top"]
    assert sum(out.loc[0, cols]) == pytest.approx(1.0)


def test_score_frames_rejects_bad_input():
    with pytest.raises(ValueError, match="'text_col' parameter of score_frames"):
        score_frames(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(ValueError, match="list of Frame"):
        score_frames(pd.DataFrame({"text": ["x"]}), ["economic"])


# ----------------------------------------------------------------------------- keyness


@pytest.fixture
def toy() -> pd.DataFrame:
    # quanteda's textstat_keyness test corpus.
    return pd.DataFrame({"camp": ["a", "r"], "text": ["b b b b b b b a a a", "a a a a a a a b b"]})


def test_log_odds_on_the_quanteda_toy_example_by_hand(toy):
    got = keyness_by_camp(toy, target="a", stopwords=()).set_index("feature")
    # Pooled counts: a = 3 + 7 = 10, b = 7 + 2 = 9; prior 0.01 -> alpha_a = 0.10, alpha_b = 0.09,
    # a0 = 0.19; n_t = 10, n_r = 9.
    d_b = math.log(7.09 / (10.19 - 7.09)) - math.log(2.09 / (9.19 - 2.09))
    z_b = d_b / math.sqrt(1 / 7.09 + 1 / 2.09)
    d_a = math.log(3.10 / (10.19 - 3.10)) - math.log(7.10 / (9.19 - 7.10))
    z_a = d_a / math.sqrt(1 / 3.10 + 1 / 7.10)
    assert got.loc["b", "log_odds"] == pytest.approx(d_b)
    assert got.loc["b", "z"] == pytest.approx(z_b)
    assert got.loc["a", "log_odds"] == pytest.approx(d_a)
    assert got.loc["a", "z"] == pytest.approx(z_a)
    assert (got.loc["b", "n_target"], got.loc["b", "n_reference"]) == (7, 2)
    assert (got.loc["a", "n_target"], got.loc["a", "n_reference"]) == (3, 7)


def test_keyness_ordering_columns_and_attrs(toy):
    out = keyness_by_camp(toy, target="a", stopwords=())
    assert list(out.columns) == ["feature", "log_odds", "z", "n_target", "n_reference"]
    assert list(out["feature"]) == ["b", "a"]
    assert out.attrs["target"] == "a" and out.attrs["reference"] == "all other groups"
    # Reversing the comparison reverses the order; ties in z are broken by feature.
    assert list(keyness_by_camp(toy, target="r", stopwords=())["feature"]) == ["a", "b"]
    tie = pd.DataFrame({"camp": ["a", "r"], "text": ["y x", "z w"]})
    assert list(keyness_by_camp(tie, target="a", stopwords=())["feature"]) == ["x", "y", "w", "z"]


def test_chi2_matches_scipy(toy):
    got = keyness_by_camp(toy, target="a", measure="chi2", stopwords=()).set_index("feature")
    chi2, p, _, _ = chi2_contingency([[7, 3], [2, 7]])
    assert got.loc["b", "chi2"] == pytest.approx(chi2)
    assert got.loc["b", "p"] == pytest.approx(p)
    assert got.loc["a", "chi2"] == pytest.approx(-chi2)


def test_prior_series_stopwords_and_min_count(toy):
    prior = pd.Series({"a": 5.0, "b": 1.0})
    got = keyness_by_camp(toy, target="a", prior=prior, stopwords=()).set_index("feature")
    d_b = math.log(8 / (10 + 6 - 8)) - math.log(3 / (9 + 6 - 3))
    assert got.loc["b", "log_odds"] == pytest.approx(d_b)
    with pytest.raises(ValueError, match="positive background count"):
        keyness_by_camp(toy, target="a", prior=pd.Series({"a": 1.0}), stopwords=())
    # The default stopword list removes "a"; min_count drops rare words.
    assert "a" in STOPWORDS
    assert list(keyness_by_camp(toy, target="a")["feature"]) == ["b"]
    q = pd.DataFrame({"camp": ["x", "y"], "text": ["Russia's sanctions 2020 rare", "sanctions"]})
    out = keyness_by_camp(q, target="x", min_count=2)
    assert list(out["feature"]) == ["sanctions"]
    assert set(keyness_by_camp(q, target="x")["feature"]) == {"russia", "sanctions", "rare"}


def test_keyness_reference_camp_and_errors():
    q = pd.DataFrame({"camp": ["a", "b", "c", None],
                      "text": ["peace peace", "war", "peace war war", "ignored words"]})
    out = keyness_by_camp(q, target="a", reference="b")
    assert set(out["feature"]) == {"peace", "war"}
    assert out.set_index("feature").loc["war", "n_reference"] == 1
    assert out.attrs["reference"] == "b"
    everyone = keyness_by_camp(q, target="a").set_index("feature")
    assert everyone.loc["war", "n_reference"] == 3  # b and c, not the row without a camp
    with pytest.raises(ValueError, match=r"'measure' parameter .* Got 'chi'"):
        keyness_by_camp(q, target="a", measure="chi")
    with pytest.raises(ValueError, match=r"must be one of \['a', 'b', 'c'\]; got 'z'"):
        keyness_by_camp(q, target="z")
    with pytest.raises(ValueError, match="'prior'"):
        keyness_by_camp(q, target="a", prior=0)


# ----------------------------------------------------------------------------- UN known groups


@pytest.fixture(scope="module")
def un_corpus() -> pd.DataFrame:
    root = next((p / "corpora" / "ungdc_2014_2024" for p in SHARED_CANDIDATES
                 if (p / "corpora" / "ungdc_2014_2024" / "metadata.csv").is_file()), None)
    if root is None:
        pytest.skip("shared UN General Debate corpus not available")
    meta = pd.read_csv(root / "metadata.csv")
    western = {"USA", "GBR", "FRA", "DEU", "POL", "LTU", "LVA", "EST", "EU"}
    meta["camp"] = meta["iso3"].map(
        lambda c: "rus_blr" if c in {"RUS", "BLR"} else "western" if c in western else None
    )
    meta = meta.dropna(subset=["camp"]).reset_index(drop=True)
    meta["text"] = [(root / f).read_text(encoding="utf-8") for f in meta["file"]]
    return meta


def test_un_keyness_directions(un_corpus):
    k = keyness_by_camp(un_corpus, target="rus_blr", reference="western", min_count=5)
    z = k.set_index("feature")["z"]
    # Distinctive of Russia + Belarus (measured: nato 9.6, unilateral 7.5, sanctions 7.1,
    # west 12.9, interference 5.5).
    for word in ("nato", "unilateral", "sanctions", "west", "interference"):
        assert z[word] > 2, word
    # Distinctive of Western delegations (measured: rights -6.9, human -6.9, aggression -4.6,
    # territorial -2.6).
    for word in ("rights", "human", "aggression", "territorial"):
        assert z[word] < -2, word
    assert k["z"].is_monotonic_decreasing


def test_un_sovereignty_frame_share_is_higher_for_rus_blr(un_corpus):
    from discourse.stats import permutation_test

    out = score_frames(un_corpus)
    by = out.groupby("camp")["frame_sovereignty"]
    means = by.mean()
    assert means["rus_blr"] > means["western"]
    p = permutation_test(by.get_group("rus_blr"), by.get_group("western"), n_perm=2000, seed=0)
    assert p < 0.05
    # Foreign interference is also a Russian/Belarusian frame; human rights a Western one.
    fi = out.groupby("camp")[["frame_foreign_interference", "frame_repression_human_rights"]]
    m = fi.mean()
    assert m.loc["rus_blr", "frame_foreign_interference"] > m.loc["western",
                                                                  "frame_foreign_interference"]
    assert m.loc["rus_blr", "frame_repression_human_rights"] < m.loc[
        "western", "frame_repression_human_rights"]
    assert np.isfinite(out.filter(like="frame_").drop(columns="frame_top").to_numpy()).all()
