"""How often each attribution rule names the right speaker, and whether ``confidence`` says so.

    .venv/bin/python bench/attribution_rules.py wikinews_en --split dev

Runs ``extract_attributed_quotes`` on a gold split (texts from ``../shared``), matches predicted to
gold quotes (IoU >= 0.5, as ``bench/evaluate_gold.py``) and, for every matched quote, asks:

- **right speaker**: the predicted mention overlaps the gold mention (IoU >= 0.5), or the
  predicted speaker is the gold actor (same registry actor); a gold quote without mention and
  speaker is right when nothing is predicted either;
- **resolution right** (quotes the rule resolved to a registry actor): the actor is the gold
  speaker's, or at least its camp is the gold camp.

Prints one row per ``attribution`` rule (n, share right, mean confidence) and a reliability table
by confidence bin with the expected calibration error (ECE: the bins' gaps between mean confidence
and share right, weighted by their n), and writes them to
``bench/out/attribution_<set>_<split>.json``. ``--split devs`` pools every tuning split of the set
(``dev``, ``dev2``, ...; never ``test``) and adds a ``laplace`` column: ``(right + 1) / (n + 2)``
for the rules seen at least 5 times, the value ``RULE_CONFIDENCE`` (or a language's own table)
takes. Set the confidences from the pooled dev numbers; read the reliability table on ``test``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.gold_sets import SETS, available, materialize  # noqa: E402

BINS = [0.0, 0.35, 0.55, 0.7, 0.8, 0.9, 1.01]
# a rule seen fewer times than this on the pooled dev splits keeps its prior confidence
MIN_N = 5


def dev_splits(name: str) -> list[str]:
    """Every tuning split of a gold set (``dev``, ``dev2``, ...), in the index's order; no ``test``."""
    from tests.gold_sets import index

    return sorted({s for s in index(name)["split"] if s.startswith("dev")},
                  key=lambda s: int(s[3:] or 1))


def matched_quotes(name: str, split: str) -> pd.DataFrame:
    """One row per matched (gold, predicted) quote: rule, confidence, right, resolution.

    ``split`` ``devs`` pools every dev split (:func:`dev_splits`), one split at a time.
    """
    if split == "devs":
        return pd.concat([matched_quotes(name, s) for s in dev_splits(name)], ignore_index=True)
    from discourse.extract.actors import load_actors
    from discourse.validate.evaluate import (
        iou,
        match_spans,
        normalise_span,
        predict_for_gold,
        read_gold,
        same_actor_in,
    )

    with tempfile.TemporaryDirectory() as tmp:
        gold = read_gold(materialize(name, split, Path(tmp)))
        camps = {}
        for f in Path(tmp).glob("*.quotes.jsonl"):
            for line in f.open(encoding="utf-8"):
                rec = json.loads(line)
                camps[(f.name.split(".")[0], rec["start"], rec["end"])] = rec.get("camp") or ""
    registry = load_actors()
    same = same_actor_in(registry)
    pred = predict_for_gold(gold)
    rows = []
    for doc_id, text in sorted(gold.texts.items()):
        g = gold.quotes[gold.quotes["doc_id"] == doc_id].reset_index(drop=True)
        p = pred[pred["doc_id"] == doc_id].reset_index(drop=True)
        gs = [normalise_span(text, a, b) for a, b in zip(g["start"], g["end"], strict=True)]
        ps = [normalise_span(text, int(a), int(b)) for a, b in zip(p["start"], p["end"],
                                                                     strict=True)]
        for i, j in match_spans(gs, ps, mode="iou"):
            gm, pm = int(g.at[i, "mention_start"]), int(p.at[j, "mention_start"])
            mention_ok = gm >= 0 and pm >= 0 and iou(
                normalise_span(text, gm, int(g.at[i, "mention_end"])),
                normalise_span(text, pm, int(p.at[j, "mention_end"]))) >= 0.5
            gspk, pspk = g.at[i, "speaker"] or "", p.at[j, "speaker"] or ""
            actor_ok = bool(gspk) and bool(pspk) and same(gspk, pspk)
            if gm < 0 and not gspk:
                right = not pspk and pm < 0
            else:
                right = mention_ok or actor_ok
            gcamp = camps.get((doc_id, int(g.at[i, "start"]), int(g.at[i, "end"])), "")
            resolved = p.at[j, "camp"] != "unknown"
            rows.append({"doc_id": doc_id, "category": g.at[i, "category"],
                         "rule": p.at[j, "attribution"], "confidence": p.at[j, "confidence"],
                         "right": right, "resolved": resolved,
                         "resolution_right": (actor_ok or p.at[j, "camp"] == gcamp)
                         if resolved else None})
    return pd.DataFrame(rows)


def tables(m: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per rule, per confidence bin) summaries of :func:`matched_quotes`."""
    by_rule = m.groupby("rule").agg(
        n=("right", "size"), right=("right", "mean"), confidence=("confidence", "mean"),
        n_resolved=("resolved", "sum"),
        resolution_right=("resolution_right", lambda s: s.dropna().mean() if s.notna().any()
                          else float("nan")),
    ).sort_values("n", ascending=False)
    by_rule["laplace"] = [round((r * n + 1) / (n + 2), 2) if n >= MIN_N else float("nan")
                          for r, n in zip(by_rule["right"], by_rule["n"], strict=True)]
    m = m.assign(bin=pd.cut(m["confidence"], BINS, right=False))
    by_bin = m.groupby("bin", observed=True).agg(
        n=("right", "size"), mean_confidence=("confidence", "mean"), right=("right", "mean"))
    return by_rule, by_bin


def ece(by_bin: pd.DataFrame) -> float:
    """Expected calibration error: ``sum(n_bin * |mean confidence - share right|) / n``."""
    gaps = (by_bin["mean_confidence"] - by_bin["right"].astype(float)).abs()
    return float((gaps * by_bin["n"]).sum() / by_bin["n"].sum())


def ece_if_calibrated(m: pd.DataFrame, draws: int = 1000, seed: int = 14) -> tuple[float, float]:
    """(mean, 95th percentile) of the ECE the same quotes would show were ``confidence`` exact.

    Each quote is drawn right with probability its confidence (seeded, so the numbers repeat):
    the ECE a calibrated column still shows on this many quotes, from the noise of small bins.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    conf = m["confidence"].to_numpy(dtype=float)
    bins = pd.cut(m["confidence"], BINS, right=False).cat.codes.to_numpy()
    out = []
    for _ in range(draws):
        right = rng.random(len(conf)) < conf
        gap = 0.0
        for b in np.unique(bins):
            sel = bins == b
            gap += abs(conf[sel].mean() - right[sel].mean()) * sel.sum()
        out.append(gap / len(conf))
    return float(np.mean(out)), float(np.percentile(out, 95))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name", choices=SETS)
    ap.add_argument("--split", default="dev",
                    choices=("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                             "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16",
                             "devs", "test", "all"))
    args = ap.parse_args()
    if not available():
        sys.exit("../shared is not present: the gold texts cannot be read.")
    m = matched_quotes(args.name, args.split)
    by_rule, by_bin = tables(m)
    noise = ece_if_calibrated(m)
    with pd.option_context("display.width", 200):
        print(by_rule.round(3).to_string())
        print()
        print(by_bin.round(3).to_string())
        print(f"\nECE {ece(by_bin):.3f} over {int(by_bin['n'].sum())} matched quotes; "
              f"a calibrated column would show {noise[0]:.3f} (95th percentile {noise[1]:.3f})")
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"attribution_{args.name}_{args.split}.json").write_text(json.dumps({
        "by_rule": by_rule.reset_index().to_dict("records"),
        "by_bin": by_bin.reset_index().astype({"bin": str}).to_dict("records"),
        "ece": ece(by_bin), "ece_if_calibrated": noise[0], "ece_if_calibrated_p95": noise[1],
    }, indent=1, default=str) + "\n", encoding="utf-8")
    if args.split != "test":
        # the matched rows (doc_id, rule, confidence, right), to re-bin without re-running
        m.drop(columns=["resolution_right"]).to_csv(
            out / f"attribution_{args.name}_{args.split}_rows.csv", index=False)


if __name__ == "__main__":
    main()
