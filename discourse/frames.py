"""Frames by dictionary, and the distinctive vocabulary of each camp (keyness).

Two tools for "how does each camp talk about it":

- :func:`score_frames` gives each quote the share of its frame-dictionary hits that belong to each
  frame of ``data/frames.yaml`` (the 15 policy frames of Boydstun et al. 2014 plus domain frames).
- :func:`keyness_by_camp` ranks the words one camp uses more than another, with the log-odds
  ratio with informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), or Pearson's chi2 as
  in quanteda's ``textstat_keyness``.

References
----------
Boydstun, A. E., Card, D., Gross, J. H., Resnik, P. & Smith, N. A. (2014). Tracking the
development of media frames within and across policy issues. APSA 2014 Annual Meeting Paper.
Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' Words: Lexical Feature Selection
and Evaluation for Identifying the Content of Political Conflict. Political Analysis 16(4), 372-403.
Benoit, K. et al. (2018). quanteda: An R package for the quantitative analysis of textual data.
Journal of Open Source Software 3(30), 774 (``textstat_keyness``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from scipy import stats as sps

from discourse import paths
from discourse.stance import _pydantic_message, read_yaml_mapping
from discourse.text import tokenize

FAMILIES: tuple[str, ...] = ("policy", "domain")
KEYNESS_MEASURES: tuple[str, ...] = ("log_odds", "chi2")
MIN_SEEDS, MAX_SEEDS = 20, 60
_RESERVED_IDS = frozenset({"top"})  # frame_top is the label column

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


@dataclass(frozen=True)
class Frame:
    """A frame dictionary.

    Attributes
    ----------
    id : str
        Lower-case identifier; the score column is ``frame_<id>``.
    label : str
        Readable name.
    family : {'policy', 'domain'}
        Boydstun et al. (2014) policy frame, or a frame specific to this domain.
    description : str
        What the frame captures.
    seeds : tuple of str
        Lower-case words or multiword phrases; a trailing ``*`` is a prefix wildcard.
    known_misses : str
        What the dictionary cannot catch.
    """

    id: str
    label: str
    family: str
    description: str
    seeds: tuple[str, ...]
    known_misses: str


# --------------------------------------------------------------------------- loading


class _FrameEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    family: str
    description: str = Field(min_length=1)
    seeds: list[str] = Field(min_length=MIN_SEEDS, max_length=MAX_SEEDS)
    known_misses: str = Field(min_length=1)

    @field_validator("family")
    @classmethod
    def _family_ok(cls, v: str) -> str:
        if v not in FAMILIES:
            raise ValueError(f"must be one of {set(FAMILIES)}")
        return v

    @field_validator("seeds")
    @classmethod
    def _seeds_ok(cls, v: list[str]) -> list[str]:
        bad = [s for s in v if _parse_seed(s) is None]
        if bad:
            raise ValueError(
                f"seeds must be lower-case words as discourse.text.tokenize produces them, "
                f"separated by single spaces, '*' only at the end of a word; bad: {bad}"
            )
        dupes = sorted({s for s in v if v.count(s) > 1})
        if dupes:
            raise ValueError(f"duplicate seeds {dupes}")
        return v


def _parse_seed(seed: str) -> tuple[tuple[str, bool], ...] | None:
    """``"sanction* regime"`` -> ``(("sanction", True), ("regime", False))``; None if invalid."""
    if not isinstance(seed, str) or seed != seed.strip() or "  " in seed or not seed:
        return None
    words = []
    for w in seed.split(" "):
        prefix = w.endswith("*")
        core = w[:-1] if prefix else w
        if not core or tokenize(core) != [core]:
            return None
        words.append((core, prefix))
    return tuple(words)


def load_frames(path: str | Path | None = None) -> list[Frame]:
    """Load and validate the frame dictionaries.

    Parameters
    ----------
    path : str or Path, default=None
        YAML file with a ``frames`` list; ``None`` reads ``paths.data_file("frames.yaml")``.

    Returns
    -------
    list of Frame
        In file order (the order breaks ties in ``frame_top``).

    Raises
    ------
    ValueError
        Listing every bad entry at once as ``<file>, entry <i> ('<id>'): <problem>``: a missing
        or extra field, a family other than policy/domain, fewer than 20 or more than 60 seeds, a
        seed that is not lower-case tokens (``"non-interference"`` must be written
        ``"non interference"``), duplicate seeds or ids.

    Examples
    --------
    >>> frames = load_frames()
    >>> len([f for f in frames if f.family == "policy"])
    15
    """
    path = Path(path) if path is not None else paths.data_file("frames.yaml")
    _, entries = read_yaml_mapping(path, key="frames")
    frames: list[Frame] = []
    problems: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(entries, start=1):
        if not isinstance(raw, dict):
            problems.append(f"{path.name}, entry {i}: expected a mapping, got {type(raw).__name__}")
            continue
        name = raw.get("id", "?")
        try:
            entry = _FrameEntry.model_validate(raw)
        except ValidationError as err:
            problems.append(f"{path.name}, entry {i} ({name!r}): {_pydantic_message(err)}")
            continue
        if entry.id in seen or entry.id in _RESERVED_IDS:
            problems.append(f"{path.name}, entry {i} ({name!r}): id {entry.id!r} is "
                            + ("reserved" if entry.id in _RESERVED_IDS else "a duplicate"))
            continue
        seen.add(entry.id)
        frames.append(
            Frame(
                id=entry.id,
                label=entry.label,
                family=entry.family,
                description=" ".join(entry.description.split()),
                seeds=tuple(entry.seeds),
                known_misses=" ".join(entry.known_misses.split()),
            )
        )
    if problems:
        raise ValueError(f"Invalid frames file {path}:\n  " + "\n  ".join(problems))
    if not frames:
        raise ValueError(f"{path}: the 'frames' list is empty.")
    return frames


# --------------------------------------------------------------------------- frame scoring


class _FrameMatcher:
    """Counts, per frame, non-overlapping longest seed matches in a token list."""

    def __init__(self, frames: Sequence[Frame]) -> None:
        self.n = len(frames)
        # (frame index, seed words) for every seed; longest first within a frame.
        self.seeds = [
            (k, _parse_seed(s)) for k, f in enumerate(frames) for s in f.seeds
        ]
        self.seeds.sort(key=lambda x: (x[0], -len(x[1])))
        self._cache: dict[str, tuple] = {}

    def _starting_with(self, tok: str) -> tuple:
        hit = self._cache.get(tok)
        if hit is None:
            hit = tuple(
                (k, words)
                for k, words in self.seeds
                if (tok.startswith(words[0][0]) if words[0][1] else tok == words[0][0])
            )
            self._cache[tok] = hit
        return hit

    def count(self, toks: Sequence[str]) -> np.ndarray:
        counts = np.zeros(self.n, dtype=np.int64)
        free = np.zeros(self.n, dtype=np.int64)  # next token position each frame may match at
        n = len(toks)
        for i, tok in enumerate(toks):
            candidates = self._starting_with(tok)
            if not candidates:
                continue
            negated = i > 0 and toks[i - 1] == "non"
            done: set[int] = set()
            for k, words in candidates:  # longest first within each frame
                if k in done or free[k] > i or i + len(words) > n:
                    continue
                # "non-violent" is not "violent": a "non" prefix (split off by the tokenizer)
                # blocks seeds that do not themselves start with "non".
                if negated and words[0][0] != "non":
                    continue
                if all(
                    (toks[i + j].startswith(w) if pre else toks[i + j] == w)
                    for j, (w, pre) in enumerate(words)
                ):
                    counts[k] += 1
                    free[k] = i + len(words)
                    done.add(k)
        return counts


@lru_cache(maxsize=8)
def _frame_matcher(frames: tuple[Frame, ...]) -> _FrameMatcher:
    return _FrameMatcher(frames)


def frame_counts(text: str, frames: Sequence[Frame]) -> np.ndarray:
    """Number of seed hits of each frame in ``text`` (array in frame order)."""
    return _frame_matcher(tuple(frames)).count(tokenize(text))


def score_frames(
    quotes: pd.DataFrame, frames: Sequence[Frame] | None = None, *, text_col: str = "text"
) -> pd.DataFrame:
    """Add the share of each frame's dictionary hits to every quote.

    ``share_f = hits_f / sum_g hits_g`` over the frames ``g``; all shares are 0 when the quote has
    no hit. Hits are counted on :func:`discourse.text.tokenize` tokens: a seed is a word or a
    phrase of consecutive words, ``*`` at the end of a word matches any continuation. Within a
    frame, matches do not overlap and the longest seed wins at each position ("human rights"
    is one hit, not also "rights"); frames are counted independently, so one word can count for
    two frames. A token after "non" (as in "non-interference", split by the tokenizer) is not
    matched by seeds that do not start with "non".

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (or speech); uses ``text_col``, keeps every other column.
    frames : list of Frame, default=None
        ``None`` loads ``data/frames.yaml``.
    text_col : str, default="text"

    Returns
    -------
    DataFrame
        A copy of ``quotes`` (same rows, order and index) plus ``frame_<id>`` for each frame in
        order (float in [0, 1], summing to 1 over frames when there is any hit, else all 0; NaN
        text gives 0) and ``frame_top`` (id of the largest share; "" when there is no hit; ties go
        to the frame listed first).

    Examples
    --------
    >>> q = pd.DataFrame({"text": ["Sanctions violate sovereignty and the UN Charter."]})
    >>> out = score_frames(q)
    >>> out["frame_top"].iloc[0], float(out["frame_sovereignty"].iloc[0])
    ('external_regulation', 0.25)
    """
    if text_col not in quotes.columns:
        raise ValueError(
            f"The 'text_col' parameter of score_frames must name a column of quotes; "
            f"got {text_col!r}, columns are {list(quotes.columns)}."
        )
    frames = load_frames() if frames is None else list(frames)
    if not frames or not all(isinstance(f, Frame) for f in frames):
        raise ValueError("The 'frames' parameter of score_frames must be a non-empty list of "
                         "Frame (see load_frames).")
    ids = [f.id for f in frames]
    if len(set(ids)) != len(ids):
        raise ValueError(f"The 'frames' parameter of score_frames has duplicate ids: {ids}.")
    matcher = _frame_matcher(tuple(frames))
    counts = np.array(
        [matcher.count(tokenize(t)) if isinstance(t, str) else np.zeros(len(frames), np.int64)
         for t in quotes[text_col].tolist()],
        dtype=float,
    ).reshape(len(quotes), len(frames))
    totals = counts.sum(axis=1, keepdims=True)
    shares = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
    out = quotes.copy()
    for j, f in enumerate(frames):
        out[f"frame_{f.id}"] = pd.Series(shares[:, j], index=quotes.index, dtype="float64")
    # argmax returns the first maximum, i.e. ties go to the frame listed first.
    top = [ids[j] if tot > 0 else "" for j, tot in zip(shares.argmax(axis=1), totals[:, 0],
                                                           strict=True)]
    out["frame_top"] = pd.Series(top, index=quotes.index, dtype=object)
    return out


# --------------------------------------------------------------------------- keyness


def _keyness_tokens(text: str, stopwords: Collection[str], drop_numbers: bool) -> list[str]:
    out = []
    for tok in tokenize(text):
        if tok.endswith("'s"):  # possessive: "russia's" counts as "russia"
            tok = tok[:-2]
        if not tok or tok in stopwords or (drop_numbers and tok.isdigit()):
            continue
        out.append(tok)
    return out


def _group_counts(texts: Iterable[str], stopwords: Collection[str], drop_numbers: bool) -> Counter:
    counts: Counter = Counter()
    for t in texts:
        if isinstance(t, str):
            counts.update(_keyness_tokens(t, stopwords, drop_numbers))
    return counts


def keyness_by_camp(
    quotes: pd.DataFrame,
    *,
    target: str,
    reference: str | None = None,
    measure: str = "log_odds",
    prior: float | pd.Series = 0.01,
    group_col: str = "camp",
    text_col: str = "text",
    min_count: int = 1,
    stopwords: Collection[str] | None = None,
    drop_numbers: bool = True,
) -> pd.DataFrame:
    r"""Distinctive words of one camp (``target``) against another camp or all other camps.

    Tokens are :func:`discourse.text.tokenize` tokens, possessive ``'s`` removed, minus
    :data:`STOPWORDS` (and digits-only tokens when ``drop_numbers``). Let ``y_wt``, ``y_wr`` be the
    counts of word ``w`` in the target and reference texts and ``n_t``, ``n_r`` their total token
    counts.

    ``measure="log_odds"`` -- log-odds ratio with informative Dirichlet prior (Monroe, Colaresi &
    Quinn 2008, eq. 16-22)::

        delta_w = log((y_wt + a_w) / (n_t + a_0 - y_wt - a_w))
                - log((y_wr + a_w) / (n_r + a_0 - y_wr - a_w))
        var_w  ~= 1 / (y_wt + a_w) + 1 / (y_wr + a_w)
        z_w     = delta_w / sqrt(var_w)

    with the prior ``a_w``: if ``prior`` is a float ``s``, ``a_w = s * (y_wt + y_wr)``, the pooled
    counts of the compared texts scaled by ``s`` (so ``a_0 = sum_w a_w = s * (n_t + n_r)``; with
    the default 0.01 the prior carries 1% of the corpus's weight and shrinks rare words toward
    zero). If ``prior`` is a Series of background counts indexed by word (e.g. from a large
    reference corpus), ``a_w = prior[w]`` and ``a_0`` is its sum over the compared vocabulary;
    every word of the compared texts must have a positive count in it.

    ``measure="chi2"`` -- Pearson's chi2 of the 2x2 table (word vs other words, target vs
    reference) with Yates' continuity correction, signed positive when the word is relatively
    more frequent in the target (as quanteda's ``textstat_keyness``), with its p-value (1 df).

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (or speech); uses ``group_col`` and ``text_col``. Rows whose group is
        missing are ignored.
    target : str
        The group whose distinctive words are wanted.
    reference : str, default=None
        The group to compare with; ``None``: all other groups together.
    measure : {'log_odds', 'chi2'}, default='log_odds'
    prior : float or Series, default=0.01
        See above (``log_odds`` only).
    group_col, text_col : str, default='camp', 'text'
    min_count : int, default=1
        Drop words with ``y_wt + y_wr < min_count`` (after computing the statistics).
    stopwords : collection of str, default=None
        ``None`` uses :data:`STOPWORDS`; pass ``()`` to keep every token.
    drop_numbers : bool, default=True
        Drop tokens made of digits only.

    Returns
    -------
    DataFrame
        One row per word: ``feature``, ``log_odds``, ``z`` (or ``chi2``, ``p``), ``n_target``
        (= ``y_wt``), ``n_reference`` (= ``y_wr``); sorted by ``z`` (or ``chi2``) descending, then
        ``feature``; ``attrs["target"]`` / ``attrs["reference"]`` name the compared groups.

    Raises
    ------
    ValueError
        Unknown ``measure``, a ``target``/``reference`` that is not a group of ``quotes`` (the
        groups are listed), ``reference == target``, no reference texts, a non-positive float
        ``prior``, or a Series prior missing some words.

    References
    ----------
    Monroe, Colaresi & Quinn (2008); quanteda ``textstat_keyness`` (see the module docstring).

    Examples
    --------
    >>> q = pd.DataFrame({"camp": ["a", "r"], "text": ["b b b b b b b a a a", "a a a a a a a b b"]})
    >>> keyness_by_camp(q, target="a", stopwords=()).round(3)
      feature  log_odds      z  n_target  n_reference
    0       b      2.05  2.605         7            2
    1       a     -2.05 -3.012         3            7
    """
    if measure not in KEYNESS_MEASURES:
        raise ValueError(
            f"The 'measure' parameter of keyness_by_camp must be one of {set(KEYNESS_MEASURES)}. "
            f"Got {measure!r} instead."
        )
    for col in (group_col, text_col):
        if col not in quotes.columns:
            raise ValueError(f"keyness_by_camp: column {col!r} not in quotes; "
                             f"has {list(quotes.columns)}.")
    groups = sorted(str(g) for g in quotes[group_col].dropna().unique())
    if target not in groups:
        raise ValueError(f"The 'target' parameter of keyness_by_camp must be one of {groups}; "
                         f"got {target!r}.")
    if reference is not None and reference not in groups:
        raise ValueError(f"The 'reference' parameter of keyness_by_camp must be one of {groups} "
                         f"or None; got {reference!r}.")
    if reference == target:
        raise ValueError("keyness_by_camp: 'reference' must differ from 'target'.")
    if not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"The 'min_count' parameter of keyness_by_camp must be an int >= 1; "
                         f"got {min_count!r}.")
    stop = STOPWORDS if stopwords is None else frozenset(stopwords)
    g = quotes[group_col]
    in_target = g == target
    in_ref = (g == reference) if reference is not None else (g.notna() & ~in_target)
    ct = _group_counts(quotes.loc[in_target, text_col], stop, drop_numbers)
    cr = _group_counts(quotes.loc[in_ref, text_col], stop, drop_numbers)
    if not cr:
        raise ValueError(f"keyness_by_camp: the reference ({reference or 'all other groups'}) "
                         "has no tokens.")
    features = sorted(set(ct) | set(cr))
    y_t = np.array([ct.get(w, 0) for w in features], dtype=float)
    y_r = np.array([cr.get(w, 0) for w in features], dtype=float)
    n_t, n_r = y_t.sum(), y_r.sum()
    if measure == "log_odds":
        alpha = _prior_alpha(prior, features, y_t + y_r)
        a0 = alpha.sum()
        # Odds are undefined only for a one-word vocabulary (the word is all of both texts):
        # NaN there, without a warning.
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((y_t + alpha) / (n_t + a0 - y_t - alpha)) - np.log(
                (y_r + alpha) / (n_r + a0 - y_r - alpha)
            )
            z = delta / np.sqrt(1.0 / (y_t + alpha) + 1.0 / (y_r + alpha))
        out = pd.DataFrame({"feature": features, "log_odds": delta, "z": z})
        sort_col = "z"
    else:
        chi2, p = _chi2_yates(y_t, y_r, n_t, n_r)
        out = pd.DataFrame({"feature": features, "chi2": chi2, "p": p})
        sort_col = "chi2"
    out["n_target"] = y_t.astype(np.int64)
    out["n_reference"] = y_r.astype(np.int64)
    out = out[(out["n_target"] + out["n_reference"]) >= min_count]
    out = out.sort_values([sort_col, "feature"], ascending=[False, True], kind="mergesort")
    out = out.reset_index(drop=True)
    out.attrs["target"] = target
    out.attrs["reference"] = reference if reference is not None else "all other groups"
    out.attrs["measure"] = measure
    return out


def _prior_alpha(prior: float | pd.Series, features: list[str], pooled: np.ndarray) -> np.ndarray:
    if isinstance(prior, pd.Series):
        alpha = prior.reindex(features).astype(float).to_numpy()
        bad = [w for w, a in zip(features, alpha, strict=True) if not (a > 0)]
        if bad:
            raise ValueError(
                "keyness_by_camp: the 'prior' Series must give a positive background count for "
                f"every word of the compared texts; missing or non-positive for {len(bad)} "
                f"word(s), e.g. {bad[:10]}."
            )
        return alpha
    if isinstance(prior, bool) or not isinstance(prior, (int, float)) or not prior > 0:
        raise ValueError(f"The 'prior' parameter of keyness_by_camp must be a positive float or "
                         f"a Series of background counts; got {prior!r}.")
    return float(prior) * pooled


def _chi2_yates(
    y_t: np.ndarray, y_r: np.ndarray, n_t: float, n_r: float
) -> tuple[np.ndarray, np.ndarray]:
    """Signed Yates-corrected chi2 of each word's 2x2 table, and its p-value."""
    a, b = y_t, n_t - y_t
    c, d = y_r, n_r - y_r
    n = a + b + c + d
    num = n * np.maximum(0.0, np.abs(a * d - b * c) - n / 2.0) ** 2
    den = (a + b) * (c + d) * (a + c) * (b + d)
    chi2 = np.divide(num, den, out=np.zeros_like(num), where=den > 0)
    p = sps.chi2.sf(chi2, df=1)
    expected_a = (a + b) * (a + c) / n
    sign = np.where(a > expected_a, 1.0, -1.0)
    return sign * chi2, p
