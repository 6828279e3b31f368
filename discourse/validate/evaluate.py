"""Score quote extraction and speaker attribution against gold annotations.

Two gold formats are read:

- **our JSONL**: ``NAME.quotes.jsonl`` beside ``NAME.txt``, one gold quote a line with ``start``,
  ``end``, ``kind``, and optionally ``speaker_mention`` (+ ``mention_start``/``mention_end``) and
  ``speaker`` (canonical);
- **brat standoff**: ``NAME.txt`` + ``NAME.ann`` with text-bound ``Source``, ``Cue`` and
  ``Content`` annotations linked by ``Attribution`` events (``E1\\tAttribution:T3 Source:T1
  Content:T2``) or relations (``R1\\tAttribution Arg1:T1 Arg2:T2``). Spans may be discontinuous
  (``Content 10 20;25 40``): each piece counts as its own gold quote, with the attribution's
  speaker.

Quotes fall into three categories, for gold and predictions alike:

- ``direct``: fully quoted content (our kinds ``direct``, ``nested``, ``embedded``; a brat Content
  whose text sits between quotation marks);
- ``mixed``: partly quoted (our kind ``partial``; a brat Content that contains quotation marks);
- ``indirect``: reported speech without quotation marks.

Matching is one-to-one and greedy (highest overlap first) within a document, on spans normalised
by stripping edge whitespace, punctuation and quotation marks. ``exact`` requires equal
normalised spans; ``iou`` requires character intersection-over-union >= 0.5. Precision of a
category is over the predictions of that category (matched to any gold quote), recall over the
gold quotes of that category (matched by any prediction). Speaker-mention accuracy is over matched
pairs whose gold has a mention: correct when the mention spans overlap with IoU >= 0.5 (after the
same normalisation); canonical-speaker accuracy is over matched pairs whose gold names one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

CATEGORIES = ("direct", "mixed", "indirect")
KIND_TO_CATEGORY = {"direct": "direct", "nested": "direct", "embedded": "direct",
                    "partial": "mixed", "mixed": "mixed", "indirect": "indirect",
                    "statement": "direct"}
QUOTE_MARKS = "\"'“”„‟«»‘’‚‛‹›「」『』"
_EDGE = set(QUOTE_MARKS) | set(" \t\r\n.,;:!?…-–—()[]")
GOLD_COLUMNS = ["doc_id", "start", "end", "category", "kind", "speaker_mention",
                "mention_start", "mention_end", "speaker", "cue"]
# Rows of the metrics table: each of CATEGORIES, then groups of them. ``quoted``: everything in
# quotation marks (direct and mixed); ``indirect_saying``: gold reported speech whose cue is a
# verb of saying (recall only: a prediction does not say which gold cue it answers).
GROUPS: dict[str, tuple[str, ...]] = {"quoted": ("direct", "mixed"), "indirect_saying": ("indirect",)}
# Words of a gold cue that make it a verb (or phrase) of saying, English and Russian stems.
SAYING_CUE = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|according|write|writes|wrote|written|add|adds|added|"
    r"note|notes|noted|argue|argues|argued|announce|announces|announced|state|states|stated|"
    r"claim|claims|claimed|explain|explains|explained|report|reports|reported|confirm|confirms|"
    r"confirmed|deny|denies|denied|warn|warns|warned|insist|insists|insisted|declare|declares|"
    r"declared|acknowledge|acknowledged|admit|admits|admitted|assert|asserted|allege|alleged|"
    r"stress|stressed|emphasi[sz]ed|remark|remarked|reply|replied|respond|responded|comment|"
    r"commented|tweet|tweeted|post|posted|quote|quoted)\b"
    r"|(?:заяв|сообщ|сказа|говор|по словам|по мнению|отмети|подчерк|добави|рассказ|объяв|"
    r"пиш|написа|цитир|признал|уточни|пояс|указа|считает|уверен|назва|обвини|отрица|опроверг)",
    re.IGNORECASE)


class GoldFormatError(ValueError):
    """A gold file does not follow the expected format; the message names file and line."""


@dataclass
class Gold:
    """Gold annotations: ``texts`` (doc_id → text) and ``quotes`` (columns :data:`GOLD_COLUMNS`)."""

    texts: dict[str, str]
    quotes: pd.DataFrame


# --- reading gold ------------------------------------------------------------------------------


def read_gold(path: str | Path) -> Gold:
    """Read gold annotations from a JSONL or ``.ann`` file, or a folder of them.

    Returns
    -------
    Gold
        ``texts`` keyed by doc_id (the text file name without extension) and ``quotes``, one row
        per gold span, sorted by ``doc_id, start, end``.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"Gold path {path} does not exist.")
    if path.is_dir():
        files = sorted(path.glob("*.quotes.jsonl")) + sorted(path.glob("*.ann"))
        if not files:
            raise GoldFormatError(f"{path}: no *.quotes.jsonl or *.ann gold files found.")
    else:
        files = [path]
    texts: dict[str, str] = {}
    rows: list[dict] = []
    for f in files:
        if f.name.endswith(".jsonl"):
            doc_id, text, gold = _read_jsonl_gold(f)
        elif f.suffix == ".ann":
            doc_id, text, gold = _read_brat(f)
        else:
            raise GoldFormatError(f"{f}: expected a .quotes.jsonl or .ann gold file.")
        texts[doc_id] = text
        rows.extend(gold)
    quotes = pd.DataFrame(rows, columns=GOLD_COLUMNS)
    quotes = quotes.sort_values(["doc_id", "start", "end"], kind="stable").reset_index(drop=True)
    return Gold(texts=texts, quotes=quotes)


def _text_beside(gold_file: Path, stem: str) -> tuple[str, str]:
    txt = gold_file.with_name(stem + ".txt")
    if not txt.exists():
        raise GoldFormatError(f"{gold_file}: its text {txt.name} is not beside it.")
    return stem, txt.read_bytes().decode("utf-8")


def _read_jsonl_gold(f: Path) -> tuple[str, str, list[dict]]:
    stem = f.name[: -len(".quotes.jsonl")] if f.name.endswith(".quotes.jsonl") else f.stem
    doc_id, text = _text_beside(f, stem)
    out = []
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            start, end, kind = int(rec["start"]), int(rec["end"]), str(rec["kind"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise GoldFormatError(f"{f}, line {n}: needs start, end and kind ({exc}).") from None
        if kind not in KIND_TO_CATEGORY:
            raise GoldFormatError(f"{f}, line {n}: unknown kind {kind!r}; "
                                  f"expected one of {sorted(KIND_TO_CATEGORY)}.")
        if not 0 <= start < end <= len(text):
            raise GoldFormatError(f"{f}, line {n}: span {start}-{end} outside the text.")
        mention = rec.get("speaker_mention") or ""
        ms, me = rec.get("mention_start"), rec.get("mention_end")
        if mention and ms is None:
            ms, me = _locate_mention(text, mention, start, end)
        out.append({"doc_id": doc_id, "start": start, "end": end,
                    "category": KIND_TO_CATEGORY[kind], "kind": kind,
                    "speaker_mention": mention, "mention_start": -1 if ms is None else int(ms),
                    "mention_end": -1 if me is None else int(me),
                    "speaker": rec.get("speaker") or "", "cue": rec.get("cue") or ""})
    return doc_id, text, out


def _locate_mention(text: str, mention: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Offsets of the occurrence of ``mention`` nearest to the quote (gold without offsets)."""
    best = None
    for m in re.finditer(re.escape(mention), text):
        dist = min(abs(m.start() - end), abs(start - m.end()))
        if best is None or dist < best[0]:
            best = (dist, m.start(), m.end())
    return (best[1], best[2]) if best else (None, None)


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$")


def _read_brat(f: Path) -> tuple[str, str, list[dict]]:
    doc_id, text = _text_beside(f, f.stem)
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    links: list[tuple[int, list[str]]] = []
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line[0] in "#AMN":
            continue
        if line[0] == "T":
            m = _T_LINE.match(line)
            if not m:
                raise GoldFormatError(f"{f}, line {n}: malformed text-bound annotation: {line!r}")
            pieces = []
            for piece in m.group(3).split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            if any(not 0 <= a <= b <= len(text) for a, b in pieces):
                raise GoldFormatError(f"{f}, line {n}: span {m.group(3)} outside the text.")
            spans[m.group(1)] = (m.group(2), pieces)
        elif line[0] in "ER":
            parts = line.split("\t")
            if len(parts) < 2:
                raise GoldFormatError(f"{f}, line {n}: malformed event/relation: {line!r}")
            ids = re.findall(r":(T\d+)", parts[1])
            links.append((n, ids))
    out = []
    linked_content: set[str] = set()
    for n, ids in links:
        unknown = [i for i in ids if i not in spans]
        if unknown:
            raise GoldFormatError(f"{f}, line {n}: refers to undefined annotation(s) {unknown}.")
        by_type: dict[str, list[str]] = {}
        for i in ids:
            by_type.setdefault(spans[i][0], []).append(i)
        source = by_type.get("Source", [None])[0]
        cue = by_type.get("Cue", [None])[0]
        cue_text = " ".join(text[a:b] for a, b in spans[cue][1]) if cue else ""
        ms, me, mention = -1, -1, ""
        if source:
            pieces = spans[source][1]
            ms, me = pieces[0][0], pieces[-1][1]
            mention = text[ms:me]
        for cid in by_type.get("Content", []):
            linked_content.add(cid)
            out.extend(_content_rows(doc_id, text, spans[cid][1], mention, ms, me, cue_text))
    # A Content without an attribution is still a gold quote (with no speaker).
    for tid, (typ, pieces) in spans.items():
        if typ == "Content" and tid not in linked_content:
            out.extend(_content_rows(doc_id, text, pieces, "", -1, -1))
    return doc_id, text, out


def _content_rows(doc_id, text, pieces, mention, ms, me, cue="") -> list[dict]:
    rows = []
    for a, b in pieces:
        category = _category_from_marks(text, a, b)
        rows.append({"doc_id": doc_id, "start": a, "end": b, "category": category,
                     "kind": category, "speaker_mention": mention, "mention_start": ms,
                     "mention_end": me, "speaker": "", "cue": cue})
    return rows


def _category_from_marks(text: str, start: int, end: int) -> str:
    """``direct`` if the span sits between quote marks, ``mixed`` if it contains some."""
    s, e = normalise_span(text, start, end)
    inner = text[s:e]
    before = text[max(0, start - 3):start] + text[start:s]
    after = text[e:end] + text[end:end + 3]
    if any(c in QUOTE_MARKS for c in before) and any(c in QUOTE_MARKS for c in after):
        if not any(c in "\"“”«»„" for c in inner):
            return "direct"
    if any(c in "\"“”«»„" for c in inner):
        return "mixed"
    return "indirect"


# --- matching and metrics ----------------------------------------------------------------------


def normalise_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past edge whitespace, punctuation and quotation marks."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character intersection over union of two half-open spans.

    >>> iou((0, 10), (5, 15))
    0.3333333333333333
    """
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]], *,
                mode: str = "iou", threshold: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one greedy matching: pairs ``(gold_index, pred_index)``, best overlap first.

    ``mode="exact"`` pairs equal spans only; ``mode="iou"`` pairs spans with IoU >= ``threshold``.
    Ties are broken by gold then prediction order, so the result is deterministic.

    >>> match_spans([(0, 10), (20, 30)], [(21, 30), (0, 4), (0, 9)])
    [(0, 2), (1, 0)]
    """
    if mode not in ("exact", "iou"):
        raise ValueError(f"mode must be 'exact' or 'iou'; got {mode!r}")
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            score = (1.0 if g == p else 0.0) if mode == "exact" else iou(g, p)
            if (mode == "exact" and score == 1.0) or (mode == "iou" and score >= threshold):
                cands.append((-score, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    """Precision over predictions, recall over gold, F1 (NaN where a side is empty)."""
    p = tp_pred / n_pred if n_pred else float("nan")
    r = tp_gold / n_gold if n_gold else float("nan")
    if not (n_pred and n_gold):
        return p, r, float("nan")
    return p, r, (2 * p * r / (p + r) if p + r > 0 else 0.0)


def _metric_row(mode: str, cat: str, flags_g, flags_p, ment, spk, right) -> dict:
    """Counts and rates for one category or group from ``(category, saying, correct)`` flags."""
    members = GROUPS.get(cat, (cat,))

    def pick(flags):
        return [ok for c, saying, ok in flags
                if (cat == "all" or c in members) and (cat != "indirect_saying" or saying)]

    gg, mm, ss, rr = pick(flags_g), pick(ment), pick(spk), pick(right)
    pp = [] if cat == "indirect_saying" else pick(flags_p)
    prec, rec, f1 = _prf(sum(pp), len(pp), sum(gg), len(gg))
    if cat == "indirect_saying":
        prec, f1 = float("nan"), float("nan")
    return {"match": "exact" if mode == "exact" else "iou>=0.5", "category": cat,
            "n_gold": len(gg), "n_pred": len(pp), "tp_gold": sum(gg), "tp_pred": sum(pp),
            "precision": prec, "recall": rec, "f1": f1,
            "n_mention": len(mm), "mention_accuracy": _rate(mm),
            "n_speaker": len(ss), "speaker_accuracy": _rate(ss),
            "n_speaker_right": len(rr), "speaker_right": _rate(rr)}


def _rate(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else float("nan")


def evaluate_quotes(gold: Gold, predictions: pd.DataFrame, *,
                    same_actor: Callable[[str, str], bool] | None = None,
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Compare predicted quotes with gold quotes.

    Parameters
    ----------
    gold : Gold
        From :func:`read_gold`.
    predictions : DataFrame
        ``discourse quotes`` records: ``doc_id, start, end, kind, speaker_mention, mention_start,
        mention_end, speaker``. Documents not in the gold are ignored.
    same_actor : callable (gold speaker, predicted speaker) -> bool, default=None
        Whether two speaker names are one actor (for gold names in another script or spelling:
        :func:`same_actor_in` of a registry); ``None`` compares the names, case-insensitively.

    Returns
    -------
    metrics : DataFrame
        One row per ``match`` (``exact``, ``iou>=0.5``) × ``category`` (``direct``, ``mixed``,
        ``indirect``, then the groups ``quoted`` = direct + mixed, ``indirect_saying`` = gold
        reported speech with a verb of saying as its cue (recall only), and ``all``):
        ``n_gold, n_pred, tp_gold, tp_pred, precision, recall, f1``; over matched pairs,
        ``n_mention, mention_accuracy`` (gold with a mention: the mention spans overlap with IoU
        >= 0.5), ``n_speaker, speaker_accuracy`` (gold naming an actor: the same actor), and
        ``n_speaker_right, speaker_right`` (gold with a mention or an actor: either is right).
    details : DataFrame
        One row per miss (``gold_only``) and false alarm (``pred_only``) under IoU matching:
        ``doc_id, status, category, start, end, text``.
    """
    if same_actor is None:
        def same_actor(a: str, b: str) -> bool:
            return a.casefold() == b.casefold()
    pred = predictions[predictions["doc_id"].isin(gold.texts)].copy()
    pred["category"] = pred["kind"].map(KIND_TO_CATEGORY).fillna("direct")
    rows, details = [], []
    for mode in ("exact", "iou"):
        flags_g, flags_p, ment, spk, right = [], [], [], [], []
        for doc_id, text in sorted(gold.texts.items()):
            g = gold.quotes[gold.quotes["doc_id"] == doc_id].reset_index(drop=True)
            p = pred[pred["doc_id"] == doc_id].reset_index(drop=True)
            gs = [normalise_span(text, a, b) for a, b in zip(g["start"], g["end"])]
            ps = [normalise_span(text, int(a), int(b)) for a, b in zip(p["start"], p["end"])]
            pairs = match_spans(gs, ps, mode=mode)
            mg = {i for i, _ in pairs}
            mp = {j for _, j in pairs}
            cues = g["cue"] if "cue" in g else [""] * len(g)
            saying = [c == "indirect" and isinstance(cue, str) and bool(SAYING_CUE.search(cue))
                      for c, cue in zip(g["category"], cues)]
            flags_g += [(c, saying[i], i in mg) for i, c in enumerate(g["category"])]
            flags_p += [(c, False, j in mp) for j, c in enumerate(p["category"])]
            for i, j in pairs:
                cat = g.at[i, "category"]
                mention_ok = speaker_ok = None
                if g.at[i, "mention_start"] >= 0:
                    mention_ok = False
                    if int(p.at[j, "mention_start"]) >= 0:
                        a = normalise_span(text, int(g.at[i, "mention_start"]), int(g.at[i, "mention_end"]))
                        b = normalise_span(text, int(p.at[j, "mention_start"]), int(p.at[j, "mention_end"]))
                        mention_ok = iou(a, b) >= 0.5
                    ment.append((cat, saying[i], mention_ok))
                if g.at[i, "speaker"]:
                    got = p.at[j, "speaker"] if isinstance(p.at[j, "speaker"], str) else ""
                    speaker_ok = bool(got) and same_actor(g.at[i, "speaker"], got)
                    spk.append((cat, saying[i], speaker_ok))
                if mention_ok is not None or speaker_ok is not None:
                    right.append((cat, saying[i], bool(mention_ok) or bool(speaker_ok)))
            if mode == "iou":
                for i in sorted(set(range(len(g))) - mg):
                    details.append({"doc_id": doc_id, "status": "gold_only", "category": g.at[i, "category"],
                                    "start": int(g.at[i, "start"]), "end": int(g.at[i, "end"]),
                                    "text": text[g.at[i, "start"]:g.at[i, "end"]]})
                for j in sorted(set(range(len(p))) - mp):
                    details.append({"doc_id": doc_id, "status": "pred_only", "category": p.at[j, "category"],
                                    "start": int(p.at[j, "start"]), "end": int(p.at[j, "end"]),
                                    "text": text[int(p.at[j, "start"]):int(p.at[j, "end"])]})
        for cat in (*CATEGORIES, *GROUPS, "all"):
            rows.append(_metric_row(mode, cat, flags_g, flags_p, ment, spk, right))
    det = pd.DataFrame(details, columns=["doc_id", "status", "category", "start", "end", "text"])
    return pd.DataFrame(rows), det


def same_actor_in(registry) -> Callable[[str, str], bool]:
    """Speaker names are one actor when equal (case-insensitive) or when the registry resolves
    both to the same actor: a gold "Сергей Лавров" and a predicted "Sergey Lavrov"."""

    def same(a: str, b: str) -> bool:
        if a.casefold() == b.casefold():
            return True
        actor_a, actor_b = registry.lookup(a), registry.lookup(b)
        return actor_a is not None and actor_a is actor_b

    return same


def predict_for_gold(gold: Gold, *, actors_file=None) -> pd.DataFrame:
    """Run our extractor and attribution on the gold texts (the ``discourse quotes`` records)."""
    from discourse.extract.actors import load_actors
    from discourse.extract.attributed import extract_attributed_quotes

    articles = pd.DataFrame({"doc_id": list(gold.texts), "text": list(gold.texts.values())})
    return extract_attributed_quotes(articles, actors=load_actors(actors_file))
