"""English pronouns that agree in gender with their antecedent, on the article's own evidence.

English names carry no gender for the resolver (``name_gender`` reads none), so "She" after
"Brandt, however, was more hopeful." went to the last full name before it, a man. The article
itself often says who is a man and who a woman:

- a title before the name or surname: "Mr. Brandt", "Mrs. Day", "Ms. Flora" (not "Sen.",
  "Dr.", "President": those are held by either);
- a gendered noun right before the name ("actress Doris Day", "his wife Ann Hale") or heading
  its comma appositive ("Barry Comden, her fourth husband,"; "Ann Hale, the actress");
- a pronoun bound to the name by the verb right after it ("Brandt lost her seat", "Day, who
  made her debut", "Voss said he ..."; not one farther on, which may be anybody's);
- "He"/"She" opening the sentence after one that names only that person and has no pronoun
  of its own ("In late September polls, Jorgensen was in third place. She drew ...");
- the surname alone counts only when the article gives it with no other first name;
- for a registry actor, the registry's ``gender`` field;
- when the article says nothing, the first name, by ``data/first_names_en.tsv`` (US baby names
  of one sex, public domain; ``data/make_first_names_en.py``).

:func:`agree` (through :func:`agree_subject`, English's ``SpeakerLanguage.pronoun_agreement``,
for a subject "he"/"she") is asked after the pronoun is resolved by recency: when the evidence says the
antecedent is of the other gender, the nearest earlier person the evidence says is of the
pronoun's gender is taken instead; when a person of unknown gender stands nearer than that one,
nothing decides between them and the pronoun is left unresolved (a wrong camp is worse than
none). Without evidence against the antecedent nothing changes.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Final

from discourse.core import paths
from discourse.extract.speakers.lang.en_run_prefix import person_runs_before
from discourse.extract.speakers.name_search import literal_matches, words_before

__all__ = ["agree", "agree_subject", "first_name_gender", "name_gender_in"]

# Titles held by one gender only ("Sen.", "Dr.", "Gov." are held by either)
_MALE_TITLES: Final = ("Mr", "Mr.", "Mister", "Sir", "Lord", "King", "Prince")
_FEMALE_TITLES: Final = ("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Lady", "Dame", "Queen",
                  "Princess")
# Nouns of one gender that describe a person in an appositive or before the name
_MALE_NOUNS: Final = ("actor", "husband", "father", "son", "brother", "uncle", "nephew", "grandfather",
               "grandson", "businessman", "congressman", "spokesman", "boyfriend", "widower",
               "chairman", "sportsman", "councilman", "assemblyman", "king", "prince", "man",
               "gentleman", "stepfather", "stepson", "father-in-law", "son-in-law")
_FEMALE_NOUNS: Final = ("actress", "wife", "mother", "daughter", "sister", "aunt", "niece",
                 "grandmother", "granddaughter", "businesswoman", "congresswoman",
                 "spokeswoman", "girlfriend", "widow", "chairwoman", "sportswoman",
                 "councilwoman", "assemblywoman", "queen", "princess", "woman", "lady",
                 "stepmother", "stepdaughter", "mother-in-law", "daughter-in-law", "heiress",
                 "duchess")
# "actor" and "chairman" are said of women too in much of today's press, "man" and "woman" of
# crowds ("a man, police said"): they count for no one
_EITHER: Final = frozenset({"actor", "chairman", "man", "woman"})
_NOUN_GENDER = {w: "male" for w in _MALE_NOUNS if w not in _EITHER}
_NOUN_GENDER.update({w: "female" for w in _FEMALE_NOUNS if w not in _EITHER})
_TITLE_GENDER = {w: "male" for w in _MALE_TITLES}
_TITLE_GENDER.update({w: "female" for w in _FEMALE_TITLES})

_PRONOUN_GENDER: Final = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
# the name, then "who" perhaps, an adverb perhaps, one verb, then a possessive or reflexive
# ("made her", "who lost his", "personally considered her"), or "said (that) she"
_BOUND: Final = re.compile(r"(?:,?\s+who)?\s+(?:[a-z]+ly\s+)?(?:(?:said|says|told\s+\w+|added|"
                    r"stated|explained|believed|thought|felt)\s+(?:that\s+)?(he|she)\b|"
                    r"[a-z]+\s+(his|her|himself|herself)\b)")
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s|$)|\n")
# the appositive after a name: ", (a|the|his|her|X's)? up to four words" up to the next comma
_APPOSITIVE: Final = re.compile(r",\s+((?:[\w'’-]+\s+){0,4}?)([a-z-]+)(?=[,.;)]|\s+(?:of|to|for|at|who)\b)")
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\.?\s*,?\s*$")
# a capitalised word (a title) or a lower-case word (a noun) ending the text before a name, a
# capitalised first name perhaps between ("Mrs. Ann", "wife, Ann")
_TITLE_HEAD: Final = re.compile(r"(?<![\w.])([A-Z][a-z]+\.?)\s+(?:[A-Z][a-z]+\s+)?$")
_NOUN_HEAD: Final = re.compile(r"\b([a-z-]+),?\s+(?:[A-Z][a-z]+\s+)?$")


def name_gender_in(text: str, name: str, in_quote: Any = None,
                   not_first: frozenset[str] = frozenset()) -> str | None:
    """``male`` or ``female`` when the article ``text`` gives evidence of the gender of the
    person ``name`` (a full name or a surname) and none of the other, else None.

    ``in_quote`` (offset -> bool) keeps the words of quotations out: a pronoun inside a quote
    refers by the quoted speaker's view. The surname alone counts only when the article gives
    it with no other first name ("Cornelius Vanderbilt" beside "Gloria Vanderbilt": the
    surname alone may be either); ``not_first`` are the capitalised words before a surname
    that are no first name (titles, sentence openers), lower-cased.
    """
    words = name.split()
    if not words or not words[-1][:1].isupper():
        return None
    surname = words[-1]
    forms = {name}
    own = {w.lower() for w in words[:-1]}
    # the words before the surname and the name's occurrences by string search: patterns
    # built from the name missed the re cache in nearly every article (name_search.py)
    others = {w.lower() for w in words_before(text, surname)}
    if not (others - own - not_first - {t.lower().rstrip(".") for t in _TITLE_GENDER}):
        forms.add(surname)
    votes = {"male": 0, "female": 0}
    ordered = sorted(forms, key=len, reverse=True)
    for start, k in literal_matches(text, ordered, "name"):
        if in_quote is not None and in_quote(start):
            continue
        end = start + len(ordered[k])
        for g in (_title_before(text, start), _noun_before(text, start),
                  _appositive(text, end), _bound_pronoun(text, end),
                  _next_sentence(text, start, end)):
            if g is not None:
                votes[g] += 1
    if votes["male"] and not votes["female"]:
        return "male"
    if votes["female"] and not votes["male"]:
        return "female"
    return None


def _title_before(text: str, start: int) -> str | None:
    """The gender of a title right before the name at ``start`` ("Mrs. Day", "Mr John Hale")."""
    head = text[max(0, start - 40):start]
    m = _TITLE_HEAD.search(head)
    return _TITLE_GENDER.get(m.group(1)) if m else None


def _noun_before(text: str, start: int) -> str | None:
    """The gender of a noun right before the name at ``start`` ("actress Doris Day", "his
    wife, Ann Hale"); a capitalised first name may stand between ("wife Ann Hale" for
    "Hale")."""
    head = text[max(0, start - 40):start]
    m = _NOUN_HEAD.search(head)
    return _NOUN_GENDER.get(m.group(1)) if m else None


def _appositive(text: str, end: int) -> str | None:
    """The gender of the head of a comma appositive after the name ending at ``end``
    ("Barry Comden, her fourth husband,")."""
    m = _APPOSITIVE.match(text, end)
    if m is None or _SENTENCE_END.search(m.group(1)):
        return None
    return _NOUN_GENDER.get(m.group(2))


def _bound_pronoun(text: str, end: int) -> str | None:
    """The gender of a pronoun bound to the name ending at ``end`` as the subject of the verb
    right after it: its possessive or reflexive object ("Day made her last movie", "Brandt,
    who lost his seat"), or the subject of what it said ("Hale said she ..."). A pronoun
    farther on may be anybody's ("tweeted after hearing the news of her death"); after a
    possessive name ("Day's son ... her") the subject is another."""
    m = _BOUND.match(text, end)
    return _PRONOUN_GENDER[(m.group(1) or m.group(2)).lower()] if m else None


def _next_sentence(text: str, start: int, end: int) -> str | None:
    """The gender of "He"/"She" opening the sentence after the one that names the person at
    ``[start, end)``, when that sentence names nobody else: no capitalised word in it but its
    first, the name's and a month's or weekday's, and no pronoun ("In late September polls, Jorgensen was in
    third place. She drew two percent")."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = _SENTENCE_END.search(text, end)
    if stop is None or text[stop.start()] == "\n":
        return None
    nxt = _NEXT_PRONOUN.match(text, stop.end())
    if nxt is None:
        return None
    head = text[lo:start].lstrip()
    before = _CAPITALISED.findall(head)
    if before and head.startswith(before[0]):
        before = before[1:]  # the sentence's first word, capitalised as such
    if any(w not in _CALENDAR for w in before + _CAPITALISED.findall(text[end:stop.start()])):
        return None
    if _PRONOUN.search(text, lo, stop.start()):
        # "Voss said he would vote no. She said", "Her deputy, Barry Olsen, ran it. She said":
        # a pronoun of the sentence's own puts another person in play, or the same one
        return None
    return _PRONOUN_GENDER[nxt.group(1).lower()]


_PRONOUN: Final = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_NEXT_PRONOUN: Final = re.compile(r"[^\S\n]+(He|She)\b")
_CAPITALISED: Final = re.compile(r"\b[A-Z][\w'’-]*")
_IN_FULL_NAME: Final = re.compile(r"[A-Z][\w.'’-]*[ \t]+$")
_CALENDAR: Final = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday"})


def agree(res: Any, cls: str, pos: int, ent: Any) -> Any:
    """The antecedent of a ``he``/``she`` at ``pos`` (class ``cls``) that agrees in gender:
    ``ent`` (the resolver's, by recency) unless the article says it is of the other gender;
    then the nearest earlier person the article says is of ``cls``, or None when a person of
    unknown gender stands nearer than that one or none is found."""
    if ent is None or cls not in ("male", "female"):
        return ent
    other = "female" if cls == "male" else "male"
    if _gender(res, ent) != other:
        return ent
    for cand in _candidates(res, pos, ent):
        g = _gender(res, cand)
        if g == cls:
            return cand
        if g is None:
            return None  # nothing decides between it and a farther one
    return None


def agree_subject(res: Any, pronoun: str, cls: str, pos: int, ent: Any) -> Any:
    """English's ``SpeakerLanguage.pronoun_agreement``: :func:`agree` for a subject "he" or
    "she" only (a possessive taken for the mention, "her view", is seldom the speaker, and
    whose it is decides nothing here); any other pronoun keeps ``ent``."""
    return agree(res, cls, pos, ent) if pronoun in ("he", "she") else ent


def _gender(res: Any, ent: Any) -> str | None:
    """The gender of an entity: the registry's for an actor, else the article's evidence, else
    its first name's (:func:`first_name_gender`)."""
    if ent.actor is not None:
        return ent.actor.gender if ent.actor.kind == "person" else None
    if not ent.name:
        return None
    cache = res.gender_memo  # one article's answers, asked again for each pronoun
    got = cache.get(ent.name, "?")
    if got == "?":
        not_first = frozenset(res.lang.titles | res.lang.name_openers)
        got = name_gender_in(res.text, ent.name, res.in_quote, not_first)
        cache[ent.name] = got if got is not None else first_name_gender(ent.name)
        got = cache[ent.name]
    return got


def first_name_gender(name: str) -> str | None:
    """The gender of the first name of ``name`` ("Doris Day": female) by the list of
    ``data/first_names_en.tsv`` (US baby names, public domain; names of both sexes left out),
    or None: a surname alone, an initial, a name the list lacks."""
    words = name.split()
    if len(words) < 2:
        return None
    return _first_names().get(words[0])


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """``data/first_names_en.tsv`` as name -> ``male``/``female``, read once."""
    out: dict[str, str] = {}
    path = paths.data_file("first_names_en.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, g = line.split("\t")
            out[name] = "male" if g == "m" else "female"
    return out


def _candidates(res: Any, pos: int, ent: Any) -> list[Any]:
    """People named before the pronoun at ``pos`` other than ``ent`` (the rejected
    antecedent), nearest first, one per name: the resolver's entities, the names of people it
    does not know, and their surnames alone ("Hawkins renewed his support ... He noted": the
    subject of the sentence before, named in full paragraphs above), within its windows."""
    from discourse.extract.speakers.resolver import LOOKBACK, PEOPLE_WINDOW, Entity

    ents = res.entities_before(pos)
    k = bisect.bisect_left(ents, pos, key=lambda e: e.pos)
    out: list[Any] = [e for e in ents[max(0, k - LOOKBACK):k] if e.kind != "organisation"]
    lo = max(0, pos - PEOPLE_WINDOW)
    text = res.text
    full: dict[str, set[str]] = {}  # surname -> the full names the article gives it
    for s, e in person_runs_before(res.lang, text, pos, res):
        if e > pos or res.in_quote(s):
            continue
        name = res.lang.normal_name(text[s:e])
        words = name.split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(name)
        if s >= lo:
            out.append(Entity(s, None, name, None, "unknown"))
    if full:
        surnames = sorted(full)
        for start, k in literal_matches(text[lo:pos], surnames, "word"):
            at = lo + start
            names = full[surnames[k]]
            if res.in_quote(at) or text[at - 1:at].isalpha() or _IN_FULL_NAME.search(
                    text, max(0, at - 30), at):
                continue  # inside a word, a quotation, or a full name (counted as such)
            name = next(iter(names)) if len(names) == 1 else surnames[k]
            out.append(Entity(at, None, name, None, "unknown"))
    out.sort(key=lambda x: x.pos, reverse=True)
    rejected = ent.name or ""
    seen = {rejected, rejected.split()[-1] if rejected else ""}
    picked = []
    for c in out:
        if not c.name or c.name in seen or c.name.split()[-1] in seen:
            continue
        seen.add(c.name)
        picked.append(c)
    return picked
