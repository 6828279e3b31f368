"""The cue lexicon: reporting verbs and phrases, read from a YAML file and indexed for scanning.

Language-independent: a lexicon is data (``data/cues.yaml`` for English), and every language
uses the same schema (lemma, type, forms, that_clause, zero_that, np_object, speaker). Which
token sequences count as a cue in running text (a capitalised form is a name, "the report" is a
noun) is the language's rule: :attr:`discourse.extract.quotes.language.QuoteLanguage.find_cues`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from discourse.core import paths
from discourse.core.yamlio import load_yaml

__all__ = ["Cue", "CueLexicon", "load_cues"]


class _CueEntry(BaseModel):
    """One entry of ``cues.yaml`` as validated on load."""

    model_config = ConfigDict(extra="forbid")

    lemma: str
    type: Literal["verb", "phrase", "preposition"]
    forms: list[str]
    that_clause: bool = False
    zero_that: bool = False
    np_object: bool = False
    speaker: Literal["before", "after", "inside", "none"] = "before"

    @field_validator("forms")
    @classmethod
    def _forms_lower(cls, forms: list[str]) -> list[str]:
        if not forms:
            raise ValueError("must list at least one form")
        bad = [f for f in forms if f != f.lower() or not f.strip()]
        if bad:
            raise ValueError(f"forms must be non-empty lower-case strings; got {bad}")
        return forms


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase.

    ``forms`` are matched as whole lower-case token sequences. ``that_clause``: takes ``that P``;
    ``zero_that``: takes a clause without ``that`` (``said the plan failed``); ``np_object``: a
    bare noun-phrase object is a statement (``declared its support``); ``speaker``: where a
    phrase's speaker stands (``after`` "according to X", ``inside`` "in her opinion").
    """

    lemma: str
    type: str
    forms: tuple[str, ...]
    that_clause: bool = False
    zero_that: bool = False
    np_object: bool = False
    speaker: str = "before"


@dataclass(frozen=True)
class CueLexicon:
    """The reporting cues, indexed by their first token for linear-time matching."""

    cues: tuple[Cue, ...]
    source: str = ""
    # The forms by their first word, longest first ("said in a statement" before "said"):
    # ``{"said": ((("said", "in", "a", "statement"), cue), (("said",), cue)), ...}``.
    by_first: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # What :meth:`scan_sets` computed, by its argument.
    _scans: dict[frozenset[str], tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]] = (
        field(default_factory=dict, init=False, repr=False, compare=False)
    )

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
        for cue in self.cues:
            for form in cue.forms:
                toks = tuple(form.split())
                index.setdefault(toks[0], []).append((toks, cue))
        # Longest sequence first, so "said in a statement" wins over "said".
        frozen = {k: tuple(sorted(v, key=lambda x: (-len(x[0]), x[0]))) for k, v in index.items()}
        object.__setattr__(self, "by_first", frozen)

    def scan_sets(
        self, extra_starts: frozenset[str] = frozenset()
    ) -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
        """The candidate sets of a linear cue scan: the words that start a form, those of them
        that are a whole form, and the first two words of the longer forms.

        ``extra_starts``: words a language's rules treat like one-word forms (English "quoted",
        which starts "quoted X as saying"), added to the first two sets. Computed once per
        lexicon and argument (a scan asks once per document).
        """
        got = self._scans.get(extra_starts)
        if got is None:
            forms = [tuple(f.split()) for c in self.cues for f in c.forms]
            single = frozenset([f[0] for f in forms if len(f) == 1] + list(extra_starts))
            got = (frozenset(self.by_first) | single, single,
                   frozenset(f[:2] for f in forms if len(f) > 1))
            self._scans[extra_starts] = got
        return got

    def match(self, words: list[str], i: int) -> tuple[int, Cue] | None:
        """Longest cue starting at token ``i`` of lower-cased ``words``: ``(n_tokens, cue)``."""
        for toks, cue in self.by_first.get(words[i], ()):
            n = len(toks)
            if tuple(words[i : i + n]) == toks:
                return n, cue
        return None

    def __len__(self) -> int:
        return len(self.cues)


def load_cues(path: str | Path | None = None) -> CueLexicon:
    """Load and validate the cue lexicon.

    Parameters
    ----------
    path : str or Path, default=None
        YAML file with a top-level ``cues`` list; ``None`` reads ``data/cues.yaml``.

    Returns
    -------
    CueLexicon

    Raises
    ------
    ValueError
        Naming the file, the entry number and lemma, and what is wrong with it.
    """
    path = Path(path) if path is not None else paths.data_file("cues.yaml")
    raw = load_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("cues"), list):
        raise ValueError(f"{path}: expected a mapping with a 'cues' list.")
    errors: list[str] = []
    cues: list[Cue] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(raw["cues"], start=1):
        label = entry.get("lemma", "?") if isinstance(entry, dict) else "?"
        try:
            item = _CueEntry.model_validate(entry)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"]) or "entry"
                errors.append(f"{path}, entry {i} ({label!r}): '{loc}' {err['msg']}")
            continue
        for form in item.forms:
            if form in seen:
                errors.append(
                    f"{path}, entry {i} ({label!r}): form {form!r} already listed in entry "
                    f"{seen[form]}"
                )
            seen[form] = i
        cues.append(Cue(item.lemma, item.type, tuple(item.forms), item.that_clause,
                        item.zero_that, item.np_object, item.speaker))
    if errors:
        raise ValueError("Invalid cue lexicon:\n" + "\n".join(errors))
    return CueLexicon(tuple(cues), source=str(path))
