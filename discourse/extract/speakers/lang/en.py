"""English rules of speaker attribution: the subject finders (``sentence_subject``,
``subject_after``, ``aside_subject``, ...) and the rules that extend and trim a mention
(``extend_mention``, ``trim_mention``, ``coordinated_names``), over the ``en_*`` modules.

Builds :data:`ENGLISH`, the :class:`~discourse.extract.speakers.language.SpeakerLanguage` of
English news text. The word lists (pronouns, titles, determiners, nouns for speakers) and the
tests of names and descriptions (``person_runs``, ``is_description``, ``names_nobody``) are in
:mod:`.en_names` and imported here.
"""

from __future__ import annotations

import re
from typing import Final

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
    en_briefed_source,
    en_causative,
    en_clause,
    en_closed_appositive,
    en_colon,
    en_coordinated,
    en_described_name,
    en_for_subject,
    en_gender,
    en_headings,
    en_inner,
    en_inverted,
    en_mention_ends,
    en_near_clause,
    en_nested,
    en_object_relative,
    en_opening,
    en_participle_source,
    en_particles,
    en_predicate_mention,
    en_pronoun_span,
    en_quoted_source,
    en_relative_colon,
    en_role_antecedent,
    en_title_headline,
    en_whole_subject,
)
from discourse.extract.speakers.lang.en_names import (
    _HEADS,
    _NO_NAME_WORDS,
    COLON_INTRO,
    DESCRIPTION_WORD,
    DETERMINERS,
    EMPTY_DESCRIPTIONS,
    FIRST_SECOND,
    MENTION_WORD,
    NAME_OPENERS,
    NAME_RUN,
    NOT_PERSON_WORDS,
    PORTFOLIOS,
    SIGNATURE_LINE,
    TITLES,
    TRAILING_HANDLE,
    is_description,
    name_heads,
    names_nobody,
    normal_name,
    person_runs,
    pronoun_class,
)
from discourse.extract.speakers.language import SpeakerLanguage

__all__ = ["ENGLISH"]


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
    # "Ahead of his speech, Trump applied one of his nicknames to Kim, one that ...:": the
    # subject before the verb its noun phrase ran over (en_predicate_mention)
    cut: tuple[int, int] | None = en_predicate_mention.subject_before_verb(text, *got, _HEADS)
    if cut is not None:
        got = cut
    # "Lois Lerner, the former IRS director accused of ..., has broken": the clause left out
    # "Hurley, for his part, paraphrased": the aside closing the subject left out too
    return (en_adverbs.without_leading_adverb(text, *got),
            en_whole_subject.without_trailing_aside(
                text, got[0], en_appositive_clause.appositive_clause_end(text, *got, _HEADS)))


def _clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    return en_clause.sentence_subject(text, lo, hi, _NO_NAME_WORDS)


def aside_subject(text: str, lo: int, ms: int, me: int, qs: int) -> tuple[int, int] | None:
    """:func:`.en_asides.aside_subject` read by :func:`sentence_subject`; else the subject of a
    clause whose verb of addressing has the mention as its object (:mod:`.en_addressee`); else
    the whole subject the mention is a piece of (:mod:`.en_whole_subject`). First, "The mayor
    praised Tom Reyes, who said P": the object the relative clause is set off after
    (:mod:`.en_object_relative`), before any rule cuts the mention to the sentence's subject."""
    return (en_object_relative.object_relative(text, ms, me, qs)
            or en_asides.aside_subject(text, lo, ms, me, qs, sentence_subject)
            or en_addressee.addressee_subject(text, lo, ms, me, qs, sentence_subject,
                                               en_clause.noun_phrase)
            # "Tim Bale of Queen Mary, University of London, said", "Hurley paraphrased ...,
            # commenting:": the whole subject, not a piece of it (en_whole_subject)
            or en_whole_subject.whole_subject(text, lo, ms, me, sentence_subject, person_runs)
            # "The incident was filmed by X, who ... yelled at the crowd:": X (en_relative_colon)
            or en_relative_colon.relative_speaker(text, lo, ms, me, qs, _HEADS)
            # "Schale predicts Clinton will win, and added:": Schale (en_predicate_mention)
            or en_predicate_mention.subject_before_verb(text, ms, me, _HEADS))


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
    return (en_headings.headline_speaker(text, ps, qs, en_colon.headline_speaker)
            # "Sen. Doerr: '...'": a title and a surname (en_title_headline)
            or en_title_headline.title_headline(text, ps, qs))


def participle_subject(text: str, lo: int, qs: int) -> tuple[int, int] | None:
    """:func:`.en_participle_source.participle_subject`, the clause's subject by
    :func:`sentence_subject`: the speaker of a report opened by a participle of saying ("with
    officials saying P", "the city issued a statement announcing P")."""
    return en_participle_source.participle_subject(text, lo, qs, sentence_subject)


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


def _trim_mention_whole(text: str, ms: int, me: int) -> tuple[int, int]:
    """:func:`trim_mention`, and the person of "person of organisation: rest of its name"
    (:func:`.en_whole_subject.person_of_org`: a colon the trim does not cross)."""
    a, b = trim_mention(text, ms, me)
    if (a, b) == (ms, me) and text.find(": ", ms, me) >= 0:
        return en_whole_subject.person_of_org(text, ms, me, person_runs) or (a, b)
    return a, b


# A noun for a group right before a name: the name is the group's ("Tom Hale of the pro-life
# group Choose Life America"), not a person's that a trim would cut off.
_ORG_NOUN_BEFORE: Final = re.compile(
    r"\b(?:group|organi[sz]ation|association|coalition|network|foundation|institute|union|"
    r"council|committee|party|company|firm|campaign|charity|movement|alliance|think\s+tank|"
    r"nonprofit|non-profit|PAC)\s+$")


# A group or medium a nationality or a country qualifies: "Syrian state media", "Iraqi security
# forces", "Turkish officials" (the gold mention is the whole phrase; the adjective alone is no
# one's name).
_GROUP_AFTER: Final = re.compile(
    r"(?:\s+(?:state|local|government|military|security|foreign|national|[a-z]+-run))*"
    r"\s+(?:media|press|television|news\s+agency|officials|sources|authorities|police|forces|"
    r"army|military|troops|diplomats|prosecutors|investigators|lawmakers|ministry)\b(?![\w-])")


# One capitalised word ("Syrian"), compiled once: this runs for every mention.
_ONE_CAPITALISED: Final = re.compile(r"[A-Z][a-z]+")


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
    # (a pronoun may be the object of "briefed on": "Three officials briefed on it said")
    if text[ms:me] in en_pronoun_span.BARE and en_pronoun_span.unchanged(
            text, ms, me, _source_close_to, _participle_head, _such_as_head, _GROUP_AFTER
    ) and en_briefed_source.briefed_source(text, ms) == ms:
        return ms, me  # "he": only the steps that can change a pronoun asked (speed pass 23)
    inner = en_for_subject.for_subject(text, ms, me)
    if inner is not None:
        return inner  # "enough for me to say, ‘...’": the infinitive's subject, "me"
    ms = _source_close_to(text, ms)
    ms = en_briefed_source.briefed_source(text, ms)  # "two people briefed on the matter"
    m = _CLOSE_TO_AFTER.match(text, me) if _CLOSE_TO_END.search(text, ms, me) else None
    if m is not None:
        me = m.end()  # 'said a source close to Tom Hale.': not "a source close"
    ms = _participle_head(text, ms, me)
    ms = _such_as_head(text, ms)
    me = en_particles.particle_tail(text, ms, me)  # "Ayman al-Zawahiri", not "Ayman"
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
_CLOSE_TO_BEFORE: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:source|sources|friend|friends|official|officials|aide|aides|person|people|adviser|"
    r"advisers|advisor|advisors|ally|allies|associate|associates|insider|insiders)\s+"
    r"(?:close\s+to|familiar\s+with|loyal\s+to|allied\s+with)\s+$")


_CLOSE_TO_END: Final = re.compile(
    r"\b(?:source|sources|friend|friends|official|officials|aide|aides|person|people|adviser|"
    r"advisers|advisor|advisors|ally|allies|associate|associates|insider|insiders)\s+"
    r"(?:close|familiar|loyal|allied)$")
_CLOSE_TO_IN: Final = re.compile(
    r"\b(?:source|sources|friend|friends|official|officials|aide|aides|person|people|adviser|"
    r"advisers|advisor|advisors|ally|allies|associate|associates|insider|insiders)"
    r"(\s+(?:close\s+to|familiar\s+with|loyal\s+to|allied\s+with)\s)")
_CLOSE_TO_AFTER: Final = re.compile(
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
_FLOATING: Final = frozenset({"all", "both", "each"})
_NAME: Final = r"[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|de|van|von|bin|al|la|le))*"
_NAME_LIST: Final = re.compile(rf"{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}\s+")
_CLAUSE_BREAK: Final = re.compile(r"(?:[.!?][\"”’']?\s+|\n|^)")


_CONJUNCTION: Final = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


_STATE_AFTER_NAME: Final = re.compile(
    r",\s+(?:of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|[RDI]-[A-Z][\w.-]*)(?=,|$)")
# Titles of several people, before a list of their names.
_PLURAL_TITLES: Final = frozenset("sens. reps. sens reps senators representatives drs. drs".split())


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
_PARTICIPLE_BEFORE: Final = re.compile(r"(?P<np>(?:[A-Za-z][\w'’\-]*\s+){0,3}[A-Za-z][\w'’\-]*)\s+"
                                r"(?P<ing>[a-z]+ing)\s+$")
_NOUNS_IN_ING: Final = frozenset("""
    meeting building morning evening spring ring thing king wing string briefing hearing ruling
    funding spending training warning bombing shooting landing wedding ceiling opening
    during according including concerning regarding following pending notwithstanding
""".split())  # (and prepositions in -ing: "The statements delivered during this session")
_NOT_IN_SUBJECT: Final = frozenset("""
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


_SUCH_AS: Final = re.compile(r"(?P<np>(?:[A-Za-z][\w'’\-]*\s+){0,3}[A-Za-z][\w'’\-]*)\s+such\s+as\s+$")


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
_OPENER: Final = re.compile(
    r"(?:(?:Lastly|Firstly|First|Secondly|Finally|Meanwhile|However|Instead|Moreover|Furthermore|"
    r"Additionally|Separately|Nevertheless|Still|Also|Then|Later|Next|Now|Similarly|Likewise),"
    r"\s+"
    r"|(?:The|That)\s+(?:next|following|same|previous)\s+(?:day|week|month|morning|evening|"
    r"night)(?:\s+(?:on|in|via)\s+(?:Twitter|Facebook|Instagram|YouTube|TikTok|Reddit|"
    r"television|radio))?,?\s+(?=[A-Z])"
    r"|(?:Part|Parts|Some|Much|Most)\s+of\s+(?=[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*['’]s$)"
    # "Pushing back against opponents (who have called it ...)": the participle's object
    r"|[A-Z][a-z]+ing(?:\s+(?:back|out|up|off|down))?\s+(?:against|to|with|at|about)\s+)")
_RELATIVE_AFTER: Final = re.compile(r",\s+(?:(?:for|to|in|with|of|by|from|on|at|about)\s+)?"
                             r"(?:who|whom|whose|which)\b")


# Words whose "'s" is no possessive ("Let's").
_NOT_OWNERS: Final = frozenset("Let It That What There Here Who He She".split())


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
_INSTITUTION_HEADS: Final = frozenset("""
    commission committee council board department ministry institute bureau office center
    centre agency authority association foundation conference coalition society league union
    federation organization organisation school university college court
""".split())
_OF_NAME: Final = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                      r"August|September|October|November|December)\b)[A-Z][\w'’\-]*"
                      r"(?:\s+(?:(?:and|of|for|on|the)\s+)?[A-Z][\w'’\-]*)*")
_DOMAIN: Final = re.compile(r"(?:\.[a-z]{2,6})+(?![\w.])(?:\s+(?:report|article|story|analysis|poll|"
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
_CONTINUES: Final = re.compile(r"\s+(?:also\s+|later\s+|then\s+|further\s+)?(?:added|adds|continued|"
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
    portfolios=PORTFOLIOS,
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
    trim_mention=_trim_mention_whole,
    coordinated_names=coordinated_names,
    described_name=en_described_name.described_name,
    several_after=re.compile(r"\s+(?:all|both|each)\b"),
    # an unnamed source, however it is described ("A source within the Interior Ministry", "a
    # Kremlin source", "two separate law enforcement sources"); "Open Source Initiative" is a name
    unnamed_source=re.compile(r"(?:[Ss]ources?|(?:\S+\s+){1,4}?sources?)(?![\w-])"),
    introduces_next=re.compile(r"\s+(?:said|wrote|tweeted|posted|added|writes|tweets|says)"
                               r"\s*:[ \t]*(?:\n|$)"),
    joined_to_quote=en_near_clause.JOINED_TO_QUOTE,
)
