"""Stance targets and the stance lexicon, read from ``data/targets.yaml``.

A *target* is something a speaker can be for or against (Lukashenko and the Belarusian
authorities, Russia, the West, ...): an id, a label, and the regular expressions that find its
mentions. The *stance lexicon* holds the evaluative words of the stance rules
(:mod:`discourse.measure.stance`). Both are data: a researcher adapts the analysis in the YAML.

Patterns may be given per language (``patterns: {en: [...], ru: [...]}``) or as one list (read as
English). All languages' patterns of a target are matched together: a mention in another script
cannot match by accident, so a mixed corpus needs no language switch; a new language adds entries
under the same target id. Lexicon entries of any language live side by side in the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from discourse.core import paths
from discourse.core.yamlio import pydantic_message, read_yaml_mapping

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LANG = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class Target:
    """A stance target: something a quote can be for or against.

    Attributes
    ----------
    id : str
        Lower-case identifier; columns ``stance_<id>``, ``stance_<id>_score``, ...
    label : str
        Readable name for tables and plots.
    patterns : tuple of str
        Regular expressions for mentions, every language's (case-insensitive, word boundaries
        added).
    description : str
        What counts as a mention.
    comment : str
        Why the patterns look as they do and what they miss.
    not_after : tuple of str
        Lower-case words that make a match *not* a mention when they stand right before it,
        an article ("the", "a") between them allowed: place prepositions ("in Russia", "within
        the United States": the territory, not the state). A possessive match ("in Russia's
        interest") is always a mention.
    """

    id: str
    label: str
    patterns: tuple[str, ...]
    description: str
    comment: str = ""
    not_after: tuple[str, ...] = field(default=())

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """Character spans of this target's mentions in ``text``, in text order.

        >>> Target("eu", "EU", ("the EU", "Brussels"), "").mentions("Brussels and the EU agree.")
        [(0, 8), (13, 19)]
        >>> Target("ru", "Russia", ("russia",), "", not_after=("in",)).mentions(
        ...     "Sanctions on Russia hurt business in Russia.")
        [(13, 19)]
        """
        spans = [m.span() for m in _compile(self.patterns).finditer(text) if m.end() > m.start()]
        if self.not_after:
            # A possessive names an actor wherever it stands: "in the West's interest".
            spans = [(a, b) for a, b in spans if text[b - 2:b] in ("'s", "’s")
                     or not _after_word(text, a, self.not_after)]
        return spans


_ARTICLES = frozenset({"the", "a", "an"})
_PREV_WORDS = re.compile(r"(\w+)\W+(?:(\w+)\W+)?$")


def _after_word(text: str, start: int, words: tuple[str, ...]) -> bool:
    """True if the word before ``start`` (or before an article there) is one of ``words``."""
    m = _PREV_WORDS.search(text, max(0, start - 40), start)
    if m is None:
        return False
    last, before = m.group(2), m.group(1)
    if last is None:  # only one word before the mention in the window
        return before.lower() in words
    if last.lower() in words:
        return True
    return last.lower() in _ARTICLES and before.lower() in words


@dataclass(frozen=True, eq=False)
class StanceLexicon:
    """Evaluative words for stance, on VADER's -4..+4 scale (``stance_lexicon`` in targets.yaml).

    Attributes
    ----------
    directional : mapping of str to float
        Verbs and action nouns that express a subject's attitude toward an object.
    agentive : mapping of str to float
        Verbs and action nouns of harmful (or helpful) acts, which evaluate their doer.
    demand : mapping of str to float
        Verbs of corrective demands, which count against their subject only after a modal ("Russia
        must withdraw", "the United States should lift the embargo"; codebook rule 6).
    possessor : mapping of str to float
        Nouns of acts that evaluate only the mention right before them, their possessor or
        modifier ("Russia's proposal", "the Belarusian initiative"), or their agent ("a proposal
        by Russia"): "Russia intends to submit proposals" is a plan, not a record.
    evaluative : mapping of str to float
        Words that evaluate whatever they describe.
    neutral : tuple of str
        Words VADER scores but which are ignored (names, function words, events).
    boundary : tuple of str
        Words without valence that separate a subject from what follows, like a directional
        verb does: verbs of saying ("X said the talks were fruitful" does not evaluate X).

    Compared and hashed by identity (its matcher is cached per object); the mappings are
    read-only views.
    """

    directional: Mapping[str, float]
    evaluative: Mapping[str, float]
    neutral: tuple[str, ...]
    agentive: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    boundary: tuple[str, ...] = ()
    possessor: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    demand: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))


@lru_cache(maxsize=256)
def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.IGNORECASE)


# --------------------------------------------------------------------------- loading and checks


def _check_patterns(v: list[str]) -> list[str]:
    for p in v:
        try:
            re.compile(p)
        except re.error as err:
            raise ValueError(f"pattern {p!r} is not a valid regular expression ({err})") from err
    return v


class _TargetEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    comment: str = ""
    patterns: list[str] | dict[str, list[str]] = Field(min_length=1)
    not_after: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id_ok(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("must be lower-case letters, digits and _ (starting with a letter)")
        return v

    @field_validator("patterns")
    @classmethod
    def _patterns_ok(cls, v: list[str] | dict[str, list[str]]) -> list[str] | dict[str, list[str]]:
        if isinstance(v, dict):
            for lang, pats in v.items():
                if not _LANG.match(lang):
                    raise ValueError(f"language key {lang!r} must be a 2-3 letter code (en, ru)")
                if not pats:
                    raise ValueError(f"language {lang!r} has no patterns")
                _check_patterns(pats)
            return v
        return _check_patterns(v)

    @field_validator("not_after")
    @classmethod
    def _words_ok(cls, v: list[str]) -> list[str]:
        bad = [w for w in v if not re.fullmatch(r"\w+", w)]
        if bad:
            raise ValueError(f"must be single words; got {bad}")
        return [w.lower() for w in v]


class _LexiconEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    directional: dict[str, float] = Field(default_factory=dict)
    agentive: dict[str, float] = Field(default_factory=dict)
    possessor: dict[str, float] = Field(default_factory=dict)
    demand: dict[str, float] = Field(default_factory=dict)
    evaluative: dict[str, float] = Field(default_factory=dict)
    neutral: list[str] = Field(default_factory=list)
    boundary: list[str] = Field(default_factory=list)


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
        missing or extra field, an invalid id, language key or regular expression, a duplicated
        id).

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
        pats = entry.patterns
        flat = [p for lang in sorted(pats) for p in pats[lang]] if isinstance(pats, dict) else pats
        targets.append(
            Target(
                id=entry.id,
                label=entry.label,
                patterns=tuple(flat),
                description=" ".join(entry.description.split()),
                comment=" ".join(entry.comment.split()),
                not_after=tuple(entry.not_after),
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
        raise ValueError(f"{path}: expected a mapping 'stance_lexicon' (directional, agentive, "
                         "possessor, demand, evaluative, neutral, boundary).")
    try:
        lex = _LexiconEntry.model_validate(raw)
    except ValidationError as err:
        raise ValueError(f"{path}, stance_lexicon: {pydantic_message(err)}") from err
    problems: list[str] = []
    seen: dict[str, str] = {}
    for section, words in (("directional", lex.directional), ("agentive", lex.agentive),
                           ("possessor", lex.possessor), ("demand", lex.demand),
                           ("evaluative", lex.evaluative),
                           ("neutral", dict.fromkeys(lex.neutral, 0.0)),
                           ("boundary", dict.fromkeys(lex.boundary, 0.0))):
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
        agentive=norm(lex.agentive),
        possessor=norm(lex.possessor),
        demand=norm(lex.demand),
        evaluative=norm(lex.evaluative),
        neutral=tuple(" ".join(w.lower().split()) for w in lex.neutral),
        boundary=tuple(" ".join(w.lower().split()) for w in lex.boundary),
    )
