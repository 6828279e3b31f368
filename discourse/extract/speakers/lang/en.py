"""English rules of speaker attribution: pronouns, titles, determiners, names and descriptions.

Builds :data:`ENGLISH`, the :class:`~discourse.extract.speakers.language.SpeakerLanguage` of
English news text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discourse.extract.speakers.lang import (
    en_absolute,
    en_addressee,
    en_adverbial,
    en_adverbs,
    en_after,
    en_appositive,
    en_appositive_clause,
    en_asides,
    en_bracketed,
    en_causative,
    en_clause,
    en_closed_appositive,
    en_colon,
    en_coordinated,
    en_for_subject,
    en_gender,
    en_headings,
    en_inner,
    en_inverted,
    en_mention_ends,
    en_near_clause,
    en_nested,
    en_opening,
    en_pronoun_span,
    en_quoted_source,
    en_role_antecedent,
    en_signature,
)
from discourse.extract.speakers.language import SpeakerLanguage, words_not_after
from discourse.text.tokens import ly_name

__all__ = ["ENGLISH"]

MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
PLURAL = frozenset("they them their theirs themselves".split())
NEUTER = frozenset("it its itself".split())
FIRST_SECOND = frozenset("i me my we us our you your".split())
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
_CLASS = {**{w: "male" for w in MALE}, **{w: "female" for w in FEMALE},
          **{w: "plural" for w in PLURAL}, **{w: "neuter" for w in NEUTER}}

DETERMINERS = frozenset(
    "the a an this that these those his her their its our some many several most all both each "
    "every other another few no one two three".split()
)
# Words that make a description but name nobody on their own ("some", "others", "many").
EMPTY_DESCRIPTIONS = frozenset(
    "some someone somebody others other many several few most all people one they".split()
)
# Titles stripped when looking for the surname of an unknown person.
TITLES = frozenset(
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
# A run of capitalised words, with the particles of names between them ("Bill de Blasio"); a
# particle is a word of its own, not the start of the next one ("Sam Marshall lamented").
NAME_RUN = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|(?:de|van|von|bin|al|la|le)"
    r"(?![\w'’\-]))){0,4}"
)
MENTION_WORD = re.compile(r"[\w'’\-.]+")
DESCRIPTION_WORD = re.compile(r"[\w'’\-]+")
TRAILING_HANDLE = re.compile(r"\s*\(@\w+\)\s*$")
COLON_INTRO = re.compile(r"(?:from|by|of)\s+((?:the\s+)?[\w'’\-. ]{2,80}?)\s*:$", re.IGNORECASE)
# A name after one of these words modifies the description, it does not head it: "associates
# of Navalny", "a lawyer for Trump", "aides to Biden", "Women in Nevada" are not Navalny, Trump,
# Biden or Nevada.
# A name followed by an adverbial still heads the mention ("Mr. Trump at the time").
_ADVERBIAL_AFTER = re.compile(r"(?:at|in|on|during|after|before|from|with|via|in a|on a)\b")
# (A possessive before a name does not: in "Trump's State Department" the department heads.)
# A title or a country's adjective between them does not change that: "a spokesman for
# President Vladimir Putin", "the wife of President Obama", "a lawyer for Russian opposition
# leader Alexei Navalny" (but "Secretary of State Mike Pompeo" is Pompeo: "State" is neither;
# and "Counselor to the President Kellyanne Conway" is Conway: a title after "the" is a title of
# the head, not of the name).
_MODIFIER_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Ff]or|[Tt]o|[Bb]y|[Ww]ith|[Ff]rom|[Aa]gainst|[Aa]bout|[Nn]ear|[Cc]lose|[Ii]n)\s+"
    r"(?:(?i:the)\s+|(?:(?:(?i:former|late|then|jailed|opposition|leader|president|vice|prime|"
    r"minister|chancellor|premier|senator|governor|general|king|queen|prince|pope)|Sen\.|Rep\.|"
    r"Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|U\.S\.|US|UK|U\.K\.|[A-Z][a-z]+(?:an|ese|ish))\s+)*)$")


# Words that make a capitalised run an organisation, a place or a title, not a person's name.
NOT_PERSON_WORDS = frozenset("""
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


# A run after these words is a title, a place or a date, not a person.
_NOT_BEFORE_NAME = re.compile(r"\b(?:the|a|an|this|that|in|on|at|of|from|into|across)\s+$",
                              re.IGNORECASE)


# A capitalised run not right after a word character or a dot: ``(?<![\w.])[A-Z]...``, with the
# lookbehind after the capital (two characters wide, testing the one before it), so that the
# engine skips from capital to capital instead of trying the pattern at every character (the
# same matches: tests/reference/speakers_regexes.py; half the time over a window)
_PERSON_RUN = re.compile(
    r"[A-Z](?<![\w.][\s\S])[a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*){1,3}(?![\w'’])")


_NOT_NAME = NOT_PERSON_WORDS | TITLES
# Capitalised only because they open a sentence: "As Mo Ibrahim plainly said", "Let me quote".
_SENTENCE_OPENERS = frozenset("as let our my when after before if but and so then however while "
                              "also like".split())
# Capitalised at a sentence start, never a part of the name after them ("But Clinton said"); nor
# is a platform ("The next day on Twitter West accused": West).
NAME_OPENERS = frozenset("""
    but and or so yet then however while also like as when after before if let our my your his
    her their its the a an this that these those with without in on at for from by of to upon
    according meanwhile still later earlier now today yesterday here there
    twitter facebook instagram youtube tiktok reddit
    monday tuesday wednesday thursday friday saturday sunday
""".split())  # (a weekday: "It was reported on Saturday Sirhan Sirhan was stabbed")
# (the titles not after a word character or a dot, written to open with their first letters:
# see words_not_after)
_TITLE_SURNAME = re.compile(
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
SIGNATURE_LINE = re.compile(
    r"[—–-]{0,2}[ \t\u200b-\u200d\u2060\ufeff]*(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]*){1,3})"
    r"(?:[ \t]*\(@\w+\))?(?:[ \t]*,[ \t]*(?:" + en_signature.ROLE + r"|[A-Z@][\w'’.&\- ]{1,60}))?"
    r"(?:[ \t]*,?[ \t]*(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[ \t]+\d{1,2},[ \t]*\d{4})?[ \t]*")


# Single words that never speak: object pronouns, adverbs and verbs the rules can mistake for a
# subject, and heads of noun phrases that name a thing said, not a sayer.
_NOBODY_WORDS = frozenset("""
    me us myself yourself ourselves the a an s too also
    always never often usually really probably perhaps commonly audibly intentionally went
    responded reported having being said told added right just shortly soon moments here there
""".split())
_THING_HEADS = frozenset("""
    question process pattern concept thing name song way status quo discovery shutdown purpose
    meeting word words phrase term idea notion
""".split())


# Nouns of time: a mention ending in one is an adverbial's ("the weekend", "that morning").
_TIME_HEADS = frozenset("""
    weekend week weeks month months year years day days morning afternoon evening night hour
    hours minute minutes decade decades time
""".split())
# Prepositions and adverbs that open no speaker's mention: a phrase the rules took for a subject.
_NO_SPEAKER_OPENERS = frozenset("""
    for against out with without including like not very of to from in on at into onto than
    about over under since until
""".split())


# Participles that open a sentence's adverbial ("Speaking to Portfolio.hu, Matt Simister ...
# explained that ..., and stated"): capitalised, but nobody's name.
_OPENING_PARTICIPLES = frozenset("""
    speaking commenting responding writing talking referring asked following according
    addressing answering reacting replying
""".split())


def _inner_speaker(text: str, ms: int, me: int, qs: int) -> tuple[int, int] | None:
    """The person a quote is "from" ('read another quote from Mrs. Lane: "..."',
    :func:`.en_quoted_source.quoted_source`), else :func:`.en_inner.inner_speaker`."""
    return en_quoted_source.quoted_source(text, ms, me, qs) or en_inner.inner_speaker(
        text, ms, me, qs)


def _text_source(text: str, lo: int, qs: int) -> tuple[int, int] | None:
    """:func:`.en_headings.text_source`, else the person the quote is "from" in the stretch
    from ``lo`` ('the mayor shared a message from Tom Hale: "..."')."""
    return en_headings.text_source(text, lo, qs) or en_quoted_source.quoted_source(
        text, lo, lo, qs, after_mention=False)


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
COMMON_SPEAKERS = frozenset("""
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
_HEADS = COMMON_SPEAKERS | TITLES


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
_NO_NAME_WORDS = TITLES | NOT_PERSON_WORDS


def sentence_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """:func:`.en_clause.sentence_subject` with the English titles; behind a dateline or a
    progressive verb before ", saying" (:func:`.en_opening.opening_subject`) when it finds none;
    the one of two people a clause ending the stretch picks (", the latter of whom remarked:",
    :func:`.en_colon.pair_member`) first."""
    if text.find(" of whom ", max(lo, hi - 60), hi) >= 0:
        pair = en_colon.pair_member(text, lo, hi)
        if pair is not None:
            return pair
    caused = en_causative.causative_speaker(text, lo, hi)
    if caused is not None:
        return caused  # "The report prompted Hale to tweet:": Hale, not the report
    question = en_adverbs.question_subject(text, lo, hi)
    if question is not False:
        return question  # "When will people start saying": not the wh-word
    # annotated: mypyc infers None for this chain of calls into modules that import this one
    got: tuple[int, int] | None = (
        en_clause.sentence_subject(text, lo, hi, _NO_NAME_WORDS)
        or en_opening.opening_subject(text, lo, hi, _clause_subject)
        # "As the guard moved closer, he began yelling,"
        # (and: "Another co-author, professor X, said,"; ", and she attacked X in a statement:")
        or en_near_clause.later_clause_subject(text, lo, hi, _clause_subject, _HEADS))
    # "Soon people started saying": the adverb that opens the sentence is no part of it
    if not got:
        return got
    # "Lois Lerner, the former IRS director accused of ..., has broken": the clause left out
    return (en_adverbs.without_leading_adverb(text, *got),
            en_appositive_clause.appositive_clause_end(text, *got, _HEADS))


def _clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    return en_clause.sentence_subject(text, lo, hi, _NO_NAME_WORDS)


def aside_subject(text: str, lo: int, ms: int, me: int, qs: int) -> tuple[int, int] | None:
    """:func:`.en_asides.aside_subject` read by :func:`sentence_subject`; else the subject of a
    clause whose verb of addressing has the mention as its object (:mod:`.en_addressee`)."""
    return (en_asides.aside_subject(text, lo, ms, me, qs, sentence_subject)
            or en_addressee.addressee_subject(text, lo, ms, me, qs, sentence_subject,
                                               en_clause.noun_phrase))


def _subject_link(text: str, a: int, b: int) -> str:
    """:func:`.en_adverbial.subject_link` over :func:`.en_clause.subject_link` ("Richard Ferrand
    in relaying the news to parliament said": the subject speaks)."""
    return en_adverbial.subject_link(text, a, b, en_clause.subject_link)


def masked_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """:func:`.en_colon.masked_subject` read by :func:`sentence_subject`."""
    return en_colon.masked_subject(text, lo, hi, sentence_subject)


def fragment_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """:func:`.en_clause.fragment_subject` with the English titles."""
    return en_clause.fragment_subject(text, lo, hi, _NO_NAME_WORDS)


def subject_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """:func:`.en_clause.subject_after` with the English titles, else a description named there
    ('"...," the ex-CIA leader said', :func:`.en_after.description_after`)."""
    got = en_clause.subject_after(text, pos, hi, _NO_NAME_WORDS) or en_after.description_after(
        text, pos, hi, _HEADS)
    if got is None:
        # '"...," said Katie Packer Gage, deputy campaign manager.': the verb first, a name
        # after it, with the appositive the gold keeps (extend_mention: a role without an
        # article after the name), never back into the quote
        got = en_inverted.name_after_verb(text, pos, hi)
        if got is not None:
            got = got[0], en_inverted.role_after_name(text, got[0], got[1], hi)
    # '"...," Hinds is to tell headteachers.': a verb of saying to come; '"...," [the
    # senators] said': the subject an editor put in brackets
    if got is not None:  # '"...," according to Tom Hale, a lawyer.': the appositive kept
        return got[0], en_mention_ends.mention_end(text, *got, _HEADS)
    return (en_after.future_after(text, pos, hi) or en_bracketed.bracketed_after(text, pos, hi)
            or en_near_clause.after_adverbial_clause(text, pos, hi, subject_after))  # '" when X ..., Y said'


def headline_speaker(text: str, ps: int, qs: int) -> tuple[int, int] | None:
    """:func:`.en_headings.headline_speaker` over :func:`.en_colon.headline_speaker`: the line's
    name, also after a label that names nobody ("More:") or as one word vouched for."""
    return en_headings.headline_speaker(text, ps, qs, en_colon.headline_speaker)


def participle_subject(text: str, lo: int, qs: int) -> tuple[int, int] | None:
    """:func:`.en_inner.participle_subject`, the clause's subject by :func:`sentence_subject`."""
    return en_inner.participle_subject(text, lo, qs, sentence_subject)


def opening_participle(text: str, lo: int, qs: int, qe: int, hi: int) -> tuple[int, int] | None:
    """:func:`.en_inner.opening_participle_subject`, the subject read by the clause rules."""
    return en_inner.opening_participle_subject(text, lo, qs, qe, hi, en_clause.noun_phrase)


def trim_mention(text: str, ms: int, me: int) -> tuple[int, int]:
    """:func:`.en_clause.trim_mention` with the English titles; a trim that would lose the only
    person's name ("Fraternal Order of Police president Chuck Canterbury", "Southeastern’s Vice
    President for Academic Affairs, Dr. Douglas McMillan") keeps the whole."""
    m = _CLOSE_TO_IN.search(text, ms, me)
    if m is not None:
        return ms, m.start(1)  # "a source close to the White House" is no one the article names
    name = en_clause.possessed_name(text, ms, me, _HEADS)
    if name is not None:
        return name, me  # "Daily Xtra's editorial director, Rachel Giese": not Daily Xtra
    a, b = en_clause.trim_mention(text, ms, me, _NO_NAME_WORDS)
    if (a, b) != (ms, me):
        runs = person_runs(text, ms, me)
        if runs and runs[-1][0] >= b and not _ORG_NOUN_BEFORE.search(text, ms, runs[-1][0]):
            return ms, me  # the person named last would be cut off
    return a, b


# A noun for a group right before a name: the name is the group's ("Tom Hale of the pro-life
# group Choose Life America"), not a person's that a trim would cut off.
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:group|organi[sz]ation|association|coalition|network|foundation|institute|union|"
    r"council|committee|party|company|firm|campaign|charity|movement|alliance|think\s+tank|"
    r"nonprofit|non-profit|PAC)\s+$")


# A group or medium a nationality or a country qualifies: "Syrian state media", "Iraqi security
# forces", "Turkish officials" (the gold mention is the whole phrase; the adjective alone is no
# one's name).
_GROUP_AFTER = re.compile(
    r"(?:\s+(?:state|local|government|military|security|foreign|national|[a-z]+-run))*"
    r"\s+(?:media|press|television|news\s+agency|officials|sources|authorities|police|forces|"
    r"army|military|troops|diplomats|prosecutors|investigators|lawmakers|ministry)\b(?![\w-])")


# One capitalised word ("Syrian"), compiled once: this runs for every mention.
_ONE_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def extend_mention(text: str, ms: int, me: int) -> tuple[int, int]:
    """:func:`.en_clause.extend_mention`, and a name mention with the description before it
    that it is the appositive of (:func:`.en_clause.description_before`): the gold mentions
    keep it ("Haifa University geostrategy expert and former Israeli security official, Avinoam
    Idan"); a noun for no person before a name is left out ("the service Dean Stephen Forde",
    :func:`.en_clause.thing_before_name`); a role without an article after the name is kept
    ("Dr Gary Mortimer, retail expert from Queensland University of Technology, said",
    :func:`.en_clause.appositive_after`); a nationality or a country with the group or medium
    it qualifies ("Syrian state media", not "Syrian")."""
    if text[ms:me] in _FLOATING:
        return _floated_from(text, ms, me)
    if text[ms:me] in en_pronoun_span.BARE and en_pronoun_span.unchanged(
            text, ms, me, _source_close_to, _participle_head, _such_as_head, _GROUP_AFTER):
        return ms, me  # "he": only the steps that can change a pronoun asked (speed pass 23)
    inner = en_for_subject.for_subject(text, ms, me)
    if inner is not None:
        return inner  # "enough for me to say, ‘...’": the infinitive's subject, "me"
    ms = _source_close_to(text, ms)
    m = _CLOSE_TO_AFTER.match(text, me) if _CLOSE_TO_END.search(text, ms, me) else None
    if m is not None:
        me = m.end()  # 'said a source close to Tom Hale.': not "a source close"
    ms = _participle_head(text, ms, me)
    ms = _such_as_head(text, ms)
    ms, me = en_clause.extend_mention(text, ms, me)
    me = _institution_after(text, ms, me)
    if _ONE_CAPITALISED.fullmatch(text[ms:me]):
        m = _GROUP_AFTER.match(text, me)
        if m:
            return ms, m.end()  # "Syrian state media": a group, not "Syrian"
    ms = en_clause.thing_before_name(text, ms, me, _HEADS)
    ms = en_clause.premodifiers_before(text, ms, _HEADS)
    me = en_clause.appositive_after(text, ms, me, _HEADS)
    # '"...," said Arthur Hardy, a 1965 Warren Easton graduate who became a celebrity'
    me = en_appositive.open_appositive_end(text, ms, me, _HEADS)
    # '"...," said Tom Hale, a lawyer for the city, in a statement': the appositive a comma closes
    me = en_closed_appositive.closed_appositive_end(text, ms, me, _HEADS)
    # "Mark Warner, D-Va.", "according to X, a lawyer"; no relative clause, in every order
    me = en_mention_ends.mention_end(text, ms, me, _HEADS)
    ms, me = _without_openers(text, en_clause.description_before(text, ms, me, _HEADS), me)
    # "reply Burton and Nick", "Anna Berg, Carl Holm and Dina Ek told": the whole coordination
    return en_coordinated.coordinated_extent(text, ms, me)


# An unnamed source described by whom it is close to: "a source close to Bannon", "people
# familiar with Mr. Trump's thinking"; the extractor takes the name after the preposition (the
# nearest noun phrase before "who said") for the speaker.
_CLOSE_TO_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:source|sources|friend|friends|official|officials|aide|aides|person|people|adviser|"
    r"advisers|advisor|advisors|ally|allies|associate|associates|insider|insiders)\s+"
    r"(?:close\s+to|familiar\s+with|loyal\s+to|allied\s+with)\s+$")


_CLOSE_TO_END = re.compile(
    r"\b(?:source|sources|friend|friends|official|officials|aide|aides|person|people|adviser|"
    r"advisers|advisor|advisors|ally|allies|associate|associates|insider|insiders)\s+"
    r"(?:close|familiar|loyal|allied)$")
_CLOSE_TO_IN = re.compile(
    r"\b(?:source|sources|friend|friends|official|officials|aide|aides|person|people|adviser|"
    r"advisers|advisor|advisors|ally|allies|associate|associates|insider|insiders)"
    r"(\s+(?:close\s+to|familiar\s+with|loyal\s+to|allied\s+with)\s)")
_CLOSE_TO_AFTER = re.compile(
    r"\s+(?:to|with)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+|(?!(?:on|in|at|during|after|before|"
    r"who|which|that|and|said|told)\s)[^\s,.;:!?\"“”()]+\s+){0,5}"
    r"(?!(?:on|in|at|during|after|before|who|which|that|and|said|told)\b)[^\s,.;:!?\"“”()]+")


def _source_close_to(text: str, ms: int) -> int:
    """Start of a mention ``text[ms:...]`` with the unnamed source it is the object of ("a
    source close to Bannon"): the source speaks, not Bannon; ``ms`` when there is none."""
    lo = max(0, ms - 80)
    # A match ends with "to"/"with" and white space (what ``str.rstrip`` strips) at ``ms`` or a last
    # line break (``$``): most mentions lack them and skip the regex (speed pass 18, 3 µs each).
    if not text[ms - 1:ms].isspace() or not text[lo:ms].rstrip().endswith(("to", "with")):
        return ms
    m = _CLOSE_TO_BEFORE.search(text, lo, ms)
    return m.start() if m is not None else ms


# A quantifier floated after the subject it counts ("La Riva, Hawkins and Carroll all agreed").
_FLOATING = frozenset({"all", "both", "each"})
_NAME = r"[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|de|van|von|bin|al|la|le))*"
_NAME_LIST = re.compile(rf"{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}\s+")
_CLAUSE_BREAK = re.compile(r"(?:[.!?][\"”’']?\s+|\n|^)")


_CONJUNCTION = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


_STATE_AFTER_NAME = re.compile(r",\s+(?:of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|[RDI]-[A-Z][\w.-]*)(?=,|$)")
# Titles of several people, before a list of their names.
_PLURAL_TITLES = frozenset("sens. reps. sens reps senators representatives drs. drs".split())


def coordinated_names(mention: str) -> list[str]:
    """The names of a mention that is only names joined by commas and "and" ("La Riva,
    Hawkins, Blankenship, and Carroll", "Joe Biden and Kamala Harris"), at least two and no
    title or description among them (a plural title may open the list: "Sens. Ann Bell and Tom
    Hale"); else ``[]``."""
    if "and" not in mention:
        # (speed pass twenty) no list without "and": dropping a title or a state never makes
        # one (what follows a state dropped is a comma or the end), and most mentions have none
        return []
    words = mention.split()
    if len(words) > 1 and words[0].lower() in _PLURAL_TITLES and words[1][:1].isupper():
        mention = " ".join(words[1:])  # (a singular title may be the first name's only)
    # "Pelosi, of California, and Schumer, of New York", "Pelosi, D-Calif., and Schumer, D-N.Y.":
    # each name with its state, a list of two people
    mention = _STATE_AFTER_NAME.sub("", mention)
    if " and " not in mention or not _NAME_LIST.fullmatch(mention.strip() + " "):
        return []
    names = [n.strip() for n in _CONJUNCTION.split(mention.strip()) if n.strip()]
    if len(names) < 2 or any(w.lower().strip(".") in TITLES or w.lower() in NOT_PERSON_WORDS
                             or "'s" in w or "’s" in w for n in names for w in n.split()):
        # a title, an institution's word or a possessive ("Turkey's Disaster and Emergency
        # Management Presidency") makes it no list of people
        return []
    return names


# "State legislators supporting the law argued": a participle's object is no subject; the noun
# phrase that opens the sentence before the participle heads the mention.
_PARTICIPLE_BEFORE = re.compile(r"(?P<np>(?:[A-Za-z][\w'’\-]*\s+){0,3}[A-Za-z][\w'’\-]*)\s+"
                                r"(?P<ing>[a-z]+ing)\s+$")
_NOUNS_IN_ING = frozenset("""
    meeting building morning evening spring ring thing king wing string briefing hearing ruling
    funding spending training warning bombing shooting landing wedding ceiling opening
    during according including concerning regarding following pending notwithstanding
""".split())  # (and prepositions in -ing: "The statements delivered during this session")
_NOT_IN_SUBJECT = frozenset("""
    in on at for with from by to of after before during since while when if as and but or
    is was were are be been has had have will would said says told
""".split())


def _clause_start(text: str, ms: int, reach: int) -> int:
    """Where the clause holding offset ``ms`` starts: the end of the last clause break within
    ``reach`` characters before it (or the text's start, when that is within reach); -1 when
    none is, i.e. the clause is longer than ``reach``."""
    lo = max(0, ms - reach)
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, ms)]
    return starts[-1] if starts and (starts[-1] > lo or lo == 0) else -1


def _participle_head(text: str, ms: int, me: int) -> int:
    """Start of the subject a mention is the object of a participle in ("State legislators
    supporting the law", "Groups opposing the bill"): the sentence start when only a plain noun
    phrase and the participle stand before the mention; else ``ms``."""
    if not text[ms:me][:1].islower() or len(text[ms:me].split()) > 5:
        return ms
    # A match ends with "ing" and white space at ``ms``, the clause starting within the 80
    # characters before: else neither is read (speed pass eighteen, as ``_source_close_to``).
    if not text[ms - 1:ms].isspace() or not text[max(0, ms - 80):ms].rstrip().endswith("ing"):
        return ms
    start = _clause_start(text, ms, 80)
    if start < 0:
        return ms
    m = _PARTICIPLE_BEFORE.fullmatch(text, start, ms)
    if m is None or m.group("ing") in _NOUNS_IN_ING or not m.group("np")[:1].isupper():
        return ms
    words = m.group("np").lower().split()
    if any(w.endswith("ing") or w in _NOT_IN_SUBJECT for w in words):
        return ms
    return start


_SUCH_AS = re.compile(r"(?P<np>(?:[A-Za-z][\w'’\-]*\s+){0,3}[A-Za-z][\w'’\-]*)\s+such\s+as\s+$")


def _such_as_head(text: str, ms: int) -> int:
    """Start of the group a mention gives examples of ("Political commentators such as Brit
    Hume and Chris Wallace described"): the sentence start when only that plain noun phrase,
    ending in a lower-case noun or a noun for speakers ("Critics"), stands before "such as";
    else ``ms``."""
    if not text.startswith(" as ", ms - 4):
        return ms  # (most mentions: no "such as" before them, no regex run)
    start = _clause_start(text, ms, 80)
    if start < 0:
        return ms
    m = _SUCH_AS.fullmatch(text, start, ms)
    if m is None or not m.group("np")[:1].isupper():
        return ms
    words = m.group("np").split()
    if any(w.lower() in _NOT_IN_SUBJECT for w in words) or not (
            words[-1][:1].islower() or words[-1].lower() in _HEADS):
        return ms  # "In cities such as Boston": an adverbial
    return start


def _floated_from(text: str, ms: int, me: int) -> tuple[int, int]:
    """The names a floated quantifier counts when they open its sentence ("La Riva, Hawkins,
    Blankenship, and Carroll all agreed" -> the four names, as the gold mention has them); else
    the quantifier, which names nobody."""
    start = _clause_start(text, ms, 200)
    if start >= 0 and _NAME_LIST.fullmatch(text, start, ms):
        end = ms  # before the white space (scanned back: no copy of the text up to ``ms``)
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return start, end
    return ms, me


# What opens a sentence before its subject and is no part of a speaker's mention: a linking
# adverb and its comma ("Lastly, excerpts from ..."), an adverbial of time with the medium it
# names ("The next day on Twitter West accused ..."), a quantity of what a person said ("Part
# of Trump's tweet"); and what follows one: a relative clause ("Rage, for which Trump gave").
_OPENER = re.compile(
    r"(?:(?:Lastly|Firstly|First|Secondly|Finally|Meanwhile|However|Instead|Moreover|Furthermore|"
    r"Additionally|Separately|Nevertheless|Still|Also|Then|Later|Next|Now|Similarly|Likewise),"
    r"\s+"
    r"|(?:The|That)\s+(?:next|following|same|previous)\s+(?:day|week|month|morning|evening|"
    r"night)(?:\s+(?:on|in|via)\s+(?:Twitter|Facebook|Instagram|YouTube|TikTok|Reddit|"
    r"television|radio))?,?\s+(?=[A-Z])"
    r"|(?:Part|Parts|Some|Much|Most)\s+of\s+(?=[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*['’]s$)"
    # "Pushing back against opponents (who have called it ...)": the participle's object
    r"|[A-Z][a-z]+ing(?:\s+(?:back|out|up|off|down))?\s+(?:against|to|with|at|about)\s+)")
_RELATIVE_AFTER = re.compile(r",\s+(?:(?:for|to|in|with|of|by|from|on|at|about)\s+)?"
                             r"(?:who|whom|whose|which)\b")


# Words whose "'s" is no possessive ("Let's").
_NOT_OWNERS = frozenset("Let It That What There Here Who He She".split())


def _without_openers(text: str, ms: int, me: int) -> tuple[int, int]:
    """The mention ``[ms, me)`` without what opens the sentence before it and a relative clause
    after it (:data:`_OPENER`, :data:`_RELATIVE_AFTER`); a possessive it is left with is cut
    ("Part of Trump's" is Trump)."""
    m = _OPENER.match(text, ms, me)
    if m is not None and m.end() < me:
        ms = m.end()
    ms = en_adverbs.without_leading_adverb(text, ms, me)  # "Later Rauner": no comma after it
    me = en_absolute.without_absolute(text, ms, me)  # "Mr. Clinton, his arm around Mrs. ..."
    rel = _RELATIVE_AFTER.search(text, ms, me)
    if rel is not None and rel.start() > ms:
        me = rel.start()
    if text[ms:me].endswith(("'s", "’s")) and me - ms > 2 and text[ms:me - 2] not in _NOT_OWNERS:
        me -= 2
    return ms, me


# Heads of an institution's name that go on with "on"/"of"/"for" and capitalised words ("the
# Commission on Presidential Debates"), and a web domain after a name ("the News.com.au report").
_INSTITUTION_HEADS = frozenset("""
    commission committee council board department ministry institute bureau office center
    centre agency authority association foundation conference coalition society league union
    federation organization organisation school university college court
""".split())
_OF_NAME = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                      r"August|September|October|November|December)\b)[A-Z][\w'’\-]*"
                      r"(?:\s+(?:(?:and|of|for|on|the)\s+)?[A-Z][\w'’\-]*)*")
_DOMAIN = re.compile(r"(?:\.[a-z]{2,6})+(?![\w.])(?:\s+(?:report|article|story|analysis|poll|"
                     r"survey)\b)?")


def _institution_after(text: str, ms: int, me: int) -> int:
    """End of the mention ``[ms, me)`` with the rest of an institution's name that the
    extractor cut at "on"/"of" ("the Commission" -> "the Commission on Presidential Debates")
    or at a web domain's dot ("the News" -> "the News.com.au report")."""
    words = text[ms:me].split()
    if not words or not words[-1][:1].isupper():
        return me
    if words[-1].lower() in _INSTITUTION_HEADS:
        m = _OF_NAME.match(text, me)
        if m is not None:
            return m.end()
    m = _DOMAIN.match(text, me)
    return m.end() if m is not None else me


# A verb that continues the statement before ("He added", "She also added", "He went on").
_CONTINUES = re.compile(r"\s+(?:also\s+|later\s+|then\s+|further\s+)?(?:added|adds|continued|"
                        r"continues|went\s+on|goes\s+on)\b")


def continues_last(text: str, ms: int, me: int) -> bool:
    """Is the pronoun ``text[ms:me]`` the subject of a verb that continues the statement before
    it ("He added authorities ...")?"""
    return text[ms:me].lower() in ("he", "she") and _CONTINUES.match(text, me) is not None


ENGLISH = SpeakerLanguage(
    code="en",
    pronoun_class=pronoun_class,
    self_reference=FIRST_SECOND,
    determiners=DETERMINERS,
    empty_descriptions=EMPTY_DESCRIPTIONS,
    titles=TITLES,
    name_run=NAME_RUN,
    mention_word=MENTION_WORD,
    description_word=DESCRIPTION_WORD,
    trailing_handle=TRAILING_HANDLE,
    colon_intro=COLON_INTRO,
    is_description=is_description,
    name_heads=name_heads,
    person_runs=person_runs,
    signature_line=SIGNATURE_LINE,
    names_nobody=names_nobody,
    normal_name=normal_name,
    sentence_subject=sentence_subject,
    fragment_subject=fragment_subject,
    subject_after=subject_after,
    prepositional_object=en_clause.prepositional_object,
    extend_mention=extend_mention,
    subject_link=_subject_link,
    interposed_subject=en_clause.interposed_subject,
    inner_speaker=_inner_speaker,
    fragment_owner=en_inner.fragment_owner,
    nested_speaker=en_nested.nested_speaker,
    continues_last=continues_last,
    name_openers=NAME_OPENERS,
    pronoun_agreement=en_gender.agree_subject,
    role_antecedent=en_role_antecedent.role_antecedent,
    nearer_mention=en_near_clause.nearer_mention,
    surname_antecedents=True,
    masked_subject=masked_subject,
    relative_antecedent=en_colon.relative_antecedent,
    interrupter=en_colon.interrupter,
    headline_speaker=headline_speaker,
    text_source=_text_source,
    aside_subject=aside_subject,
    passive_agent=en_asides.passive_agent,
    causative_speaker=en_causative.causative_speaker,
    participle_subject=participle_subject,
    opening_participle=opening_participle,
    trim_mention=trim_mention,
    coordinated_names=coordinated_names,
    several_after=re.compile(r"\s+(?:all|both|each)\b"),
    # an unnamed source, however it is described ("A source within the Interior Ministry", "a
    # Kremlin source", "two separate law enforcement sources"); "Open Source Initiative" is a name
    unnamed_source=re.compile(r"(?:[Ss]ources?|(?:\S+\s+){1,4}?sources?)(?![\w-])"),
    introduces_next=re.compile(r"\s+(?:said|wrote|tweeted|posted|added|writes|tweets|says)"
                               r"\s*:[ \t]*(?:\n|$)"),
    joined_to_quote=en_near_clause.JOINED_TO_QUOTE,
)
