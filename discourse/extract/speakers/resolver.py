"""One article's entities and the rules that resolve a mention to one of them.

:class:`Resolver` holds, for one article, the actors the registry finds named outside quotation
marks and the speakers resolved so far (the *entities*), and answers: the most recent entity a
pronoun can refer to, the actor a role description refers to, the registry actor a name is, the
fullest form of an unknown name.

**Evidence.** A description ("police", "the mayor", "a man") resolves to a registry actor only
when the article itself names that actor before it (by a name or alias, or as a speaker resolved
earlier), or, for an institution, names its country (before it, or in the description itself:
"the Belarusian police"); a person not named before is reached only by a description that names
the person's country ("the Russian president"). Without evidence the speaker stays the mention,
camp ``unknown``: a wrong camp is worse than none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Final

from discourse.extract.actors.mentions import first_name_before
from discourse.extract.actors.model import own_first_names
from discourse.extract.speakers.language import SpeakerLanguage, no_complement_name
from discourse.extract.speakers.name_search import after_lower_word, literal_matches
from discourse.extract.speakers.names import (
    FullNames,
    describes_nobody,
    name_form,
    name_in_mention,
)

__all__ = ["LOOKBACK", "PEOPLE_WINDOW", "Entity", "Resolver"]

# A capitalised Latin word: a first name before a surname, or a title ("Minister")
_LATIN_CAPITALISED: Final = re.compile(r"[A-Z][a-z]+")
_INITIAL = re.compile(r"[A-Z]\.")

# How many earlier entity mentions a pronoun or role description may reach back to: a pronoun
# or a role description refers back a few paragraphs, not to the 500th name before it (and the
# bound keeps attribution linear in the length of the text).
LOOKBACK: Final = 60
# How far back (characters) a pronoun looks for a person the registry does not know.
PEOPLE_WINDOW: Final = 1500
# Characters of text scanned for registry mentions at a time (at least).
SCAN_BLOCK: Final = 8192


@dataclass(slots=True)
class Entity:
    """Someone mentioned in the text, for pronoun and description resolution."""

    pos: int
    actor: Any  # discourse.extract.actors.Actor or None
    name: str | None  # canonical name, or the name as written for unknown people
    gender: str | None
    kind: str  # person | organisation | unknown


# An entity's offset, the key of the bisections (in C: called at every step of each).
_position = attrgetter("pos")


_NEVER = float("inf")
# a memo's "not asked yet" (None is an answer)
_UNASKED: Final[Any] = object()


class Resolver:
    """Per-article state: actor mentions outside quotes and speakers resolved so far.

    Parameters
    ----------
    text : str
        The article.
    registry : discourse.extract.actors.ActorRegistry
    on : str or None
        The article's date (ISO), for roles held that day.
    quote_spans : list of (start, end)
        The spans in quotation marks: names inside them are not antecedents.
    lang : SpeakerLanguage
        The article's language.
    """

    def __init__(self, text: str, registry: Any, on: str | None,
                 quote_spans: list[tuple[int, int]], lang: SpeakerLanguage):
        self.text = text
        self.registry = registry
        self.on = on
        self.lang = lang
        self.quote_spans = sorted(quote_spans)
        # Quote spans of one article may nest or overlap; a running maximum of their ends lets
        # one bisection answer "is this offset inside any quote?".
        self._q_starts = [s for s, _ in self.quote_spans]
        self._q_max_end: list[int] = []
        top = -1
        for _, e in self.quote_spans:
            top = max(top, e)
            self._q_max_end.append(top)
        # Entities (actor mentions outside quotes, speakers added) sorted by position, so that
        # "the most recent entity before pos" is a bisection plus a short walk backwards. Most
        # rules need none, and those that do look back from the quote: the text is scanned for
        # mentions only up to the furthest offset asked for (see entities_before).
        self._entities: list[Entity] = []
        self._scanned_to = 0
        # actor name -> first offset where the article names it (in quotes or not)
        self._named: dict[str, int] = {}
        # person name -> the gender the article (or the name) gives it, for the language's
        # pronoun_agreement: asked again for each pronoun of the article
        self.gender_memo: dict[str, str | None] = {}
        # (start, end) of the registry's mentions scanned so far, in order
        self._taken: list[tuple[int, int]] = []
        # person runs (start, end) starting in the stretch _people_span, sorted
        self._people: list[tuple[int, int]] = []
        self._people_span: tuple[int, int] = (0, 0)
        # the English person runs from the text's start, kept by lang.en_run_prefix
        self.run_prefix: Any = None
        self._countries: dict[str, list[int]] | None = None
        self._full_names: FullNames | None = None
        # name form -> does the article write it after a lower-case word (see _first_names)
        self._after_lower: dict[str, bool] = {}
        # mention -> name(mention), unknown_name(mention): answers of the whole article (its
        # text, the registry, the date), the same for every quote; an article asks again
        # about the speaker of most of its quotes (speed pass seventeen)
        self.named: dict[str, Any] = {}
        self.unknown_names: dict[str, str | None] = {}

    # -- entities ------------------------------------------------------------------------------

    def entities_before(self, end: int) -> list[Entity]:
        """The entities, complete (as if the whole text were scanned) before offset ``end``."""
        if end > self._scanned_to:
            # read ahead a block: one registry scan per block, not one per pronoun
            self._scan(self._scanned_to, min(len(self.text), max(end, self._scanned_to + SCAN_BLOCK)))
        return self._entities

    def _scan(self, start: int, end: int) -> None:
        """Add the mentions outside quotes that start in ``[start, end)``.

        Entities at ``start`` or after are speakers added (add()); a mention goes before those
        at its offset, as when the whole text was scanned before any was added.
        """
        find = getattr(self.registry, "find_mentions_in", None)
        if find is None:  # a registry without it: the whole text at once
            found = self.registry.find_mentions(self.text, on=self.on)
            end = len(self.text)
        else:
            found = find(self.text, start, end, on=self.on)
        ents = self._entities
        named = self._named
        taken: list[tuple[int, int]] = []
        for m in found:
            named.setdefault(m.actor.name, m.start)
            taken.append((m.start, m.end))
            if not self._in_quote(m.start):
                ent = self._entity(m.start, m.actor)
                ents.insert(bisect.bisect_left(ents, m.start, key=_position), ent)
        self._taken.extend(taken)
        self._scanned_to = end

    def _person_before(self, pos: int, after: int, cls: str) -> Entity | None:
        """The most recent name of a person the registry does not know ("Dave Meltzer") in
        ``(after, pos)`` whose gender (as the language reads the name) is not the other one than
        the pronoun's class ``cls``, outside quotes and registry mentions, at most :data:`PEOPLE_WINDOW`
        characters back. Names are read only where a pronoun may refer, each stretch of text
        once (a contiguous stretch is kept and grown on demand)."""
        lo = max(after + 1, pos - PEOPLE_WINDOW, 0)
        if lo >= pos:
            return None
        self.entities_before(pos)  # the registry's mentions there are known
        self._read_people(lo, pos)
        runs = self._people
        k = bisect.bisect_left(runs, (pos,))
        taken = self._taken
        while k > 0:
            k -= 1
            s, e = runs[k]
            if s < lo:
                break
            if e > pos or self._in_quote(s):
                continue
            t = bisect.bisect_right(taken, (e,))
            if t > 0 and taken[t - 1][1] > s:
                continue  # part of a registry mention
            name = self.lang.normal_name(self.text[s:e])
            if " " not in name:  # «Анджелина» after «Анджелина Джоли»: her full name
                name = self.lang.full_first_name(name, self.text) or name
            gender = self.lang.name_gender(name)
            if gender is not None and gender != cls:
                continue  # «она» after «Борис Березовский»
            later = (self._surname_after(runs, k, lo, e, pos, cls)
                     if self.lang.surname_antecedents else None)
            if later is not None:
                # "Ian Campbell, whose credits include Star Trek: Discovery, ... Campbell was
                # working. After the convention, he": the surname alone, named since
                return later
            return Entity(s, None, name, gender, "unknown")
        return None

    def _surname_after(self, runs: list[tuple[int, int]], k: int, lo: int, after: int,
                       pos: int, cls: str) -> Entity | None:
        """The person of an earlier run in ``[lo, ...)`` (up to index ``k``), not of the other
        gender than the pronoun's class ``cls``, whose surname alone stands outside quotes in
        ``(after, pos)``, the latest such; else None."""
        names: dict[str, str] = {}
        # the runs from lo on (runs is sorted, and in a long document read in order it holds
        # every run since the stretch began: a slice from its start made each pronoun's cost
        # grow with the document)
        for j in range(bisect.bisect_left(runs, (lo,)), k + 1):
            s, e = runs[j]
            if self._in_quote(s):
                continue
            words = self.text[s:e].split()
            while len(words) > 2 and words[0].lower() in self.lang.name_openers:
                words = words[1:]  # "When Robert Mugabe ...": a sentence's first word
            if len(words) < 2 or not words[-1][:1].isupper():
                continue
            name = self.lang.normal_name(" ".join(words))
            if name != " ".join(words):
                continue  # a name in another case («Хулио Иглесиаса»): no antecedent
            gender = self.lang.name_gender(name)
            if gender is None or gender == cls:
                names[words[-1]] = name
        if not names:
            return None
        best = None
        surnames = list(names)  # (by string search: a pattern of the names missed re's cache)
        for start, j in literal_matches(self.text[after:pos], surnames, "word"):
            at = after + start
            if not self._in_quote(at):
                best = (at, names[surnames[j]])
        if best is None:
            return None
        name = best[1]
        return Entity(best[0], None, name, self.lang.name_gender(name), "unknown")

    def _read_people(self, lo: int, hi: int) -> None:
        """Make the person runs starting in ``[lo, hi)`` known (kept sorted in ``_people``)."""
        a, b = self._people_span
        if a <= lo and hi <= b:
            return
        if b <= lo or hi <= a or a == b:
            # a stretch apart from the one read: start afresh there (each position is read
            # at most twice over a document read in order)
            self._people = self.lang.person_runs(self.text, lo, hi)
            self._people_span = (lo, hi)
            return
        if lo < a:
            self._people[:0] = self.lang.person_runs(self.text, lo, a)
            a = lo
        if hi > b:
            self._people.extend(self.lang.person_runs(self.text, b, hi))
            b = hi
        self._people_span = (a, b)

    @property
    def full_names(self) -> FullNames:
        """Surname -> fullest form (:class:`FullNames`), found only when a name is unknown."""
        if self._full_names is None:
            self._full_names = FullNames(self.text, self.lang)
        return self._full_names

    def in_quote(self, pos: int) -> bool:
        """Is ``pos`` inside one of the article's quotes in quotation marks or blocks?"""
        return self._in_quote(pos)

    def _in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._q_starts, pos) - 1
        # spans starting at or before pos: the one reaching furthest decides
        return k >= 0 and pos < self._q_max_end[k]

    def _entity(self, pos: int, actor: Any) -> Entity:
        return Entity(pos, actor, actor.name, actor.gender, actor.kind)

    def add(self, pos: int, actor: Any, name: str | None) -> None:
        """Record a resolved speaker at ``pos``: an antecedent for later pronouns."""
        if actor is not None:
            bisect.insort_right(self._entities, self._entity(pos, actor), key=_position)
            self._named.setdefault(actor.name, pos)
        elif name:
            bisect.insort_right(self._entities,
                                Entity(pos, None, name, self.lang.name_gender(name), "unknown"),
                                key=_position)

    def _before(self, pos: int) -> Iterator[Entity]:
        """Entities before ``pos``, most recent first, at most :data:`LOOKBACK` of them."""
        ents = self.entities_before(pos)
        k = bisect.bisect_left(ents, pos, key=_position)
        for i in range(k - 1, max(-1, k - 1 - LOOKBACK), -1):
            yield ents[i]

    # -- evidence ------------------------------------------------------------------------------

    def named_before(self, actor: Any, pos: int) -> bool:
        """Does the article name ``actor`` (or resolve a speaker to it) before ``pos``?"""
        self.entities_before(pos)
        return self._named.get(actor.name, _NEVER) < pos

    def country_named(self, country: str | None, lo: int, hi: int) -> bool:
        """Does the article name ``country`` (a registry code) at an offset in ``[lo, hi)``?"""
        if country is None:
            return False
        if self._countries is None:
            self._countries = {}
            finder = getattr(self.registry, "country_mentions", None)
            for pos, code in finder(self.text) if finder is not None else ():
                self._countries.setdefault(code, []).append(pos)
        offsets = self._countries.get(country)
        if not offsets:
            return False
        k = bisect.bisect_left(offsets, lo)
        return k < len(offsets) and offsets[k] < hi

    def evidence(self, actor: Any, ms: int, me: int) -> bool:
        """May the description at ``[ms, me)`` resolve to ``actor`` (see the module notes)?"""
        if self.named_before(actor, ms):
            return True
        if actor.kind == "organisation":
            return self.country_named(actor.country, 0, me)
        # a person never named: only a description naming the person's country
        return self.country_named(actor.country, ms, me)

    # -- the rules -----------------------------------------------------------------------------

    def pronoun(self, cls: str, pos: int) -> Entity | None:
        """Most recent entity before ``pos`` compatible with a pronoun of class ``cls``; for
        ``he``/``she``, a person the registry does not know named after it wins."""
        found = None
        for ent in self._before(pos):
            if cls == "male" and ent.kind != "organisation" and ent.gender in ("male", None):
                found = ent
                break
            if cls == "female" and ent.kind != "organisation" and ent.gender in ("female", None):
                found = ent
                break
            if cls in ("neuter", "plural") and ent.kind == "organisation":
                return ent
        if cls in ("male", "female"):
            person = self._person_before(pos, found.pos if found is not None else -1, cls)
            if person is not None:
                found = person
            span = self.lang.previous_subject(self.text, pos, cls)
            if span is not None and not (found is not None and span[0] <= found.pos < span[1]):
                # the sentence before's subject («Владелец лётной школы рассказал …. Он
                # заявил») wins over a name later in that sentence («о пилоте Иване Петрове»)
                # and over a name before it, the subject being the more recent person
                return self._subject(*span, found)
        return found

    def _subject(self, s: int, e: int, found: Entity | None) -> Entity | None:
        """The person the subject ``text[s:e]`` of a sentence names or describes; ``found``,
        the antecedent by recency, when it comes before and the subject is a bare role noun
        that refers back to it («Ивоби отверг …. Политик заявил …. По его словам»); else
        None when a description reaches no one (nobody rather than the wrong person)."""
        mention = self.text[s:e]
        # a registry person heading the subject («Министр обороны Сергей Шойгу»), not one its
        # head governs («Пресс-секретарь Путина»)
        heads = [m for m in self.registry.find_mentions(mention, on=self.on)
                 if m.actor.kind == "person" and self.lang.name_heads(mention, m.start, m.end)
                 and not self.complement_name(mention, m)]
        if heads:
            return self._entity(s + heads[-1].start, heads[-1].actor)
        # a name in the nominative («Иван Петров»; not «Адвокат Ивана Петрова»)
        runs = [(a, b) for a, b in self.lang.person_runs(self.text, s, e)
                if b <= e and self.lang.normal_name(self.text[a:b]) == self.text[a:b]]
        if not runs and " " not in mention and self.lang.name_gender(mention) is not None:
            runs = [(s, e)]  # a surname alone («Данилов был директором …»)
        if runs:  # a person's name, the fullest form the article gives of it
            a, b = runs[-1]
            name = self.unknown_name(self.lang.normal_name(self.text[a:b]))
            if name:
                return Entity(a, None, name, self.lang.name_gender(name), "unknown")
            return None
        # a description («Владелец лётной школы», «Политик»): the person it reaches, if any
        got = self.description(mention, s)
        actor = got[0] if got is not None else None
        if actor is not None and actor.kind == "person":
            return self._entity(s, actor)
        if found is not None and found.pos < s and len(mention.split()) == 1:
            return found
        return None

    def description(self, desc: str, pos: int) -> tuple[Any, str] | None:
        """Resolve a role description at ``pos`` to an actor: the most recent compatible entity,
        else the one actor it identifies on its own, with evidence (see the module notes)."""
        if describes_nobody(desc, self.lang):
            return None
        seen: set[str | None] = set()
        for ent in self._before(pos) if self._describes_any(desc) else ():
            if ent.actor is None or ent.name in seen:
                continue
            seen.add(ent.name)
            if self.registry.compatible(ent.actor, desc, on=self.on):
                return ent.actor, "role_description"
        actor = self.registry.resolve_description(desc, on=self.on)
        if actor is not None and self.evidence(actor, pos, pos + len(desc)):
            return actor, "role_description"
        return None

    def _describes_any(self, desc: str) -> bool:
        """Can ``desc`` fit any actor? When not, no earlier entity is compatible, and the text
        need not be scanned for them."""
        test = getattr(self.registry, "describes_any", None)
        return test is None or test(desc, on=self.on)

    def name(self, mention: str) -> Any:
        """Registry actor named by ``mention`` (a name, possibly with title or description)."""
        got = self.named.get(mention, _UNASKED)
        if got is _UNASKED:
            got = self.named[mention] = self._name(mention)
        return got

    def _name(self, mention: str) -> Any:
        actor = self.registry.lookup(mention, on=self.on)
        if actor is not None:
            if actor.kind == "person" and self.lang.complement_name is not no_complement_name \
                    and any(m.actor is actor and self.complement_name(mention, m)
                            for m in self.registry.find_mentions(mention, on=self.on)):
                return None  # «Советник президента Александра Лукашенко»: the president's name
            return None if self._namesake_in_article(mention, actor) else actor
        found = self.registry.find_mentions(mention, on=self.on)
        if not found:
            return None
        # "the press secretary of the President of Russia Dmitry Peskov": the name at the end
        # is the head of the appositive; people before organisations. A name tied to a head
        # before it ("Associates of Navalny") is not the speaker.
        heads = [m for m in found if self.lang.name_heads(mention, m.start, m.end)
                 and not self._namesake(mention, m) and not self.complement_name(mention, m)]
        if not heads:
            return None
        people = [m for m in heads if m.actor.kind == "person"]
        pick = max(people or heads, key=lambda m: m.end)
        return None if self._namesake_in_article(mention, pick.actor) else pick.actor

    def complement_name(self, mention: str, found: Any) -> bool:
        """Is the registry match ``found`` in ``mention`` a name of the head's complement
        («представитель генсека ООН Антониу Гутерриша»), not of the speaker (the language's
        ``complement_name``)?"""
        return self.lang.complement_name(self.registry, mention, found.start, found.actor,
                                         self.on)

    def _namesake_in_article(self, mention: str, actor: Any) -> bool:
        """Does a surname alone (``mention``, titles aside) that the registry reads as the
        person ``actor`` stand for somebody else of that surname whom the article names?

        «Пресс-секретарь группы Александра Панфилова, жена Кинчева, сказала … Однако Панфилова
        уточнила»: the second sentence's Панфилова is Alexandra, not Ella Pamfilova. When the
        article gives the surname with a first name that is not the actor's own, and never
        with one of the actor's own, the surname alone is the other person: not resolved
        (the speaker is the fullest form of the name in the article, camp unknown). When it
        gives both, the registry's reading stands.
        """
        if actor.kind != "person":
            return False
        parts = name_in_mention(mention, self.lang)
        if parts is None or parts[0] != mention.strip():
            return False  # a title ("President Trump") or a first name (see _namesake) given
        key = name_form(parts[0], self.lang)
        if key is None:
            return False
        own = own_first_names(actor)
        others = False
        for form in self.full_names.forms(key[0]):
            words = form.split()
            if len(words) < 2:
                continue
            written = words[-2].lower().replace("ё", "е")  # «Жан-Марк» as a whole
            firsts = self._first_names(form, len(form) - len(words[-1]))
            if written in own or firsts & own:
                return False  # the article names the actor by its own first name too
            others = others or bool(firsts)
        return others

    def _first_names(self, form: str, start: int) -> frozenset[str]:
        """The first names (lower-cased; for Russian, the dictionary's readings) that the word
        before the surname at ``start`` of the name ``form`` may be; empty for an initial, a
        title or a word of the registry's roles, countries and organisations."""
        cyrillic = first_name_before(form, start)
        if cyrillic:
            return cyrillic
        words = form[:start].split()
        word = words[-1]
        # every word before the surname a name's ("Mary L. Trump"; not "Doesn’t Like Trump")
        if not _LATIN_CAPITALISED.fullmatch(word) or not all(
                _LATIN_CAPITALISED.fullmatch(w) or _INITIAL.fullmatch(w) for w in words):
            return frozenset()
        low = word.lower()
        if self._title_or_registry_word(low):
            return frozenset()
        # No dictionary of English first names ships here: a capitalised word opening a
        # sentence or a headline ("While Trump", "As Obama") is no first name, so the form
        # must occur at least once after a lower-case word, a digit or a comma
        # ("daughter Ivanka Trump", "said Mary Trump").
        if not self._after_lower_word(form):
            return frozenset()
        return frozenset({low})

    def _after_lower_word(self, form: str) -> bool:
        """Does the article write ``form`` after a lower-case word, a digit or a comma? Asked
        for every quote of a speaker named by the surname alone, answered once per form: the
        search reads the whole article (a document of many articles took quadratic time)."""
        got = self._after_lower.get(form)
        if got is None:
            got = self._after_lower[form] = after_lower_word(self.text, form)
        return got

    def _namesake(self, mention: str, m: Any) -> bool:
        """Is the one-word person match ``m`` of ``mention`` the surname of somebody else?

        "Yaroslav Peskov" is not Dmitry Peskov: when the whole mention is no alias (the
        actor's own first names are in its full aliases), a capitalised word right before the
        surname that is neither a title nor a word of the registry's roles, countries and
        organisations ("Minister Lavrov", "Kremlin Peskov") is another person's first name.
        """
        if m.actor.kind != "person" or " " in m.text.strip():
            return False
        before = mention[:m.start].split()
        if not before or not _LATIN_CAPITALISED.fullmatch(before[-1]):
            return False
        word = before[-1].lower()
        if word in own_first_names(m.actor):
            return False  # the actor's own first name
        return not self._title_or_registry_word(word)

    def _title_or_registry_word(self, word: str) -> bool:
        """Is ``word`` (lower-cased) a title or a word of the registry's roles, countries and
        organisations ("minister", "kremlin"), so no first name before a surname?"""
        vocabulary = getattr(getattr(self.registry, "alias_lookup", None), "vocabulary", ())
        return word in self.lang.titles or word in vocabulary

    def unknown_name(self, mention: str) -> str | None:
        """The most complete form of an unknown person's name seen in the article."""
        got = self.unknown_names.get(mention, _UNASKED)
        if got is _UNASKED:
            got = self.unknown_names[mention] = self._unknown_name(mention)
        return got

    def _unknown_name(self, mention: str) -> str | None:
        parts = name_in_mention(mention, self.lang)
        if parts is None:
            return None
        name, last = parts
        full = self.full_names.get(last.lower(), name)
        # "Romney" -> "Mitt Romney", "А. Александров" -> "Алексей Александров"; "Ann Romney"
        # stays herself
        if len(full) > len(name) and full.endswith(last) and _widens(name, full):
            return full
        initials = all(_INITIAL.fullmatch(w) for w in name.split()[:-1])
        if " " not in name or initials:
            # a surname alone in another case than the article's full name («По словам
            # Прусенковой» after «Мария Прусенкова»): the full name whose surname is the same
            # in any case form, when only one person of that surname has one; so for initials
            # before it whose first names begin with them («в сообщении С. Балмера» after «Стив
            # Балмер»)
            full_forms = {f for f in self.full_names.forms(last.lower()) if " " in f}
            if len(full_forms) == 1:
                full = full_forms.pop()
                if self.lang.surname_form(last, full) and _widens(name, full.rsplit(" ", 1)[0] + " " + last):
                    return full
            if " " not in name:
                return self.lang.full_first_name(name, self.text) or name
        return name


_CYRILLIC: Final = re.compile(r"[А-Яа-яЁё]")
# An initial of a first name or patronymic ("С.", "J.").
_INITIAL = re.compile(r"[A-ZА-ЯЁ]\.")


def _widens(name: str, full: str) -> bool:
    """May the name ``name`` be written as the fuller form ``full`` of its surname: a surname
    alone, a form that ``full`` ends with, or initials that ``full``'s first names begin with
    (a patronymic's initial beyond them too: "Г. А. Зюганов" -> "Геннадий Зюганов")?"""
    words = name.split()
    if _CYRILLIC.search(name) is None and _CYRILLIC.search(full) is not None:
        return False  # «Google» is not «Шмидта Google»: a name keeps one script
    if len(words) == 1 or full.endswith(" " + name):
        return True
    given, names = words[:-1], full.split()[:-1]
    return bool(names) and all(
        len(w.rstrip(".")) == 1 and n[:1] == w[:1] for w, n in zip(given, names))
