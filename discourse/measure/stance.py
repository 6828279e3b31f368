"""Stance of quotes toward configured targets, by transparent rules.

A *target* (``data/targets.yaml``) is something a speaker can be for or against: Lukashenko and the
Belarusian authorities, Russia, the West, the 2020 election, the protests. The method, for every
quote and target:

1. **Mentions.** Each target pattern is a regular expression matched case-insensitively, with word
   boundaries, on the text as given.
2. **Clause.** A mention is evaluated inside its clause: its sentence (``discourse.text
   .sentence_spans``) cut at semicolons and colons. Words of any target mention are never evaluated
   themselves ("protest" is negative in VADER, but naming the protests is not a stance).
3. **Evaluative words.** Every other token (or phrase) of the clause within ``window`` tokens of the
   mention is looked up, longest entry first, in the stance lexicon of ``targets.yaml`` and then
   in VADER's lexicon (valence on VADER's -4..+4 scale; the stance lexicon wins; its ``neutral``
   words are ignored). *Directional* entries (support, condemn, sanction, recognise, ...) carry the
   attitude of a subject toward an object, so they count only for a mention *after* them
   ("we condemn Lukashenko"), or *before* them in the passive ("Lukashenko was condemned"), and
   never for the agent of a passive ("by the EU"). A directional word also separates the
   subject side from the object side: in "the EU condemned the violent crackdown", "violent" is
   not counted for the EU.
4. **Negation.** A negator ("not", "never", "no", "non", "n't" forms, ...) among the three tokens
   before an evaluative word flips it and damps it by VADER's factor 0.74: "not support" is -0.74
   times the valence of "support".
5. **Contrast.** As in VADER, when the clause contains "but" (or "however"), words before it weigh
   0.5 and words after it 1.5.
6. **Score.** A mention's score is the weighted mean of its evaluative words' valences divided by 4
   and clipped to [-1, 1], with weight ``contrast / distance`` (distance in tokens, at least 1):
   nearer words count more. A target's score in the quote is the mean over its mentions that have
   at least one evaluative word; 0.0 when it is mentioned without any; NaN when not mentioned.
7. **Label.** ``favour`` if score >= ``threshold`` (0.05), ``against`` if <= -``threshold``, else
   ``none``.

This is a first, exploratory method (see ``schema.MEASURES["stance"]``): it has no syntax, so it
misreads evaluations aimed at a nearby non-target ("we support the people, not the regime" works
by negation, but "Russia's support for Lukashenko" gives Lukashenko a favourable score, which is
Russia's stance reported by the speaker), sarcasm, and pronoun references ("its aggression").

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment Analysis
of Social Media Text. ICWSM-14 (negation factor, "but" weights, lexicon).
Mohammad, S. et al. (2016). SemEval-2016 Task 6: Detecting Stance in Tweets (favour/against/none).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from discourse.core import paths
from discourse.core.yamlio import pydantic_message, read_yaml_mapping
from discourse.text import sentence_spans, token_spans

STANCE_LABELS: tuple[str, ...] = ("favour", "against", "none")
NEGATORS: frozenset[str] = frozenset(
    """not no never none nobody nothing neither nor without cannot non hardly barely
    aint isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt shouldnt
    neednt mustnt hasnt havent hadnt""".split()
)
CONTRAST: frozenset[str] = frozenset({"but", "however"})
BE_FORMS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
NEGATION_SCOPE = 3  # tokens before an evaluative word searched for a negator (as VADER)
CONTRAST_BEFORE, CONTRAST_AFTER = 0.5, 1.5  # VADER's weights around "but"
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CLAUSE_BREAK = re.compile(r"[;:]")


@dataclass(frozen=True)
class Target:
    """A stance target: something a quote can be for or against.

    Attributes
    ----------
    id : str
        Lower-case identifier; columns ``stance_<id>`` and ``stance_<id>_score``.
    label : str
        Readable name for tables and plots.
    patterns : tuple of str
        Regular expressions for mentions (case-insensitive, word boundaries added).
    description : str
        What counts as a mention.
    comment : str
        Why the patterns look as they do and what they miss.
    """

    id: str
    label: str
    patterns: tuple[str, ...]
    description: str
    comment: str = ""

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """Character spans of this target's mentions in ``text``, in text order.

        >>> Target("eu", "EU", ("the EU", "Brussels"), "").mentions("Brussels and the EU agree.")
        [(0, 8), (13, 19)]
        """
        return [m.span() for m in _compile(self.patterns).finditer(text) if m.end() > m.start()]


@dataclass(frozen=True, eq=False)
class StanceLexicon:
    """Evaluative words for stance, on VADER's -4..+4 scale (``stance_lexicon`` in targets.yaml).

    Attributes
    ----------
    directional : mapping of str to float
        Verbs and action nouns that express a subject's attitude toward an object.
    evaluative : mapping of str to float
        Words that evaluate whatever they describe.
    neutral : tuple of str
        Words VADER scores but which are ignored (names, function words).

    Compared and hashed by identity (its matcher is cached per object); the mappings are
    read-only views.
    """

    directional: Mapping[str, float]
    evaluative: Mapping[str, float]
    neutral: tuple[str, ...]


# --------------------------------------------------------------------------- loading and checks


class _TargetEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    comment: str = ""
    patterns: list[str] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_ok(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("must be lower-case letters, digits and _ (starting with a letter)")
        return v

    @field_validator("patterns")
    @classmethod
    def _patterns_ok(cls, v: list[str]) -> list[str]:
        for p in v:
            try:
                re.compile(p)
            except re.error as err:
                raise ValueError(f"pattern {p!r} is not a valid regular expression ({err})") from err
        return v


class _LexiconEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    directional: dict[str, float] = Field(default_factory=dict)
    evaluative: dict[str, float] = Field(default_factory=dict)
    neutral: list[str] = Field(default_factory=list)


def load_targets(path: str | Path | None = None) -> list[Target]:
    """Load and validate the stance targets.

    Parameters
    ----------
    path : str or Path, default=None
        YAML file with a ``targets`` list; ``None`` reads ``paths.data_file("targets.yaml")``.

    Returns
    -------
    list of Target
        In file order.

    Raises
    ------
    ValueError
        Listing every bad entry at once, each as ``<file>, entry <i> ('<id>'): <problem>`` (a
        missing or extra field, an invalid id or regular expression, a duplicated id).

    Examples
    --------
    >>> [t.id for t in load_targets()][:3]
    ['lukashenko', 'russia', 'west']
    """
    path = Path(path) if path is not None else paths.data_file("targets.yaml")
    _, entries = read_yaml_mapping(path, key="targets")
    targets: list[Target] = []
    problems: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(entries, start=1):
        name = raw.get("id", "?") if isinstance(raw, dict) else "?"
        if not isinstance(raw, dict):
            problems.append(f"{path.name}, entry {i}: expected a mapping, got {type(raw).__name__}")
            continue
        try:
            entry = _TargetEntry.model_validate(raw)
        except ValidationError as err:
            problems.append(f"{path.name}, entry {i} ({name!r}): {pydantic_message(err)}")
            continue
        if entry.id in seen:
            problems.append(f"{path.name}, entry {i} ({name!r}): duplicate id {entry.id!r}")
            continue
        seen.add(entry.id)
        targets.append(
            Target(
                id=entry.id,
                label=entry.label,
                patterns=tuple(entry.patterns),
                description=" ".join(entry.description.split()),
                comment=" ".join(entry.comment.split()),
            )
        )
    if problems:
        raise ValueError(f"Invalid targets file {path}:\n  " + "\n  ".join(problems))
    if not targets:
        raise ValueError(f"{path}: the 'targets' list is empty.")
    return targets


def load_stance_lexicon(path: str | Path | None = None) -> StanceLexicon:
    """Load and validate the ``stance_lexicon`` section of the targets file.

    Parameters
    ----------
    path : str or Path, default=None
        ``None`` reads ``paths.data_file("targets.yaml")``.

    Returns
    -------
    StanceLexicon
        Entries lower-cased; valences on VADER's -4..+4 scale.

    Raises
    ------
    ValueError
        Naming the file and the entry: a valence outside [-4, 4], an empty entry, a ``*`` that is
        not at the end of a word, or an entry listed twice.
    """
    path = Path(path) if path is not None else paths.data_file("targets.yaml")
    data, _ = read_yaml_mapping(path, key="targets")
    raw = data.get("stance_lexicon")
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping 'stance_lexicon' (directional, evaluative, "
                         "neutral).")
    try:
        lex = _LexiconEntry.model_validate(raw)
    except ValidationError as err:
        raise ValueError(f"{path}, stance_lexicon: {pydantic_message(err)}") from err
    problems: list[str] = []
    seen: dict[str, str] = {}
    for section, words in (("directional", lex.directional), ("evaluative", lex.evaluative),
                           ("neutral", dict.fromkeys(lex.neutral, 0.0))):
        for word, val in words.items():
            where = f"{path.name}, stance_lexicon.{section} entry {word!r}"
            key = " ".join(word.lower().split())
            if not key or not re.fullmatch(r"[^\s*]+\*?(?: [^\s*]+\*?)*", key):
                problems.append(f"{where}: must be words, '*' only at the end of a word")
            if not -4.0 <= val <= 4.0:
                problems.append(f"{where}: valence must be within [-4, 4]; got {val}")
            if key in seen:
                problems.append(f"{where}: also listed in stance_lexicon.{seen[key]}")
            seen[key] = section
    if problems:
        raise ValueError(f"Invalid stance lexicon in {path}:\n  " + "\n  ".join(problems))
    def norm(d: dict[str, float]) -> MappingProxyType:
        return MappingProxyType({" ".join(k.lower().split()): float(v) for k, v in d.items()})

    return StanceLexicon(
        directional=norm(lex.directional),
        evaluative=norm(lex.evaluative),
        neutral=tuple(" ".join(w.lower().split()) for w in lex.neutral),
    )


# --------------------------------------------------------------------------- matching


@lru_cache(maxsize=256)
def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.IGNORECASE)


def _norm_token(tok: str) -> str:
    return tok.lower().replace("’", "'")


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    prefix: tuple[bool, ...]
    valence: float | None  # None: neutral (matched, then ignored)
    directional: bool

    def matches(self, toks: Sequence[str], i: int) -> bool:
        if i + len(self.words) > len(toks):
            return False
        for k, (w, pre) in enumerate(zip(self.words, self.prefix, strict=True)):
            t = toks[i + k]
            if not (t.startswith(w) if pre else t == w):
                return False
        return True


class _Matcher:
    """Longest-match lookup of stance-lexicon entries, then VADER words, at a token position."""

    def __init__(self, lexicon: StanceLexicon, vader: Mapping[str, float]) -> None:
        entries = []
        for d, directional in ((lexicon.directional, True), (lexicon.evaluative, False)):
            for key, val in d.items():
                entries.append(self._entry(key, val, directional))
        entries += [self._entry(key, None, False) for key in lexicon.neutral]
        # Longest first; exact words before wildcards of the same length; then alphabetical.
        entries.sort(key=lambda e: (-len(e.words), sum(e.prefix), e.words))
        self.entries = entries
        self.vader = vader

    @staticmethod
    def _entry(key: str, val: float | None, directional: bool) -> _Entry:
        words = key.split()
        return _Entry(
            words=tuple(w.rstrip("*") for w in words),
            prefix=tuple(w.endswith("*") for w in words),
            valence=val,
            directional=directional,
        )

    def match(self, toks: Sequence[str], i: int) -> tuple[int, float | None, bool]:
        """(length, valence or None, directional) of the entry matching at ``i``; length 0: none."""
        for e in self._candidates(toks[i]):
            if e.matches(toks, i):
                return len(e.words), e.valence, e.directional
        val = self.vader.get(toks[i])
        if val is not None and toks[i] not in NEGATORS and toks[i] not in CONTRAST:
            return 1, float(val), False
        return 0, None, False

    @lru_cache(maxsize=65536)  # noqa: B019 - matcher objects are few and long-lived
    def _candidates(self, first: str) -> tuple[_Entry, ...]:
        return tuple(
            e
            for e in self.entries
            if (first.startswith(e.words[0]) if e.prefix[0] else first == e.words[0])
        )


@lru_cache(maxsize=8)
def _matcher(lexicon: StanceLexicon) -> _Matcher:
    from discourse.measure.sentiment import sentiment_analyzer

    return _Matcher(lexicon, sentiment_analyzer().lexicon)


def _is_negator(tok: str) -> bool:
    return tok in NEGATORS or tok.endswith("n't")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Sentence spans further cut at semicolons and colons."""
    out = []
    for s, e in sentence_spans(text):
        start = s
        for m in _CLAUSE_BREAK.finditer(text, s, e):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, e))
    return [(s, e) for s, e in out if e > s]


# --------------------------------------------------------------------------- scoring


def _mention_score(
    toks: list[str],
    mention: tuple[int, int],
    evals: list[tuple[int, int, float, bool, float]],
    *,
    window: int,
) -> float | None:
    """Weighted mean valence (divided by 4) of the evaluative words around one mention."""
    m_start, m_end = mention  # token indices, end exclusive
    is_agent = m_start > 0 and toks[m_start - 1] == "by"
    num = den = 0.0
    verbs = [(a, b) for a, b, _, directional, _ in evals if directional]
    for e_start, e_end, val, directional, contrast in evals:
        if e_end <= m_start:
            dist, before = m_start - e_end + 1, True
            gap = (e_end, m_start)
        elif e_start >= m_end:
            dist, before = e_start - m_end + 1, False
            gap = (m_end, e_start)
        else:
            continue
        if dist > window:
            continue
        # A directional word between them separates subject side from object side: in "the EU
        # condemned the violent crackdown", "violent" describes the object, not the EU.
        if any(gap[0] <= a and b <= gap[1] for a, b in verbs):
            continue
        if directional:
            passive = toks[e_end - 1].endswith("ed") and any(
                t in BE_FORMS for t in toks[max(0, e_start - 2):e_start]
            )
            applies = (before and not passive and not is_agent) or (not before and passive)
            if not applies:
                continue
        w = contrast / dist
        num += w * val
        den += w
    if den == 0.0:
        return None
    return float(np.clip(num / den / 4.0, -1.0, 1.0))


def _evaluations(
    toks: list[str], excluded: np.ndarray, matcher: _Matcher
) -> list[tuple[int, int, float, bool, float]]:
    """Evaluative matches of a clause: (start, end, signed valence, directional, contrast weight)."""
    contrast_at = next((i for i, t in enumerate(toks) if t in CONTRAST), None)
    out = []
    i = 0
    while i < len(toks):
        if excluded[i]:
            i += 1
            continue
        length, val, directional = matcher.match(toks, i)
        if length == 0 or excluded[i:i + length].any():
            i += 1
            continue
        if val is not None:
            if any(_is_negator(t) for t in toks[max(0, i - NEGATION_SCOPE):i]):
                val *= NEGATION_SCALAR
            contrast = 1.0
            if contrast_at is not None:
                contrast = CONTRAST_BEFORE if i < contrast_at else CONTRAST_AFTER
            out.append((i, i + length, val, directional, contrast))
        i += length
    return out


def stance_of(
    text: str,
    targets: Sequence[Target],
    lexicon: StanceLexicon,
    *,
    window: int = 10,
) -> dict[str, float]:
    """Stance score of one text toward each target (see the module docstring for the rules).

    Returns
    -------
    dict
        ``{target_id: score}``, score in [-1, 1], 0.0 when mentioned without evaluative words,
        NaN when not mentioned.
    """
    matcher = _matcher(lexicon)
    mentions: dict[str, list[tuple[int, int]]] = {}
    for t in targets:
        spans = t.mentions(text)
        if spans:
            mentions[t.id] = spans
    result = {t.id: math.nan for t in targets}
    if not mentions:
        return result
    all_spans = sorted(s for spans in mentions.values() for s in spans)
    per_target: dict[str, list[float | None]] = {tid: [] for tid in mentions}
    for c_start, c_end in _clauses(text):
        inside = [s for s in all_spans if c_start <= s[0] < c_end]
        if not inside:
            continue
        tspans = [(c_start + a, c_start + b) for a, b in token_spans(text[c_start:c_end])]
        toks = [_norm_token(text[a:b]) for a, b in tspans]
        starts = np.array([a for a, _ in tspans], dtype=int)
        ends = np.array([b for _, b in tspans], dtype=int)

        def tok_range(span: tuple[int, int], starts=starts, ends=ends) -> tuple[int, int]:
            hit = np.nonzero((starts < span[1]) & (ends > span[0]))[0]
            return (int(hit[0]), int(hit[-1]) + 1) if len(hit) else (-1, -1)

        excluded = np.zeros(len(toks), dtype=bool)
        for span in inside:
            a, b = tok_range(span)
            if a >= 0:
                excluded[a:b] = True
        evals = _evaluations(toks, excluded, matcher)
        for tid, spans in mentions.items():
            for span in spans:
                if not c_start <= span[0] < c_end:
                    continue
                rng = tok_range(span)
                if rng[0] < 0:
                    continue
                per_target[tid].append(_mention_score(toks, rng, evals, window=window))
    for tid, scores in per_target.items():
        if not scores:
            continue  # matched only inside whitespace between clauses: treat as not mentioned
        evidenced = [s for s in scores if s is not None]
        result[tid] = float(np.mean(evidenced)) if evidenced else 0.0
    return result


def stance_label(score: float, *, threshold: float = 0.05) -> str:
    """``favour`` if score >= threshold, ``against`` if <= -threshold, else (or NaN) ``none``."""
    if score is None or math.isnan(score):
        return "none"
    if score >= threshold:
        return "favour"
    if score <= -threshold:
        return "against"
    return "none"


def _resolve_targets(targets: Iterable[Target] | None) -> list[Target]:
    if targets is None:
        return load_targets()
    targets = list(targets)
    bad = [t for t in targets if not isinstance(t, Target)]
    if bad:
        raise ValueError(
            "The 'targets' parameter of score_stance must be a list of Target (see load_targets); "
            f"got {bad[:3]!r} instead."
        )
    ids = [t.id for t in targets]
    if len(set(ids)) != len(ids):
        raise ValueError(f"The 'targets' parameter of score_stance has duplicate ids: {ids}.")
    return targets


def score_stance(
    quotes: pd.DataFrame,
    targets: Sequence[Target] | None = None,
    *,
    text_col: str = "text",
    lexicon: StanceLexicon | None = None,
    window: int = 10,
    threshold: float = 0.05,
) -> pd.DataFrame:
    """Add a rule-based stance toward each target to every quote.

    The rules (mentions, clause, directional and evaluative words, negation, contrast, distance
    weighting, averaging over mentions) are described in the module docstring; in short, a
    mention's score is ``clip(sum(w_i * v_i) / sum(w_i) / 4, -1, 1)`` over the evaluative words
    ``i`` of its clause within ``window`` tokens, with ``v_i`` the (negation-adjusted) valence and
    ``w_i = contrast_i / distance_i``.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (or speech); uses ``text_col``, keeps every other column.
    targets : list of Target, default=None
        ``None`` loads ``data/targets.yaml``.
    text_col : str, default="text"
    lexicon : StanceLexicon, default=None
        ``None`` loads the ``stance_lexicon`` of ``data/targets.yaml``.
    window : int, default=10
        Farthest evaluative word counted, in tokens from the mention.
    threshold : float, default=0.05
        Smallest absolute score labelled ``favour`` / ``against``.

    Returns
    -------
    DataFrame
        A copy of ``quotes`` (same rows, order and index) plus, per target in order,
        ``stance_<id>`` (``favour``, ``against`` or ``none``) and ``stance_<id>_score`` (float in
        [-1, 1]; NaN when the quote does not mention the target; 0.0 when it mentions it without
        evaluative words).

    Raises
    ------
    ValueError
        If ``text_col`` is missing, ``targets`` is not a list of :class:`Target`, or
        ``window`` / ``threshold`` are out of range.

    Examples
    --------
    >>> q = pd.DataFrame({"text": ["We condemn Lukashenko's regime.", "Minsk is our closest ally."]})
    >>> score_stance(q)[["stance_lukashenko", "stance_lukashenko_score"]]
      stance_lukashenko  stance_lukashenko_score
    0           against                   -0.625
    1            favour                    0.500
    """
    if text_col not in quotes.columns:
        raise ValueError(
            f"The 'text_col' parameter of score_stance must name a column of quotes; "
            f"got {text_col!r}, columns are {list(quotes.columns)}."
        )
    if not isinstance(window, int) or window < 1:
        raise ValueError(f"The 'window' parameter of score_stance must be an int >= 1; got {window!r}.")
    if not 0.0 <= threshold < 1.0:
        raise ValueError(
            f"The 'threshold' parameter of score_stance must be in [0, 1); got {threshold!r}."
        )
    targets = _resolve_targets(targets)
    lexicon = lexicon if lexicon is not None else load_stance_lexicon()
    rows = [
        stance_of(t, targets, lexicon, window=window) if isinstance(t, str)
        else {tg.id: math.nan for tg in targets}
        for t in quotes[text_col].tolist()
    ]
    out = quotes.copy()
    for t in targets:
        scores = pd.Series([r[t.id] for r in rows], index=quotes.index, dtype="float64")
        out[f"stance_{t.id}"] = pd.Series(
            [stance_label(s, threshold=threshold) for s in scores], index=quotes.index, dtype=object
        )
        out[f"stance_{t.id}_score"] = scores
    return out


def stance_toward(
    text: str, start: int, end: int, lexicon: StanceLexicon, *, window: int = 10
) -> float:
    """Stance score toward one mention given by character offsets, by the rules of this module.

    The same clause, lexicon, negation, contrast and distance rules as :func:`stance_of`, but
    the mention is ``text[start:end]`` (e.g. a coded target span) instead of pattern matches, and
    only that mention's words are masked.

    Returns
    -------
    float
        In [-1, 1]; 0.0 when no evaluative word applies to the mention.
    """
    for c_start, c_end in _clauses(text):
        if not (c_start <= start < c_end or (start < c_start < end)):
            continue
        tspans = [(c_start + a, c_start + b) for a, b in token_spans(text[c_start:c_end])]
        toks = [_norm_token(text[a:b]) for a, b in tspans]
        hit = [i for i, (a, b) in enumerate(tspans) if a < end and b > start]
        if not hit:
            return 0.0
        excluded = np.zeros(len(toks), dtype=bool)
        excluded[hit[0]:hit[-1] + 1] = True
        evals = _evaluations(toks, excluded, _matcher(lexicon))
        score = _mention_score(toks, (hit[0], hit[-1] + 1), evals, window=window)
        return 0.0 if score is None else score
    return 0.0


def score_stance_toward(
    df: pd.DataFrame,
    *,
    text_col: str = "text",
    start_col: str = "start",
    end_col: str = "end",
    lexicon: StanceLexicon | None = None,
    window: int = 10,
    threshold: float = 0.05,
) -> pd.DataFrame:
    """Add the rule-based stance toward each row's mention, given by character offsets.

    Parameters
    ----------
    df : DataFrame
        One row per (text, mention): ``text_col`` and the mention's offsets ``start_col``,
        ``end_col`` (``0 <= start < end <= len(text)``, checked by the caller). Other columns kept.
    text_col, start_col, end_col : str, default="text", "start", "end"
    lexicon : StanceLexicon, default=None
        ``None`` loads the ``stance_lexicon`` of ``data/targets.yaml``.
    window : int, default=10
    threshold : float, default=0.05

    Returns
    -------
    DataFrame
        A copy of ``df`` plus ``stance_score`` (float in [-1, 1], see :func:`stance_toward`)
        and ``stance`` (``favour``, ``against`` or ``none``, see :func:`stance_label`).

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["We condemn Lukashenko's regime."], "start": [11], "end": [23]})
    >>> score_stance_toward(df)[["stance", "stance_score"]]
        stance  stance_score
    0  against        -0.625
    """
    lexicon = lexicon if lexicon is not None else load_stance_lexicon()
    scores = [stance_toward(t, int(a), int(b), lexicon, window=window)
              for t, a, b in zip(df[text_col], df[start_col], df[end_col])]
    out = df.copy()
    out["stance_score"] = pd.Series(scores, index=df.index, dtype="float64")
    out["stance"] = pd.Series([stance_label(s, threshold=threshold) for s in scores],
                              index=df.index, dtype=object)
    return out
