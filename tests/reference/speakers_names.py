"""Reference: name rules of speaker attribution as first written (a copy; see README.md).

Full names counted for every capitalised run of the article (before 64ebcd7 counted only the
surnames asked for), the unknown-name rule on top of it, the name branch of mention resolution
that tried the description first and then dropped it for a capitalised run, which mentions reach
that branch, and the word test for descriptions that name nobody. Copied from
``tests/extract/test_speakers_speed_equivalence.py`` at e650700; the last two were inline there.
They read the constants of :mod:`discourse.extract.speakers.lang.en_names` as the old code did.

``ScanFullNames``: :class:`discourse.extract.speakers.names.FullNames` as it was before speed
pass eleven (each new surname or stem read every distinct run of the article; since, the runs
are grouped by surname key once), copied from ``discourse/extract/speakers/names.py`` at 84ef366.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from discourse.extract.actors import ActorRegistry
from discourse.extract.speakers.lang.en_names import DETERMINERS as _DETERMINERS
from discourse.extract.speakers.lang.en_names import EMPTY_DESCRIPTIONS as _EMPTY_DESCRIPTIONS
from discourse.extract.speakers.lang.en_names import NAME_OPENERS as _NAME_OPENERS
from discourse.extract.speakers.lang.en_names import NAME_RUN as _NAME_RUN
from discourse.extract.speakers.lang.en_names import PORTFOLIOS, is_description, name_heads
from discourse.extract.speakers.lang.en_names import PRONOUNS as _PRONOUNS
from discourse.extract.speakers.lang.en_names import TITLES as _TITLES
from discourse.extract.speakers.language import SpeakerLanguage
from discourse.extract.speakers.names import (
    _SURNAME_CASE,
    _after_title,
    _particles_before,
    _sentences_of_runs,
    fullest,
    name_form,
)
from discourse.text.particles import is_joined_particle

# The words descriptions of nobody are made of, for generated descriptions.
DESCRIPTION_WORDS: list[str] = sorted(_DETERMINERS | _EMPTY_DESCRIPTIONS)


def ref_full_names(text: str) -> dict[str, str]:
    """Every capitalised run counted, the fullest form chosen for every surname."""
    counts: dict[str, dict[str, int]] = {}
    for m in _NAME_RUN.finditer(text):
        # a run across a sentence end ("Yaroslav Peskov. Then") is one name per sentence (the
        # package reads each sentence's part; before, the last one only)
        all_words = m.group().split()
        pieces, piece = [], []
        for k, word in enumerate(all_words):
            piece.append(word)
            if k < len(all_words) - 1 and word.endswith(".") and len(word) > 4:
                pieces.append(piece[:-1] + [word[:-1]])  # the sentence's full stop dropped
                piece = []
        pieces.append(piece)
        for words in pieces:
            # issue 14: the words before a title qualify it ("Commons Speaker John Bercow"): the
            # name is what follows the last title (the rule as the new code reads it)
            while len(words) > 1 and words[0].lower() in _NAME_OPENERS:
                words = words[1:]  # issue 14: a sentence's first word is no part of a name
            if words[-1].endswith(("'s", "’s")) and len(words[-1]) > 3:
                words = words[:-1] + [words[-1][:-2]]  # issue 14: a possessive's name
            titled = [k for k, w in enumerate(words) if w.strip(".").lower() in _TITLES]
            if titled and titled[-1] < len(words) - 1:
                words = words[titled[-1] + 1:]
            words = [w for w in words if w.strip(".").lower() not in _TITLES]
            if not words:
                continue
            name = " ".join(words)
            forms = counts.setdefault(words[-1].lower(), {})
            forms[name] = forms.get(name, 0) + 1
    return {key: _fullest(forms) for key, forms in counts.items()}


def _fullest(forms: dict[str, int]) -> str:
    # issue 14: a form ending in another full form counts as that one ("Hong Kong Carrie Lam")
    merged = dict(forms)
    for form in sorted(forms, key=len, reverse=True):
        for short in forms:
            if (" " in short and short[:1].isupper() and form != short
                    and form.endswith(" " + short) and form in merged):
                merged[short] = merged.get(short, 0) + merged.pop(form)
                break
    return max(sorted(merged), key=lambda f: (" " in f, merged[f], len(f)))


def ref_unknown_name(text: str, mention: str) -> str | None:
    words = re.findall(r"[\w'’\-.]+", mention)
    caps = [w for w in words if w[:1].isupper() and w.strip(".").lower() not in _TITLES]
    if not caps:
        return None
    run: list[str] = []
    # issue 14: the particles inside a name ("Mohammed bin Salman", "Ayman al-Zawahiri") are in
    # its run, and a minister's portfolio after the title is not ("Minister of Foreign Affairs
    # Abdulaziz Kamilov"), as the new code reads them
    k = len(words)
    while k > 0:
        w = words[k - 1]
        if w[:1].isupper() and w.strip(".").lower() not in _TITLES or is_joined_particle(w):
            run.insert(0, w)
            k -= 1
        elif run and _particles_before(words, k):
            lead = _particles_before(words, k)
            run[:0] = words[k - lead:k]
            k -= lead
        elif run:
            break
        else:
            k -= 1
    if not any(w[:1].isupper() for w in run):
        return None
    if _after_title(words, len(words) - len(run), _TITLES):
        while len(run) > 1 and run[0].lower() in PORTFOLIOS:
            run.pop(0)
    if words[: len(run)] == run and len(words) > len(run):
        return None
    name = " ".join(run)
    # issue 14: a name after "of"/"for"/"to"/a possessive modifies the head ("Associates of
    # Navalny"): no name (the English rule, as the new code asks it)
    before = " ".join(words[: len(words) - len(run)])
    if before and not name_heads(f"{before} {name}", len(before) + 1, len(before) + 1 + len(name)):
        return None
    full = ref_full_names(text).get(run[-1].lower(), name)
    # issue 14: a first name and surname stay themselves ("Ann Romney" is not "Mitt Romney")
    given, names = run[:-1], full.split()[:-1]
    widens = len(run) == 1 or full.endswith(" " + name) or (bool(names) and all(
        len(w.rstrip(".")) == 1 and n[:1] == w[:1] for w, n in zip(given, names)))
    return full if len(full) > len(name) and full.endswith(run[-1]) and widens else name


def ref_name_rule(res, mention: str, ms: int):
    """The name branch of mention resolution as before: the description tried, then dropped
    when the mention is a capitalised run."""
    actor = res.name(mention)
    if actor is not None:
        return actor, actor.name, ""
    got = res.description(mention, ms)
    if got is not None and not _NAME_RUN.fullmatch(mention.strip()):
        return got[0], got[0].name, got[1]
    return None, ref_unknown_name(res.text, mention), "unresolved"


def takes_name_branch(reg: ActorRegistry, mention: str) -> bool:
    """Does mention resolution reach the name branch for ``mention`` (not a pronoun, a
    description opening with a determiner, a lower-case phrase or a medium)?"""
    low = mention.lower()
    # issue 14: the English test of a description (also "Officials", "Police") decides
    return not (low in _PRONOUNS or is_description(mention) or reg.is_medium(mention))


def ref_describes_nobody(desc: str) -> bool:
    """The word test: no word but determiners, or only words of empty descriptions."""
    kept = [w for w in re.findall(r"[\w'’\-]+", desc.lower()) if w not in _DETERMINERS]
    return not kept or all(w in _EMPTY_DESCRIPTIONS for w in kept)


class ScanFullNames:
    """``FullNames`` before speed pass eleven: each new surname (or stem) reads every run.

    Surname → the most complete name ending in it seen in the text.

    Forms are counted as whole capitalised runs (titles dropped); the most frequent form with
    at least two words wins, then the longer one, so that "national leader of Belarus Svetlana
    Tikhanovskaya" does not make "Belarus" part of her name when "Svetlana Tikhanovskaya" also
    occurs on its own.

    An article has dozens of capitalised runs and one or two unknown speakers: the runs are
    found once, but only those that may end in a surname asked for are read.
    """

    def __init__(self, text: str, lang: SpeakerLanguage):
        self._lang = lang
        # (run, occurrences, run lower-cased), each distinct run once (Counter counts in C)
        self._runs = [(run, n, run.lower())
                      for run, n in Counter(_sentences_of_runs(lang.name_run.findall(text))).items()]
        self._best: dict[str, str] = {}
        self._by_stem: dict[str, dict[str, int]] = {}

    def get(self, key: str, default: str) -> str:
        """The fullest form for surname ``key`` (lower-cased), ``default`` when none ends in it."""
        best = self._best.get(key)
        if best is None:
            forms = self._forms_of(key)
            if not forms:
                return default
            best = self._best[key] = fullest(forms)
        return best

    def forms(self, key: str) -> dict[str, int]:
        """Name form -> occurrences of every run whose surname is ``key`` (lower-cased) in any
        case form: «Пескова» and «Песков» are one surname here (a Russian surname's case
        endings dropped; a Latin one is compared as it is)."""
        stem = _SURNAME_CASE.sub("", key)
        # asked again for every quote of a speaker named by the surname alone: once per stem
        got = self._by_stem.get(stem)
        if got is None:
            got = self._by_stem[stem] = self._collect(
                stem, lambda k: _SURNAME_CASE.sub("", k) == stem)
        return got

    def _forms_of(self, key: str) -> dict[str, int]:
        """Name form -> occurrences, over the runs whose surname key is ``key``."""
        # a declined surname may not hold its nominative ("Зеленского" / "зеленский"): compare
        # without its last two letters (a necessary condition still; name_form decides)
        return self._collect(key[:-2] if len(key) > 5 else key, key.__eq__)

    def _collect(self, part: str, same: Callable[[str], bool]) -> dict[str, int]:
        """Name form -> occurrences, over the runs holding ``part`` whose surname key is
        ``same``."""
        forms: dict[str, int] = {}
        lang = self._lang
        for run, n, low in self._runs:
            # A run's key is one of its words lower-cased, hence a part of the run lower-cased:
            # str.lower maps each character on its own. The Greek capital sigma is the one
            # exception (its lower case depends on its neighbours): runs with one are read.
            if part in low or "Σ" in run:
                form = name_form(run, lang)
                if form is not None and same(form[0]):
                    forms[form[1]] = forms.get(form[1], 0) + n
        return forms
