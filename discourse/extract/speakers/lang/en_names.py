"""English words and names for speaker attribution: the pronouns and their classes, the
determiners, titles and nouns for speakers, the runs of capitalised words that may name a person
(``person_runs``), a line that signs a quote with a name, whether a mention is a description or
a name (``is_description``, ``name_heads``) and whether it names nobody (``names_nobody``).

Apart from :mod:`.en` (the subject finders and the rules that extend and trim a mention), which
imports these, reads ``_HEADS`` and ``_NO_NAME_WORDS`` in its rules and gives the rest to
:data:`~discourse.extract.speakers.lang.en.ENGLISH`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from discourse.extract.speakers.lang import en_quoted_source, en_signature
from discourse.extract.speakers.language import words_not_after
from discourse.text.tokens import ly_name

MALE: Final = frozenset("he him his himself".split())
FEMALE: Final = frozenset("she her hers herself".split())
PLURAL: Final = frozenset("they them their theirs themselves".split())
NEUTER: Final = frozenset("it its itself".split())
FIRST_SECOND: Final = frozenset("i me my we us our you your".split())
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
_CLASS: Final = {**{w: "male" for w in MALE}, **{w: "female" for w in FEMALE},
          **{w: "plural" for w in PLURAL}, **{w: "neuter" for w in NEUTER}}

DETERMINERS: Final = frozenset(
    "the a an this that these those his her their its our some many several most all both each "
    "every other another few no one two three".split()
)
# Words that make a description but name nobody on their own ("some", "others", "many").
EMPTY_DESCRIPTIONS: Final = frozenset(
    "some someone somebody others other many several few most all people one they".split()
)
# Titles stripped when looking for the surname of an unknown person.
TITLES: Final = frozenset(
    """mr mrs ms miss dr prof sen senator rep representative gov governor gen general col lt
    sgt capt president vice prime minister secretary chairman chairwoman chair speaker mayor
    judge justice ambassador commissioner spokesman spokeswoman spokesperson leader captain
    sheriff legislator lawmaker
    former deputy acting chief sir lady lord interior foreign finance defence defense health
    state assemblywoman assemblyman assemblymember congressman congresswoman councillor
    councilman councilwoman democrat republican ceo cfo chairperson first lead author
    co-author professor executive director secretary-general director-general""".replace(
        ".", "").split()
)
# The portfolios of ministers and secretaries between the title and the name ("Minister of
# Foreign Affairs Abdulaziz Kamilov", "Secretary of Homeland Security Kirstjen Nielsen"): the
# name is what follows them, not "Affairs Abdulaziz Kamilov" (``SpeakerLanguage.portfolios``).
PORTFOLIOS: Final = frozenset(
    """affairs information education trade energy agriculture labour labor transport
    transportation culture environment housing commerce industry communications economy tourism
    immigration development security homeland veterans science technology sport sports youth
    planning fisheries emergencies situations""".split()
)
# A run of capitalised words, with the particles of names between them ("Bill de Blasio"); a
# particle is a word of its own, not the start of the next one ("Sam Marshall lamented").
NAME_RUN: Final = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|(?:de|van|von|bin|al|la|le)"
    r"(?![\w'’\-]))){0,4}"
)
MENTION_WORD: Final = re.compile(r"[\w'’\-.]+")
DESCRIPTION_WORD: Final = re.compile(r"[\w'’\-]+")
TRAILING_HANDLE: Final = re.compile(r"\s*\(@\w+\)\s*$")
COLON_INTRO: Final = re.compile(r"(?:from|by|of)\s+((?:the\s+)?[\w'’\-. ]{2,80}?)\s*:$", re.IGNORECASE)
# A name after one of these words modifies the description, it does not head it: "associates
# of Navalny", "a lawyer for Trump", "aides to Biden", "Women in Nevada" are not Navalny, Trump,
# Biden or Nevada.
# A name followed by an adverbial still heads the mention ("Mr. Trump at the time").
_ADVERBIAL_AFTER: Final = re.compile(r"(?:at|in|on|during|after|before|from|with|via|in a|on a)\b")
# (A possessive before a name does not: in "Trump's State Department" the department heads.)
# A title or a country's adjective between them does not change that: "a spokesman for
# President Vladimir Putin", "the wife of President Obama", "a lawyer for Russian opposition
# leader Alexei Navalny" (but "Secretary of State Mike Pompeo" is Pompeo: "State" is neither;
# and "Counselor to the President Kellyanne Conway" is Conway: a title after "the" is a title of
# the head, not of the name).
_MODIFIER_BEFORE: Final = re.compile(
    r"\b(?:[Oo]f|[Ff]or|[Tt]o|[Bb]y|[Ww]ith|[Ff]rom|[Aa]gainst|[Aa]bout|[Nn]ear|[Cc]lose|[Ii]n)\s+"
    r"(?:(?i:the)\s+|(?:(?:(?i:former|late|then|jailed|opposition|leader|president|vice|prime|"
    r"minister|chancellor|premier|senator|governor|general|king|queen|prince|pope)|Sen\.|Rep\.|"
    r"Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|U\.S\.|US|UK|U\.K\.|[A-Z][a-z]+(?:an|ese|ish))\s+)*)$")


# Words that make a capitalised run an organisation, a place or a title, not a person's name.
NOT_PERSON_WORDS: Final = frozenset("""
    university college school institute institution academy department ministry committee
    institut instituto université universidad recherche research investigación
    council house senate congress parliament assembly court agency association organization
    organisation federation union party service services news post times journal press
    airport hospital street avenue road county city state states republic kingdom government
    office board bank company corporation inc ltd group foundation center centre society
    museum church club team league army navy force forces police commission authority
    international national united north south east west new the a an in on at of for and
    day bill act law forum energy independent mediterranean sea ocean island river mountain
    park hotel square bridge station festival award prize cup games olympics war crisis
    virus coronavirus covid economic eastern western northern southern central
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
""".split())


def person_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of capitalised runs of two to four words in ``text[start:end]`` that may be a
    person's name ("Dave Meltzer"): no title, organisation, place or date word; titles before
    the name are left out ("Senator Jane Roe" gives "Jane Roe"), and a title before a surname
    alone gives the surname ("Prime Minister Ardern")."""
    if _TWO_CAPITALS.search(text, start, end) is None:
        # (speed pass twenty-five) every match of both patterns holds two capitals A-Z: a run
        # is two to four capitalised words, a title (each written with its capital) is
        # followed by a capitalised surname; read between two pronouns ("He said … she
        # said"), most stretches hold one capital at most
        return []
    out = []
    for m in _PERSON_RUN.finditer(text, start, end):
        words = m.group().split()
        # "Senator Jane Roe": the name after the title
        lead = 0
        while lead < len(words) - 2 and (words[lead].lower() in TITLES
                                         or words[lead].lower() in _SENTENCE_OPENERS):
            lead += 1
        if not _NOT_NAME.isdisjoint(w.lower() for w in words[lead:]):
            continue
        if words[lead].lower() in _SENTENCE_OPENERS:
            continue  # "As Gianforte", "When Biden": an opener and a surname, no two-word name
        if _NOT_BEFORE_NAME.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the Nevada Independent", "in Vermont", "on Independence Day"
        if text.startswith(("'s", "’s"), m.end()):
            continue  # "Democratic Party's": a possessive names an organisation as often
        a = m.start() + len(" ".join(words[:lead])) + (1 if lead else 0)
        # "Hillary Clinton’s denunciation": the name without the possessive
        b = m.end() - 2 if m.group().endswith(("'s", "’s")) else m.end()
        out.append((a, b))
    # "Prime Minister Ardern": a title before a surname alone (not "Mr."/"Ms.": a person of the
    # other gender would then take a pronoun, names carry no gender here)
    for m in _TITLE_SURNAME.finditer(text, start, end):
        if m.group(1).lower() not in _NOT_NAME:
            out.append(m.span(1))
    return sorted(set(out))


# Two capitals A-Z in a stretch (the class skips in C to the first, then to the second).
_TWO_CAPITALS: Final = re.compile(r"[A-Z][^A-Z]*[A-Z]")


# A run after these words is a title, a place or a date, not a person.
_NOT_BEFORE_NAME: Final = re.compile(r"\b(?:the|a|an|this|that|in|on|at|of|from|into|across)\s+$",
                              re.IGNORECASE)


# A capitalised run not right after a word character or a dot: ``(?<![\w.])[A-Z]...``, with the
# lookbehind after the capital (two characters wide, testing the one before it), so that the
# engine skips from capital to capital instead of trying the pattern at every character (the
# same matches: tests/reference/speakers_regexes.py; half the time over a window)
_PERSON_RUN: Final = re.compile(
    r"[A-Z](?<![\w.][\s\S])[a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*){1,3}(?![\w'’])")


_NOT_NAME: Final = NOT_PERSON_WORDS | TITLES
# Capitalised only because they open a sentence: "As Mo Ibrahim plainly said", "Let me quote".
_SENTENCE_OPENERS: Final = frozenset("as let our my when after before if but and so then however while "
                              "also like".split())
# Capitalised at a sentence start, never a part of the name after them ("But Clinton said"); nor
# is a platform ("The next day on Twitter West accused": West).
NAME_OPENERS: Final = frozenset("""
    but and or so yet then however while also like as when after before if let our my your his
    her their its the a an this that these those with without in on at for from by of to upon
    according meanwhile still later earlier now today yesterday here there
    twitter facebook instagram youtube tiktok reddit
    monday tuesday wednesday thursday friday saturday sunday
""".split())  # (a weekday: "It was reported on Saturday Sirhan Sirhan was stabbed")
# (the titles not after a word character or a dot, written to open with their first letters:
# see words_not_after)
_TITLE_SURNAME: Final = re.compile(
    words_not_after(("Sen", "Rep", "Gov", "President", "Minister", "Senator", "Governor", "Mayor",
                     "Judge", "Justice", "Chancellor", "Secretary", "Ambassador", "Commissioner",
                     "Chairman", "Chairwoman", "Speaker"), r"[\w.]")
    + r"\.?\s+([A-Z][a-z][\w'’\-]*)(?![\w'’]|\s+[A-Z])")


# "— Kathleen Parker, The Washington Post", "Meghan McCain, Twitter", "- Linas Linkevicius
# (@LinkeviciusL)", "— Meghan McCain (@MeghanMcCain) January 5, 2019" (an embedded tweet): a
# dash or nothing, a name of two to four capitalised words, then at most a handle, an outlet or
# platform after a comma and a date; nothing else on the line. Zero-width characters after the
# dash are skipped ("— \u200dAparna Garg, ...": web pages put a joiner there). A role after the
# comma (group ``role``: "Aparna Garg, Mysore Divisional Railway Manager") is kept in the
# mention, as the gold keeps an appositive; an outlet or a platform is not.
SIGNATURE_LINE: Final = re.compile(
    r"[—–-]{0,2}[ \t\u200b-\u200d\u2060\ufeff]*(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]*){1,3})"
    r"(?:[ \t]*\(@\w+\))?(?:[ \t]*,[ \t]*(?:" + en_signature.ROLE + r"|[A-Z@][\w'’.&\- ]{1,60}))?"
    r"(?:[ \t]*,?[ \t]*(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[ \t]+\d{1,2},[ \t]*\d{4})?[ \t]*")


# Single words that never speak: object pronouns, adverbs and verbs the rules can mistake for a
# subject, and heads of noun phrases that name a thing said, not a sayer.
_NOBODY_WORDS: Final = frozenset("""
    me us myself yourself ourselves the a an s too also
    always never often usually really probably perhaps commonly audibly intentionally went
    responded reported having being said told added right just shortly soon moments here there
""".split())
_THING_HEADS: Final = frozenset("""
    question process pattern concept thing name song way status quo discovery shutdown purpose
    meeting word words phrase term idea notion
""".split())


# Nouns of time: a mention ending in one is an adverbial's ("the weekend", "that morning").
_TIME_HEADS: Final = frozenset("""
    weekend week weeks month months year years day days morning afternoon evening night hour
    hours minute minutes decade decades time
""".split())
# Prepositions and adverbs that open no speaker's mention: a phrase the rules took for a subject.
_NO_SPEAKER_OPENERS: Final = frozenset("""
    for against out with without including like not very of to from in on at into onto than
    about over under since until
""".split())


# Participles that open a sentence's adverbial ("Speaking to Portfolio.hu, Matt Simister ...
# explained that ..., and stated"): capitalised, but nobody's name.
_OPENING_PARTICIPLES: Final = frozenset("""
    speaking commenting responding writing talking referring asked following according
    addressing answering reacting replying
""".split())


@lru_cache(maxsize=8192)
def names_nobody(mention: str) -> bool:
    """An adverb, a verb, an object pronoun ("audibly", "went", "him") or a thing ("a concept",
    "the question") taken for a speaker by the attribution rules."""
    words = [w.strip(".,;:'’\"") for w in mention.lower().split()]
    words = [w for w in words if w]
    if not words or en_quoted_source.opens_with_preposition(mention, _HEADS) or (
            en_quoted_source.opens_with_verb(mention)):
        return True  # an adverbial ("Within hours of the vote"), a verb ("make Taylor Swift")
    if mention[:1].islower() and words[0] in _NO_SPEAKER_OPENERS and not (
            words[0] == "including" and any(w[:1].isupper() for w in mention.split()[1:])):
        # "for the Libertarian Party's nomination", "against the skeptics"; "including Fox News
        # reporter Jennifer Griffin" still names one of those who spoke
        return True
    if len(words) == 1:
        w = words[0]
        return (w in _NOBODY_WORDS or (w.endswith("ly") and w not in ("family", "italy")
                                        and not (mention[:1].isupper() and ly_name(w)))
                or (mention[:1].islower() and w.endswith(("ing", "ed"))) or w in _OPENING_PARTICIPLES)
    if mention[:1].islower() and words[0] in ("the", "a", "that", "this", "last", "next") and (
            words[-1] in _TIME_HEADS):
        return True  # "during the weekend said": the end of an adverbial of time
    return mention[:1].islower() and words[-1] in _THING_HEADS


def pronoun_class(word: str, text: str, end: int) -> str | None:
    """``male``, ``female``, ``plural`` or ``neuter`` for an English pronoun (the verb after it
    says nothing in English), None for any other mention."""
    return _CLASS.get(word)


# Nouns that describe speakers without naming them, capitalised only at the start of a sentence
# ("Police said", "Officials told"): a mention opening with one is a description, not a name.
COMMON_SPEAKERS: Final = frozenset("""
    police officials official authorities prosecutors prosecutor investigators investigator
    witnesses witness residents resident experts expert analysts analyst researchers researcher
    scientists scientist critics officers officer doctors doctor protesters protestors
    organisers organizers sources source observers lawyers lawyer attorneys students staff
    spokesman spokeswoman spokesperson representatives representative members member
    activists activist medics paramedics firefighters rescuers volunteers locals villagers
    neighbours neighbors relatives family families parents friends colleagues supporters
    opponents opponent employees workers passengers survivors victims fans players coaches teammates
    organizers bystanders commentators economists historians diplomats lawmakers legislators
    ministers senators politicians leaders officials' government administration ministry
    military army troops soldiers rebels insurgents militants separatists
""".split())
# the nouns a mention may end in, built once (the mention rules ask for it several times a quote)
_HEADS: Final = COMMON_SPEAKERS | TITLES


@lru_cache(maxsize=8192)
def is_description(mention: str) -> bool:
    """A mention opening with a determiner, a lower-case word or a common noun for speakers, or
    ending in one, is a description ("the minister", "officials", "Police", "a man", "Law
    Enforcement Officials"); a capitalised one is a name."""
    low = mention.lower().split()
    return bool(low) and (low[0] in DETERMINERS or mention[:1].islower()
                          or low[0].strip(".,;:") in COMMON_SPEAKERS
                          # "Law Enforcement Officials": a description in title case
                          or (len(low) > 1 and low[-1].strip(".,;:") in COMMON_SPEAKERS))


def name_heads(mention: str, start: int, end: int) -> bool:
    """The name at ``mention[start:end]`` heads the mention when nothing after it but
    punctuation, and no "of"/"for"/"to"/possessive ties it to a head before it."""
    after = mention[end:].strip(" .,;:")
    if after and not after.startswith("(") and not _ADVERBIAL_AFTER.match(after):
        return False  # "Trump's State Department", "Biden campaign": the name modifies
    if " such as " in mention[:start]:
        return False  # "Political commentators such as Brit Hume": examples of the head
    return _MODIFIER_BEFORE.search(mention[:start]) is None


def normal_name(name: str) -> str:
    """English names do not decline: the name as written."""
    return name


# Words that are no part of a person's name, for the clause rules (titles, organisations, places).
_NO_NAME_WORDS: Final = TITLES | NOT_PERSON_WORDS
