"""English: the speaker of the verb of saying right before a quote, when the extractor's mention
is the subject of an outer clause.

The quote extractor gives a quote the subject of the sentence's first verb of saying. Two shapes
put another speaker between that subject and the quote, and the gold mention is the nearer one:

- a relative clause: "CBS News correspondent DeMarco Morgan spoke to college student Ruben
  Cabrera who said he thought ..." -> "college student Ruben Cabrera";
- a report of a report: "WPTZ-TV reports police say Ibrahim was ..." -> "police"; "The
  newspaper said Trump dubbed it "the worst deal ever"" -> "Trump"; "Reuters reported on Monday
  a German government source, whom they did not name, said the ban ..." -> "a German government
  source" (the outer report is its own, longer span in the gold; the quote that starts after the
  inner verb is the inner speaker's).

:func:`inner_speaker` reads only the stretch between the mention and the quote (plain text,
offsets into the article) and returns the nearer speaker's offsets, or None.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.speakers.language import words_not_after

__all__ = ["inner_speaker", "opening_participle_subject", "fragment_owner"]

# Verbs of saying, naming and reporting right before a quote (with "that", an object "it" for
# a naming verb, the listener "reporters", an opening mark).
_INNER_VERB: Final = re.compile(
    r"\b(?:say|says|said|tell|tells|told|claim|claims|claimed|believe|believes|believed|"
    r"insist|insists|insisted|warn|warns|warned|argue|argues|argued|report|reports|reported|"
    r"think|thinks|thought|dubbed|called|labelled|labeled|branded|described)"
    r"(?:\s+(?:it|him|her|them|this|that\s+as|reporters))?(?:\s+as)?(?:\s+that)?\s*[\"“‘']?\s*$")
# The words that may end a match of _INNER_VERB (before white space and an opening mark): a verb,
# its object, "as" or "that".
_INNER_TAILS: Final = tuple("""say says said tell tells told claim claims claimed believe believes
    believed insist insists insisted warn warns warned argue argues argued report reports reported
    think thinks thought dubbed called labelled labeled branded described it him her them this
    as that reporters""".split())
# The outer report: its verb right after the extractor's mention, an adverbial of time, "that".
_OUTER: Final = re.compile(
    r"\s+(?:also\s+)?(?:reports|reported|says|said|writes|wrote|claims|claimed|tells|told)"
    r"(?:\s+(?:on|last|this|early|late)\s+[A-Z]?[a-z]+(?:\s+(?:morning|evening|night))?)?"
    r"(?:\s+that)?\s+")
# A relative pronoun right before the inner verb: "... Ruben Cabrera who said", or "who" set
# off by a comma: "The mayor spoke with Tom Reyes, who said P" (the second English grid).
_RELATIVE: Final = re.compile(r"(?:\s+(?:who|that)|,\s+who)\s+(?:also\s+|later\s+|had\s+|has\s+)?$")
# A relative clause set off by commas after the inner subject: ", whom they did not name,".
_SET_OFF: Final = re.compile(r",\s+(?:who|whom|whose)\s[^,;:\"“”]{1,80},\s*$")
# Words that end a noun phrase read backwards from a relative pronoun: prepositions, verbs,
# conjunctions, punctuation.
_STOP: Final = frozenset("""
    to with from by for at in on of about among into onto than as and or but spoke talked met
    said says told interviewed asked is was are were be been has have had
""".split())
# No nearer speaker: a thing, or a pronoun that takes up the outer subject ("McConnell said he
# thinks "..."": McConnell's words, the gold names him).
_NOT_SUBJECT: Final = frozenset("""
    it this that these those there here which what who whom i we you me us him them he she they
""".split())
_PRONOUN_SUBJECTS: Final = frozenset("he she they".split())
_WORD: Final = re.compile(r"[^\s,;:\"“”()]+")


def _np_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end`` (a relative pronoun after it), read back to a
    preposition, a verb or punctuation, at most eight words and not before ``lo``."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, end)]
    start = None
    for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
        a, b, w = words[k]
        gap = text[b:words[k + 1][0]] if k + 1 < len(words) else text[b:end]
        if gap.strip():
            break  # a comma, a bracket or a mark: the phrase ended
        if w.lower() in _STOP or (w[:1].islower() and len(w) > 4 and w.endswith("ed")):
            break
        start = a
    if start is None:
        return None
    last = words[-1]
    if last[1] != end:
        return None
    return start, end


def _usable(text: str, a: int, b: int) -> bool:
    words = text[a:b].split()
    return bool(words) and words[0].lower() not in _NOT_SUBJECT and not (
        len(words) == 1 and words[0][:1].islower() and words[0].lower().endswith("ing"))


# A sentence end or a line break between a mention and a quote (compiled once: read per quote);
# the stop of a title before a name ends no sentence ("spoke with Sen. Jane Doerr, who said").
_SENTENCE_OR_LINE_END: Final = re.compile(
    r"(?:(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bGen)"
    r"(?<!\bLt)(?<!\bCol)(?<!\bSgt)(?<!\bGov)(?<!\bSt)\.|[!?])[\"”’']?\s+[A-Z]|\n")


def inner_speaker(text: str, ms: int, me: int, qs: int) -> tuple[int, int] | None:
    """Offsets of the speaker of the verb of saying right before a quote at ``qs``, when that is
    not the mention ``[ms, me)`` before it but a relative clause's antecedent or the subject of a
    reported report between them; None when the stretch has neither shape."""
    if not (0 <= ms < me <= qs) or qs - me > 220:
        return None
    between = text[me:qs]
    # the stretch without the white space and opening marks that end it
    core = between.rstrip().rstrip("\"“‘'").rstrip()
    comma = "," in between
    if not comma and len(core.split(None, 1)) < 2:
        # one word at most before the marks ('He said "', speed pass twenty-five; twenty-three
        # tested the stretch with its marks, where '"' counts as a word): the inner verb's
        # match starts at a letter, so in that word, and before the verb stand only white
        # space and the word's first characters, where no relative pronoun or outer verb fits
        # (both need white space after them). Without a comma nothing else can answer, so
        # this comes before the sentence's end is looked for.
        return None
    if _SENTENCE_OR_LINE_END.search(between):
        return None  # another sentence
    # Pre-tests in C (speed pass twenty): the joined clause opens with a comma, and the inner
    # verb's match ends the stretch, so the stretch (white space and an opening mark stripped)
    # ends with one of its words; without them neither regex can match, and trying the patterns
    # at every word of up to 220 characters was most of this function's time.
    got = _coordinated_subject(text, me, qs) if comma else None
    if got is not None:
        return got
    if len(core.split(None, 1)) < 2 or not core.endswith(_INNER_TAILS):
        return None  # (one word: as above, the comma's clause read)
    verb = _INNER_VERB.search(text, me, qs)
    if verb is None or verb.start() <= me:
        return None
    v = verb.start()
    if text[me:v].isspace():
        return None  # ('she said that they'): the relative pronoun and the outer verb both need
        # a word before the inner verb (speed pass twenty-six: two searches less)
    rel = _RELATIVE.search(text, me, v)
    if rel is not None and rel.end() == v:
        np_ = _np_before(text, me, rel.start())
        if np_ is not None and np_[0] > me and _usable(text, *np_):
            return np_
        return None
    outer = _OUTER.match(text, me, v)
    if outer is None:
        return None
    a, b = outer.end(), v
    set_off = _SET_OFF.search(text, a, b)
    if set_off is not None:
        b = set_off.start()
    b = len(text[:b].rstrip())
    phrase = text[a:b]
    words = phrase.split()
    if not words or len(words) > 8 or any(c in phrase for c in ",;:\"“”()"):
        return None
    if any(w.lower() in _STOP or (w[:1].islower() and len(w) > 4 and w.endswith("ed"))
           for w in words):
        return None  # not a plain noun phrase: another verb or a preposition in it
    return (a, b) if _usable(text, a, b) else None


# A clause joined after the mention's (", and Democrats responded ...", ", where he tearfully
# discussed ..."): its subject (a pronoun, a name, a determiner's phrase of up to four words, a
# bare plural: "voters"), an adverb perhaps, and a finite verb in the past or the present.
_JOINED_CLAUSE: Final = re.compile(
    r",\s+(?:and|but|where|while|whereas)\s+(?P<subj>he|she|they|we|I|[a-z][\w'’\-]*s|(?:[A-Z][\w'’.\-]*"
    r"|the|a|an|his|her|their|its)(?:\s+[\w'’.\-]+){0,3}?)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|said|"
    r"told|wrote|spoke|took|went|made|gave|held|sent|came)\b")
# The same clause introduces the quote: a verb or participle of saying in it before the quote.
_SAYING_IN_CLAUSE: Final = re.compile(
    r"\b(?:saying|said|says|told|tells|adding|added|writing|wrote|tweeting|tweeted|screaming|"
    r"shouting|yelling|responded|replied|declaring|declared|telling|insisting|insisted)\b")


def _coordinated_subject(text: str, me: int, qs: int) -> tuple[int, int] | None:
    """The subject of the last clause joined between a mention ending at ``me`` and a quote at
    ``qs`` ('I said X should step down, and Democrats responded ... by saying: "..."'), when
    that clause holds the verb of saying that introduces the quote; else None."""
    last = None
    for m in _JOINED_CLAUSE.finditer(text, me, qs):
        last = m
    if last is None or any(c in text[me:qs].rstrip(" \"“‘'") for c in "\"“”"):
        return None
    if _SAYING_IN_CLAUSE.search(text, last.end("subj"), qs) is None:
        return None
    a, b = last.span("subj")
    subj = text[a:b].split()[0].lower()
    if subj in ("it", "this", "that") or (subj in _PRONOUN_SUBJECTS and text[:me].split()[-1:] not in (
            ["I"], ["We"], ["we"])):
        return None  # ', where he tearfully ...': the mention's own person, named by the mention
    return a, b


# Words that make a sentence's opening no noun phrase ("Because when you start adding").
_OPENS_NO_SUBJECT: Final = frozenset("""
    because when if as while although though since unless whether and but so or yet then
    i you we he she they it there here
""".split())


# A sentence opening with a participle of saying or naming whose object is a quoted fragment:
# 'Calling the bill "a total disaster," Sen. Smith said', 'Saying "..." President Fernández
# elaborated': the fragment is the main clause's subject's.
_OPENING_PARTICIPLE: Final = re.compile(
    r"(?:Calling|Saying|Describing|Dubbing|Labell?ing|Branding|Terming|Deeming|Denouncing|"
    r"Blasting|Slamming|Accusing|Warning|Insisting|Arguing|Declaring|Praising)\b")
_AFTER_MARK: Final = " \t\"'”’»,"


def opening_participle_subject(text: str, lo: int, qs: int, qe: int, hi: int,
                               noun_phrase) -> tuple[int, int] | None:
    """Offsets of the main clause's subject after a quoted fragment ``[qs, qe)`` in a sentence
    (from ``lo`` to ``hi``) that opens with a participle of saying or naming ('Calling the bill
    "a total disaster," Sen. Smith said'); ``noun_phrase(text, a, hi)`` reads the subject. None
    when the sentence has another shape or no verb follows the subject."""
    if _OPENING_PARTICIPLE.match(text, lo) is None or qs - lo > 120:
        return None
    if any(c in text[lo:max(lo, qs - 1)] for c in "\"“”,;:"):
        return None  # another quote or clause before the fragment
    k = qe
    while k < hi and text[k] in _AFTER_MARK:
        k += 1
    got = _subject_at(text, k, hi, noun_phrase)
    if got is None and text[k:k + 1].islower():
        # 'Calling the bill "a disaster" for families, Smith said': past the participle's phrase
        comma = text.find(",", k, min(hi, k + 80))
        if comma < 0 or any(c in text[k:comma] for c in "\"“”"):
            return None
        k = comma + 1
        while k < hi and text[k] in " \t":
            k += 1
        got = _subject_at(text, k, hi, noun_phrase)
    return got


def _subject_at(text: str, k: int, hi: int, noun_phrase) -> tuple[int, int] | None:
    """The noun phrase at ``k`` when a verb follows it ("the governor vowed", "he said")."""
    np_ = noun_phrase(text, k, hi)
    if np_ is None or np_[0] != k or not text[k:k + 1].isalpha() or any(
            c in text[np_[0]:np_[1]] for c in "\"“”‘’«»–—") or text[k:np_[1]].split()[0].lower() in (
            _STOP | _OPENS_NO_SUBJECT - _PRONOUN_SUBJECTS) or not (
            _usable(text, *np_) or text[np_[0]:np_[1]].lower() in _PRONOUN_SUBJECTS):
        return None
    rest = text[np_[1]:hi].split()
    verb = rest[0].lower() if rest else ""
    if not (verb.isalpha() and verb.islower() and (verb.endswith(("ed", "s")) or verb in _IRREGULAR)):
        return None  # no verb after it
    return np_


_IRREGULAR: Final = frozenset("said told wrote spoke went gave took made put held".split())


# A named speaker's noun of saying before a that-clause or an "as" that holds a quoted fragment:
# "Trump's claim that the "fake news media" is ...", "Trump's insistence on Friday that the FBI
# had "politicized ..."", "Obama's description of the deal as "historic"". The name is the
# fragment's speaker, not the subject of the sentence that reports the claim.
# (The name opens with its capital, the lookbehind after it: ``(?<![\w'’\-])`` before
# ``(?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*``, the same words in the same order of trial, so that
# the engine skips from capital to capital; see words_not_after.)
_POSSESSIVE: Final = re.compile(
    r"(?P<np>[A-Z](?<![\w'’\-][\s\S])(?:[\w\-.]*\s+[A-Z]){0,3}[\w\-]*)['’]s\s+"
    r"(?:(?:repeated|latest|earlier|own|public|new|false|baseless|unfounded|frequent)\s+)?"
    r"(?:claims?|insistence|assertions?|arguments?|statements?|suggestions?|contention|charges?|"
    r"accusations?|allegations?|warnings?|promises?|pledges?|vows?|remarks?|comments?|"
    r"complaints?|declarations?|description|boasts?|characterization|characterisation)"
    r"(?P<link>(?:\s+(?:on|in|at|last|this|earlier)(?:\s+[\w\-]+){1,2})?\s*,?\s+that"
    r"|\s+of\s+(?:[\w\-'’]+\s+){1,4}as)(?:\s+[^\"“”;]{0,200})?$")


# A pronoun subject right before a naming verb whose object holds the fragment: "an amount he
# described as "remarkable"", "what he called the universal triumph of "..."". The gold names
# that pronoun (it resolves to the same person as the sentence's subject, or to another).
_NAMING_VERB: Final = (r"\s+(?:had\s+|has\s+|once\s+|later\s+)?"
                r"(?:called|calls|termed|terms|dubbed|dubs|labell?ed|labels|branded|brands|"
                r"described\s+as|describes\s+as|characteri[sz]ed\s+as|referred\s+to\s+as)"
                r"(?:\s+[^\"“”;.!?]{0,80})?$")
# (the pronoun not after a word character or an apostrophe, written to open with its first
# letter: see words_not_after)
_NAMING: Final = re.compile(
    "(?P<np>" + words_not_after(("he", "she", "they"), r"[\w'’]") + ")" + _NAMING_VERB)
# "..., which President Trump described as "Obamagate."": the subject of the relative clause
# when it is a name, not the thing the relative pronoun stands for (a description is left to
# the rules that resolve it: "which the agency calls an "attack"" after RIA Novosti)
_RELATIVE_NAMING: Final = re.compile(
    words_not_after(("which", "that", "whom", "what"), r"[\w'’]")
    + r"\s+(?P<np>(?:[A-Z][\w'’\-.]*\s+){0,3}[A-Z][\w'’\-]*)" + _NAMING_VERB)


def fragment_owner(text: str, lo: int, qs: int) -> tuple[int, int] | None:
    """Offsets of the name whose noun of saying ("X's claim that", "X's description of Y as")
    introduces the clause that holds a quoted fragment at ``qs`` (``lo`` the sentence start), or
    of the pronoun subject of a naming verb right before it ("what he called ...", "which
    President Trump described as ..."); None when
    the stretch before the fragment has neither or another quotation follows it.

    >>> t = 'He asked if Trump’s claim that the “fake news media” lie was fair.'
    >>> a, b = fragment_owner(t, 0, t.index("fake"))
    >>> t[a:b]
    'Trump'
    """
    k = qs
    while k > lo and text[k - 1] in "\"“‘' ":
        k -= 1
    found = list(_POSSESSIVE.finditer(text, lo, k))
    m = found[-1] if found else None  # the nearest claim before the fragment
    if m is None:
        named = _NAMING.search(text, lo, k) or _RELATIVE_NAMING.search(text, lo, k)
        return None if named is None else named.span("np")
    a = m.start("np")
    words = m.group("np").split()
    while len(words) > 1 and (words[0].lower().endswith("ing") or words[0].lower() in _OPENERS):
        # "Referencing Trump's description of Obama as": a participle or a conjunction that
        # opens the sentence is no part of the name
        a = text.index(words[1], a + len(words[0]))
        words = words[1:]
    if words[0].lower() in _NOT_SUBJECT or words[0].lower() in _OPENERS:
        return None
    return a, m.end("np")


_OPENERS: Final = frozenset("the a an but and or so yet as when after before if while also".split())
