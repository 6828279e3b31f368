"""Russian word forms: the case forms of names and country words, lemmas of phrase words.

The bottom of :mod:`discourse.extract.actors` for Cyrillic text. ``data/actors.yaml`` writes
Russian names in the nominative only («Дмитрий Песков», «Светлана Тихановская»); the text has
them in any case («Пескова», «Пескову», «Песковым», «Тихановской», «В. Путина»). Rather than
lemmatising every word of every article (slow, and ambiguous: «Пескова» is also a woman's
surname), the registry makes, once when it loads, the case forms of each Cyrillic alias of a
person (:func:`name_forms`) and of each Cyrillic country word (:func:`word_forms`), and adds them
to its alias index and regex: matching stays one regex scan, and a form points to the one actor
whose nominative it comes from.

How a form is made, word by word, in the same case for every word of the name:

- pymorphy3 (its Russian dictionary ships in the ``pymorphy3-dicts-ru`` wheel) when it knows the
  word as a first name, patronymic or surname of the actor's gender (``Дмитрий``, ``Сергеевич``,
  ``Лавров``);
- otherwise a suffix rule for surnames (``-ов/-ев/-ин``, ``-ова/-ина``, ``-ский/-ская``, a
  consonant for men: ``Шольц``, ``Макрон``); names ending in ``-о``, ``-е``, ``-и``, ``-у``,
  ``-ых/-их`` (``Лукашенко``, ``Шойгу``, ``Черных``) and women's names ending in a consonant
  (``Меркель``) do not decline.

Descriptions («пресс-секретаря Кремля») are compared by lemma: :func:`lemma` is the dictionary
form of a Cyrillic word, :func:`is_modifier` tells an adjective from a noun, for the head of a
Russian phrase (the first noun: «официальный представитель МИД» -> «представитель»).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

__all__ = ["CASES", "CYRILLIC", "analyser", "is_modifier", "know_lemmas", "lemma", "name_forms",
           "org_forms", "word_forms"]

CYRILLIC: Final = re.compile("[А-Яа-яЁё]")
# The oblique cases a name is written in (the nominative is the alias itself).
CASES = ("gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1)
def analyser():
    """The pymorphy3 analyser of Russian, made once per process (about 0.3 s; its dictionary is
    read from the installed wheel, never downloaded)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


_morph = analyser


# -- names ---------------------------------------------------------------------------------------

_NAME_TAGS = ("Name", "Surn", "Patr")
_GENDER = {"male": "masc", "female": "femn"}
_VOWELS = "аеёиоуыэюя"


def _suffix_forms(word: str, gender: str | None) -> tuple[str, ...] | None:
    """The five oblique forms of a surname or name pymorphy3 does not know, by its ending;
    None when it does not decline."""
    low = word.lower()
    if low.endswith(("ых", "их")) or low[-1:] in "оеиуыэю":
        return None
    if gender == "female":
        for end, forms in (("ская", ("ской", "ской", "скую", "ской", "ской")),
                           ("цкая", ("цкой", "цкой", "цкую", "цкой", "цкой")),
                           ("ова", ("овой", "овой", "ову", "овой", "овой")),
                           ("ева", ("евой", "евой", "еву", "евой", "евой")),
                           ("ёва", ("ёвой", "ёвой", "ёву", "ёвой", "ёвой")),
                           ("ина", ("иной", "иной", "ину", "иной", "иной")),
                           ("ына", ("ыной", "ыной", "ыну", "ыной", "ыной"))):
            if low.endswith(end):
                return tuple(word[: -len(end)] + f for f in forms)
        if low.endswith("а"):  # Анна, Мария-like first names
            stem = word[:-1]
            soft = stem[-1:].lower() in "гкхжшчщ"
            return (stem + ("и" if soft else "ы"), stem + "е", stem + "у", stem + "ой", stem + "е")
        if low.endswith("я"):
            stem = word[:-1]
            return (stem + "и", stem + "и" if low.endswith("ия") else stem + "е", stem + "ю",
                    stem + "ей", stem + "и" if low.endswith("ия") else stem + "е")
        return None  # Меркель, Бербок: a woman's name in a consonant does not decline
    for end, forms in (("ский", ("ского", "скому", "ского", "ским", "ском")),
                       ("цкий", ("цкого", "цкому", "цкого", "цким", "цком")),
                       ("ой", ("ого", "ому", "ого", "ым", "ом"))):
        if low.endswith(end):
            return tuple(word[: -len(end)] + f for f in forms)
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return (word + "а", word + "у", word + "а", word + "ым", word + "е")
    if low.endswith("й"):  # Андрей, Сергей
        stem = word[:-1]
        return (stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е")
    if low.endswith("ь"):  # Игорь
        stem = word[:-1]
        return (stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е")
    if low[-1:] in _VOWELS:  # Никола, Фома: rare in the registry, left as written
        return None
    # a consonant: Шольц, Макрон, Байден (after ж ш ч щ ц the instrumental is -ем)
    ins = "ем" if low[-1] in "жшчщц" else "ом"
    return (word + "а", word + "у", word + "а", word + ins, word + "е")


@lru_cache(maxsize=4096)
def _word_name_forms(word: str, gender: str | None) -> tuple[str, ...] | None:
    """The five oblique forms of one word of a name (``CASES`` order), None when it does not
    decline."""
    if not CYRILLIC.search(word) or len(word) < 2:
        return None
    if "-" in word:  # Римский-Корсаков, Жан-Ив: each part declines
        parts = [_word_name_forms(p, gender) or (p,) * 5 for p in word.split("-")]
        forms = tuple("-".join(p[i] for p in parts) for i in range(5))
        return None if forms == (word,) * 5 else forms
    want = _GENDER.get(gender or "")
    for p in _morph().parse(word):
        tag = p.tag
        if not any(t in tag for t in _NAME_TAGS) or (want and tag.gender not in (want, None)):
            continue
        if "Fixd" in tag:
            return None
        if "nomn" not in tag or "sing" not in tag:
            continue
        out = []
        for case in CASES:
            form = p.inflect({case, "sing"})
            if form is None:
                break
            out.append(_like(word, form.word))
        else:
            return tuple(out)
    return _suffix_forms(word, gender)


def _like(model: str, word: str) -> str:
    """``word`` written with the capitalisation of ``model``."""
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_INITIAL = re.compile(r"^[А-ЯЁ]\.$")


@lru_cache(maxsize=4096)
def name_forms(alias: str, gender: str | None) -> tuple[str, ...]:
    """The oblique case forms of a person's Cyrillic alias, and its initials forms.

    ``Дмитрий Песков`` -> ``Дмитрия Пескова``, ``Дмитрию Пескову``, …, ``Д. Песков``,
    ``Д. Пескова``, …; ``Лукашенко`` -> ``()``. Every word takes the same case. A name of
    three words (with a patronymic) gets its initials in the nominative only (``В. В. Путин``).
    Aliases without Cyrillic get ``()``. (``ё`` and ``е`` are one letter for matching: see
    :func:`discourse.extract.actors.names.fold`.)

    >>> name_forms("Песков", "male")
    ('Пескова', 'Пескову', 'Песковым', 'Пескове')
    >>> name_forms("Светлана Тихановская", "female")[:2]
    ('Светланы Тихановской', 'Светлане Тихановской')
    """
    if not CYRILLIC.search(alias):
        return ()
    words = alias.split()
    per_word = [(w,) * 5 if _INITIAL.match(w) else (_word_name_forms(w, gender) or (w,) * 5)
                for w in words]
    out: list[str] = []
    if len(words) <= 2:
        # a name with a patronymic is written in full mostly in the nominative; its case
        # forms would triple the registry's regex for little (its surname alone is matched)
        out.extend(" ".join(p[i] for p in per_word) for i in range(5))
    # initials: "В. Путин", "В. В. Путин" (first name and patronymic as initials)
    if len(words) >= 2 and not any(_INITIAL.match(w) for w in words):
        first = words[0]
        if first[:1].isupper() and CYRILLIC.match(first):
            keep = words[-1:]
            initials = [w[0] + "." for w in words[:-1]]
            out.append(" ".join(initials + keep))
            if len(words) <= 2:
                out.extend(" ".join(initials + [p[i] for p in per_word[-1:]]) for i in range(5))
    return tuple(dict.fromkeys(f for f in out if f != alias))


@lru_cache(maxsize=4096)
def org_forms(alias: str) -> tuple[str, ...]:
    """The oblique case forms of an organisation's Cyrillic alias: its leading nouns and
    adjectives in the nominative decline, the genitive after them and abbreviations stay
    (``Кремль`` -> ``Кремля``, …; ``Государственная дума`` -> ``Государственной думы``, …;
    ``Министерство обороны России`` -> ``Министерства обороны России``, …;
    ``МИД России`` -> ``()``). Names of more than three words get none.

    >>> org_forms("Кремль")[:3]
    ('Кремля', 'Кремлю', 'Кремлём')
    """
    words = alias.split()
    if not CYRILLIC.search(alias) or len(words) > 3:
        return ()  # long names are written in full in the nominative mostly
    lead: list[tuple[str | None, ...]] = []
    for w in words:
        if w.isupper() or not CYRILLIC.match(w):
            break
        cased = _org_word_cases(w.lower())
        if cased is None:
            break
        lead.append(cased)
    if not lead:
        return ()
    out: list[str] = []
    for i, _case in enumerate(CASES):
        forms = []
        for w, cased in zip(words, lead, strict=False):
            g = cased[i]
            forms.append(_like(w, g) if g is not None else w)
        f = " ".join(forms + words[len(lead):])
        if f != alias and f not in out:
            out.append(f)
    return tuple(out)


@lru_cache(maxsize=4096)
def _org_word_cases(low: str) -> tuple[str | None, ...] | None:
    """The lower-case word ``low`` of an organisation's name in each of ``CASES`` (None where
    it does not inflect), None when it is no nominative noun or adjective of the dictionary.

    Per word, not per name: the registry's 449 leading words of Cyrillic organisation names
    are 181 distinct («министерство», «россии», «государственная»), and each ``inflect``
    builds the word's whole paradigm; once per word, ``org_forms`` over the registry costs
    0.018 s instead of 0.039 s.
    """
    p = _best(_morph().parse(low))
    if p is None:
        return None
    out: list[str | None] = []
    for case in CASES:
        # an adjective before an inanimate noun: the accusative is the nominative's
        g = (p.inflect({case, "inan"}) if case == "accs" and p.tag.POS == "ADJF" else None
             ) or p.inflect({case})
        out.append(g.word if g is not None else None)
    return tuple(out)


# -- country words and phrases ---------------------------------------------------------------------


@lru_cache(maxsize=4096)
def word_forms(phrase: str) -> tuple[str, ...]:
    """Every form of a lower-case Cyrillic word or phrase of the ``countries`` section:
    ``россия`` -> ``россии``, ``россию``, …; ``российский`` -> all its genders, numbers and
    cases (an adjective agrees with the noun it precedes). In a phrase of several words each
    word takes the same case (``российской федерации``). The phrase itself comes first."""
    if not CYRILLIC.search(phrase):
        return (phrase,)
    words = phrase.split()
    morph = _morph()
    if len(words) == 1:
        p = _best(morph.parse(words[0]))
        if p is None:
            return (phrase,)
        forms = [phrase]
        for f in p.lexeme:
            if f.tag.POS in ("ADJF", "NOUN") and f.word not in forms:
                forms.append(f.word)
        return _with_yo(forms)
    forms = [phrase]
    parses = [_best(morph.parse(w)) for w in words]
    for case in ("gent", "datv", "accs", "ablt", "loct"):
        out = []
        for w, p in zip(words, parses, strict=True):
            g = p.inflect({case}) if p is not None else None
            out.append(g.word if g is not None else w)
        f = " ".join(out)
        if f not in forms:
            forms.append(f)
    return _with_yo(forms)


def _best(parses):
    """The nominative parse of a dictionary word (a noun or an adjective), else None."""
    for p in parses:
        if p.tag.POS in ("NOUN", "ADJF") and "nomn" in p.tag and p.is_known:
            return p
    return None


def _with_yo(forms: list[str]) -> tuple[str, ...]:
    out = list(forms)
    for f in forms:
        g = f.replace("ё", "е")
        if g not in out:
            out.append(g)
    return tuple(out)


# -- lemmas for descriptions ---------------------------------------------------------------------


# Lemmas (word -> lemma) and modifier tests (lemma -> bool) known before pymorphy3 is asked:
# the registry's own Russian words, read from the store by
# :func:`discourse.extract.actors.names.know_registry_words` (each made by the functions below,
# in a run before, under the same code and pymorphy3 version). An English-only run then never
# loads the dictionary.
_KNOWN_LEMMAS: dict[str, str] = {}
_KNOWN_MODIFIERS: dict[str, bool] = {}


def know_lemmas(lemmas: dict[str, str], modifiers: dict[str, bool]) -> None:
    """Let :func:`lemma` and :func:`is_modifier` answer these words without pymorphy3; each
    answer must be the one they would make (see ``_KNOWN_LEMMAS``)."""
    _KNOWN_LEMMAS.update(lemmas)
    _KNOWN_MODIFIERS.update(modifiers)


@lru_cache(maxsize=1 << 14)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Cyrillic word (``пресс-секретаря`` ->
    ``пресс-секретарь``, ``кремля`` -> ``кремль``), ``ё`` written ``е``; other words as given."""
    if not CYRILLIC.search(word):
        return word
    known = _KNOWN_LEMMAS.get(word)
    if known is not None:
        return known
    parses = _morph().parse(word)
    return (parses[0].normal_form if parses else word).replace("ё", "е")


@lru_cache(maxsize=1 << 14)
def is_modifier(word: str) -> bool:
    """Is the Cyrillic lemma ``word`` an adjective, participle, numeral or pronoun (it precedes
    the head noun of a phrase: «официальный представитель»)?"""
    if not CYRILLIC.search(word):
        return False
    known = _KNOWN_MODIFIERS.get(word)
    if known is not None:
        return known
    parses = _morph().parse(word)
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF", "NUMR", "NPRO", "ADJS")
