"""Acceptance on the seed article: extraction + attribution against the gold annotation.

Matching: character IoU >= 0.5 between gold and predicted [start, end), one-to-one, greedy by
IoU (highest first). Gold speaker null ↔ our speaker None; gold camp null ↔ our camp "unknown".
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from discourse.extract.actors import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers import attribute_speakers

GOLD = Path(__file__).resolve().parents[1] / "gold"
SEED = Path(__file__).resolve().parents[2] / "data" / "corpus" / "seed_union_state.txt"


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(gold: list[dict], pred: pd.DataFrame, threshold: float = 0.5) -> dict[str, int]:
    """Greedy one-to-one matching by IoU: gold id → row index of ``pred``."""
    cands = sorted(
        ((iou((g["start"], g["end"]), (r.start, r.end)), g["id"], i)
         for g in gold for i, r in enumerate(pred.itertuples())),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_g: set[str] = set()
    used_p: set[int] = set()
    out: dict[str, int] = {}
    for v, gid, i in cands:
        if v < threshold:
            break
        if gid in used_g or i in used_p:
            continue
        used_g.add(gid)
        used_p.add(i)
        out[gid] = i
    return out


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    arts = pd.DataFrame({"doc_id": ["seed_union_state"], "text": [text], "date": ["2020-09-20"]})
    pred = attribute_speakers(extract_quotes(arts), arts, load_actors())
    gold = [json.loads(line) for line in (GOLD / "seed_union_state.quotes.jsonl").open()]
    return text, pred, gold, match(gold, pred)


def _right(g: dict, row) -> bool:
    # gold null speaker (an unnamed "some say") <-> our empty string: unresolved
    return (row.speaker or None) == g["speaker"] and row.camp == (g["camp"] or "unknown")


def test_iou_helper():
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 10), (20, 30)) == 0.0


def test_offsets_are_exact(seed):
    text, pred, _, _ = seed
    for r in pred.itertuples():
        assert text[r.start : r.end] == r.text
        if r.mention_start >= 0:
            assert text[r.mention_start : r.mention_end] == r.speaker_mention


@pytest.mark.parametrize("kind", ["direct", "partial", "nested", "embedded"])
def test_every_marked_quote_found_with_speaker_and_camp(seed, kind):
    _, pred, gold, matched = seed
    for g in (g for g in gold if g["kind"] == kind):
        assert g["id"] in matched, f"{g['id']} not found: {g['text'][:60]!r}"
        row = pred.iloc[matched[g["id"]]]
        assert row.kind == kind, (g["id"], row.kind)
        assert _right(g, row), (g["id"], row.speaker, row.camp, g["speaker"], g["camp"])


def test_indirect_at_least_nine_of_ten(seed):
    _, pred, gold, matched = seed
    indirect = [g for g in gold if g["kind"] == "indirect"]
    assert len(indirect) == 10
    ok = [g["id"] for g in indirect
          if g["id"] in matched and _right(g, pred.iloc[matched[g["id"]]])]
    assert len(ok) >= 9, sorted({g["id"] for g in indirect} - set(ok))


def test_speaker_mentions_match_gold(seed):
    _, pred, gold, matched = seed
    wrong = [(g["id"], g["speaker_mention"], pred.iloc[matched[g["id"]]].speaker_mention)
             for g in gold if g["id"] in matched
             and pred.iloc[matched[g["id"]]].speaker_mention != g["speaker_mention"]]
    assert not wrong


def test_no_span_overlaps_a_not_quote(seed):
    text, pred, _, _ = seed
    for line in (GOLD / "seed_union_state.not_quotes.jsonl").open():
        item = json.loads(line)
        start = text.find(item["text"])
        assert start >= 0
        while start >= 0:
            end = start + len(item["text"])
            hits = pred[(pred["start"] < end) & (pred["end"] > start)]
            assert hits.empty, (item["text"], list(hits["text"]))
            start = text.find(item["text"], end)


def test_precision_on_seed(seed):
    """Every predicted span matches a gold quote (no false positives on the seed), except the
    reported clause of a mixed quote: English keeps it as ``indirect`` beside the quoted
    fragment (``partial``, in the gold) that it holds, with the fragment's speaker (issue 14;
    the seed's gold, annotated before, has the fragment only)."""
    text, pred, gold, matched = seed
    partials = [g for g in gold if g["kind"] == "partial"]

    def mixed_clause(r) -> bool:
        return r.kind == "indirect" and any(
            r.start <= g["start"] and g["end"] <= r.end and r.speaker == g["speaker"]
            for g in partials)

    extra = [r for i, r in enumerate(pred.itertuples()) if i not in set(matched.values())]
    assert all(mixed_clause(r) for r in extra), [r.text[:50] for r in extra
                                                 if not mixed_clause(r)]
    assert len(extra) <= 2
