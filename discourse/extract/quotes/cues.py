"""The cue lexicon: reporting verbs and phrases, read from a YAML file and indexed for scanning.

Language-independent: a lexicon is data (``data/cues.yaml`` for English, ``data/cues_ru.yaml``
for Russian), and every language uses the same schema (lemma, type, forms, that_clause,
zero_that, np_object, speaker). Which token sequences count as a cue in running text (a
capitalised form is a name, "the report" is a noun) is the language's rule:
:attr:`discourse.extract.quotes.language.QuoteLanguage.find_cues`.

Two top-level keys beside ``cues`` serve inflected languages: ``language`` (the code of the
articles the lexicon is for; ``en`` when absent) and ``morphology: pymorphy3``, which makes the
loader add the word forms of each verb entry's ``lemma`` (and of the other ``lemmas`` it lists,
the aspect partner: заявить, заявлять) that report speech: the past tense (заявил, заявила,
заявило, заявили), the third person of the present or future (заявляет, заявит, заявляют) and
the gerunds (заявив, заявляя). The forms are made once, when the lexicon loads; scanning a text
then looks words up in sets and never runs the analyser. The validated lexicon, forms made, is
kept between runs in the store of :mod:`discourse.extract.actors.stored` (keyed by the file's
bytes, this module's source and the versions of PyYAML and the morphology): a later run reads
it without PyYAML's parse, pydantic or pymorphy3. The grammatical gender of each past
form is kept (:attr:`CueLexicon.genders`: заявил m, заявила f, заявили pl), for telling "он"
from "она".
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from discourse.core import paths
from discourse.core.yamlio import load_yaml
from discourse.extract.actors.stored import morphology_version, stored, validation_versions

__all__ = ["Cue", "CueLexicon", "load_cues"]


@lru_cache(maxsize=1)
def _entry_model() -> Any:
    """The pydantic model of one entry of ``cues.yaml``, made when a lexicon is validated
    (pydantic's import and the model cost 0.1 s: a run that reads the lexicon from the store,
    see :func:`load_cues`, never pays them)."""
    from pydantic import BaseModel, ConfigDict, field_validator

    class _CueEntry(BaseModel):
        """One entry of ``cues.yaml`` as validated on load."""

        model_config = ConfigDict(extra="forbid")

        lemma: str
        type: Literal["verb", "phrase", "preposition"]
        forms: list[str] = []
        lemmas: list[str] = []
        that_clause: bool = False
        zero_that: bool = False
        np_object: bool = False
        speaker: Literal["before", "after", "inside", "none"] = "before"

        @field_validator("forms", "lemmas")
        @classmethod
        def _forms_lower(cls, forms: list[str]) -> list[str]:
            bad = [f for f in forms if f != f.lower() or not f.strip()]
            if bad:
                raise ValueError(f"forms must be non-empty lower-case strings; got {bad}")
            return forms

    return _CueEntry


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
    language: str = "en"
    # The grammatical gender or number of the past forms made by morphology ("m", "f", "n",
    # "pl"): заявил m, заявила f. Empty for a lexicon that lists its forms.
    genders: Mapping[str, str] = field(default_factory=dict, compare=False)
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
                   frozenset((f[0], f[1]) for f in forms if len(f) > 1))
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
        YAML file with a top-level ``cues`` list (and optionally ``language`` and
        ``morphology``, see the module docstring); ``None`` reads ``data/cues.yaml``.

    Returns
    -------
    CueLexicon

    Raises
    ------
    ValueError
        Naming the file, the entry number and lemma, and what is wrong with it.
    """
    path = Path(path) if path is not None else paths.data_file("cues.yaml")
    data = path.read_bytes()
    # Stored between runs (:func:`discourse.extract.actors.stored.stored`), keyed by the file's
    # bytes, this module's source, the versions of PyYAML, pydantic and pydantic-core (the
    # parser and the validator) and of the morphology: the Russian lexicon's 978 forms cost
    # pymorphy3's dictionary and 0.1 s in every run with Russian text. A file with problems
    # raises in ``parts`` and is never stored.
    inputs = (hashlib.sha256(data).hexdigest(), _source_digest(), _validation_versions(),
              morphology_version())
    language, entries, genders = stored("cues", inputs, lambda: _lexicon_parts(path))
    cues = tuple(Cue(lemma, kind, tuple(forms), that, zero, np_object, speaker)
                 for lemma, kind, forms, that, zero, np_object, speaker in entries)
    return CueLexicon(cues, source=str(path), language=language, genders=genders)


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """SHA-256 of this module's source: the code that makes a stored lexicon."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return ""


def _validation_versions() -> str:
    # (read without importing PyYAML or pydantic: a warm run parses and validates nothing)
    return validation_versions()


_Entry = tuple[str, str, tuple[str, ...], bool, bool, bool, str]


def _lexicon_parts(path: Path) -> tuple[str, tuple[_Entry, ...], dict[str, str]]:
    """The lexicon of a cue file as plain values: its language, one tuple per cue (lemma,
    type, forms, that_clause, zero_that, np_object, speaker) and the genders of the forms.

    Raises
    ------
    ValueError
        Naming the file, the entry number and lemma, and what is wrong with it.
    """
    from pydantic import ValidationError

    raw = load_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("cues"), list):
        raise ValueError(f"{path}: expected a mapping with a 'cues' list.")
    language = raw.get("language", "en")
    morphology = raw.get("morphology")
    if not isinstance(language, str) or not language:
        raise ValueError(f"{path}: 'language' must be a language code such as 'en' or 'ru'; "
                         f"got {language!r}.")
    if morphology not in (None, "pymorphy3"):
        raise ValueError(f"{path}: 'morphology' must be 'pymorphy3' or absent; got {morphology!r}.")
    model = _entry_model()
    errors: list[str] = []
    cues: list[_Entry] = []
    genders: dict[str, str] = {}
    seen: dict[str, int] = {}
    for i, entry in enumerate(raw["cues"], start=1):
        label = entry.get("lemma", "?") if isinstance(entry, dict) else "?"
        try:
            item = model.model_validate(entry)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"]) or "entry"
                errors.append(f"{path}, entry {i} ({label!r}): '{loc}' {err['msg']}")
            continue
        forms = list(item.forms)
        if morphology and item.type == "verb":
            for lemma in (item.lemma, *item.lemmas):
                made = _verb_forms(morphology, lemma, language)
                if not made:
                    errors.append(f"{path}, entry {i} ({label!r}): {lemma!r} is not a verb "
                                  f"that {morphology} knows")
                for form, gender in made:
                    if form not in forms:
                        forms.append(form)
                    if gender:
                        genders.setdefault(form, gender)
        if not forms:
            errors.append(f"{path}, entry {i} ({label!r}): 'forms' must list at least one form"
                          + ("" if morphology else " (no 'morphology' makes them)"))
            continue
        for form in forms:
            if form in seen:
                errors.append(
                    f"{path}, entry {i} ({label!r}): form {form!r} already listed in entry "
                    f"{seen[form]}"
                )
            seen[form] = i
        cues.append((item.lemma, item.type, tuple(forms), item.that_clause,
                     item.zero_that, item.np_object, item.speaker))
    if errors:
        raise ValueError("Invalid cue lexicon:\n" + "\n".join(errors))
    return language, tuple(cues), genders


# The forms of a verb that report speech, by the tags of pymorphy3 (OpenCorpora): the past and
# the third person of the present or future, in the indicative, and the gerunds.
_GENDER_TAGS = (("masc", "m"), ("femn", "f"), ("neut", "n"), ("plur", "pl"))


@lru_cache(maxsize=1)
def _analyser(language: str):
    """The pymorphy3 analyser of a language (its dictionary ships in a wheel:
    ``pymorphy3-dicts-ru``), made once per process."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _verb_forms(morphology: str, lemma: str, language: str) -> list[tuple[str, str]]:
    """``(form, gender)`` of each reporting form of the verb ``lemma`` (gender ``""`` for the
    present, future and gerunds), in the dictionary's order; ``[]`` when it is no verb."""
    morph = _analyser(language)
    parse = next((p for p in morph.parse(lemma)
                  if p.normal_form == lemma and p.tag.POS in ("INFN", "VERB")), None)
    if parse is None:
        return []
    out: list[tuple[str, str]] = []
    for form in parse.lexeme:
        tag = form.tag
        if tag.POS == "GRND" or (tag.POS == "VERB" and tag.mood == "indc" and (
                tag.tense == "past" or tag.person == "3per")):
            gender = next((g for t, g in _GENDER_TAGS if t in tag), "") if tag.tense == "past" else ""
            # news text often writes "е" for "ё" (произнес, произнёс): both spellings
            for word in dict.fromkeys((form.word, form.word.replace("ё", "е"))):
                if (word, gender) not in out:
                    out.append((word, gender))
    return out
