"""The seam between shared speaker attribution and a language's rules: :class:`SpeakerLanguage`.

The shared machinery (:mod:`~discourse.extract.speakers.resolver`,
:mod:`~discourse.extract.speakers.mentions`, :mod:`~discourse.extract.speakers.attribute`) owns
the control flow: the entities of an article, recency, the evidence a registry actor needs, the
fallback rules for quotes without a mention. Whenever it needs to know something about words (is
this a pronoun and of which kind, is this a description or a name, which words are titles) it
asks the language object of the article. English is
:data:`discourse.extract.speakers.lang.en.ENGLISH`; the languages are listed in
:data:`discourse.extract.speakers.lang.LANGUAGES`.

Adding a language: write ``lang/<code>.py`` that builds a ``SpeakerLanguage`` and list it in
``lang.LANGUAGES`` (Russian, ``lang/ru.py``, is the example). Russian needs no branch in shared
code: ``pronoun_class`` sees the text after the mention, so a pronoun can take its gender from the
verb (``заявила``); ``is_description`` says whether a mention is a role description (``глава
МИД``) or a name; inflected names reach the registry's lookup as written (the registry holds the
case forms of its Cyrillic names); ``normal_name`` writes an unknown name in the nominative;
``titles`` and ``name_run`` are the Cyrillic ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["PRONOUN_CLASSES", "SpeakerLanguage", "no_complement_name", "words_not_after"]

Span = tuple[int, int]


def words_not_after(words: Iterable[str], before: str) -> str:
    r"""An alternation of ``words`` (plain words, tried in their order) that matches a word only
    where the character before it is not of the class ``before`` (a regex class, ``[\w.]``) or
    at the start of the text: what ``(?<!before)(?:w1|w2|...)`` matches, at the same spans.

    Python's regex engine skips from one possible first character to the next in C only when a
    pattern opens with a character, a class, or an alternation of characters; a pattern that
    opens with a lookbehind (or ``\b``) is tried at every position of the text. Here each
    word's first character comes first, and a lookbehind two characters wide then tests the
    character before it: ``S(?<![\w.][\s\S])enator`` for ``(?<![\w.])Senator``.
    """
    return "(?:" + "|".join(
        re.escape(w[0]) + f"(?<!{before}[\\s\\S])" + re.escape(w[1:]) for w in words) + ")"


# What a pronoun can refer to: a man, a woman, a group or organisation, an organisation.
PRONOUN_CLASSES = ("male", "female", "plural", "neuter")


def _no_span(text: str, lo: int, hi: int) -> Span | None:
    return None


def _never(text: str, lo: int, ms: int) -> bool:
    return False


def no_complement_name(registry: Any, mention: str, start: int, actor: Any, on: Any) -> bool:
    """The default ``complement_name``: no name is a complement's."""
    return False


def _no_link(text: str, a: int, b: int) -> str:
    return ""


def _no_span4(text: str, lo: int, ms: int, me: int) -> Span | None:
    return None


def _no_span5(text: str, lo: int, qs: int, qe: int, hi: int) -> Span | None:
    return None


def _no_nested(text: str, outer_start: int, qs: int) -> tuple[Span, bool] | None:
    return None


def _no_continuation(text: str, ms: int, me: int) -> bool:
    return False


def _same_span(text: str, ms: int, me: int) -> Span:
    return ms, me


def _no_subject(text: str, pos: int, cls: str) -> Span | None:
    return None


def _one_speaker(mention: str) -> list[str]:
    return []


def _no_gender(name: str) -> str | None:
    return None


def _as_found(res: Any, pronoun: str, cls: str, pos: int, ent: Any) -> Any:
    return ent


def _no_role_antecedent(res: Any, mention: str, ms: int) -> Span | None:
    return None


def _no_nearer(text: str, me: int, row: Any) -> Span | None:
    return None


def _same_surname(surname: str, full: str) -> bool:
    return surname.lower() == full.split()[-1].lower()


def _no_full_name(first: str, text: str) -> str | None:
    return None


def _no_described_name(mention: str) -> Span | None:
    """No name heads a description: the languages without the rule keep their mentions
    nameless."""
    return None


@dataclass(frozen=True, eq=False)
class SpeakerLanguage:
    """What a language provides to speaker attribution.

    ``eq=False``: a language is compared and hashed by identity (it keys the caches of the
    shared code; hashing its word sets on every call would cost more than the lookups).

    Attributes
    ----------
    code : str
        Language code (``"en"``), the key in ``lang.LANGUAGES``.
    pronoun_class : (word, text, end) -> str or None
        The class of a speaker mention that is a pronoun (one of :data:`PRONOUN_CLASSES`), or
        None when it is not one. ``word`` is the mention lower-cased and stripped, ``text`` the
        article and ``end`` the offset after the mention (a language whose verb carries the
        gender reads it there).
    self_reference : frozenset of str
        Lower-case mentions that refer to the speaker or the reader (``I``, ``we``, ``you``):
        never resolved to anyone.
    determiners : frozenset of str
        Words that open a description (``the``, ``a``, ``his``, ``two``).
    empty_descriptions : frozenset of str
        Words that make a description but name nobody on their own (``some``, ``others``).
    titles : frozenset of str
        Lower-case titles and role words dropped when looking for a person's name
        (``mr``, ``president``, ``spokesman``).
    name_run : re.Pattern
        A run of capitalised words that may be a name (``Ohio Gov. John Kasich``).
    mention_word : re.Pattern
        A word of a mention, keeping dots of initials (``J.``).
    description_word : re.Pattern
        A word of a description.
    trailing_handle : re.Pattern
        What follows a name in a signature and is not part of it (`` (@LinkeviciusL)``).
    colon_intro : re.Pattern
        A paragraph ending in a colon that introduces the next speaker (``And from the
        chairwoman:``); group 1 is the mention.
    is_description : (mention) -> bool
        Is the mention a description (``the minister``, ``officials``) rather than a name?
    name_heads : (mention, start, end) -> bool
        Is the name found at ``mention[start:end]`` the head of the mention (``the press
        secretary Dmitry Peskov``), not a modifier of it (``associates of Navalny``)?
    person_runs : (text, start, end) -> list of (start, end)
        Names of people the registry may not know that start in ``text[start:end]`` ("Dave
        Meltzer"): antecedents for pronouns, as the registry's actors are.
    signature_line : re.Pattern
        A paragraph that signs the block quote above it ("— Kathleen Parker, The Washington
        Post", "Meghan McCain, Twitter"), matched on the whole paragraph; group ``name``.
    names_nobody : (mention) -> bool
        Is a syntactic mention no speaker at all, a word the attribution rules took by mistake
        (an adverb, a verb, an object pronoun, "a concept")? It is then dropped, and the quote
        attributed as one without a mention.
    complement_name : (registry, mention, start, actor, on) -> bool
        Is the person the registry found named at ``mention[start:]`` the complement's, not
        the mention's speaker («представитель генсека ООН Антониу Гутерриша»: Guterres is the
        Secretary-General)? Optional (never, by default).
    normal_name : (name) -> str
        The name of a person the registry does not know, as the ``speaker`` column writes it:
        as written in English; in the nominative in a language whose names decline
        («Кирилла Бородина» -> «Кирилл Бородин»), without a place in the genitive before it
        («Болгарии Бойко Борисов» -> «Бойко Борисов»). Forms of one name then count as one.
    sentence_subject : (text, lo, hi) -> (start, end) or None
        The subject of the clause ``text[lo:hi]`` that introduces a quote opening at ``hi`` in
        the middle of its sentence ("Ryan Coogler, the director, wrote of Boseman, ``"...``").
        Optional: a language without it attributes such quotes by the other rules.
    fragment_subject : (text, lo, hi) -> (start, end) or None
        As ``sentence_subject``, for a quoted fragment inside the author's sentence: only when
        the clause's verb is one of saying or naming ("The comments called her a ``"...``").
        Optional.
    subject_after : (text, pos, hi) -> (start, end) or None
        The speaker named right after a quote ending at ``pos``, a verb of saying after it
        (``"..." Macron told the world``). Optional.
    prepositional_object : (text, lo, ms) -> bool
        Is the mention at ``ms`` the object of a preposition ("contributor to Slate"), so not
        the subject of the saying verb? Optional (never, by default).
    subject_link : (text, a, b) -> str
        How ``text[a:b]`` ties a clause's subject to a mention after it that is the object of a
        preposition: ``"modifier"`` (only prepositional phrases: "Scientists *from the* World
        Wildlife Fund"), ``"verb"`` (a verb of saying between them: the subject speaks) or
        ``""`` (neither: the mention is kept). Optional (``""``, by default).
    interposed_subject : (text, lo, ms, me) -> (start, end) or None
        The subject of a clause (in the sentence from ``lo``) when the mention ``[ms, me)`` is
        the object of a preposition in a phrase set off by commas between that subject and its
        verb ("while ALDI, in a Facebook post on Tuesday, called it"). Optional (None).
    extend_mention : (text, ms, me) -> (ms, me)
        The mention completed where the quote extractor cut it short ("PG&E", not "E"; "a
        statement posted to his official Twitter account"). Optional (unchanged, by default).
    trim_mention : (text, ms, me) -> (ms, me)
        The mention without the appositive after its name ("Lisa Parry, a retired nurse" ->
        "Lisa Parry"). Optional (unchanged, by default).
    inner_speaker : (text, ms, me, qs) -> (start, end) or None
        The speaker of the verb of saying right before a quote at ``qs`` when that is not the
        mention ``[ms, me)`` before it: a relative clause's antecedent ("X spoke to student Y
        who said ...") or the subject of a reported report ("WPTZ-TV reports police say
        ..."). Optional (None, by default).
    aside_subject : (text, lo, ms, me, qs) -> (start, end) or None
        The subject of the clause (in the sentence from ``lo``) before an aside between dashes
        or brackets that holds the mention ``[ms, me)`` and closes right before the quote at
        ``qs`` ("X commented on the matter — which the BBC noted as unusual — ``"...``").
        Optional (None, by default).
    passive_agent : (text, lo, hi) -> (start, end) or None
        The agent of a passive verb of naming right before a quoted fragment at ``hi``
        ("described by the Daily Hive as a ``"...``"). Optional (None, by default).
    masked_subject : (text, lo, hi) -> (start, end) or None
        ``sentence_subject`` of a clause that holds a short quoted word before the quote at
        ``hi`` ('justified the strike as "defensive" in nature: ``"...``'), read without it.
        Optional (None, by default).
    relative_antecedent : (text, lo, hi) -> (start, end) or None
        The person a relative clause ending the introducing stretch is about ("tour manager
        Thomas Gray, 24, who cited his rugby: ``"...``"). Optional (None, by default).
    interrupter : (text, lo, qs) -> (start, end) or None
        The speaker of an attribution interrupting a quote right before its part at ``qs``
        (``"Overall," he continued, "the presence ...``), when the first part was not kept.
        Optional (None, by default).
    name_openers : frozenset of str
        Lower-cased words that open a sentence and are no part of a name after them ("But
        Clinton", "With Blankenship"): left out of the forms of a name. Optional (none).
    portfolios : frozenset of str
        Lower-cased words of a title's portfolio between the title and a name ("Minister of
        Foreign Affairs Abdulaziz Kamilov", "Secretary of Homeland Security Kirstjen
        Nielsen"): dropped with the title, right after it. Optional (none).
    surname_antecedents : bool
        May a surname standing alone after a person's full name ("Ian Campbell ... Campbell was
        working") make that person the antecedent of a later pronoun, ahead of a name found
        between them ("Star Trek")? Optional (False: a language whose surnames decline, where a
        bare form may be another case of another name, keeps the most recent name).
    headline_speaker : (text, ps, qs) -> (start, end) or None
        The name that opens a line at ``ps`` before a colon, the quote at ``qs`` on that line
        ("Alan Dershowitz: Trump ``'perfectly entitled ...'``"). Optional (None, by default).
    text_source : (text, lo, qs) -> (start, end) or None
        The source of a text quoted at ``qs`` under its title or its words, read from ``lo``
        ('a Politico story titled ``"..."``', 'a quote from King that read: ``"..."``').
        Optional (None, by default).
    continues_last : (text, ms, me) -> bool
        Does the verb after the pronoun ``[ms, me)`` continue the statement of the sentence
        before ("He added", "She went on")? Then the pronoun is that statement's speaker, not
        the last name. Optional (False, by default).
    nested_speaker : (text, outer_start, qs) -> ((start, end), first_person) or None
        The subject of the verb of saying or thinking right before a quotation nested at ``qs``
        in a quote opening at ``outer_start`` ("I've always said, 'No matter ...'", "Women in
        Nevada have said, '...'"); ``first_person`` when it is the outer quote's speaker
        ("I", "we"). Optional (None, by default: the extractor's mention stays).
    causative_speaker : (text, lo, hi) -> (start, end) or None
        The object of a causative verb whose "to" and verb of saying end ``text[lo:hi]`` right
        before a quote ('led Biden to express "..."'): the speaker of a quote that its
        sentence introduces with no clause of saying of its own. Optional (None, by default).
    fragment_owner : (text, lo, qs) -> (start, end) or None
        The name whose noun of saying introduces the clause holding a quoted fragment at ``qs``
        in the sentence from ``lo`` ("Trump's claim that the ``"fake news media"`` is ...").
        Optional (None, by default).
    participle_subject : (text, lo, qs) -> (start, end) or None
        The subject of a participle of saying right before a report at ``qs`` that has no
        mention, in the sentence from ``lo`` ("with officials saying P", "groups claiming P
        gathered", "tried to ... by saying P"). Optional (None, by default).
    opening_participle : (text, lo, qs, qe, hi) -> (start, end) or None
        The main clause's subject after a quoted fragment ``[qs, qe)`` in a sentence (``lo`` to
        ``hi``) that opens with a participle of saying or naming ('Calling the bill "a
        disaster," Sen. Smith said'). Optional (None, by default).
    pronoun_agreement : (resolver, pronoun, class, pos, entity) -> entity or None
        The antecedent a pronoun (lower-cased, class ``class``, at ``pos``) takes once the
        resolver has chosen ``entity`` by recency: another person when the article says the
        chosen one is of the other gender (English: ``en_gender.agree_subject``), or None when
        nothing decides. Optional (by default the resolver's choice stands).
    role_antecedent : (resolver, mention, start) -> (start, end) or None
        The name before ``start`` that the article gives the role of a definite description
        ("the senator" after "Senator Paul Hines"), for a description the registry does not
        resolve. Optional (None, by default).
    nearer_mention : (text, mention_end, row) -> (start, end) or None
        A pronoun nearer the quote ``row`` than the mention found before it, the subject of
        the quote's own clause ('X told jurors he was thinking: "..."'). Optional (None).
    name_gender : (name) -> str or None
        ``"male"`` or ``"female"`` for the name of a person the registry does not know, when the
        words of the name say it («Екатерина Сабирова»); a pronoun of the other gender does not
        refer to that person. Optional (None, by default: any pronoun may).
    surname_form : (surname, full name) -> bool
        Is the one-word ``surname`` of a mention a form of the last word of ``full``, a name
        the article gives in full («Прусенковой» of «Надежда Прусенкова»)? Then the speaker
        is named by the full name. Optional (by default the same word, any letter case).
    full_first_name : (first name, text) -> str | None
        The one full name in ``text`` that a first name alone stands for («Андреа рассказал»
        after «Андреа Падован»), or None. Optional (by default None: a first name stays).
    new_name_stops_continuation : bool
        Does a person named between a quote and an unattributed quotation in the next
        paragraph stop the quotation from continuing the quote's speaker («Татьяна так
        описывает увиденное: «…»» after her brother's words)? Optional (False: English keeps
        the continuation, its outputs unchanged).
    coordinated_names : (mention) -> list of str
        The names of a mention that coordinates several people ("La Riva, Hawkins, and
        Carroll", "Joe Biden and Kamala Harris"), else ``[]``: such a mention names no one
        speaker. Optional (``[]``).
    described_name : (mention) -> (start, end) or None
        The span of the person's full name that ends a description after a role noun ("the
        former mayor Jane Doerr"), for a description the registry reaches nobody in. Optional
        (``None``).
    unnamed_source : re.Pattern
        Matches (from the start) a mention that is an unnamed source ("a source in the
        Kremlin", "two law enforcement sources"): it stays the mention and is never resolved to
        an actor, even one it names (unnamed people get no speaker; ANNOTATION). Never
        matches by default.
    several_after : re.Pattern
        What after a mention of two names counts them ("Bell and Reed both argued"): the names
        are then several speakers even when neither is known. Optional (matches nothing).
    cited_before : re.Pattern
        What, ending right before a mention, makes it the source an outlet cites («со ссылкой
        на пресс-службу Кремля»): such a mention is kept though its case is an object's.
        Optional (matches nothing).
    introduces_next : re.Pattern
        What after a mention that follows a quote makes its verb introduce the next block, not
        this quote ('"...," and editor Tom Hale tweeted:' at a line's end). Optional (matches
        nothing).
    joined_to_quote : re.Pattern
        What, between a quote's end and a mention after it, joins the mention to the quote as
        another noun phrase ('“Lock him up” and other derogatory remarks'), matched from the
        quote's end and ending where the mention starts: the mention is then no speaker.
        Optional (matches nothing).
    previous_subject : (text, pos, cls) -> (start, end) or None
        The subject of the sentence before the one a ``he``/``she`` pronoun of class ``cls``
        at ``pos`` opens, when that subject (a person's name or a role description of a
        person, before its verb of the pronoun's gender) is the pronoun's antecedent rather
        than a name later in that sentence («Владелец лётной школы рассказал о пилоте Иване
        Петрове. Он заявил …»). Optional (None, by default: the most recent name, English
        outputs unchanged).
    rule_confidence : mapping of rule -> float
        The ``confidence`` of a rule's speakers in this language where it differs from
        ``RULE_CONFIDENCE`` (measured on the language's own dev splits: a rule tuned on
        English may be right less often elsewhere). Optional (empty: the shared values).
    """

    code: str
    pronoun_class: Callable[[str, str, int], str | None]
    self_reference: frozenset[str]
    determiners: frozenset[str]
    empty_descriptions: frozenset[str]
    titles: frozenset[str]
    name_run: re.Pattern[str]
    mention_word: re.Pattern[str]
    description_word: re.Pattern[str]
    trailing_handle: re.Pattern[str]
    colon_intro: re.Pattern[str]
    is_description: Callable[[str], bool]
    name_heads: Callable[[str, int, int], bool]
    person_runs: Callable[[str, int, int], list[tuple[int, int]]]
    signature_line: re.Pattern[str]
    names_nobody: Callable[[str], bool]
    normal_name: Callable[[str], str]
    sentence_subject: Callable[[str, int, int], Span | None] = field(default=_no_span)
    fragment_subject: Callable[[str, int, int], Span | None] = field(default=_no_span)
    subject_after: Callable[[str, int, int], Span | None] = field(default=_no_span)
    prepositional_object: Callable[[str, int, int], bool] = field(default=_never)
    subject_link: Callable[[str, int, int], str] = field(default=_no_link)
    interposed_subject: Callable[[str, int, int, int], Span | None] = field(default=_no_span4)
    extend_mention: Callable[[str, int, int], Span] = field(default=_same_span)
    trim_mention: Callable[[str, int, int], Span] = field(default=_same_span)
    inner_speaker: Callable[[str, int, int, int], Span | None] = field(default=_no_span4)
    participle_subject: Callable[[str, int, int], Span | None] = field(default=_no_span)
    fragment_owner: Callable[[str, int, int], Span | None] = field(default=_no_span)
    aside_subject: Callable[[str, int, int, int, int], Span | None] = field(default=_no_span5)
    passive_agent: Callable[[str, int, int], Span | None] = field(default=_no_span)
    masked_subject: Callable[[str, int, int], Span | None] = field(default=_no_span)
    relative_antecedent: Callable[[str, int, int], Span | None] = field(default=_no_span)
    interrupter: Callable[[str, int, int], Span | None] = field(default=_no_span)
    name_openers: frozenset[str] = frozenset()
    portfolios: frozenset[str] = frozenset()
    surname_antecedents: bool = False
    headline_speaker: Callable[[str, int, int], Span | None] = field(default=_no_span)
    text_source: Callable[[str, int, int], Span | None] = field(default=_no_span)
    continues_last: Callable[[str, int, int], bool] = field(default=_no_continuation)
    nested_speaker: Callable[[str, int, int], tuple[Span, bool] | None] = field(
        default=_no_nested)
    causative_speaker: Callable[[str, int, int], Span | None] = field(default=_no_span)
    opening_participle: Callable[[str, int, int, int, int], Span | None] = field(
        default=_no_span5)
    pronoun_agreement: Callable[[Any, str, str, int, Any], Any] = field(default=_as_found)
    role_antecedent: Callable[[Any, str, int], Span | None] = field(default=_no_role_antecedent)
    nearer_mention: Callable[[str, int, Any], Span | None] = field(default=_no_nearer)
    name_gender: Callable[[str], str | None] = field(default=_no_gender)
    surname_form: Callable[[str, str], bool] = field(default=_same_surname)
    full_first_name: Callable[[str, str], str | None] = field(default=_no_full_name)
    new_name_stops_continuation: bool = False
    previous_subject: Callable[[str, int, str], Span | None] = field(default=_no_subject)
    coordinated_names: Callable[[str], list[str]] = field(default=_one_speaker)
    described_name: Callable[[str], Span | None] = field(default=_no_described_name)
    several_after: re.Pattern[str] = re.compile(r"(?!)")
    cited_before: re.Pattern[str] = re.compile(r"(?!)")
    unnamed_source: re.Pattern[str] = re.compile(r"(?!)")
    joined_to_quote: re.Pattern[str] = re.compile(r"(?!)")
    introduces_next: re.Pattern[str] = re.compile(r"(?!)")
    rule_confidence: Mapping[str, float] = field(default_factory=dict)
    complement_name: Callable[[Any, str, int, Any, Any], bool] = field(
        default=no_complement_name)
