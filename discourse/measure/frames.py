"""Frames by dictionary, and the distinctive vocabulary of each camp (keyness).

Two tools for "how does each camp talk about it":

- :func:`score_frames` gives each quote the share of its frame-dictionary hits that belong to each
  frame of ``data/frames.yaml`` (the 15 policy frames of Boydstun et al. 2014 plus domain frames).
- :func:`keyness_by_camp` ranks the words one camp uses more than another (log-odds ratio with
  informative Dirichlet prior of Monroe, Colaresi & Quinn 2008, or quanteda's ``textstat_keyness``
  measures chi2, G2 and PMI). It lives in :mod:`discourse.measure.keyness` and is re-exported here.

``docs/frames.md`` documents every frame of ``data/frames.yaml``; its reference part is
:func:`frames_markdown` of the shipped file, and a test keeps the two identical.

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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from discourse.core import paths
from discourse.core.yamlio import pydantic_message, read_yaml_mapping
from discourse.measure.keyness import KEYNESS_MEASURES, STOPWORDS, keyness_by_camp
from discourse.text import tokenize

# Keyness moved to discourse.measure.keyness; re-exported here so ``frames.keyness_by_camp`` keeps working.
__all__ = ["FAMILIES", "KEYNESS_MEASURES", "STOPWORDS", "Frame", "frame_counts", "frames_markdown",
           "keyness_by_camp", "load_frames", "score_frames"]

FAMILIES: tuple[str, ...] = ("policy", "domain")
MIN_SEEDS, MAX_SEEDS = 20, 60
_RESERVED_IDS = frozenset({"top"})  # frame_top is the label column


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
        Lower-case words or multiword phrases, of every language the YAML gives (``seeds:`` a
        list, or ``{en: [...], ru: [...]}``: 20-60 per language under the same id); a trailing
        ``*`` is a prefix wildcard.
    known_misses : str
        What the dictionary cannot catch.
    by_language : tuple of (str, tuple of str)
        The seeds of each language, ``(("en", (...)), ("ru", (...)))``, when the YAML gives them
        per language (empty for one list); for the reference page.
    """

    id: str
    label: str
    family: str
    description: str
    seeds: tuple[str, ...]
    known_misses: str
    by_language: tuple[tuple[str, tuple[str, ...]], ...] = ()


# --------------------------------------------------------------------------- loading


class _FrameEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    family: str
    description: str = Field(min_length=1)
    seeds: list[str] | dict[str, list[str]]
    known_misses: str = Field(min_length=1)

    @field_validator("family")
    @classmethod
    def _family_ok(cls, v: str) -> str:
        if v not in FAMILIES:
            raise ValueError(f"must be one of {set(FAMILIES)}")
        return v

    @field_validator("seeds")
    @classmethod
    def _seeds_ok(cls, v: list[str] | dict[str, list[str]]) -> list[str] | dict[str, list[str]]:
        # one list (English), or one list per language under the same frame id
        for lang, seeds in (v.items() if isinstance(v, dict) else [("", v)]):
            where = f"language {lang!r}: " if lang else ""
            if lang and not re.fullmatch(r"[a-z]{2,3}", lang):
                raise ValueError(f"language key {lang!r} must be a 2-3 letter code (en, ru)")
            if not MIN_SEEDS <= len(seeds) <= MAX_SEEDS:
                raise ValueError(f"{where}needs at least {MIN_SEEDS} and at most {MAX_SEEDS} seeds; "
                                 f"got {len(seeds)}")
            bad = [s for s in seeds if _parse_seed(s) is None]
            if bad:
                raise ValueError(
                    f"{where}seeds must be lower-case words as discourse.text.tokenize produces "
                    f"them, separated by single spaces, '*' only at the end of a word; bad: {bad}"
                )
            dupes = sorted({s for s in seeds if seeds.count(s) > 1})
            if dupes:
                raise ValueError(f"{where}duplicate seeds {dupes}")
        return v


def _flat_seeds(seeds: list[str] | dict[str, list[str]]) -> list[str]:
    """Every language's seeds of a frame, languages in alphabetical order, duplicates once: a
    dictionary matches all its languages at once (words of another script never match)."""
    if not isinstance(seeds, dict):
        return list(seeds)
    return list(dict.fromkeys(s for lang in sorted(seeds) for s in seeds[lang]))


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
        In file order.

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
            problems.append(f"{path.name}, entry {i} ({name!r}): {pydantic_message(err)}")
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
                seeds=tuple(_flat_seeds(entry.seeds)),
                known_misses=" ".join(entry.known_misses.split()),
                by_language=tuple((lang, tuple(entry.seeds[lang])) for lang in entry.seeds)
                if isinstance(entry.seeds, dict) else (),
            )
        )
    if problems:
        raise ValueError(f"Invalid frames file {path}:\n  " + "\n  ".join(problems))
    if not frames:
        raise ValueError(f"{path}: the 'frames' list is empty.")
    return frames


# --------------------------------------------------------------------------- frame scoring


# Distinct tokens whose seed candidates are remembered; enough for a large corpus's common
# words, bounded so that memory does not grow with the corpus.
_CACHE_LIMIT = 50_000

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
            if len(self._cache) >= _CACHE_LIMIT:  # a corpus's vocabulary keeps growing
                self._cache.clear()
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
        text gives 0) and ``frame_top`` (id of the largest share; when several frames share the
        largest, all their ids joined by ``|`` in file order, e.g. ``"foreign_interference|
        sovereignty"``: a tie is reported, never broken by list order; "" when there is no hit).

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
    # Every frame with the largest count: a tie is reported as a tie ("a|b", in file order),
    # never broken by the order of the file.
    top = []
    for row, tot in zip(counts, totals[:, 0], strict=True):
        top.append("|".join(ids[j] for j in np.flatnonzero(row == row.max())) if tot > 0 else "")
    out["frame_top"] = pd.Series(top, index=quotes.index, dtype=object)
    return out


# --------------------------------------------------------------------------- documentation

DOC_MARKER = "<!-- generated: discourse.measure.frames.frames_markdown(load_frames()); do not edit below -->"


def frames_markdown(frames: Sequence[Frame] | None = None) -> str:
    """Markdown reference of frame dictionaries: one section per frame, in file order.

    Each section gives the id (and score column), family, what the frame captures, its seed words
    and phrases, and its known misses, all taken from the YAML, so the text cannot drift from the
    dictionary. ``docs/frames.md`` ends with this text after :data:`DOC_MARKER`.

    Parameters
    ----------
    frames : list of Frame, default=None
        ``None`` loads ``data/frames.yaml``.

    Returns
    -------
    str
        Markdown, ending with a newline.

    Examples
    --------
    >>> print(frames_markdown([Frame("x", "X", "domain", "Talk of x.", ("x", "x y*"), "None.")]))
    ## Domain frames
    <BLANKLINE>
    ### X (`x`)
    <BLANKLINE>
    Column `frame_x`, family domain, 2 seeds.
    <BLANKLINE>
    **Captures.** Talk of x.
    <BLANKLINE>
    **Seeds.** `x`, `x y*`
    <BLANKLINE>
    **Known misses.** None.
    <BLANKLINE>
    """
    frames = load_frames() if frames is None else list(frames)
    titles = {"policy": "Policy frames (Boydstun et al. 2014)", "domain": "Domain frames"}
    lines: list[str] = []
    for family in FAMILIES:
        members = [f for f in frames if f.family == family]
        if not members:
            continue
        lines += [f"## {titles[family]}", ""]
        for f in members:
            parts = f.by_language or (("", f.seeds),)
            counts = ", ".join(f"{len(seeds)} {lang}" for lang, seeds in parts) if f.by_language \
                else str(len(f.seeds))
            lines += [
                f"### {f.label} (`{f.id}`)", "",
                f"Column `frame_{f.id}`, family {f.family}, {counts} seeds.", "",
                f"**Captures.** {f.description}", "",
            ]
            for lang, seeds in parts:
                title = f"**Seeds ({lang}).** " if lang else "**Seeds.** "
                lines += [title + ", ".join(f"`{s}`" for s in seeds), ""]
            lines += [f"**Known misses.** {f.known_misses}", ""]
    return "\n".join(lines)
