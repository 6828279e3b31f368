"""Tables and fields of the pipeline, described once.

Every stage ends with :func:`enforce_schema`, so a missing column fails at the stage that dropped
it, with the table and column named. ``docs/columns.md`` is generated from :data:`FIELDS`
(:func:`columns_markdown`; a test keeps it in sync and checks that every column of
``tables/quotes.csv`` is described). Names in angle brackets stand for a family of columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

KINDS: tuple[str, ...] = ("direct", "partial", "nested", "embedded", "indirect")
CAMPS: tuple[str, ...] = (
    "russian_official",
    "belarusian_official",
    "opposition",
    "western",
    "ukrainian_official",
    "other",
    "unknown",
)

FIELDS: dict[str, dict] = {
    "doc_id": {"type": "string", "description": "document id: file name without extension, or id column"},
    "text": {"type": "string", "description": "text exactly as read (decoded, nothing else changed)"},
    "outlet": {"type": "string", "description": "news outlet or source; 'unknown' when not given"},
    "date": {"type": "string", "description": "publication date, ISO 8601 (YYYY-MM-DD); empty when unknown"},
    "title": {"type": "string", "description": "headline or title"},
    "url": {"type": "string", "description": "source URL when known"},
    "lang": {"type": "string", "description": "language of the article (ISO 639-1: en, ru): the "
             "corpus's lang or language metadata, else detected from the text's script and "
             "function words; quotes carry their article's"},
    "source_path": {"type": "string", "description": "file the document was read from"},
    "encoding": {"type": "string", "description": "character encoding the file was decoded from"},
    "speaker": {"type": "string", "description": "canonical actor name; empty when unresolved"},
    "quote_id": {"type": "string", "description": "doc_id:start-end, unique"},
    "start": {"type": "int", "description": "character offset of the span start in the article text"},
    "end": {"type": "int", "description": "character offset of the span end (exclusive)"},
    "kind": {"type": "string", "enum": KINDS, "description": "quote kind, see ANNOTATION.md"},
    "cue": {"type": "string", "description": "reporting verb or phrase that introduces the quote"},
    "speaker_mention": {"type": "string", "description": "in-text words that attribute the quote"},
    "mention_start": {"type": "int", "description": "offset of the speaker mention; -1 when none"},
    "mention_end": {"type": "int", "description": "end offset of the speaker mention; -1 when none"},
    "camp": {"type": "string", "enum": CAMPS, "description": "camp of the speaker at the article date"},
    "attribution": {"type": "string", "description": "which rule attributed the speaker"},
    "confidence": {"type": "number", "range": (0.0, 1.0),
                   "description": "how often the rule's speaker (mention or actor) is right: calibrated "
                   "per rule on the Wikinews gold of the article's language (English dev and dev2, "
                   "Russian dev to dev12; docs/validation.md); 0.0 when there is no speaker"},
    "_rule": {"type": "string", "description": "syntactic rule that found speaker_mention: "
              "cue_after, cue_before, according_to, previous_sentence, embedded_signature, or "
              "none"},
    "_cue_start": {"type": "int", "description": "offset of the cue in the article text; -1 (or "
                   "empty) when none"},
    "_cue_end": {"type": "int", "description": "end offset of the cue; -1 (or empty) when none"},
    "_parent": {"type": "int", "description": "for a nested quote, start offset of the quote "
                "around it; -1 (or empty) otherwise"},
    "n_words": {"type": "int", "description": "words in the span (split on white space)"},
    "n_tokens": {"type": "int", "description": "words as keyness counts them "
                 "(discourse.text.tokenize), in the unit's own text (nested quotes cut out)"},
    "sentiment": {"type": "number", "range": (-1.0, 1.0), "description": "mean VADER compound "
                  "score of the span's sentences that carry sentiment (0 when none does); nested "
                  "quotes cut out"},
    "sentiment_label": {"type": "string", "enum": ("positive", "neutral", "negative"),
                        "description": "sentiment by VADER's thresholds (+-0.05); empty without "
                        "text"},
    "stance_<target>": {"type": "string", "enum": ("favour", "against", "none"),
                        "description": "stance toward the target (data/targets.yaml): favour "
                        "when the span has more favour than against mentions of it, against for "
                        "the reverse, none otherwise (also when not mentioned)"},
    "stance_<target>_score": {"type": "number", "range": (-1.0, 1.0), "description": "mean "
                              "stance score of the target's mentions in the span (a mention "
                              "without evaluative words scores 0); empty (NaN) when not "
                              "mentioned"},
    "stance_<target>_mentions": {"type": "int", "description": "mentions of the target in the "
                                 "span (nested quotes cut out)"},
    "stance_<target>_favour": {"type": "int", "description": "of them, mentions labelled favour"},
    "stance_<target>_against": {"type": "int", "description": "of them, mentions labelled "
                                "against (the rest are neither)"},
    "frame_<frame>": {"type": "number", "range": (0.0, 1.0), "description": "share of the span's "
                      "frame words that belong to the frame (data/frames.yaml, docs/frames.md); "
                      "nested quotes cut out"},
    "frame_top": {"type": "string", "description": "id of the frame with the largest share; "
                  "tied frames all listed, joined by '|' (a tie is never broken by list order); "
                  "empty without frame words"},
    "skipped_path": {"type": "string", "description": "file or row that was skipped"},
    "reason": {"type": "string", "description": "why it was skipped"},
}

TABLES: dict[str, dict] = {
    "articles": {
        "fields": ["doc_id", "text", "outlet", "date", "title", "url", "lang", "source_path"],
        "primary_key": ["doc_id"],
    },
    "statements": {
        "fields": ["doc_id", "speaker", "text", "date"],
        "primary_key": ["doc_id"],
    },
    "quotes": {
        "fields": [
            "quote_id", "doc_id", "start", "end", "text", "kind", "cue",
            "speaker_mention", "mention_start", "mention_end", "lang",
        ],
        "primary_key": ["quote_id"],
    },
    "attributed": {
        "fields": [
            "quote_id", "doc_id", "start", "end", "text", "kind", "cue",
            "speaker_mention", "mention_start", "mention_end", "speaker", "camp",
            "attribution", "confidence", "lang",
        ],
        "primary_key": ["quote_id"],
    },
    "summaries": {
        "fields": ["camp", "measure", "n", "mean", "ci_low", "ci_high"],
        "primary_key": ["camp", "measure"],
    },
    "skipped": {"fields": ["skipped_path", "reason"], "primary_key": []},
}

# Caveats printed beside each measurement in the report. ``validated`` says whether the measure has
# been checked against human judgement on news quotes; the report shows it next to every number.
# What the report says about attribution: the held-out gold splits (tests/gold/, never tuned on)
# as `bench/evaluate_gold.py <set> --split test` measures them (IoU >= 0.5; speaker right =
# mention or actor, over all matched quotes). Kept as numbers, not prose, so that
# tests/core/test_schema_numbers.py can measure them again and fail when a change to the rules
# leaves the report quoting old ones.
HELD_OUT_ATTRIBUTION: dict[str, dict[str, float]] = {
    "en": {"articles": 36, "attributions": 284, "direct_f1": 0.99, "all_f1": 0.85,
           "speaker_right": 0.92},
    "ru": {"articles": 31, "attributions": 93, "quoted_f1": 0.92, "all_f1": 0.87,
           "speaker_right": 0.90},
}


def _attribution_caveat() -> str:
    en, ru = HELD_OUT_ATTRIBUTION["en"], HELD_OUT_ATTRIBUTION["ru"]
    return (
        "All 25 gold quotes of the seed article found with the right speaker and camp, no false "
        f"quote. On {en['articles']} held-out English Wikinews articles ({en['attributions']} "
        "hand-annotated attributions, never tuned on): direct quotes F1 "
        f"{en['direct_f1']:.2f}, all kinds with reported speech F1 {en['all_f1']:.2f}, speaker "
        f"right (mention or actor) for {en['speaker_right']:.2f} of matched quotes; on "
        f"{ru['articles']} held-out Russian Wikinews articles ({ru['attributions']} "
        f"attributions): quoted speech F1 {ru['quoted_f1']:.2f}, all kinds F1 "
        f"{ru['all_f1']:.2f}, speaker right {ru['speaker_right']:.2f} (docs/validation.md). A "
        "camp is given only on evidence in the article. Errors propagate: check "
        "tables/quotes.csv before publishing."
    )


MEASURES: dict[str, dict] = {
    "sentiment": {
        "label": "sentiment (VADER compound; Russian lexicon)",
        "validated": False,
        "status": "not validated on news quotes",
        "caveat": "VADER (English) and the project's Russian lexicon (data/sentiment_ru.tsv) are "
        "general-purpose word lists: they score the tone of the quote's words, "
        "not sentiment toward any target. One rule at every length: the mean over the quote's "
        "sentences that carry any sentiment word (neutral sentences never move a score); nested "
        "quotes are cut out. On NewsMTSC's real-world dev split (343 sentences labelled for "
        "sentiment toward a person, never used for tuning) VADER on the whole sentence reaches "
        "macro-F1 0.50 [0.44, 0.55]; the target-aware methods (discourse.measure.targeted, "
        ".target_model) reach 0.61 [0.55, 0.66] (rules) and 0.73 [0.68, 0.78] (trained) there "
        "(docs/validation.md; intervals resample sentences).",
    },
    "stance": {
        "label": "stance toward targets (rules)",
        "validated": True,
        "status": "validated on 320 hand-coded quotes; moderate accuracy",
        "caveat": "Rules: each mention of a target is for, against or neither by the evaluative "
        "words of its clause; camps are compared on the shares of their mentions. Two coders "
        "coded 320 quotes (UN speeches, English and Russian Wikinews) for stance toward Russia, "
        "the West and Lukashenko: Cohen's kappa 0.918 [0.885, 0.948], Krippendorff's alpha 0.918 "
        "[0.885, 0.948] (0.792 where a target is referred to). On the 109 English test quotes, "
        "never tuned on, the rules reach shared-task macro-F1 0.66 [0.53, 0.75] (favour/against/"
        "none per target, averaged; against 0.70, favour 0.35); a supervised model trained on "
        "the dev quotes 0.57 [0.45, 0.66], with NewsMTSC added 0.60 [0.49, 0.68] "
        "(docs/validation.md). Support is often missed: read the favour shares as a lower bound "
        "and every share as rough.",
    },
    "frames": {
        "label": "frame shares (dictionary)",
        "validated": False,
        "status": "known-groups check only",
        "caveat": "Dictionary method (docs/frames.md): the share of a quote's frame words that "
        "belong to each frame, averaged over the quotes that carry any frame word (how often a "
        "camp uses frame words at all is shown on its own); tied top frames are split, never "
        "given to the frame listed first. Misses frames expressed in other words. Checked on 143 "
        "UN General Debate speeches, where Russia and Belarus use the sovereignty frame more and "
        "the human-rights frame less than Western delegations (permutation p < 0.01); not "
        "validated against human frame coding.",
    },
    "keyness": {
        "label": "distinctive vocabulary (log-odds, informative Dirichlet prior)",
        "validated": False,
        "status": "known-groups check only",
        "caveat": "Monroe, Colaresi & Quinn (2008) log-odds with a prior from a shipped "
        "background corpus, within each language, each camp against the other compared camps; a "
        "word is distinctive only if the camp used it and it passes a test over articles "
        "(Mann-Whitney, corrected for the number of words tested): under a simulated null with "
        "clustered topics about 1 word in 1,800 passes (docs/statistics.md). Words are counted, "
        "not read: check each word in context before interpreting it.",
    },
    "attribution": {
        "label": "quote extraction and speaker attribution",
        "validated": True,
        "status": "validated on annotated text",
        "caveat": _attribution_caveat(),
    },
}


def enforce_schema(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Check that ``df`` has the columns of ``table`` and a unique primary key.

    Parameters
    ----------
    df : DataFrame
        Any table produced by a stage.
    table : str
        A key of :data:`TABLES`.

    Returns
    -------
    DataFrame
        ``df`` with the schema's columns first, in schema order, then any extra columns.

    Raises
    ------
    ValueError
        Naming the table and the missing columns, or the duplicated key values.
    """
    if table not in TABLES:
        raise ValueError(f"Unknown table {table!r}; expected one of {sorted(TABLES)}.")
    spec = TABLES[table]
    missing = [c for c in spec["fields"] if c not in df.columns]
    if missing:
        raise ValueError(f"Table '{table}' is missing column(s) {missing}; has {list(df.columns)}.")
    key = spec["primary_key"]
    if key and len(df) and df.duplicated(subset=key).any():
        dupes = df.loc[df.duplicated(subset=key, keep=False), key].head(5).to_dict("records")
        raise ValueError(f"Table '{table}' has duplicate {key} values, e.g. {dupes}.")
    extra = [c for c in df.columns if c not in spec["fields"]]
    return df[list(spec["fields"]) + extra]


def field_of(column: str) -> dict | None:
    """The :data:`FIELDS` entry describing ``column`` (families such as ``frame_<frame>`` match
    any id), or None."""
    if column in FIELDS:
        return FIELDS[column]
    if column.startswith("stance_"):
        for part in ("score", "mentions", "favour", "against"):
            if column.endswith(f"_{part}"):
                return FIELDS[f"stance_<target>_{part}"]
        return FIELDS["stance_<target>"]
    if column.startswith("frame_"):
        return FIELDS["frame_<frame>"]
    return None


def columns_markdown() -> str:
    """A Markdown table of every field: name, type, values and description."""
    lines = ["| column | type | values | description |", "|---|---|---|---|"]
    for name, f in FIELDS.items():
        values = ", ".join(f["enum"]) if "enum" in f else (
            f"{f['range'][0]} to {f['range'][1]}" if "range" in f else "")
        lines.append(f"| `{name}` | {f['type']} | {values} | {f['description']} |")
    return "\n".join(lines) + "\n"
