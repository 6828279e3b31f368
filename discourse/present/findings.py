"""The findings a report opens with, computed from its tables (nothing in it is written by hand).

:func:`findings_markdown` turns the report's tables into a short Markdown summary:

1. what was read: articles, quotes and speakers per camp and per language;
2. the clearest differences between camps, each with its n and interval: from a pairwise table
   (one row per measure and camp pair, columns in :data:`PAIRWISE_COLUMNS`; only rows with
   ``significant == True`` are spoken of) and from the distinctive words of each camp (keyness);
3. the warnings that matter: speakers without a camp, small camps, files decoded from another
   encoding or with bytes replaced, files skipped.

Every corpus-derived string (a word, a file name) is escaped, so the Markdown renders it as
text: a word such as ``<script>`` or ``**x**`` cannot become markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

import pandas as pd

from discourse.core.schema import CAMPS
from discourse.present.labels import camp_label

PAIRWISE_COLUMNS = ("measure", "measure_label", "camp_a", "camp_b", "n_a", "n_b", "articles_a",
                    "articles_b", "estimate_a", "estimate_b", "difference", "ci_low", "ci_high",
                    "p_value", "p_adjusted", "significant")
QUOTE_COLUMNS = ("doc_id", "camp", "speaker", "lang")
LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}
_MEASURE_KINDS = (("frame_", "Frames"), ("stance_", "Stance"), ("sentiment", "Sentiment"))
_Z = 1.959964  # two-sided 95%


def md_escape(text: object) -> str:
    """``text`` as literal Markdown text: HTML-escaped and Markdown punctuation backslashed."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|~>])", r"\\\1", html.escape(str(text), quote=False))


def _need(df: pd.DataFrame, cols: Sequence[str], what: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"findings: the {what} table is missing column(s) {missing}; "
                         f"has {list(df.columns)}.")


def _lang_name(code: object) -> str:
    code = "" if pd.isna(code) else str(code)
    return LANGUAGE_NAMES.get(code, code or "unknown language")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def corpus_counts(quotes: pd.DataFrame, *, camps: Sequence[str] = ()) -> pd.DataFrame:
    """Articles, quotes and speakers per camp, and quotes per language.

    Before: one row per quote with ``doc_id``, ``camp``, ``speaker`` (empty when unresolved) and
    ``lang``. After: one row per camp (the ``camps`` given first, in their order, then the other
    camps found, ``unknown`` last), columns ``camp``, ``articles`` (with a quote of the camp),
    ``quotes``, ``speakers`` (distinct resolved speakers) and ``quotes_<lang>`` per language,
    and a last row ``camp = "(all)"``.
    """
    _need(quotes, QUOTE_COLUMNS, "quotes")
    q = quotes.assign(lang=quotes["lang"].fillna("").astype(str),
                      speaker=quotes["speaker"].where(quotes["speaker"].astype(str).str.len() > 0))
    langs = sorted(q["lang"].unique())
    found = [str(c) for c in q["camp"].unique()]
    rank = {c: i for i, c in enumerate(CAMPS)}  # the schema's order; a user's own camps after
    rest = sorted((c for c in found if c != "unknown"), key=lambda c: (rank.get(c, len(rank)), c))
    order = list(dict.fromkeys([*camps, *rest, "unknown"]))
    order = [c for c in order if c in camps or c in found]

    def row(name: str, part: pd.DataFrame) -> dict:
        out = {"camp": name, "articles": part["doc_id"].nunique(), "quotes": len(part),
               "speakers": part["speaker"].dropna().nunique()}
        for lang in langs:
            out[f"quotes_{lang or 'unknown'}"] = int((part["lang"] == lang).sum())
        return out

    rows = [row(c, q[q["camp"].astype(str) == c]) for c in order]
    rows.append(row("(all)", q))
    return pd.DataFrame(rows)


def significant_differences(pairwise: pd.DataFrame, *, per_kind: int = 3) -> pd.DataFrame:
    """The rows of a pairwise table with ``significant == True``, the clearest first.

    Within each kind of measure (frames, stance, sentiment, other) rows are ordered by adjusted
    p-value, then by the size of the difference, and at most ``per_kind`` are kept; a column
    ``kind`` names the kind.
    """
    _need(pairwise, PAIRWISE_COLUMNS, "pairwise")
    sig = pairwise[pairwise["significant"].astype("boolean").fillna(False).astype(bool)].copy()
    sig["kind"] = sig["measure"].map(_measure_kind)
    sig["_size"] = -sig["difference"].abs()
    sig = sig.sort_values(["kind", "p_adjusted", "_size", "measure", "camp_a", "camp_b"],
                          kind="mergesort")
    return sig.groupby("kind", sort=False).head(per_kind).drop(columns="_size")


def _measure_kind(measure: str) -> str:
    return next((label for prefix, label in _MEASURE_KINDS if str(measure).startswith(prefix)),
                "Other measures")


def _num(v: float, *, share: bool) -> str:
    return f"{v:.0%}" if share else f"{v:+.2f}"


def difference_line(row: Mapping) -> str:
    """One Markdown bullet for a pairwise row: both estimates, the difference, its interval, the
    numbers of quotes and articles behind it and the adjusted p-value; a row of a stratum (a
    ``stratum`` column: quote kind, outlet) names it after the measure."""
    share = str(row["measure"]).startswith(("frame_", "stance_"))
    a, b = camp_label(row["camp_a"]), camp_label(row["camp_b"])
    diff = float(row["difference"])
    unit = " percentage points" if share else ""
    scale = 100 if share else 1
    ci = f"{row['ci_low'] * scale:+.{0 if share else 2}f} to {row['ci_high'] * scale:+.{0 if share else 2}f}"
    stratum = row.get("stratum")
    within = f" ({md_escape(stratum)})" if isinstance(stratum, str) and stratum else ""
    return (f"- **{md_escape(row['measure_label'])}**{within}: {md_escape(a)} "
            f"{_num(row['estimate_a'], share=share)}, {md_escape(b)} "
            f"{_num(row['estimate_b'], share=share)}; difference "
            f"{diff * scale:+.{0 if share else 2}f}{unit} (95% CI {ci}{unit}); "
            f"n = {int(row['n_a'])} and {int(row['n_b'])} quotes from {int(row['articles_a'])} "
            f"and {int(row['articles_b'])} articles; adjusted p = {_p(row['p_adjusted'])}.")


def _p(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def top_distinctive(keyness: pd.DataFrame, *, top: int = 3, z: float = _Z) -> pd.DataFrame:
    """The ``top`` words most distinctive of the target camp that pass ``z`` (|z| > 1.96 by
    default), with the log-odds and its 95% interval (log-odds ± 1.96 standard errors, the
    standard error being log-odds / z).

    Before: a keyness table (``feature``, ``log_odds``, ``z``, ``n_target``). After: at most
    ``top`` rows, ``feature``, ``n_target``, ``log_odds``, ``ci_low``, ``ci_high``, ``z``.
    """
    _need(keyness, ["feature", "log_odds", "z", "n_target"], "keyness")
    k = keyness[keyness["z"] > z].sort_values(["z", "feature"], ascending=[False, True],
                                               kind="mergesort").head(top)
    se = k["log_odds"] / k["z"]
    return k.assign(ci_low=k["log_odds"] - _Z * se, ci_high=k["log_odds"] + _Z * se)[
        ["feature", "n_target", "log_odds", "ci_low", "ci_high", "z"]].reset_index(drop=True)


def _counts_markdown(counts: pd.DataFrame) -> str:
    langs = [c for c in counts.columns if c.startswith("quotes_")]
    head = ["Camp", "Articles", "Quotes", "Speakers", *[f"Quotes in {_lang_name(c[7:])}"
                                                        for c in langs]]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" + "---:|" * (len(head) - 1)]
    for r in counts.itertuples(index=False):
        name = "All camps" if r.camp == "(all)" else camp_label(r.camp)
        cells = [md_escape(name), *[f"{int(getattr(r, c)):,}"
                                    for c in ("articles", "quotes", "speakers", *langs)]]
        if r.camp == "(all)":
            cells = [f"**{c}**" for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _warnings(counts: pd.DataFrame, quotes: pd.DataFrame, *, camps: Sequence[str],
              min_quotes: int, skipped: pd.DataFrame | None,
              decoded: pd.DataFrame | None) -> list[str]:
    out = []
    n = len(quotes)
    unknown = quotes["camp"].astype(str) == "unknown"
    if n and unknown.any():
        by_lang = [f"{_lang_name(lang)} {int(u.sum()):,} of {len(u):,} ({u.mean():.0%})"
                   for lang, u in unknown.groupby(quotes["lang"].fillna("").astype(str))]
        out.append(f"**Speakers without a camp**: {int(unknown.sum()):,} of {n:,} quotes "
                   f"({unknown.mean():.0%}) are by speakers not resolved to an actor of the "
                   f"registry (camp *unknown*), by language: {'; '.join(by_lang)}. They are "
                   "left out of every comparison; the speakers are listed under the tables.")
    by_camp = counts.set_index("camp")["quotes"]
    small = [(c, int(by_camp.get(c, 0))) for c in camps if int(by_camp.get(c, 0)) < min_quotes]
    if small:
        listed = ", ".join(f"{md_escape(camp_label(c))} ({_plural(k, 'quote')})" for c, k in small)
        out.append(f"**Small camps**: {listed}: fewer than {min_quotes} quotes (the "
                   "`min_quotes` parameter), shown but marked *small n*; their numbers say little.")
    if decoded is not None and len(decoded):
        names = ", ".join(f"{md_escape(r.doc_id)} ({md_escape(r.encoding)})"
                          for r in decoded.head(5).itertuples())
        more = f" and {len(decoded) - 5} more" if len(decoded) > 5 else ""
        out.append(f"**Texts to check**: {_plural(len(decoded), 'file')} decoded from another "
                   f"encoding than UTF-8 or with invalid bytes replaced: {names}{more}; a wrong "
                   "guess garbles their quotes (table *Texts to check* below).")
    if skipped is not None and len(skipped):
        names = ", ".join(f"{md_escape(r.skipped_path)} ({md_escape(r.reason)})"
                          for r in skipped.head(5).itertuples())
        more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        verb = "was" if len(skipped) == 1 else "were"
        out.append(f"**Skipped files**: {_plural(len(skipped), 'file')} {verb} not read and "
                   f"{'is' if len(skipped) == 1 else 'are'} not in the analysis: {names}{more}.")
    return out


def findings_markdown(quotes: pd.DataFrame, *, camps: Sequence[str], min_quotes: int,
                      pairwise: pd.DataFrame | None = None,
                      keyness: Mapping[str, pd.DataFrame] | None = None,
                      skipped: pd.DataFrame | None = None, decoded: pd.DataFrame | None = None,
                      articles: int | None = None, per_kind: int = 3, top_words: int = 3) -> str:
    """The report's opening summary, in Markdown, computed from its tables.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote: ``doc_id``, ``camp``, ``speaker``, ``lang`` (``tables/quotes.csv``).
    camps : list of str
        The camps compared, in display order.
    min_quotes : int
        Camps with fewer quotes are named as small.
    pairwise : DataFrame, optional
        Camp-pair differences with the columns of :data:`PAIRWISE_COLUMNS`; only rows with
        ``significant == True`` are reported (at most ``per_kind`` per kind of measure). Without
        it the summary names no tested difference.
    keyness : dict of camp to DataFrame, optional
        Each compared camp's distinctive words (``feature``, ``log_odds``, ``z``, ``n_target``;
        the report passes the words of :func:`discourse.compare.distinctive_words` that pass its
        article-level test after correction); the ``top_words`` words with z > 1.96 are named
        with their counts and log-odds intervals.
    skipped, decoded : DataFrame, optional
        Files not read (``skipped_path``, ``reason``) and files decoded from another encoding
        or with replaced bytes (``doc_id``, ``encoding``).
    articles : int, optional
        Articles read (with or without quotes); default: the articles that have a quote.

    Returns
    -------
    str
        Markdown: a ``## Findings`` heading, a sentence and a table of counts, the differences
        (when given), the distinctive words, and the warnings that apply.
    """
    _need(quotes, QUOTE_COLUMNS, "quotes")
    counts = corpus_counts(quotes, camps=camps)
    total = counts.iloc[-1]
    n_langs = quotes["lang"].fillna("").astype(str).value_counts()
    langs = ", ".join(f"{k:,} in {_lang_name(lang)}" for lang, k in n_langs.items())
    n_docs = quotes["doc_id"].nunique()
    read = ("" if articles is None else
            f"{_plural(articles, 'article')} read, {n_docs:,} of them with quotes: ")
    resolved = quotes.loc[~quotes["camp"].astype(str).isin(["unknown"]), "speaker"]
    n_resolved = resolved[resolved.astype(str).str.len() > 0].nunique()
    parts = ["## Findings", "",
             f"{read}{_plural(int(total['quotes']), 'quote')} ({langs or 'none'})"
             + ("" if articles is not None else f" in {_plural(n_docs, 'article')}")
             + f", by {_plural(n_resolved, 'speaker')} resolved to an "
             "actor of the registry and others not resolved. By camp (speakers: distinct names, "
             "as resolved or as written):", "",
             _counts_markdown(counts), ""]
    if pairwise is not None:
        sig = significant_differences(pairwise, per_kind=per_kind)
        if pairwise.empty:
            parts.append("**Differences between camps**: none tested (a pair is tested only when "
                         "both camps have enough articles: the min_articles parameter).")
        else:
            parts.append(f"**Differences between camps** ({len(pairwise):,} tested; significant "
                         "after correction for the number of tests, the clearest first):")
        parts.append("")
        if sig.empty and not pairwise.empty:
            parts.append("- None: no difference between two camps is significant after the "
                         "correction.")
        for kind, rows in sig.groupby("kind", sort=False):
            parts.append(f"- *{md_escape(kind)}*")
            parts += ["  " + difference_line(r) for r in rows.to_dict("records")]
        parts.append("")
    if keyness:
        lines = []
        for camp in camps:
            if camp not in keyness:
                continue
            words = top_distinctive(keyness[camp], top=top_words)
            if words.empty:
                text = "no word passes the test"
            else:
                text = "; ".join(
                    f"*{md_escape(w.feature)}* ({_plural(int(w.n_target), 'use')}, log-odds "
                    f"{w.log_odds:.1f}, 95% CI {w.ci_low:.1f} to {w.ci_high:.1f})"
                    for w in words.itertuples())
            lines.append(f"- {md_escape(camp_label(camp))}: {text}")
        if lines:
            parts += ["**Distinctive words** (each camp against the other compared camps in the "
                      "same language; words over-used by the camp that pass the test):", "",
                      *lines, ""]
    warnings = _warnings(counts, quotes, camps=camps, min_quotes=min_quotes, skipped=skipped,
                         decoded=decoded)
    if warnings:
        parts += ["**Warnings**", "", *[f"- {w}" for w in warnings], ""]
    return "\n".join(parts).rstrip() + "\n"

