r"""Keyness: the words one group uses distinctively more (or less) than another.

Every measure compares, word by word, the 2x2 table of counts

=================  ===========  ==============
..                 target       reference
=================  ===========  ==============
the word ``w``     ``a``        ``b``
all other words    ``c``        ``d``
=================  ===========  ==============

with ``N = a + b + c + d`` and the expected count of the word in the target
``E11 = (a + b)(a + c) / N`` (and likewise ``E12``, ``E21``, ``E22`` for the other cells). Measures
(as quanteda's ``textstat_keyness``, Benoit et al. 2018, except where stated):

``log_odds``
    Log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 16-22)::

        delta_w = log((a + alpha_w) / (n_t + alpha_0 - a - alpha_w))
                - log((b + alpha_w) / (n_r + alpha_0 - b - alpha_w))
        var_w  ~= 1 / (a + alpha_w) + 1 / (b + alpha_w)
        z_w     = delta_w / sqrt(var_w),   p = 2 * (1 - Phi(|z_w|))

    where ``n_t = a + c`` and ``n_r = b + d`` are the groups' token totals. The prior ``alpha_w`` is
    either the pooled counts of the two compared groups scaled by ``prior`` (a float ``s``:
    ``alpha_w = s * (a + b)``, ``alpha_0 = s * N``) or a Series of background counts from another
    corpus (``alpha_w = prior[w]``, ``alpha_0`` its sum over the compared vocabulary). Columns
    ``log_odds``, ``z``, ``p``; sorted by ``z``.
``chi2``
    Pearson's chi-squared of the 2x2 table; with ``correction="default"`` or ``"yates"`` Yates'
    continuity correction, ``chi2 = N (|ad - bc| - min(N/2, |ad - bc|))^2 /
    ((a+b)(c+d)(a+c)(b+d))`` (the ``min`` keeps the correction from overshooting, as R's
    ``chisq.test`` and ``scipy.stats.chi2_contingency``); ``"none"`` drops the correction. Signed:
    positive when ``a > E11``. ``p`` from the chi-squared distribution with 1 df.
``lr``
    Likelihood-ratio statistic ``G2 = 2 sum_ij O_ij log(O_ij / E_ij)`` with ``0 log 0 = 0``
    (quanteda adds 1e-9 inside the logarithm instead; the difference is below 1e-8). With
    ``correction="default"`` or ``"williams"`` it is divided by Williams' (1976) ``q = 1 + (N/(a+c) +
    N/(b+d) - 1)(N/(a+b) + N/(c+d) - 1) / (6N)``; ``"yates"`` moves each observed count 0.5 toward
    its expected count first (at most to it); ``"none"`` leaves it. Signed as ``chi2``. Column
    ``G2``.
``pmi``
    Pointwise mutual information of the word and the target, ``pmi = log(a / E11)`` (natural log;
    ``-inf`` for a word absent from the target). PMI has no sampling distribution of its own:
    ``p`` is that of the uncorrected ``G2`` of the same table (quanteda reports
    ``pchisq(pmi, 1)``, which is not a test, so we do not copy it). No correction applies.

References
----------
Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' Words: Lexical Feature Selection
and Evaluation for Identifying the Content of Political Conflict. Political Analysis 16(4), 372-403.
Benoit, K. et al. (2018). quanteda: An R package for the quantitative analysis of textual data.
Journal of Open Source Software 3(30), 774 (``textstat_keyness`` in quanteda.textstats).
Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. Computational
Linguistics 19(1), 61-74.
Williams, D. A. (1976). Improved likelihood ratio tests for complete contingency tables.
Biometrika 63(1), 33-37.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Collection, Iterable

import numpy as np
import pandas as pd
from scipy import stats as sps

from discourse.text import tokenize

KEYNESS_MEASURES: tuple[str, ...] = ("log_odds", "chi2", "lr", "pmi")
CORRECTIONS: tuple[str, ...] = ("default", "yates", "williams", "none")
# The statistic column each measure writes, and the corrections it accepts.
STAT_COLUMN: dict[str, str] = {"log_odds": "z", "chi2": "chi2", "lr": "G2", "pmi": "pmi"}
_ALLOWED_CORRECTIONS: dict[str, tuple[str, ...]] = {
    "log_odds": ("default", "none"),
    "chi2": ("default", "yates", "none"),
    "lr": ("default", "williams", "yates", "none"),
    "pmi": ("default", "none"),
}

# English stopwords for keyness: function words (articles, pronouns, auxiliaries, prepositions,
# conjunctions, common adverbs), as in the usual Snowball/NLTK English lists, with the
# contraction forms our tokenizer produces ("don't"). Content words ("people", "must") stay in:
# their use differs between camps and is part of what keyness should show.
STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
    having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
    i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
    not of off on once only or other ought our ours ourselves out over own same shan't she
    she'd she'll she's should shouldn't so some such than that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've this those through
    to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when
    when's where where's which while who who's whom why why's will with won't would wouldn't you
    you'd you'll you're you've your yours yourself yourselves also s t just now would shall may
    might must's upon within without whether yet""".split()
)


# --------------------------------------------------------------------------- counting


def keyness_tokens(text: str, *, stopwords: Collection[str] = STOPWORDS,
                   drop_numbers: bool = True) -> list[str]:
    """The tokens keyness counts in one text.

    :func:`discourse.text.tokenize` tokens with a possessive ``'s`` removed ("russia's" counts as
    "russia"), minus ``stopwords`` and, when ``drop_numbers``, digits-only tokens.

    Examples
    --------
    >>> keyness_tokens("Russia's sanctions in 2020")
    ['russia', 'sanctions']
    """
    out = []
    for tok in tokenize(text):
        if tok.endswith("'s"):
            tok = tok[:-2]
        if not tok or tok in stopwords or (drop_numbers and tok.isdigit()):
            continue
        out.append(tok)
    return out


def count_features(texts: Iterable[str], *, stopwords: Collection[str] = STOPWORDS,
                   drop_numbers: bool = True) -> Counter:
    """Token counts over ``texts`` (non-strings, e.g. NaN, are skipped); see :func:`keyness_tokens`."""
    counts: Counter = Counter()
    for t in texts:
        if isinstance(t, str):
            counts.update(keyness_tokens(t, stopwords=stopwords, drop_numbers=drop_numbers))
    return counts


def count_table(target: Counter | dict, reference: Counter | dict) -> pd.DataFrame:
    """Two count mappings as the tidy table :func:`textstat_keyness` takes.

    Returns
    -------
    DataFrame
        One row per word in either mapping, sorted by ``feature``: ``feature``, ``n_target``,
        ``n_reference`` (int64, 0 where the word is absent).

    Examples
    --------
    >>> count_table({"b": 7, "a": 3}, {"a": 7, "b": 2})
      feature  n_target  n_reference
    0       a         3            7
    1       b         7            2
    """
    features = sorted(set(target) | set(reference))
    return pd.DataFrame({
        "feature": pd.Series(features, dtype=object),
        "n_target": np.array([target.get(w, 0) for w in features], dtype=np.int64),
        "n_reference": np.array([reference.get(w, 0) for w in features], dtype=np.int64),
    })


# --------------------------------------------------------------------------- statistics


def _cells(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, ...]:
    """The four cells of each word's 2x2 table and their expected counts."""
    c = a.sum() - a
    d = b.sum() - b
    n = a + b + c + d
    e11 = (a + b) * (a + c) / n
    e12 = (a + b) * (b + d) / n
    e21 = (c + d) * (a + c) / n
    e22 = (c + d) * (b + d) / n
    return a, b, c, d, n, (e11, e12, e21, e22)


def _xlogx_over(o: np.ndarray, e: np.ndarray) -> np.ndarray:
    """``o * log(o / e)`` with the limit 0 at ``o = 0``."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(o > 0, o * np.log(np.where(o > 0, o, 1.0) / e), 0.0)


def chi2_stat(a: np.ndarray, b: np.ndarray, *, correction: str = "default") -> np.ndarray:
    """Signed Pearson chi-squared of each word's 2x2 table (see the module docstring).

    ``a``, ``b``: the word's counts in the target and reference (the other cells are the rest of
    each group's total). Returns the signed statistic; a word present in every token of both
    groups (a zero margin) gets 0.
    """
    a, b, c, d, n, (e11, *_) = _cells(np.asarray(a, float), np.asarray(b, float))
    diff = np.abs(a * d - b * c)
    if correction in ("default", "yates"):
        diff = diff - np.minimum(n / 2.0, diff)
    num = n * diff**2
    den = (a + b) * (c + d) * (a + c) * (b + d)
    chi2 = np.divide(num, den, out=np.zeros_like(num), where=den > 0)
    return np.where(a > e11, chi2, -chi2)


def g2_stat(a: np.ndarray, b: np.ndarray, *, correction: str = "default") -> np.ndarray:
    """Signed likelihood-ratio G2 of each word's 2x2 table (see the module docstring)."""
    a, b, c, d, n, expected = _cells(np.asarray(a, float), np.asarray(b, float))
    observed = [a, b, c, d]
    if correction == "yates":
        observed = [o + np.sign(e - o) * np.minimum(0.5, np.abs(e - o))
                    for o, e in zip(observed, expected)]
    g2 = 2.0 * sum(_xlogx_over(o, e) for o, e in zip(observed, expected))
    if correction in ("default", "williams"):
        with np.errstate(divide="ignore", invalid="ignore"):
            q = 1.0 + (n / (a + c) + n / (b + d) - 1.0) * (n / (a + b) + n / (c + d) - 1.0) / (6.0 * n)
        g2 = np.divide(g2, q, out=np.zeros_like(g2), where=np.isfinite(q) & (q > 0))
    g2 = np.maximum(g2, 0.0)  # rounding can give -1e-16 for a word used at the expected rate
    return np.where(a > expected[0], g2, -g2)


def pmi_stat(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pointwise mutual information ``log(a / E11)`` of each word with the target."""
    a, b, c, d, n, (e11, *_) = _cells(np.asarray(a, float), np.asarray(b, float))
    with np.errstate(divide="ignore"):
        return np.log(a / e11)


def log_odds_stat(
    a: np.ndarray, b: np.ndarray, *, prior: float | np.ndarray = 0.01
) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio with informative Dirichlet prior and its z-score (Monroe et al. 2008).

    ``prior``: a float ``s`` (``alpha_w = s * (a + b)``) or an array of ``alpha_w`` aligned with
    ``a``. Returns ``(delta, z)``; NaN only for a one-word vocabulary (odds undefined).
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    alpha = prior * (a + b) if np.ndim(prior) == 0 else np.asarray(prior, float)
    a0 = alpha.sum()
    n_t, n_r = a.sum(), b.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((a + alpha) / (n_t + a0 - a - alpha)) - np.log(
            (b + alpha) / (n_r + a0 - b - alpha)
        )
        z = delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))
    return delta, z


def _prior_alpha(prior: float | pd.Series, features: list[str], func: str) -> float | np.ndarray:
    if isinstance(prior, pd.Series):
        alpha = prior.reindex(features).astype(float).to_numpy()
        bad = [w for w, a in zip(features, alpha) if not (a > 0)]
        if bad:
            raise ValueError(
                f"{func}: the 'prior' Series must give a positive background count for "
                f"every word of the compared texts; missing or non-positive for {len(bad)} "
                f"word(s), e.g. {bad[:10]}."
            )
        return alpha
    if isinstance(prior, bool) or not isinstance(prior, (int, float)) or not prior > 0:
        raise ValueError(f"The 'prior' parameter of {func} must be a positive float or "
                         f"a Series of background counts; got {prior!r}.")
    return float(prior)


def _check_measure(measure: str, correction: str, func: str) -> None:
    if measure not in KEYNESS_MEASURES:
        raise ValueError(
            f"The 'measure' parameter of {func} must be one of {set(KEYNESS_MEASURES)}. "
            f"Got {measure!r} instead."
        )
    if correction not in CORRECTIONS:
        raise ValueError(f"The 'correction' parameter of {func} must be one of "
                         f"{set(CORRECTIONS)}. Got {correction!r} instead.")
    if correction not in _ALLOWED_CORRECTIONS[measure]:
        raise ValueError(f"{func}: correction {correction!r} does not apply to measure "
                         f"{measure!r}; use one of {list(_ALLOWED_CORRECTIONS[measure])}.")


def textstat_keyness(
    counts: pd.DataFrame,
    *,
    measure: str = "log_odds",
    correction: str = "default",
    prior: float | pd.Series = 0.01,
) -> pd.DataFrame:
    """Keyness of every word from its counts in a target and a reference group.

    Parameters
    ----------
    counts : DataFrame
        One row per word: ``feature``, ``n_target``, ``n_reference`` (non-negative counts; e.g.
        from :func:`count_table`). Both groups must have at least one token.
    measure : {'log_odds', 'chi2', 'lr', 'pmi'}, default='log_odds'
        See the module docstring for the formulas.
    correction : {'default', 'yates', 'williams', 'none'}, default='default'
        ``default`` is Yates for ``chi2``, Williams for ``lr``, nothing for ``log_odds`` and
        ``pmi``. A correction that does not apply to the measure raises ``ValueError``.
    prior : float or Series, default=0.01
        ``log_odds`` only: the share of the pooled counts used as the Dirichlet prior, or a
        Series of background counts indexed by word. Passing a non-default prior with another
        measure warns (it has no effect).

    Returns
    -------
    DataFrame
        One row per word: ``feature``, the statistic (``log_odds`` and ``z`` / ``chi2`` / ``G2`` /
        ``pmi``), ``p`` (two-sided), ``n_target``, ``n_reference``; sorted by the statistic
        (``z`` for ``log_odds``) descending, ties by ``feature``; ``attrs["measure"]`` and
        ``attrs["stat"]`` name the measure and its column.

    Examples
    --------
    >>> c = count_table({"b": 7, "a": 3}, {"a": 7, "b": 2})
    >>> textstat_keyness(c, measure="chi2").round(4)
      feature    chi2       p  n_target  n_reference
    0       b  2.6324  0.1047         7            2
    1       a -2.6324  0.1047         3            7
    """
    func = "textstat_keyness"
    _check_measure(measure, correction, func)
    missing = [c for c in ("feature", "n_target", "n_reference") if c not in counts.columns]
    if missing:
        raise ValueError(f"{func}: counts is missing column(s) {missing}; has {list(counts.columns)}.")
    a = counts["n_target"].to_numpy(dtype=float)
    b = counts["n_reference"].to_numpy(dtype=float)
    if (a < 0).any() or (b < 0).any() or not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError(f"{func}: counts must be finite and non-negative.")
    if a.sum() == 0 or b.sum() == 0:
        which = "target" if a.sum() == 0 else "reference"
        raise ValueError(f"{func}: the {which} group has no tokens.")
    if measure != "log_odds" and not (isinstance(prior, float) and prior == 0.01):
        warnings.warn(f"{func}: 'prior' has no effect with measure {measure!r}.", stacklevel=2)
    features = counts["feature"].astype(str).tolist()
    out = pd.DataFrame({"feature": pd.Series(features, dtype=object)})
    if measure == "log_odds":
        delta, z = log_odds_stat(a, b, prior=_prior_alpha(prior, features, func))
        out["log_odds"] = delta
        out["z"] = z
        out["p"] = 2.0 * sps.norm.sf(np.abs(z))
    elif measure == "chi2":
        stat = chi2_stat(a, b, correction=correction)
        out["chi2"] = stat
        out["p"] = sps.chi2.sf(np.abs(stat), df=1)
    elif measure == "lr":
        stat = g2_stat(a, b, correction=correction)
        out["G2"] = stat
        out["p"] = sps.chi2.sf(np.abs(stat), df=1)
    else:
        out["pmi"] = pmi_stat(a, b)
        out["p"] = sps.chi2.sf(np.abs(g2_stat(a, b, correction="none")), df=1)
    out["n_target"] = a.astype(np.int64)
    out["n_reference"] = b.astype(np.int64)
    stat_col = STAT_COLUMN[measure]
    out = out.sort_values([stat_col, "feature"], ascending=[False, True], kind="mergesort",
                          na_position="last").reset_index(drop=True)
    out.attrs["measure"] = measure
    out.attrs["stat"] = stat_col
    return out


def keyness_by_camp(
    quotes: pd.DataFrame,
    *,
    target: str,
    reference: str | None = None,
    measure: str = "log_odds",
    correction: str = "default",
    prior: float | pd.Series = 0.01,
    group_col: str = "camp",
    text_col: str = "text",
    min_count: int = 1,
    stopwords: Collection[str] | None = None,
    drop_numbers: bool = True,
) -> pd.DataFrame:
    r"""Distinctive words of one camp (``target``) against another camp or all other camps.

    Counts the :func:`keyness_tokens` of each group's texts and scores every word with
    :func:`textstat_keyness` (formulas in the module docstring).

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (or speech); uses ``group_col`` and ``text_col``. Rows whose group is
        missing are ignored.
    target : str
        The group whose distinctive words are wanted.
    reference : str, default=None
        The group to compare with; ``None``: all other groups together.
    measure : {'log_odds', 'chi2', 'lr', 'pmi'}, default='log_odds'
    correction : {'default', 'yates', 'williams', 'none'}, default='default'
    prior : float or Series, default=0.01
        ``log_odds`` only; see :func:`textstat_keyness`.
    group_col, text_col : str, default='camp', 'text'
    min_count : int, default=1
        Drop words with ``n_target + n_reference < min_count`` (after computing the statistics,
        so the totals still count every token).
    stopwords : collection of str, default=None
        ``None`` uses :data:`STOPWORDS`; pass ``()`` to keep every token.
    drop_numbers : bool, default=True
        Drop tokens made of digits only.

    Returns
    -------
    DataFrame
        One row per word: ``feature``, the statistic column(s) (``log_odds`` and ``z``, or
        ``chi2``, ``G2``, ``pmi``), ``p``, ``n_target``, ``n_reference``; sorted by the statistic
        descending, then ``feature``; ``attrs["target"]`` / ``attrs["reference"]`` name the
        compared groups, ``attrs["measure"]`` / ``attrs["stat"]`` the measure and its column.

    Raises
    ------
    ValueError
        Unknown ``measure`` or ``correction``, a ``target``/``reference`` that is not a group of
        ``quotes`` (the groups are listed), ``reference == target``, no reference tokens, a
        non-positive float ``prior``, or a Series prior missing some words.

    Examples
    --------
    >>> q = pd.DataFrame({"camp": ["a", "r"], "text": ["b b b b b b b a a a", "a a a a a a a b b"]})
    >>> keyness_by_camp(q, target="a", stopwords=()).round(3)
      feature  log_odds      z      p  n_target  n_reference
    0       b      2.05  2.605  0.009         7            2
    1       a     -2.05 -3.012  0.003         3            7
    """
    func = "keyness_by_camp"
    _check_measure(measure, correction, func)
    for col in (group_col, text_col):
        if col not in quotes.columns:
            raise ValueError(f"{func}: column {col!r} not in quotes; has {list(quotes.columns)}.")
    groups = sorted(str(g) for g in quotes[group_col].dropna().unique())
    if target not in groups:
        raise ValueError(f"The 'target' parameter of {func} must be one of {groups}; "
                         f"got {target!r}.")
    if reference is not None and reference not in groups:
        raise ValueError(f"The 'reference' parameter of {func} must be one of {groups} "
                         f"or None; got {reference!r}.")
    if reference == target:
        raise ValueError(f"{func}: 'reference' must differ from 'target'.")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"The 'min_count' parameter of {func} must be an int >= 1; "
                         f"got {min_count!r}.")
    stop = STOPWORDS if stopwords is None else frozenset(stopwords)
    g = quotes[group_col]
    in_target = g == target
    in_ref = (g == reference) if reference is not None else (g.notna() & ~in_target)
    ct = count_features(quotes.loc[in_target, text_col], stopwords=stop, drop_numbers=drop_numbers)
    cr = count_features(quotes.loc[in_ref, text_col], stopwords=stop, drop_numbers=drop_numbers)
    if not cr:
        raise ValueError(f"{func}: the reference ({reference or 'all other groups'}) has no tokens.")
    if not ct:
        raise ValueError(f"{func}: the target ({target}) has no tokens.")
    counts = count_table(ct, cr)
    if measure == "log_odds":
        # Checked here so the message names this function.
        _prior_alpha(prior, counts["feature"].tolist(), func)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a stray prior warns below, naming this function
        out = textstat_keyness(counts, measure=measure, correction=correction, prior=prior)
    if measure != "log_odds" and not (isinstance(prior, float) and prior == 0.01):
        warnings.warn(f"{func}: 'prior' has no effect with measure {measure!r}.", stacklevel=2)
    out = out[(out["n_target"] + out["n_reference"]) >= min_count].reset_index(drop=True)
    out.attrs.update({"target": target,
                      "reference": reference if reference is not None else "all other groups",
                      "measure": measure, "stat": STAT_COLUMN[measure]})
    return out


def keyness_from_counts(
    word_counts: dict[str, Counter],
    *,
    target: str,
    reference: str | None = None,
    measure: str = "log_odds",
    correction: str = "default",
    prior: float | pd.Series = 0.01,
    min_count: int = 1,
) -> pd.DataFrame:
    """:func:`keyness_by_camp` from per-group token counts instead of texts.

    ``word_counts`` maps each group (camp) to its :func:`count_features` counts, as the streaming
    pipeline's summary keeps them; the result equals :func:`keyness_by_camp` on the texts those
    counts came from (same columns, order and ``attrs``).
    """
    func = "keyness_from_counts"
    _check_measure(measure, correction, func)
    groups = sorted(word_counts)
    if target not in groups:
        raise ValueError(f"The 'target' parameter of {func} must be one of {groups}; got {target!r}.")
    if reference is not None and reference not in groups:
        raise ValueError(f"The 'reference' parameter of {func} must be one of {groups} "
                         f"or None; got {reference!r}.")
    if reference == target:
        raise ValueError(f"{func}: 'reference' must differ from 'target'.")
    ct = Counter(word_counts[target])
    cr: Counter = Counter()
    for g in groups:
        if g != target and (reference is None or g == reference):
            cr.update(word_counts[g])
    if not +cr:
        raise ValueError(f"{func}: the reference ({reference or 'all other groups'}) has no tokens.")
    if not +ct:
        raise ValueError(f"{func}: the target ({target}) has no tokens.")
    counts = count_table(+ct, +cr)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = textstat_keyness(counts, measure=measure, correction=correction, prior=prior)
    out = out[(out["n_target"] + out["n_reference"]) >= min_count].reset_index(drop=True)
    out.attrs.update({"target": target,
                      "reference": reference if reference is not None else "all other groups",
                      "measure": measure, "stat": STAT_COLUMN[measure]})
    return out


# --------------------------------------------------------------------------- per language, background prior

# Russian stopwords for keyness: pronouns, prepositions, conjunctions, particles and the forms of
# "быть", as in the usual Snowball Russian list. Content words stay in, as in STOPWORDS.
STOPWORDS_RU: frozenset[str] = frozenset(
    """и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только
    ее её мне было вот от меня еще ещё нет о об из ему теперь когда даже ну вдруг ли если уже или ни
    быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть
    надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто
    этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее неё сейчас были
    куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас
    про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть
    том нельзя такой им более всегда конечно всю между это эта эти этих этим также который которая
    которые которого которой котором которых ним ними нему нем нём своей своего свой своих свои
    своим наш наша наше наши нашей нашего нашим ваш ваша ваше ваши также лишь очень бы будут будем
    является являются ещё пока именно весь вся всё всем всеми иначе поэтому однако хотя""".split()
)
# Keyness stopwords by language code (as in the ``lang`` column): language is data here.
STOPWORDS_BY_LANG: dict[str, frozenset[str]] = {"en": STOPWORDS, "ru": STOPWORDS_RU}
# Default weight of the background prior, in pseudo-tokens (see background_alpha).
PRIOR_TOKENS = 1000.0


def stopwords_for(lang: str) -> frozenset[str]:
    """The keyness stopwords of a language (English's for a language without a list)."""
    return STOPWORDS_BY_LANG.get(lang, STOPWORDS)


def load_background(lang: str, *, folder: str | None = None) -> pd.Series:
    """Word counts of the shipped general background corpus of a language (``data/background``).

    ``data/background/<lang>.tsv``: ``word<TAB>count`` lines after ``#`` comment lines that name
    the source corpus and its licence (``data/background/README.md``). Returns a Series of int
    counts indexed by word; an unknown language raises ``ValueError`` naming the shipped ones.
    """
    from pathlib import Path

    from discourse.core.paths import data_dir

    base = Path(folder) if folder else data_dir() / "background"
    path = base / f"{lang}.tsv"
    if not path.is_file():
        have = sorted(p.stem for p in base.glob("*.tsv"))
        raise ValueError(f"No keyness background for language {lang!r}: {path} does not exist; "
                         f"shipped: {have}.")
    words, counts = [], []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            word, _, count = line.rstrip("\n").partition("\t")
            if not word or not count.isdigit():
                raise ValueError(f"{path}, line {line_no}: expected 'word<TAB>count', got {line!r}.")
            words.append(word)
            counts.append(int(count))
    return pd.Series(counts, index=pd.Index(words, dtype=object), dtype="int64", name=lang)


def background_alpha(features: list[str], background: pd.Series | None, *,
                     prior_tokens: float = PRIOR_TOKENS) -> np.ndarray:
    """Dirichlet prior ``alpha_w = prior_tokens * pi_w`` of each word from a background corpus.

    ``pi_w = (count_w + 1/2) / (total + V/2)`` over the background's words and the compared ones
    (``V`` words in all): the background's share of the word, with half a count for every word so
    that a word the background never saw still gets a small positive prior. The prior does not
    depend on the compared counts, so a word's score moves only with its own counts.
    ``background=None`` gives every word the same ``pi_w = 1/V`` (a flat prior of the same
    weight).

    >>> background_alpha(["a", "b"], pd.Series({"a": 9}), prior_tokens=10).round(3).tolist()
    [9.5, 0.5]
    """
    if isinstance(prior_tokens, bool) or not isinstance(prior_tokens, (int, float)) \
            or not prior_tokens > 0:
        raise ValueError(f"The 'prior_tokens' parameter must be a positive number; "
                         f"got {prior_tokens!r}.")
    if background is None:
        return np.full(len(features), float(prior_tokens) / max(len(features), 1))
    counts = background.reindex(features).fillna(0).to_numpy(dtype=float)
    vocab = len(set(background.index) | set(features))
    pi = (counts + 0.5) / (float(background.sum()) + 0.5 * vocab)
    return float(prior_tokens) * pi


def prior_log_odds(a: np.ndarray, b: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio with a fixed Dirichlet prior, and its signed likelihood-ratio z.

    ``delta_w`` is Monroe et al.'s (2008, eq. 16) log-odds ratio with prior ``alpha_w``
    (``alpha_0`` = its sum). ``z_w`` is the signed square root of the likelihood-ratio statistic
    ``G2`` of the word's 2x2 table of prior-smoothed counts (``a + alpha_w`` and ``b + alpha_w``
    against the rest of each group), positive when the target uses the word at the higher rate:
    under no difference it is approximately standard normal, like Monroe's Wald z, but unlike it
    it falls monotonically as the reference count rises for a fixed target count. (The Wald z
    divides by ``sqrt(1/(a+alpha) + 1/(b+alpha))``, which shrinks faster than the log-odds when
    ``b`` is small: a word used 20 times by the target scores higher against 10 reference uses
    than against none.)

    >>> d, z = prior_log_odds(np.array([20.0, 20.0, 5.0]), np.array([0.0, 10.0, 100.0]),
    ...                       np.array([0.5, 0.5, 0.5]))
    >>> bool(z[0] > z[1] > 0 > z[2])
    True
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    alpha = np.asarray(alpha, float)
    a0 = alpha.sum()
    n_t, n_r = a.sum(), b.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((a + alpha) / (n_t + a0 - a - alpha)) - np.log(
            (b + alpha) / (n_r + a0 - b - alpha))
    sa, sb = a + alpha, b + alpha
    rest_a, rest_b = n_t + a0 - sa, n_r + a0 - sb
    g2 = g2_stat_cells(sa, sb, rest_a, rest_b)
    z = np.sign(delta) * np.sqrt(g2)
    return delta, z


def g2_stat_cells(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Likelihood-ratio ``G2`` of 2x2 tables given all four cells (may be fractional)."""
    n = a + b + c + d
    e = [(a + b) * (a + c) / n, (a + b) * (b + d) / n, (c + d) * (a + c) / n,
         (c + d) * (b + d) / n]
    g2 = 2.0 * sum(_xlogx_over(o, ex) for o, ex in zip((a, b, c, d), e))
    return np.maximum(g2, 0.0)
