"""Distinctive words of each camp, within each language: ranked by log-odds, tested over articles.

For every language of the quotes (the ``lang`` column) and every compared camp with enough quotes,
the camp's words are compared with those of the **other compared camps in the same language** (never
with ``unknown`` or ``other``, never across languages: a Russian word and its English translation
are different tokens, so the lists are shown side by side, one per language).

1. **Rank** (first pass over the quotes): the log-odds ratio with an informative Dirichlet prior
   (Monroe, Colaresi & Quinn 2008) whose prior comes from a general **background corpus** of the
   language (``data/background``; see :func:`discourse.measure.keyness.background_alpha`), so it
   does not depend on the compared counts; and its signed likelihood-ratio z, which for a fixed
   target count falls as the reference count rises (:func:`discourse.measure.keyness.prior_log_odds`).
   A word is eligible only if **the camp used it** at least ``min_count`` times.
2. **Test** (second pass, candidate words only): tokens of one article are not independent draws --
   a topic makes a word recur in every quote of an article -- so each (article, camp) is one
   observation: the word's relative frequency in that camp's quotes of that article. The camp's
   articles are compared with the reference's by a two-sided Mann-Whitney test with the normal
   approximation, tie and continuity corrections: a dispersion-aware test (Lijffijt et al. 2016).
   Two-sided, and over every eligible word whichever its direction, because choosing the words a
   camp uses more *before* a one-sided test makes the p-values too small (in the clustered null
   simulation of the tests, 15% instead of 5% below 0.05).
3. **Correct** for the number of words tested: every eligible word counts as a test; those beyond
   the ``max_candidates`` best ranked get p = 1 (untested, which can only remove findings: both
   corrections are monotone). Benjamini-Hochberg by default. A word is **distinctive** for the camp
   when its corrected p is below ``alpha``, its log-odds is positive and the camp's articles use
   it more (the Mann-Whitney U above its mean).

A camp with fewer than ``min_quotes`` quotes or ``min_articles`` articles in a language gets no
test (the ``status`` table says why). Reprints can be left out by ``exclude_quote_ids``.

Before: the quotes table (``tables/quotes.csv`` or a DataFrame with ``quote_id, doc_id, text,
camp, lang`` and, for nested quotes, ``start, end, kind``), read in chunks of whole articles.
After: :class:`Distinctive` with ``words`` (one row per candidate word and camp and language),
``status`` (one row per language and camp) and ``sensitivity`` (top words at other prior weights).

References
----------
Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' Words. Political Analysis 16(4).
Lijffijt, J. et al. (2016). Significance testing of word frequencies in corpora. Digital
Scholarship in the Humanities 31(2), 374-397.
Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate. JRSS B 57(1).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import norm, rankdata

from discourse.compare.stats import adjust_pvalues
from discourse.measure.keyness import (
    PRIOR_TOKENS,
    background_alpha,
    keyness_tokens,
    load_background,
    prior_log_odds,
    stopwords_for,
)
from discourse.measure.nesting import own_texts

WORD_COLUMNS = ["lang", "camp", "rank", "feature", "n_target", "n_reference", "articles_target",
                "articles_reference", "log_odds", "z", "p", "p_adjusted", "distinctive"]
STATUS_COLUMNS = ["lang", "camp", "n_quotes", "n_articles", "n_tokens", "tested", "n_words_tested",
                  "n_distinctive", "prior", "note"]
SENSITIVITY_COLUMNS = ["lang", "camp", "prior_tokens", "n_top", "top_overlap", "top_words"]
_READ = ("quote_id", "doc_id", "start", "end", "kind", "text", "camp", "lang")


@dataclass
class Distinctive:
    """What :func:`distinctive_words` returns (the three tables of the module docstring)."""

    words: pd.DataFrame
    status: pd.DataFrame
    sensitivity: pd.DataFrame


def iter_articles(source: str | Path | pd.DataFrame, *, chunksize: int = 20_000
                  ) -> Iterator[pd.DataFrame]:
    """The quotes table in chunks that never split an article (a units file is in corpus order).

    ``source``: a DataFrame (one chunk) or the path of a units CSV (``tables/quotes.csv``), read
    ``chunksize`` rows at a time with only the columns keyness needs, texts as written.
    """
    if isinstance(source, pd.DataFrame):
        yield source
        return
    path = Path(source)
    header = pd.read_csv(path, nrows=0).columns
    missing = [c for c in ("quote_id", "doc_id", "text", "camp") if c not in header]
    if missing:
        raise ValueError(f"{path}: column(s) {missing} missing; distinctive words need "
                         f"quote_id, doc_id, text and camp.")
    cols = [c for c in _READ if c in header]
    dtypes = {c: str for c in cols if c not in ("start", "end")}
    held: pd.DataFrame | None = None
    for chunk in pd.read_csv(path, usecols=cols, dtype=dtypes, keep_default_na=False,
                             na_values=[], chunksize=chunksize):
        if held is not None:
            chunk = pd.concat([held, chunk], ignore_index=True)
        last = chunk["doc_id"].iloc[-1]
        tail = (chunk["doc_id"] == last).to_numpy()
        held = chunk[tail]
        if (~tail).any():
            yield chunk[~tail]
    if held is not None and len(held):
        yield held


def _rows(chunk: pd.DataFrame, camps: Collection[str], exclude: Collection[str], lang_col: str):
    """(lang, doc, camp, tokens) of each compared, kept quote of a chunk."""
    texts = own_texts(chunk) if {"start", "end", "kind"} <= set(chunk.columns) else chunk["text"]
    langs = (chunk[lang_col].astype(str) if lang_col in chunk.columns
             else pd.Series("", index=chunk.index))
    for qid, doc, camp, lang, text in zip(chunk["quote_id"].astype(str), chunk["doc_id"].astype(str),
                                          chunk["camp"].astype(str), langs, texts):
        if camp not in camps or qid in exclude or not isinstance(text, str):
            continue
        yield lang, doc, camp, keyness_tokens(text, stopwords=stopwords_for(lang))


def mann_whitney(x: np.ndarray, n1: int, y: np.ndarray, n2: int) -> tuple[float, int]:
    """Two-sided Mann-Whitney p from the nonzero values only, and the direction of the difference.

    ``x`` (``y``) holds the positive values of a sample of ``n1`` (``n2``) values whose others are
    0, as a word's relative frequencies over articles are: zeros are one tie group. Normal
    approximation with tie correction and continuity correction, as
    ``scipy.stats.mannwhitneyu(..., alternative="two-sided", method="asymptotic")``; the
    direction is +1 when the first sample tends to be larger (U above its mean), -1 below, 0 equal.
    """
    n = n1 + n2
    zeros = n - len(x) - len(y)
    both = np.concatenate([x, y])
    ranks = rankdata(both) + zeros
    r1 = (n1 - len(x)) * (zeros + 1) / 2.0 + ranks[:len(x)].sum()
    u1 = r1 - n1 * (n1 + 1) / 2.0
    _, ties = np.unique(both, return_counts=True)
    tie_sum = float((ties**3 - ties).sum()) + float(zeros**3 - zeros)
    var = n1 * n2 / 12.0 * ((n + 1) - tie_sum / (n * (n - 1)))
    dev = u1 - n1 * n2 / 2.0
    direction = int(np.sign(dev))
    if var <= 0:
        return 1.0, direction
    z = (abs(dev) - 0.5) / np.sqrt(var)
    return float(min(1.0, 2.0 * norm.sf(z))), direction


def _backgrounds(background, langs) -> dict[str, pd.Series | None]:
    if background is None:
        return dict.fromkeys(langs)
    if isinstance(background, Mapping):
        return {lang: background.get(lang) for lang in langs}
    if background != "shipped":
        raise ValueError(f"The 'background' parameter must be 'shipped', None or a mapping of "
                         f"language to word counts; got {background!r}.")
    out: dict[str, pd.Series | None] = {}
    for lang in langs:
        try:
            out[lang] = load_background(lang)
        except ValueError:
            out[lang] = None  # no background for this language: a flat prior, said in status
    return out


def _rank(target: Counter, reference: Counter, bg: pd.Series | None, prior_tokens: float,
          min_count: int) -> pd.DataFrame:
    """Log-odds and z of the words the target used at least ``min_count`` times, best first."""
    feats = sorted(set(target) | set(reference))
    a = np.array([target.get(w, 0) for w in feats], dtype=float)
    b = np.array([reference.get(w, 0) for w in feats], dtype=float)
    delta, z = prior_log_odds(a, b, background_alpha(feats, bg, prior_tokens=prior_tokens))
    t = pd.DataFrame({"feature": pd.Series(feats, dtype=object), "n_target": a.astype(np.int64),
                      "n_reference": b.astype(np.int64), "log_odds": delta, "z": z})
    t = t[t["n_target"] >= min_count]
    return t.sort_values(["z", "feature"], ascending=[False, True], kind="mergesort")


def distinctive_words(
    source: str | Path | pd.DataFrame,
    *,
    camps: Sequence[str],
    exclude_quote_ids: Collection[str] = (),
    min_quotes: int = 5,
    min_articles: int = 5,
    min_count: int = 5,
    prior_tokens: float = PRIOR_TOKENS,
    background: str | Mapping[str, pd.Series] | None = "shipped",
    max_candidates: int = 500,
    correction: str = "bh",
    alpha: float = 0.05,
    sensitivity_scales: Sequence[float] = (0.1, 10.0),
    top: int = 15,
    lang_col: str = "lang",
    chunksize: int = 20_000,
) -> Distinctive:
    """Distinctive words of each camp within each language (see the module docstring).

    Parameters
    ----------
    source : path or DataFrame
        The quotes (units CSV of a run, or the units table).
    camps : list of str
        The compared camps; each is compared with the others present in the same language.
    exclude_quote_ids : collection of str
        Quotes to leave out (``summary.reprints["quote_id"]``: reprints counted once).
    min_quotes, min_articles : int, default=5
        A camp (and its reference) needs this many quotes and articles in a language to be tested.
    min_count : int, default=5
        A word is eligible for a camp only if the camp used it this many times.
    prior_tokens : float, default=1000
        Weight of the background prior in pseudo-tokens (``alpha_0``).
    background : 'shipped', mapping or None
        ``shipped``: ``data/background/<lang>.tsv`` (a flat prior where a language has none);
        a mapping of language to word counts; ``None``: flat prior for all.
    max_candidates : int, default=500
        Eligible words tested over articles, best ranked first (the rest count as p = 1); those
        with a positive log-odds are listed.
    correction : {'bh', 'holm', 'none'}, default='bh'
    alpha : float, default=0.05
        ``distinctive`` is ``p_adjusted < alpha``.
    sensitivity_scales : list of float, default=(0.1, 10)
        Prior weights ``scale * prior_tokens`` for the sensitivity table.
    top : int, default=15
        Top words compared in the sensitivity table.

    Returns
    -------
    Distinctive
        ``words`` (:data:`WORD_COLUMNS`; per language and camp its candidate words by z),
        ``status`` (:data:`STATUS_COLUMNS`), ``sensitivity`` (:data:`SENSITIVITY_COLUMNS`).
    """
    for name, v in (("min_quotes", min_quotes), ("min_articles", min_articles),
                    ("min_count", min_count), ("max_candidates", max_candidates), ("top", top)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
            raise ValueError(f"The {name!r} parameter of distinctive_words must be an int >= 1; "
                             f"got {v!r}.")
    camps = list(camps)
    exclude = frozenset(str(q) for q in exclude_quote_ids)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    n_quotes: Counter = Counter()
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for chunk in iter_articles(source, chunksize=chunksize):
        for lang, doc, camp, toks in _rows(chunk, camps, exclude, lang_col):
            counts[lang, camp].update(toks)
            n_quotes[lang, camp] += 1
            docs[lang, camp].add(doc)
    langs = sorted({lang for lang, _ in n_quotes})
    bgs = _backgrounds(background, langs)
    ranked: dict[tuple[str, str], pd.DataFrame] = {}
    status, sens = [], []
    for lang in langs:
        present = [c for c in camps if n_quotes[lang, c]]
        for camp in present:
            others = [c for c in present if c != camp]
            ref_quotes = sum(n_quotes[lang, c] for c in others)
            ref_docs = len(set().union(*(docs[lang, c] for c in others))) if others else 0
            row = {"lang": lang, "camp": camp, "n_quotes": n_quotes[lang, camp],
                   "n_articles": len(docs[lang, camp]),
                   "n_tokens": int(sum(counts[lang, camp].values())), "tested": False,
                   "n_words_tested": 0, "n_distinctive": 0,
                   "prior": "background" if bgs[lang] is not None else "flat", "note": ""}
            if row["n_quotes"] < min_quotes or row["n_articles"] < min_articles:
                row["note"] = (f"not tested: {row['n_quotes']} quote(s) in {row['n_articles']} "
                               f"article(s), fewer than {min_quotes} quotes or {min_articles} articles")
            elif ref_quotes < min_quotes or ref_docs < min_articles:
                row["note"] = (f"not tested: the other camps have {ref_quotes} quote(s) in "
                               f"{ref_docs} article(s)")
            else:
                reference = Counter()
                for c in others:
                    reference.update(counts[lang, c])
                table = _rank(counts[lang, camp], reference, bgs[lang], prior_tokens, min_count)
                ranked[lang, camp] = table
                row["tested"] = True
                row["n_words_tested"] = len(table)
                sens += _sensitivity(lang, camp, table, counts[lang, camp], reference, bgs[lang],
                                     prior_tokens, min_count, sensitivity_scales, top)
            status.append(row)
    words = _test(source, ranked, camps, exclude, lang_col, chunksize, max_candidates,
                  correction, alpha)
    status_df = pd.DataFrame(status, columns=STATUS_COLUMNS)
    if len(words):
        n_dist = words.groupby(["lang", "camp"])["distinctive"].sum()
        status_df["n_distinctive"] = [int(n_dist.get((lg, c), 0))
                                      for lg, c in zip(status_df["lang"], status_df["camp"])]
    return Distinctive(words=words, status=status_df,
                       sensitivity=pd.DataFrame(sens, columns=SENSITIVITY_COLUMNS))


def _sensitivity(lang, camp, table, target, reference, bg, prior_tokens, min_count, scales,
                 top) -> list[dict]:
    base = table["feature"].head(top).tolist()
    rows = [{"lang": lang, "camp": camp, "prior_tokens": float(prior_tokens), "n_top": len(base),
             "top_overlap": 1.0, "top_words": ", ".join(base)}]
    for s in scales:
        other = _rank(target, reference, bg, prior_tokens * float(s), min_count)
        words = other["feature"].head(top).tolist()
        overlap = len(set(words) & set(base)) / len(base) if base else float("nan")
        rows.append({"lang": lang, "camp": camp, "prior_tokens": float(prior_tokens) * float(s),
                     "n_top": len(words), "top_overlap": overlap, "top_words": ", ".join(words)})
    return rows


def _test(source, ranked, camps, exclude, lang_col, chunksize, max_candidates, correction,
          alpha) -> pd.DataFrame:
    """Second pass: per (article, camp) counts of the candidate words; the tests; the table."""
    cand = {key: t.head(max_candidates) for key, t in ranked.items()}
    cand = {key: t[t["log_odds"] > 0] for key, t in cand.items()}  # listed: words used more
    wanted: dict[str, set[str]] = defaultdict(set)
    for (lang, _), t in cand.items():
        wanted[lang].update(t["feature"])
    block_tokens: dict[tuple[str, str, str], int] = Counter()
    block_words: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    if cand:
        for chunk in iter_articles(source, chunksize=chunksize):
            for lang, doc, camp, toks in _rows(chunk, camps, exclude, lang_col):
                block_tokens[lang, doc, camp] += len(toks)
                keep = [w for w in toks if w in wanted.get(lang, ())]
                if keep:
                    block_words[lang, doc, camp].update(keep)
    # per language and word: relative frequency in each (article, camp) block that uses it
    freq: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for (lang, doc, camp), wc in sorted(block_words.items()):
        total = block_tokens[lang, doc, camp]
        for w, k in wc.items():
            freq[lang, w][camp].append(k / total)
    n_blocks: Counter = Counter((lang, camp) for lang, _, camp in block_tokens)
    parts = []
    for (lang, camp), t in sorted(cand.items()):
        others = [c for c in camps if c != camp and n_blocks[lang, c]]
        n1, n2 = n_blocks[lang, camp], sum(n_blocks[lang, c] for c in others)
        p, more, art_t, art_r = [], [], [], []
        for w in t["feature"]:
            x = np.array(freq[lang, w].get(camp, []))
            y = np.array([v for c in others for v in freq[lang, w].get(c, [])])
            pw, direction = mann_whitney(x, n1, y, n2)
            p.append(pw)
            more.append(direction > 0)
            art_t.append(len(x))
            art_r.append(len(y))
        m = len(ranked[lang, camp])  # every eligible word is a test; untested ones p = 1
        full = np.ones(m)
        full[:len(p)] = p
        adj = adjust_pvalues(full, correction)[:len(p)]
        part = t.assign(lang=lang, camp=camp, rank=np.arange(1, len(t) + 1),
                        articles_target=art_t, articles_reference=art_r, p=p, p_adjusted=adj)
        part["distinctive"] = (part["p_adjusted"] < alpha) & np.array(more, dtype=bool)
        parts.append(part[WORD_COLUMNS])
    if not parts:
        return pd.DataFrame(columns=WORD_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    order = {c: i for i, c in enumerate(camps)}
    out["_o"] = out["camp"].map(order)
    return (out.sort_values(["lang", "_o", "rank"], kind="mergesort").drop(columns="_o")
               .reset_index(drop=True))


def side_by_side(words: pd.DataFrame, *, top: int = 15, camps: Sequence[str] | None = None
                 ) -> pd.DataFrame:
    """The top words of each camp, one column per camp and language, languages side by side.

    Before: :attr:`Distinctive.words`. After: one row per rank (1..``top``), one column
    ``"<camp> (<lang>)"`` per tested camp and language (camps in order, a camp's languages
    adjacent); a word passing the test is marked ``*``; empty cells where a list is shorter.
    """
    camps = list(camps) if camps is not None else list(dict.fromkeys(words["camp"]))
    cols = {}
    for camp in camps:
        for lang in sorted(words.loc[words["camp"] == camp, "lang"].unique()):
            sub = words[(words["camp"] == camp) & (words["lang"] == lang)].head(top)
            cells = [f + (" *" if d else "") for f, d in zip(sub["feature"], sub["distinctive"])]
            cols[f"{camp} ({lang})"] = cells + [""] * (top - len(cells))
    out = pd.DataFrame(cols, index=pd.RangeIndex(1, top + 1, name="rank"))
    return out.reset_index()
