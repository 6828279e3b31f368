"""Tests for discourse.measure.frames: frame dictionaries, frame shares, the keyness re-export, docs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from discourse.measure.frames import (
    DOC_MARKER,
    STOPWORDS,
    Frame,
    frames_markdown,
    keyness_by_camp,
    load_frames,
    score_frames,
)

REPO = Path(__file__).resolve().parents[2]
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
        assert [lang for lang, _ in f.by_language] == ["en", "ru"], f.id
        assert all(20 <= len(seeds) <= 60 for _, seeds in f.by_language), f.id
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


def test_seeds_may_be_given_per_language_under_one_id(tmp_path):
    en = [f"word{i}" for i in range(20)]
    ru = [f"слово{i}" for i in range(20)]
    path = tmp_path / "frames.yaml"
    path.write_text(yaml.safe_dump({"frames": [
        {"id": "x", "label": "X", "family": "domain", "description": "d", "known_misses": "m",
         "seeds": {"en": en, "ru": ru}}]}, allow_unicode=True), encoding="utf-8")
    (frame,) = load_frames(path)
    assert frame.seeds == tuple(en + ru)
    out = score_frames(pd.DataFrame({"text": ["word3 and слово4", "nothing"]}), [frame])
    assert out["frame_x"].tolist() == [1.0, 0.0]
    path.write_text(yaml.safe_dump({"frames": [
        {"id": "x", "label": "X", "family": "domain", "description": "d", "known_misses": "m",
         "seeds": {"en": en, "ru": ru[:3]}}]}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="language 'ru': needs at least 20"):
        load_frames(path)


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
    # A tie is reported as a tie, never given to the frame listed first.
    assert out.loc[8, "frame_top"] == "a|b" and out.loc[8, "frame_a"] == 0.5
    assert out.loc[8, "frame_b"] == 0.5
    # "non-violent" is not "violent".
    assert out.loc[9, "frame_top"] == "b" and out.loc[9, "frame_b"] == 1.0


def test_a_tied_quote_does_not_go_to_the_first_listed_frame():
    # Issue 15: "Foreign interference in our internal affairs." has one word of each of three
    # frames; external_regulation is listed first in frames.yaml and used to win the tie.
    frames = load_frames()
    ids = [f.id for f in frames]
    out = score_frames(pd.DataFrame({"text": ["Foreign interference in our internal affairs."]}))
    top = out.loc[0, "frame_top"].split("|")
    assert len(top) > 1 and "foreign_interference" in top and "sovereignty" in top
    assert top == sorted(top, key=ids.index)  # every tied frame, in file order
    assert len({out.loc[0, f"frame_{f}"] for f in top}) == 1
    # Listing the frames the other way round changes nothing but the order of the names.
    rev = score_frames(pd.DataFrame({"text": ["Foreign interference in our internal affairs."]}),
                       frames[::-1])
    assert set(rev.loc[0, "frame_top"].split("|")) == set(top)


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


# ----------------------------------------------------------------------------- keyness, docs


def test_keyness_is_reexported_for_compatibility():
    # Moved to discourse.measure.keyness (tested in test_keyness.py); the old import path stays.
    from discourse.measure import keyness

    assert keyness_by_camp is keyness.keyness_by_camp and STOPWORDS is keyness.STOPWORDS
    q = pd.DataFrame({"camp": ["a", "r"], "text": ["b b b a", "a a b"]})
    assert list(keyness_by_camp(q, target="a", stopwords=())["feature"]) == ["b", "a"]


def test_docs_frames_md_is_consistent_with_the_yaml():
    doc = REPO / "docs" / "frames.md"
    text = doc.read_text(encoding="utf-8")
    assert DOC_MARKER in text
    generated = text.split(DOC_MARKER, 1)[1].lstrip("\n")
    assert generated == frames_markdown(load_frames()), (
        "docs/frames.md is out of date with data/frames.yaml; regenerate the part after the marker "
        "with discourse.measure.frames.frames_markdown()")
    for f in load_frames():
        assert f"### {f.label} (`{f.id}`)" in text and f.known_misses in text


def test_frames_markdown_lists_every_seed():
    f = _frame("x", "alpha", "beta gamma", "delt*")
    md = frames_markdown([f])
    assert "## Domain frames" in md and "`beta gamma`" in md and "`delt*`" in md
    assert md.endswith("\n")
