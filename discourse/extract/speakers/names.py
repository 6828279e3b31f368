"""Names of people the registry does not know: the fullest form an article gives.

A quote attributed to "Miller" is attributed to "John Miller" when the article calls him that
elsewhere. :class:`FullNames` finds the forms; :func:`name_in_mention` the name inside a mention
("Ohio Gov. John Kasich" -> "John Kasich"); :func:`describes_nobody` the descriptions made of
empty words only ("some of them"). The word lists come from the article's
:class:`~discourse.extract.speakers.language.SpeakerLanguage`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Final

from discourse.extract.speakers.language import SpeakerLanguage
from discourse.text.particles import PARTICLES, is_joined_particle

__all__ = ["FullNames", "describes_nobody", "fullest", "name_form", "name_in_mention"]


@lru_cache(maxsize=1 << 14)
def name_form(run: str, lang: SpeakerLanguage) -> tuple[str, str] | None:
    """``(surname key, name)`` of a capitalised run, titles dropped; None when all are titles.

    The same runs recur in every article ("The", "But", "White House"): each distinct run is
    split and stripped of titles once per process, not once per occurrence.
    """
    titles = lang.titles
    words = run.split()
    # "August. Johnson": a run across a sentence end names from the last sentence only
    for k in range(len(words) - 2, -1, -1):
        if words[k].endswith(".") and len(words[k]) > 4:
            words = words[k + 1:]
            break
    while len(words) > 1 and words[0].lower() in lang.name_openers:
        words = words[1:]  # "But Clinton", "With Blankenship": a sentence's first word
    if words and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 3:
        words[-1] = words[-1][:-2]  # "John R. Bolton's resignation": the name, not its case
    is_title = [w.strip(".").lower() in titles for w in words]
    if any(is_title) and not is_title[-1]:
        # "Commons Speaker John Bercow", "Ohio Gov. John Kasich": the words before a title
        # qualify it (a house, a state), the name is what follows the last one
        last = max(k for k, t in enumerate(is_title) if t)
        words = words[last + 1:]
        while len(words) > 1 and words[0].lower() in lang.portfolios:
            words = words[1:]  # "Foreign Affairs Abdulaziz Kamilov": the title's portfolio
    words = [w for w in words if w.strip(".").lower() not in titles]
    if not words:
        return None
    name = lang.normal_name(" ".join(words))
    return name.split()[-1].lower(), name


# The case endings of a Russian surname («Пескова», «Панфиловой», «Песковым»), so that its forms
# compare equal; a stem of three letters or fewer is kept whole
_SURNAME_CASE: Final = re.compile(r"(?<=[а-яё]{3})(?:ой|ого|ому|ым|ыми|ых|ом|ую|ая|а|у|е|ы)$")


def _sentences_of_runs(runs: list[str]) -> Iterator[str]:
    """Each run, split where a sentence ends inside it: "Ярослав Песков. По" is the name
    "Ярослав Песков" and the run "По" (:func:`name_form` reads only the last sentence of a run,
    which is right for "August. Johnson" but loses a name before the full stop)."""
    for run in runs:
        if "." not in run:
            yield run
            continue
        start = 0
        words = run.split()
        for k, word in enumerate(words[:-1]):
            if word.endswith(".") and len(word) > 4:
                yield " ".join(words[start:k + 1])[:-1]
                start = k + 1
        yield " ".join(words[start:])


def fullest(forms: dict[str, int]) -> str:
    """The form to prefer: with two words or more, then the most frequent, then the longest
    (the first of them in sorted order on a tie); a form that ends in another full form of
    two words or more counts as that one."""
    if len(forms) == 1:
        return next(iter(forms))
    # "Hong Kong Carrie Lam" once and "Carrie Lam" once: the words before a full name that also
    # stands alone qualify it; its occurrences count for the name
    merged = dict(forms)
    for form in sorted(forms, key=len, reverse=True):
        for short in forms:
            if (" " in short and short[:1].isupper() and form != short
                    and form.endswith(" " + short) and form in merged):
                merged[short] = merged.get(short, 0) + merged.pop(form)
                break
    return max(sorted(merged), key=lambda f: (" " in f, merged[f], len(f)))


# Questions a FullNames answers by reading every run before it groups the runs by surname: a
# scan costs about 2.5 µs on a Wikinews article (50 distinct runs), the grouping 15 µs with
# name_form's cache warm and 80 µs cold; grouping after 4 questions made Wikinews' attribution
# slower, after 8 or 16 not (bench/README.md, speed pass eleven)
SCANS = 8

# A distinct capitalised run of an article: (its index among the runs, its name form, its
# occurrences, the run lower-cased, the run)
_Run = tuple[int, str, int, str, str]


class FullNames:
    """Surname → the most complete name ending in it seen in the text.

    Forms are counted as whole capitalised runs (titles dropped); the most frequent form with
    at least two words wins, then the longer one, so that "national leader of Belarus Svetlana
    Tikhanovskaya" does not make "Belarus" part of her name when "Svetlana Tikhanovskaya" also
    occurs on its own.

    An article has dozens of capitalised runs and one or two unknown speakers: the runs are
    found once, and the first :data:`SCANS` questions read only the runs that may end in the
    surname asked for (a substring test per run). A document that asks more (a long one: a
    transcript, articles joined) has each distinct run's surname key read once and the runs
    grouped by it (and by its stem, at the first question by stem), so that a question reads
    only the runs of its surname: each new surname reading every run was quadratic, a tenth of
    attribution on texts of a hundred articles. Both paths give the same answers
    (``tests/reference/speakers_names.ScanFullNames`` is the scan alone).
    """

    def __init__(self, text: str, lang: SpeakerLanguage):
        self._lang = lang
        # (run, occurrences, run lower-cased), each distinct run once (Counter counts in C)
        self._runs = [(run, n, run.lower())
                      for run, n in Counter(_sentences_of_runs(lang.name_run.findall(text))).items()]
        self._best: dict[str, str] = {}
        self._by_stem: dict[str, dict[str, int]] = {}
        # surname key -> its runs (_Run), in run order
        self._keyed: dict[str, list[_Run]] | None = None
        # a key's stem (Russian case endings dropped) -> the same, in run order
        self._stemmed: dict[str, list[_Run]] | None = None
        self._scans = 0  # questions answered by a scan of every run

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
        if got is None and self._scan_next():
            got = self._by_stem[stem] = self._collect(
                stem, lambda k: _SURNAME_CASE.sub("", k) == stem)
        elif got is None:
            if self._stemmed is None:
                self._stemmed = {}
                for k, runs in self._keys().items():
                    self._stemmed.setdefault(_SURNAME_CASE.sub("", k), []).extend(runs)
                for runs in self._stemmed.values():
                    runs.sort()  # keys with one stem: their runs merged back into run order
            got = self._by_stem[stem] = _count(self._stemmed.get(stem, ()), stem)
        return got

    def _forms_of(self, key: str) -> dict[str, int]:
        """Name form -> occurrences, over the runs whose surname key is ``key``."""
        # a declined surname may not hold its nominative ("Зеленского" / "зеленский"): compare
        # without its last two letters (a necessary condition still; name_form decides)
        part = key[:-2] if len(key) > 5 else key
        if self._scan_next():
            return self._collect(part, key.__eq__)
        return _count(self._keys().get(key, ()), part)

    def _scan_next(self) -> bool:
        """Is the next question answered by a scan (the first :data:`SCANS` are)?"""
        self._scans += 1
        return self._scans <= SCANS

    def _collect(self, part: str, same: Callable[[str], bool]) -> dict[str, int]:
        """Name form -> occurrences, over the runs holding ``part`` whose surname key is
        ``same`` (every run read)."""
        forms: dict[str, int] = {}
        lang = self._lang
        for run, n, low in self._runs:
            # (as in _count)
            if part in low or "Σ" in run:
                form = name_form(run, lang)
                if form is not None and same(form[0]):
                    forms[form[1]] = forms.get(form[1], 0) + n
        return forms

    def _keys(self) -> dict[str, list[_Run]]:
        """Surname key -> the runs with that key (:func:`name_form`), in run order; each run
        read once per article."""
        if self._keyed is None:
            keyed: dict[str, list[_Run]] = {}
            lang = self._lang
            for k, (run, n, low) in enumerate(self._runs):
                form = name_form(run, lang)
                if form is not None:
                    keyed.setdefault(form[0], []).append((k, form[1], n, low, run))
            self._keyed = keyed
        return self._keyed


def _count(runs: Iterable[_Run], part: str) -> dict[str, int]:
    """Name form -> occurrences, over ``runs`` holding ``part`` in their lower-cased text."""
    forms: dict[str, int] = {}
    for _, form, n, low, run in runs:
        # A run's key is one of its words lower-cased, hence a part of the run lower-cased:
        # str.lower maps each character on its own. The Greek capital sigma is the one
        # exception (its lower case depends on its neighbours): runs with one are read.
        if part in low or "Σ" in run:
            forms[form] = forms.get(form, 0) + n
    return forms


@lru_cache(maxsize=8192)
def name_in_mention(mention: str, lang: SpeakerLanguage) -> tuple[str, str] | None:
    """``(name, its last word)`` of an unknown person's mention, titles dropped; None when the
    mention names nobody. Depends on the mention only: cached, as speakers recur."""
    titles = lang.titles
    words: list[str] = lang.mention_word.findall(mention)
    caps = [w for w in words if w[:1].isupper() and w.strip(".").lower() not in titles]
    if not caps:
        return None
    # the final capitalised run: "Ohio Gov. John Kasich" → "John Kasich"; with the particles
    # inside it ("Mohammed bin Salman", "Ayman al-Zawahiri", not "Salman" and "Ayman")
    run: list[str] = []
    k = len(words)
    while k > 0:
        w = words[k - 1]
        if w[:1].isupper() and w.strip(".").lower() not in titles or is_joined_particle(w):
            run.insert(0, w)
            k -= 1
            continue
        lead = _particles_before(words, k) if run else 0
        if not lead:
            if run:
                break
            k -= 1
            continue
        run[:0] = words[k - lead:k]
        k -= lead
    if not any(w[:1].isupper() for w in run):
        run = []
    if run and _after_title(words, len(words) - len(run), titles):
        # "Minister of Foreign Affairs Abdulaziz Kamilov": the portfolio goes with the title
        while len(run) > 1 and run[0].lower() in lang.portfolios:
            run.pop(0)
    if not run:
        return None
    if words[: len(run)] == run and len(words) > len(run):
        # "Members of the committee": a capitalised head noun opening a description
        return None
    name = " ".join(run)
    before = " ".join(words[: len(words) - len(run)])
    if before and not lang.name_heads(f"{before} {name}", len(before) + 1, len(before) + 1 + len(name)):
        # "Associates of Navalny": the name modifies the head, it is not the speaker
        return None
    name = lang.normal_name(name)
    return name, name.split()[-1]


def _after_title(words: list[str], k: int, titles: frozenset[str]) -> bool:
    """Does a title, or a title and "of"/"for", stand right before index ``k`` of ``words``
    ("Minister of", "Foreign")?"""
    if k < 1:
        return False
    before = words[k - 1].strip(".").lower()
    if before in ("of", "for"):
        return k >= 2 and words[k - 2].strip(".").lower() in titles
    return before in titles


def _particles_before(words: list[str], k: int) -> int:
    """How many words before index ``k`` of ``words`` are the particles of a name ("bin",
    "van der"), one or two, with a capitalised word before them; 0 when they are not."""
    n = 0
    while n < 2 and k - n > 0 and words[k - n - 1] in PARTICLES:
        n += 1
    return n if n and k - n > 0 and words[k - n - 1][:1].isupper() else 0


@lru_cache(maxsize=8192)
def describes_nobody(desc: str, lang: SpeakerLanguage) -> bool:
    """True for a description without words beyond determiners and empty ones ("some of
    them"); depends on the description only, so cached."""
    words = [w for w in lang.description_word.findall(desc.lower()) if w not in lang.determiners]
    return not words or all(w in lang.empty_descriptions for w in words)
