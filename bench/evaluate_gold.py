"""Quote extraction and attribution against the hand-annotated gold sets of ``tests/gold/``.

    .venv/bin/python bench/evaluate_gold.py wikinews_en --split dev [--details out.csv] [--lenient]

Writes the gold texts beside their annotations (from ``../shared``, sha256 checked), runs
``extract_attributed_quotes`` on them as ``discourse quotes`` does, and prints the metrics of
:func:`discourse.validate.evaluate.evaluate_quotes` under IoU >= 0.5 matching: precision, recall
and F1 per category (``quoted`` = direct + mixed; ``indirect_saying`` = reported speech after a
verb of saying, recall only), the speaker mention, the actor, and "either right". Speakers are
compared as actors of the registry, so a gold "Сергей Лавров" matches a predicted "Sergey Lavrov".
Writes the numbers to ``bench/out/gold_<set>_<split>.json``. Tune on ``dev`` (and ``dev2``, English);
report ``test``. ``--lenient`` also prints the mention accuracy of matched direct quotes strict
(the table's) and lenient (the same person named with another boundary, an appositive kept or
dropped: :func:`tests.newsmtsc_gold.lenient_mentions`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.gold_sets import SETS, available, materialize  # noqa: E402

COLUMNS = ["category", "n_gold", "n_pred", "precision", "recall", "f1", "n_mention",
           "mention_accuracy", "n_speaker", "speaker_accuracy", "n_speaker_right", "speaker_right"]


def evaluate(name: str, split: str, *, details: Path | None = None, lenient: bool = False):
    """Metrics (IoU >= 0.5) of one gold set split; the misses and false alarms to ``details``;
    with ``lenient``, also ``(metrics, rates)``: :func:`tests.newsmtsc_gold.mention_rates` of the
    matched direct quotes."""
    from discourse.extract.actors import load_actors
    from discourse.validate.evaluate import (
        evaluate_quotes,
        predict_for_gold,
        read_gold,
        same_actor_in,
    )

    with tempfile.TemporaryDirectory() as tmp:
        gold = read_gold(materialize(name, split, Path(tmp)))
    registry = load_actors()
    pred = predict_for_gold(gold)
    metrics, det = evaluate_quotes(gold, pred, same_actor=same_actor_in(registry))
    metrics = metrics[metrics["match"] == "iou>=0.5"][COLUMNS].reset_index(drop=True)
    if details is not None:
        det.to_csv(details, index=False)
    if lenient:
        from tests.newsmtsc_gold import lenient_mentions, mention_rates

        return metrics, mention_rates(lenient_mentions(gold, pred))
    return metrics


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name", choices=SETS)
    ap.add_argument("--split", default="dev",
                    choices=("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                             "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "test", "all"))
    ap.add_argument("--details", type=Path, help="CSV of misses and false alarms")
    ap.add_argument("--lenient", action="store_true",
                    help="also the strict and lenient mention accuracy of matched direct quotes")
    args = ap.parse_args()
    if not available():
        sys.exit("../shared is not present: the gold texts cannot be read.")
    rates = None
    if args.lenient:
        metrics, rates = evaluate(args.name, args.split, details=args.details, lenient=True)
    else:
        metrics = evaluate(args.name, args.split, details=args.details)
    import pandas as pd

    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(metrics.round(3).to_string(index=False))
    if rates is not None:
        print(f"direct mention, matched: n={rates['n']} strict {rates['strict']:.3f} "
              f"lenient {rates['lenient']:.3f}")
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"gold_{args.name}_{args.split}.json").write_text(
        json.dumps(metrics.to_dict("records"), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
