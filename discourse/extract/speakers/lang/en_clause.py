"""English clause rules of speaker attribution: whose clause a quote belongs to.

The quote extractor gives most quotes their mention from the cue next to them (``X said,
"..."``). These rules read the sentence around a quote when that is not enough, on the plain
text (offsets into the article):

- :func:`sentence_subject`: the subject of the clause that introduces a quote in the middle of a
  sentence ("Ryan Coogler, the director of Black Panther, wrote of Boseman, ``"..."``", "The
  opinion of the Court, released on Wednesday, read in part, ``"..."``", "Mayor de Blasio ... made
  the announcement: ``"..."``");
- :func:`subject_after`: the speaker named right after a quote that opens its sentence
  (``"...!" Macron told the world on Thursday``);
- :func:`prepositional_object`: a mention that is the object of a preposition ("contributor to
  *Slate*", "evolving in *otherwise unrelated frogs*") is not the subject of the saying verb;
- :func:`extend_mention`: a mention cut short is completed: "PG&E" (not "E"), "a March 14, 2019
  NATO press release", "NEOC data", "a statement posted to his official Twitter account",
  "Windsor Locks' first selectman, Chris Kervick";
- :func:`trim_mention`: the name of a mention without its appositive ("Sumeet Singh, a vice
  president at PG&E" -> "Sumeet Singh"; "Steve Peers of the University of Essex" -> "Steve
  Peers"), to resolve it by; a description followed by the name ("The new governor of the
  region, Alexander Moor") keeps both. The mention itself keeps its appositive, as the gold
  annotations do.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.speakers.lang.en_appositive import APPOSITIVE_OPENERS, verb_after_appositive
from discourse.extract.speakers.lang.en_closed_appositive import role_before_verb
from discourse.text.particles import is_joined_particle

__all__ = ["appositive_after", "description_before", "extend_mention", "fragment_subject",
           "interposed_subject", "noun_phrase", "possessed_name", "premodifiers_before",
           "prepositional_object", "sentence_subject", "subject_after", "subject_link",
           "thing_before_name", "trim_mention"]

_WORD: Final = re.compile(r"[^\s,;:]+")
_PRONOUNS: Final = frozenset("he she they it we i".split())
# Lower-case words that end a subject: verbs and auxiliaries that follow one, adverbs of time
# that sit between a subject and its verb, prepositions and relative words that open a modifier.
_VERBS: Final = frozenset("""
    said says told tells wrote writes read reads spoke speaks put gave gives made makes took went
    added adds noted notes stated states tweeted posted found felt held thought wrote spoke
    has had have was is were are will would saw led left sent got kept knew took brought became
    began came ran won lost met paid heard meant chose drew
    could can may might should did does do also later then yesterday today previously further
    just earlier recently still again once now first even only never already who which that
    whose while when where as
    applies reports writes notes claims argues warns estimates believes suggests shows finds
    explains insists contends maintains acknowledges admits denies confirms indicates predicts
    expects thinks hopes fears calls describes announces agrees disagrees recalls remembers
    in on at during after before from with via to by into over about across through under
    without within among against toward towards than
""".split())
# "of" and these may sit inside a name ("Bank of America", "Institute for Space Research").
_NAME_JOINERS: Final = frozenset("of for de van von bin al la le da del der".split())
_OPENERS: Final = frozenset("the a an this that these those his her their its one two three".split())
# A sentence opening with one of these words, up to the first comma, is an adverbial
# ("In a statement, ...", "Meanwhile, ...", "Commenting on the radio communications, ...").
_INTRO: Final = frozenset("""
    in on at during after before for with since following amid speaking commenting asked
    responding writing when while later meanwhile however yesterday today earlier also then
    separately elsewhere additionally still previously
""".split())
_QUOTE_MARKS: Final = "\"“”„‟«»"
_CLOSERS: Final = " \t\"'”’»,"
_SAY_AFTER: Final = frozenset("""
    said says told tells wrote writes tweeted posted added adds noted stated explained argued
    remarked replied responded commented insisted warned declared announced continued
    concluded spoke asked reported
""".split())
_BE_BEFORE: Final = re.compile(r"\b(?:is|was|were|are|been|be|being)\s+(?:\w+\s+)?$")
_QUOTED_AS: Final = re.compile(r"\b(?:quot|cit)(?:ed|es|ing)\s+(?=[^\n]*\bas\s+saying\b)")
_BE: Final = frozenset("is was were are be been being".split())
_FIRST_PERSON: Final = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]e|[Mm]y|[Uu]s|[Oo]ur)\b|\b\w+['’](?:re|m|ve)\b")
_ACCORDING: Final = re.compile(r"\s*[Aa]ccording to ([^,;:\n]{2,80}),")
_SECOND_CLAUSE: Final = re.compile(
    r"(?:,\s*(?:with|while|whereas|but|and|as|although|though|because|since|after|before|"
    r"when|where)\s|;|\s(?:while|whereas|although|because)\s)", re.IGNORECASE)
# A passive clause: its subject is what was said or done, not who said it ("COVID-19 was
# announced to be a "pandemic" by the WHO"). "X was quoted as saying" keeps X.
_PASSIVE: Final = re.compile(r"\b(?:is|was|were|are|been|be|being)\s+(?!quoted\b)(?:\w+ly\s+)?\w+(?:ed|en)\b",
                      re.IGNORECASE)
_PREPOSITIONS: Final = frozenset("in to for at of on with from about against among over into".split())


def _verbish(word: str) -> bool:
    return word in _VERBS or (len(word) > 4 and word.endswith("ed"))


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]


def _skip_intro(text: str, lo: int, hi: int) -> int:
    """Start of the clause after an opening adverbial that ends with a comma."""
    m = _WORD.search(text, lo, hi)
    if m is None:
        return lo
    if m.group().lower().rstrip(",") in _INTRO:
        comma = text.find(",", m.start(), hi)
        if comma >= 0:
            return comma + 1
    return lo


def _noun_phrase(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that opens ``text[lo:hi]``, up to a comma or a verb-like word."""
    words = _words(text, lo, hi)
    if not words:
        return None
    first = words[0][2].lower().rstrip(",")
    if first in _PRONOUNS:
        return words[0][0], words[0][0] + len(first)
    start = end = None
    for a, b, w in words:
        low = w.lower()
        if start is None:
            start = a
        elif not _is_cap(w) and ((_verbish(low) and low not in _NAME_JOINERS) or (
                low.endswith("ing") and len(low) > 5 and end is not None
                and text[start:end].count(" ") >= 1 and text[end - 1].isalpha()
                and _is_cap(text[start:end].split()[-1]))):
            break  # a verb, a preposition, a participle after a name ("Mitsotakis speaking")
        end = b
        if text[b:b + 1] in ",;:" or text[b:b + 1] in _QUOTE_MARKS:
            break
    if start is None or end is None:
        return None
    # no trailing "of", "the", "and"
    span = text[start:end]
    while True:
        last = span.rsplit(None, 1)
        if len(last) == 2 and last[1].lower() in (_NAME_JOINERS | _OPENERS | {"and"}):
            span = last[0]
        else:
            break
    return start, start + len(span)


def noun_phrase(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that opens ``text[lo:hi]`` (a pronoun, or words up to a comma or a verb),
    or None."""
    return _noun_phrase(text, lo, hi)


def _has_name(text: str, a: int, b: int, titles: frozenset[str]) -> bool:
    """Does ``text[a:b]`` hold a capitalised word that is no title or opener ("Alexander")?"""
    return any(_is_cap(w) and w.lower().strip(".") not in titles
               and w.lower() not in _OPENERS for _, _, w in _words(text, a, b))


# Words that open no subject of a saying verb: conjunctions and subordinators (the stretch is a
# speaker's own words, in an interview), and pronoun-like words that name nobody.
_NO_SUBJECT: Final = frozenset("""
    and but so if although though because when while or yet as since once unless whether
    another some this that these those there here it i we you all both each many most
    more related read see watch update note photo video image source
""".split())
_NOT_NAME_START: Final = _OPENERS | _NO_SUBJECT  # no name opens with these (built once)
_CONTRACTION: Final = re.compile(r"['’](?:re|m|ve|ll|d|s\b(?=\s+(?:been|going|not)))|n['’]t\b", re.IGNORECASE)


def subject_link(text: str, a: int, b: int) -> str:
    """How ``text[a:b]`` ties a clause's subject (before ``a``) to a mention after ``b`` that is
    the object of a preposition: ``"modifier"`` when it is nothing but prepositional phrases and
    participles ("from the World Wildlife Fund", "speaking to the"): the mention modifies the
    subject; ``"verb"`` when a verb of saying stands between them ("told Discover Magazine the
    frequency of spiky skulls evolving in"), or a relative or participle clause set off by a
    comma (", which replaced the old show, hosted by"): the subject speaks; else ``""``."""
    words = [w.lower().strip(",()") for _, _, w in _words(text, a, b)]
    if not words:
        return ""
    if any(w in _SAY_AFTER for w in words):
        return "verb"
    if _RELATIVE_AFTER.match(text, a, b) and all(
            _RELATIVE_AFTER.match(", " + part.strip() + " ") for part in text[a:b].split(",")[1:]):
        # "The account for the show, which replaced ..., hosted by": the subject; not when the
        # main clause goes on after the modifier ("The hearing, which ..., was the chance to")
        return "verb"
    if (words[0] in _CHAIN_OPENERS or words[0].endswith("ing")) and not any(
            c in text[a:b] for c in ",;:") and not any(
            (w in _VERBS and w not in _CHAIN_OPENERS | _NAME_JOINERS)
            or (len(w) > 4 and w.endswith("ed")) for w in words):
        return "modifier"
    return ""


_RELATIVE_AFTER: Final = re.compile(r",\s+(?:which|who|whose|\w{3,}ed)\s")
_CHAIN_OPENERS: Final = frozenset(
    "from of at in on with for to between mostly mainly largely chiefly".split())


# "another" alone before a verb of saying and the quote.
_ANOTHER_SAID: Final = re.compile(
    r"(?:(?:And|But|Yet|Then)\s+)?(?P<np>[Aa]nother)\s+(?:wrote|writes|said|says|tweeted|posted|"
    r"added|commented|replied|responded|complained|joked)\s*[:,]?\s*$")


# An apostrophe, where a subject's first word is cut ("Trump's" -> "trump"; compiled once).
_APOSTROPHE: Final = re.compile(r"['’]")


def sentence_subject(text: str, lo: int, hi: int, titles: frozenset[str] = frozenset()
                     ) -> tuple[int, int] | None:
    """Offsets of the subject of the clause ``text[lo:hi]`` (a sentence start up to a quote that
    opens at ``hi``), or None when the stretch is no clause of its own (no verb after a subject,
    another quotation in it).

    >>> t = 'Ryan Coogler, the director of Black Panther, wrote of Boseman, "I noticed'
    >>> s = sentence_subject(t, 0, t.index('"')); t[s[0]:s[1]]
    'Ryan Coogler, the director of Black Panther'
    """
    if any(c in text[lo:hi] for c in _QUOTE_MARKS):
        return None
    # "Politico quoted Tim Manning, formerly a deputy administrator, as saying": the one quoted
    relayed = _QUOTED_AS.search(text, lo, hi)
    if relayed is not None and not text.startswith("as ", relayed.end()) and not (
            _BE_BEFORE.search(text, lo, relayed.start())):  # "X is often quoted ... as saying"
        got = _noun_phrase(text, relayed.end(), hi)
        return None if got is None else (got[0], _with_appositive(text, *got, hi, titles)[0])
    # "According to U.S. Attorney Bash, the manifesto ...:": the one it is according to
    m = _ACCORDING.match(text, lo, hi)
    if m is not None:
        if not _SAYING_BEFORE.search(text, m.end(), hi):
            return m.span(1)
        # 'According to the Tribune, Vernetta Robinzine talks of her gun by saying, "...': the
        # one who says it in the report, not the report
        lo = m.end()
    lo = _skip_intro(text, lo, hi)
    np_ = _noun_phrase(text, lo, hi)
    if np_ is None:
        return None
    a, b = np_
    first = _APOSTROPHE.split(text[a:b].split()[0].lower().strip(","))[0]
    another = _ANOTHER_SAID.match(text, a, hi)
    if another is not None:
        # "And another wrote: ...": one more of the people quoted before, the subject of a verb
        # of saying (not "Another was tour manager Thomas Gray")
        return another.span("np")
    if first in _NO_SUBJECT or _CONTRACTION.search(text, a, b) or "(" in text[a:b]:
        return None  # "And she", "If they're legit concerns", "Another", "((Interviewer))"
    if _FIRST_PERSON.search(text, lo, hi):
        return None  # the stretch is somebody's own words (an interview answer)
    b, rest = _with_appositive(text, a, b, hi, titles)
    # the clause needs a lower-case word after its subject: its verb; and no second clause
    # with a subject of its own between them ("..., with the latter confirming they were")
    lower = [(s, w.lower()) for s, _, w in _words(text, rest, hi) if w[:1].islower()]
    verbs = [w for _, w in lower]
    if not verbs or verbs[0] in _BE or _SECOND_CLAUSE.search(text, rest, hi):
        return None  # no verb; "X was ..." describes X; another clause
    # a passive in the main verb's group ("The plan has been rejected by") or right before the
    # quote ("He found it curious he was called a "), not one further in the clause it reports
    # ("X issued a statement agreeing the issue should be decided by voters and not by judges",
    # "The Department issued a statement that an inmate had been stabbed: ")
    passive = _PASSIVE.search(text, rest, hi)
    if passive is not None and (len(lower) < 4 or passive.start() < lower[3][0] or (
            len(_words(text, passive.end(), hi)) <= 2 and not text[lo:hi].rstrip().endswith(":"))):
        return None
    return a, b


_SAYING_BEFORE: Final = re.compile(r"\b(?:saying|said|says|told|tells|adding|added|wrote|writes|stated)"
                            r"\W*$")


def _with_appositive(text: str, a: int, b: int, hi: int, titles: frozenset[str]
                     ) -> tuple[int, int]:
    """``(end of the mention, end of the phrase)`` for a noun phrase ``text[a:b]`` that may be
    followed by an appositive between commas ("Mayor de Blasio, a member of the Democratic
    Party, spoke"): the gold mentions keep the appositive. A description takes it only when it
    names somebody ("The new governor of the region, Alexander Moor"); a verb or a relative
    word opens no appositive ("The opinion of the Court, released on Wednesday, read")."""
    if text[b:b + 1] != ",":
        return b, b
    end = text.find(",", b + 1, hi)
    words = _words(text, b + 1, end) if end > 0 else []
    first = words[0][2].lower() if words else ""
    # a role with its institution runs long ("Chair In Global Islamic Politics in the Faculty of
    # Arts and Education at the Deakin University"); a list of items would hold no name
    if not words or end - b > 140 or _verbish(first) or first.endswith("ing") or any(
            w.lower() in _SAY_AFTER for _, _, w in words):
        return b, b
    head_is_name = text[a:a + 1].isupper() and text[a:b].split()[0].lower() not in _OPENERS
    if head_is_name or _has_name(text, b + 1, end, titles):
        return words[-1][1], end + 1
    return b, end + 1

# Verbs that put a quoted fragment in somebody's mouth: "X called it a "pattern of abuse"",
# "X found Y "was motivated by ..."", "..., accusing the president of "not wanting ..."".
_FRAGMENT_VERBS: Final = frozenset("""
    said says called calls termed terms described describes accused accuses accusing found
    finds claimed claims warned warns wrote writes noted notes added adds stated states
    declared declares denounced labelled labeled dubbed branded praised saying calling
    describing claiming warning noting adding concluded argued insisted urged told tells
    referred referring cited citing blamed blaming promised vowed pledged
""".split())


def fragment_subject(text: str, lo: int, hi: int, titles: frozenset[str] = frozenset()
                     ) -> tuple[int, int] | None:
    """:func:`sentence_subject` for a quoted fragment inside the author's sentence, when the
    clause's own verb puts it in the subject's mouth: the main verb is one of saying or naming
    ("The comments called her party ..."), or such a participle follows a comma ("..., accusing
    the president of"); "a process called" is no such verb."""
    sub = sentence_subject(text, lo, hi, titles)
    if sub is None:
        return None
    # "X has escalated ... and has called him": the auxiliary after "and" is read past
    ws = _words(text, sub[1], hi)
    words = [x for j, x in enumerate(ws) if not (j and x[2] in _HAVE and ws[j - 1][2] == "and")]
    # the main verb: the first lower-case word after the subject (and its appositive)
    main = next((w.lower() for _, _, w in words if w[:1].islower()), "")
    if main in _FRAGMENT_VERBS:
        return sub
    for (_a, b, w), (_a2, _b2, w2) in zip(words, words[1:], strict=False):
        if text[b:b + 1] == "," and w2.lower() in _FRAGMENT_VERBS and w2.lower().endswith("ing"):
            return sub
        if w == "and" and w2.lower() in _FRAGMENT_VERBS and not w2.lower().endswith("ing") and (
                main.endswith("ed") or main in _PAST_MAIN):
            return sub  # "X blasted a report and accused the Times of": a second verb of X's
    return None


# Irregular past tenses that may stand as the main verb before "and <verb of saying>".
_PAST_MAIN: Final = frozenset("met spoke took gave made went held sent hit struck has have had".split())
_HAVE: Final = frozenset(("has", "have", "had"))


# Adverbs between a speaker named after a quote and the verb of saying.
_BEFORE_SAY: Final = frozenset("also later then again earlier further".split())


def subject_after(text: str, pos: int, hi: int, titles: frozenset[str] = frozenset()
                  ) -> tuple[int, int] | None:
    """Offsets of the speaker named right after a quote that ends at ``pos``, when a verb of
    saying follows it in the same sentence (``"..." Macron told the world``), else None."""
    k = pos
    while k < hi and text[k] in _CLOSERS:
        k += 1
    m = _ACCORDING_AFTER.match(text, k, hi)
    if m is not None:
        return _according_source(text, *m.span(1), titles)
    words = _words(text, k, min(hi, k + 120))
    name_end = None
    for i, (_a, b, w) in enumerate(words):
        core = w.rstrip(".,")
        if i == 0 and core.lower() in _PRONOUNS - {"it", "we", "i"} and len(words) > 1:
            name_end = b
            nxt = words[1][2].lower().rstrip(".,")
            if nxt in _SAY_AFTER and _opens_next_quote(text, pos, words[1][1], hi):
                return None
            return (k, b) if nxt in _SAY_AFTER else None
        if _is_cap(core) or (name_end is not None and (
                core in _NAME_JOINERS or is_joined_particle(core))):
            name_end = b
            continue
        if name_end is None:
            return None
        if text[name_end:name_end + 1] == "," and (core[:1].islower() or core in ("A", "An", "The")):
            # '"...," Anna Berg, press secretary for the campaign told': no comma closes the role
            end = role_before_verb(text, words[i][0], hi, _SAY_AFTER, frozenset())
            if end is not None and _has_name(text, k, name_end, titles):
                return k, end
        if text[name_end:name_end + 1] == "," and core.lower() in APPOSITIVE_OPENERS:
            # '"...," Jay Sekulow, who serves as attorney for both X and Y, said': the name, past
            # its appositive or relative clause, before the verb of saying
            verb_end = verb_after_appositive(text, words[i][0], hi, _SAY_AFTER)
            ms, me = k, name_end
            if (verb_end is not None and _has_name(text, ms, me, titles)
                    and not _opens_next_quote(text, pos, verb_end, hi)):
                return ms, me
            return None
        if (core == "and" and text[name_end - 1] not in ".," and i + 1 < len(words)
                and _is_cap(words[i + 1][2])):
            continue  # "Sens. Ann Bell and Tom Hale said": a list of names
        if (core.lower() in _BEFORE_SAY and i + 1 < len(words)
                and words[i + 1][2].lower().rstrip(".,") in _SAY_AFTER):
            continue  # '"...," Pelosi and Schumer also said'
        if core.lower() in _SAY_AFTER and text[name_end - 1] not in ".,":
            ms, me = k, name_end
            if not _has_name(text, ms, me, titles) or _opens_next_quote(text, pos, b, hi):
                return None
            return ms, me
        return None
    return None


_INTRODUCES_QUOTE: Final = re.compile(r"[^.!?\"“”\n]{0,80}?[,:]\s*[\"“]")


def _opens_next_quote(text: str, pos: int, verb_end: int, hi: int) -> bool:
    """Does a quote that ends its sentence at ``pos`` stand before a new sentence whose verb of
    saying (ending at ``verb_end``) introduces the next quote ('"... together." He posted on
    Twitter, "Today we ..."')? Then that sentence's subject speaks the next quote, not this one."""
    j = pos
    while j > 0 and text[j - 1] in _CLOSERS:
        j -= 1
    return text[j - 1:j] in (".", "!", "?") and _INTRODUCES_QUOTE.match(text, verb_end, hi) is not None


# '"...," according to a tweet on Monday by US Secretary of State Mike Pompeo.': the source
# runs to the end of the clause (a full stop before a space, a comma, a colon).
_ACCORDING_AFTER: Final = re.compile(r"according to\s+([^,;:\n\"“”]{2,120}?)(?=\.\s|\.$|[,;:\n]|$)")
_BY_AUTHOR: Final = re.compile(r"\bby\s+(?=[A-Z])")


def _according_source(text: str, a: int, b: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """The one a quote is according to, ``text[a:b]``: the author of a document named there
    ("a tweet on Monday by US Secretary of State Mike Pompeo" -> the Secretary), else the
    whole phrase when it names somebody ("according to Reuters"); None for "according to
    reports"."""
    by = _BY_AUTHOR.search(text, a, b)
    if by is not None and any(w.lower() in _DOCUMENTS for _, _, w in _words(text, a, by.start())):
        a = by.end()
    return (a, b) if _has_name(text, a, b, titles) else None


_CLAUSE_OPENERS: Final = re.compile(r"(?:(?:^|[,;]\s+|\s)(?:while|whereas|and|but|as)\s+|[,;:]\s+)$")
_INTERPOSED_PREP: Final = re.compile(r",\s+(?:in|on|at|via|during|through)\s+(?:an?\s+|the\s+|its\s+"
                              r"|his\s+|her\s+|their\s+)?$")
_VERB_AFTER_COMMA: Final = re.compile(r"[^,;:.\"“”]{0,80}?,\s+(?:also\s+)?([a-z]+)\b")


def interposed_subject(text: str, lo: int, ms: int, me: int) -> tuple[int, int] | None:
    """The subject of a clause whose mention ``text[ms:me]`` sits in a prepositional phrase set
    off by commas between the subject and its verb ("while ALDI, in a Facebook post on Tuesday,
    called it": ALDI, not a Facebook), within the sentence from ``lo``; None when the mention
    is no such object or the words before the phrase are no name or pronoun."""
    prep = _INTERPOSED_PREP.search(text, max(lo, ms - 20), ms)
    if prep is None:
        return None
    verb = _VERB_AFTER_COMMA.match(text, me)
    if verb is None or not (verb.group(1) in _SAY_AFTER or verb.group(1) in _FRAGMENT_VERBS):
        return None
    end = prep.start()
    words = _words(text, lo, end)
    k = len(words)
    while k > 0 and (_is_cap(words[k - 1][2]) or (k < len(words)
                                                   and words[k - 1][2].lower() in _NAME_JOINERS)):
        k -= 1
    if k < len(words) and words[k][2].lower() in _NAME_JOINERS:
        k += 1
    if k == len(words):
        if words and words[-1][2].lower() in _PRONOUNS - {"it", "i", "we"}:
            k -= 1  # "he, in an interview with CNN, said"
        else:
            return None
    a = words[k][0]
    if (text[lo:a].strip() and not _CLAUSE_OPENERS.search(text[lo:a])) or (
            words[k][2].lower() in _OPENERS):
        return None  # the name is no subject of its own clause ("the plan of ALDI, in ...")
    return a, end


def prepositional_object(text: str, lo: int, ms: int) -> bool:
    """Is the mention at ``ms`` the object of a preposition ("contributor to Slate", "in
    otherwise unrelated frogs")? "according to X" and "by X" name a speaker and do not count,
    but for "by" after a participle ("hosted by X": the agent in a modifier of the subject)."""
    before = text[lo:ms].split()
    if not before:
        return False
    word = before[-1].lower()
    if word in ("the", "a", "an") and len(before) > 1:
        word = before[-2].lower()
        before = before[:-1]
    if word == "by" and len(before) > 1 and _AGENT_PARTICIPLE.fullmatch(before[-2].lower()):
        return True  # "The show, hosted by Bernard McGuirk, tweeted": the agent of a modifier
    if word not in _PREPOSITIONS:
        return False
    return not (word == "to" and len(before) > 1 and before[-2].lower() in ("according", "told"))


# A participle whose "by" names the agent of a modifier, not a speaker ("hosted by", "run by");
# the author of a document still speaks ("a memo posted by").
_AGENT_PARTICIPLE: Final = re.compile(r"(?!(?:said|stated|reported|told|quoted|cited|announced|posted|"
                               r"released|issued|published|signed|filed|tweeted|shared)$)"
                               r"(?:\w{3,}ed|run|led|owned|held)")


# What opens a place of work after a name ("Steve Peers of the University of Essex").
_OF_FROM_AT: Final = re.compile(r"\s(?:of|from|at)\s")


def trim_mention(text: str, ms: int, me: int, titles: frozenset[str] = frozenset()
                 ) -> tuple[int, int]:
    """The mention ``text[ms:me]`` without what follows its name: an appositive after a comma
    ("Lisa Parry, a retired nurse"), a place of work after "of" ("Steve Peers of the University of
    Essex"). A mention headed by a description keeps the name after it; a title before "of"
    ("President of Ukraine Volodymyr Zelenskyy") is no name and keeps the whole."""
    span = text[ms:me]
    author = document_author(span)
    if author is not None:
        return ms + author[0], ms + author[1]
    comma = span.find(",")
    if comma > 0 and _all_capitalised(span[:comma].split(" of ")[0]):
        span = span[:comma].rstrip()  # "Sumeet Singh, a vice president", not "Another
        # eyewitness, Nicole Towarek" or "Merkel's spokesperson, Steffen Seibert"
    of = _OF_FROM_AT.search(span)
    if of and _person_before(text[ms:ms + of.start()], titles):
        span = span[:of.start()]
    return ms, ms + len(span.rstrip(" ,;:"))


def _all_capitalised(head: str) -> bool:
    """Is ``head`` a name: every word capitalised or an initial, the first no determiner?"""
    words = head.split()
    return bool(words) and words[0].lower() not in _NOT_NAME_START and all(
        w[:1].isupper() or w in _NAME_JOINERS for w in words)


def _person_before(head: str, titles: frozenset[str]) -> bool:
    """Does ``head`` end with two capitalised words that are not titles or organisation words
    ("Steve Peers", not "Supreme Court")?"""
    words = head.split()
    caps = [w for w in words[-2:] if w[:1].isupper() and w.lower().strip(".") not in titles]
    return len(words) >= 2 and len(caps) == 2


# Nouns of documents and data that speak for their authors ("according to a statement").
_DOCUMENTS: Final = frozenset("""
    statement statements memo memorandum report reports release letter post posts tweet filing
    study survey data figures ruling summary schedule records estimates numbers document
    documents announcement notice decree complaint transcript
""".split())
_AMP_BEFORE: Final = re.compile(r"[A-Za-z0-9]+&$")
_AMP_AFTER: Final = re.compile(r"&[A-Za-z0-9]+")
_YEAR_AFTER: Final = re.compile(r",\s*\d{4}\b[^,.;:\n\"“”]{0,60}")
# After a name only nouns that are never verbs ("Rudaw reports" is a verb).
_DATA_AFTER: Final = re.compile(r"\s+(?:data|figures|statistics|records|numbers)\b")
_MODIFIER_AFTER: Final = re.compile(r"\s+(?:posted|released|issued|published|sent|filed|written|signed|"
                             r"made|given|by|from)\b[^,.;:\n\"“”]{1,80}")
_POSSESSIVE_AFTER: Final = re.compile(r"(?:'s|’s|'|’)\s+[a-z][\w\- ]{1,40}?(?=,)(?:,\s+[A-Z][\w'’.\-]+"
                               r"(?:\s+[A-Z][\w'’.\-]+){1,3}(?=[,.;\s]))?")
# "the United Nations' Food and Agriculture Organization's chief veterinary officer,": an
# organisation's possessive between the name and the role.
_POSSESSIVE_CHAIN: Final = re.compile(r"(?:'s|’s|'|’)\s+(?:[A-Z][\w\-]*\s+(?:(?:and|of|for|the)\s+)?)"
                               r"{0,6}[A-Z][\w\-]*(?:'s|’s)\s+[a-z][\w\- ]{1,40}?(?=,)")
# The rest of a name with "from"/"of"/"for" that the extractor cut ("Notes| from Poland (NFP),",
# "Doctors| Without Borders"): capitalised words only, an abbreviation in brackets, then a comma,
# a verb of saying or the end of the sentence.
_NAME_FROM: Final = re.compile(r"\s+(?:from|of|for)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
                        r"(?:\s*\([A-Z][\w&]{1,9}\))?(?=\s*[,;:.]|\s+(?:said|says|told|reported|"
                        r"reports|stated|wrote|announced)\b)")
_BY_NAME: Final = re.compile(r"\bby\s+((?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’.\-]*)")


def extend_mention(text: str, ms: int, me: int) -> tuple[int, int]:
    """The mention ``text[ms:me]`` completed where the quote extractor cut it short: across
    "&" ("PG&E"), a year after a date ("a March 14, 2019 NATO press release"), the noun of a
    document or data after a name ("NEOC data"), the modifier of a document ("a statement posted
    to his official Twitter account", "a memo posted online by Senator Juan Dalmau"), a
    possessive ("Windsor Locks' first selectman, Chris Kervick"), a chain of them ("the United
    Nations' Food and Agriculture Organization's chief veterinary officer")."""
    m = _AMP_BEFORE.search(text, max(0, ms - 20), ms)
    if m:
        ms = m.start()
    m = _AMP_AFTER.match(text, me)
    if m:
        me = m.end()
    if text[ms:me].rstrip()[-1:].isdigit():
        m = _YEAR_AFTER.match(text, me)
        if m:
            me = m.end()
    m = _DATA_AFTER.match(text, me)
    if m and text[ms:me][:1].isupper():
        me = m.end()
    m = _POSSESSIVE_AFTER.match(text, me) or _POSSESSIVE_CHAIN.match(text, me)
    if m:
        me = m.end()
    elif _all_capitalised(text[ms:me]):
        m = _NAME_FROM.match(text, me)
        if m:
            me = m.end()  # "Notes from Poland (NFP)", not "Notes"
    words = text[ms:me].lower().split()
    if words and words[-1] in _DOCUMENTS:
        m = _MODIFIER_AFTER.match(text, me)
        if m:
            me = _modifier_end(text, m.start(), m.end())
    return ms, me


# Words after a document's modifier that open something else: an adverbial of time or the main
# clause's verb ("A tweet sent from Biden's account during the debate repeated ...").
_MODIFIER_STOP: Final = re.compile(r"\s+(?:during|after|before|when|while|as|since|until|following|"
                            r"has|had|have|was|were|is|are|will|would|also|[a-z]{3,}ed)\b")


def _modifier_end(text: str, a: int, b: int) -> int:
    """End of a document's modifier ``text[a:b]`` ("sent from Biden's Twitter account"): before
    a word that opens an adverbial of time or the main clause's verb after its first word."""
    first = re.match(r"\s+\S+", text[a:b])
    lo = a + (first.end() if first else 0)
    for m in _MODIFIER_STOP.finditer(text, lo, b):
        before = text[lo:m.start()].split()
        if m.group().strip().endswith("ed") and before and (
                before[-1].lower() in _OPENERS or before[-1].lower() in _PREPOSITIONS
                or before[-1].lower() == "by"):
            continue  # "signed by concerned parents": an adjective, not the main verb
        return m.start()
    return b


_SENTENCE_BREAK: Final = re.compile(r"(?:[.!?][\"”’']?\s+|\n)")


def description_before(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """Start of a name mention ``text[ms:me]`` with the description it is the appositive of
    ("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said"): the sentence
    start when only a noun phrase ending in a speaker's noun (``heads``: "spokesperson",
    "official"), or in such a noun and the institution it serves ("A member of the Tunisian
    Parliament"), stands before the name and its comma, and a comma or a verb of saying closes
    the name ("England's transport secretary, Grant Shapps said"); else ``ms``. An adverbial
    ("Last week, Steffen Seibert") or a clause before the name keeps ``ms``; an opening
    adverbial before the description is left out ("Yesterday, England's transport secretary,
    Grant Shapps, announced")."""
    if text[max(0, ms - 2):ms] != ", " or not (
            text[me:me + 1] == "," or _SAY_NEXT.match(text, me)):
        return ms
    if not _all_capitalised(text[ms:me]):
        return ms
    lo = max(0, ms - 160)
    breaks = list(_SENTENCE_BREAK.finditer(text, lo, ms - 2))
    start = breaks[-1].end() if breaks else (lo if lo == 0 else -1)
    if start < 0:
        return ms
    # "Yesterday, England's transport secretary, Grant Shapps": after an opening adverbial
    start = _skip_intro(text, start, ms - 2)
    while start < ms and text[start] in " \t":
        start += 1
    words = _words(text, start, ms - 2)
    # "His daughter, and member of the INC, Sharmistha Mukherjee": a second role after ", and"
    # belongs to the same description; any other comma ends it
    desc = _COMMA_AND.sub("  and ", text[start:ms - 2])
    if not words or len(words) > 12 or any(c in desc for c in _QUOTE_MARKS + "(),"):
        return ms
    low = [w.lower() for _, _, w in words]
    if low[0] in _INTRO or not _is_cap(words[0][2]) and low[0] not in _OPENERS:
        return ms
    # a kin noun names a person too ("Godbolt's stepfather-in-law, Vincent Mitchell, says")
    kin = re.sub(r"^(?:step|great-|grand(?=mother|father))|-in-law$", "", low[-1])
    if low[-1] not in heads and kin not in _KIN and not _serves_institution(words, low, heads):
        return ms
    # a capitalised word is a name's, not a verb ("a United States Department of State
    # spokesperson, Morgan Ortagus")
    if any(_verbish(lw) and not _is_cap(w) and lw not in _NAME_JOINERS | _OPENERS | {"and"}
           for (_, _, w), lw in zip(words[:-1], low[:-1], strict=True)):
        return ms
    return start


_COMMA_AND: Final = re.compile(r",\s+and\s+")


# "Samir Dilou said": a verb of saying right after the name closes it like a comma.
_SAY_NEXT: Final = re.compile(r"\s+(?:" + "|".join(sorted(_SAY_AFTER)) + r")\b")


def _serves_institution(words: list[tuple[int, int, str]], low: list[str], heads: frozenset[str]
                        ) -> bool:
    """Does the description end in a speaker's noun and the institution after "of"/"for"/"at"
    ("A member of the Tunisian Parliament", "the head of the Red Cross"): capitalised words and
    articles only after the preposition?"""
    for k in range(len(low) - 2, 0, -1):
        if low[k] in ("of", "for", "at") and low[k - 1] in heads:
            rest = words[k + 1:]
            return bool(rest) and _is_cap(rest[-1][2]) and all(
                _is_cap(w) or lw in _OPENERS or lw in _NAME_JOINERS or lw == "and"
                for (_, _, w), lw in zip(rest, low[k + 1:], strict=True))
    return False


_THING_THEN_NAME: Final = re.compile(r"(?:(?:the|a|an|this|that|his|her|its|their)\s+)?"
                              r"(?:[a-z][a-z\-]*\s+){0,3}?(?P<noun>[a-z][a-z\-]*)\s+"
                              r"(?P<name>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*)")
# The mention follows one of these: its opening noun belongs to an adverbial before the subject.
_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:of|with|after|at|in|on|during|following|from|for|over|"
                                 r"under|about|before|since|amid)\s+$", re.IGNORECASE)
# Endings of nouns for people ("performer", "ecologist", "historian", "consultant",
# "spokesman", "employee"): before a name they describe it.
_PERSON_ENDING: Final = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|ee|eer|ster|ive|al)s?$")
_KIN: Final = frozenset("""
    wife husband son daughter mother father brother sister aunt uncle cousin niece nephew widow
    widower partner fiancée fiance fiancee friend colleague boss mentor girlfriend boyfriend
    grandson granddaughter grandmother grandfather child children mom dad late
""".split())


def thing_before_name(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """Start of the name in a mention that follows a preposition and opens with a noun for no
    person right before the name ("Speaking at the beginning of the service Dean Stephen Forde
    said", "With the acquisition Salling said": the extractor took the end of an adverbial for
    the subject), else ``ms``. A noun for a person stays ("performer Rob Bartlett", "his wife
    Mary", "the spokesman John Kirby")."""
    m = _THING_THEN_NAME.fullmatch(text, ms, me)
    if m is None or not _PREPOSITION_BEFORE.search(text, max(0, ms - 12), ms):
        return ms
    noun = m.group("noun")
    phrase = text[ms:m.start("name")].lower().split()
    if any(w in _OPENERS or w in _NAME_JOINERS or w in _PREPOSITIONS or w == "and"
           for w in phrase[1:]):
        return ms  # "the integrity of the entire Clinton", "the state of Pennsylvania"
    if (noun in heads or noun in _KIN or noun in _OPENERS or _PERSON_ENDING.search(noun)
            or _verbish(noun)):
        return ms
    return m.start("name")


_BARE_APPOSITIVE: Final = re.compile(
    r",\s+(?P<role>[a-z][^,;:.\"“”()]{2,100}?),\s+(?:also\s+)?(?P<verb>[a-z]+)\b")


def appositive_after(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """End of a name mention ``text[ms:me]`` with the role after it that has no article ("Dr
    Gary Mortimer, retail expert from Queensland University of Technology, said"), as the gold
    keeps it: a speaker's noun in its first three words and a verb of saying after its closing
    comma; else ``me``. An adverbial ("Cruz, in remarks to ABC, said") is no role."""
    if not _all_capitalised(text[ms:me]):
        return me
    m = _BARE_APPOSITIVE.match(text, me)
    if m is None or m.group("verb") not in _SAY_AFTER:
        return me
    words = m.group("role").lower().split()
    if _SPEAKING_FOR.match(m.group("role")) and any(_is_cap(w) for w in m.group("role").split()):
        # "Ali Reza Raisi, speaking for the country's Health Ministry, reported": a role, the
        # institution named ("speaking to reporters" is an adverbial, below)
        return m.end("role")
    if words[0] in _PREPOSITIONS or words[0] in _INTRO or words[0].endswith("ing") or (
            _verbish(words[0]) and words[0] not in _NAME_JOINERS):
        return me  # "in remarks to ABC", "speaking to reporters", "who chairs the board"
    if not any(w in heads for w in words[:3]):
        return me
    return m.end("role")


_SPEAKING_FOR: Final = re.compile(r"speaking\s+(?:for|on\s+behalf\s+of)\s")


_PREMODIFIER_WORDS: Final = _NAME_JOINERS | _OPENERS | frozenset("and in at on".split())


def premodifiers_before(text: str, ms: int, heads: frozenset[str]) -> int:
    """Start of a mention opening with a lower-case noun for a person ("performer Rob Bartlett")
    with the words before it that describe the same person, from the sentence start
    ("Longtime Imus in the Morning writer and performer Rob Bartlett tweeted"): capitalised
    words, "and", articles and joiners only, no comma, verb or opening adverbial; else ``ms``."""
    m = _WORD.search(text, ms, ms + 40)
    if m is None:
        return ms
    first = m.group().lower()
    if not m.group()[:1].islower() and (first not in heads or first in _OPENERS):
        return ms  # a capitalised title heads it too ("... leader and Prime Minister X")
    if first not in heads and not _PERSON_ENDING.search(first):
        return ms
    lo = max(0, ms - 160)
    breaks = list(_SENTENCE_BREAK.finditer(text, lo, ms))
    start = breaks[-1].end() if breaks else (lo if lo == 0 else -1)
    if start < 0 or start >= ms:
        return ms
    before = _words(text, start, ms)
    if not before or len(before) > 10 or any(c in text[start:ms] for c in _QUOTE_MARKS + ",;:()"):
        return ms
    low = [w.lower() for _, _, w in before]
    if len(low) < 2 or low[0] in _INTRO or not _is_cap(before[0][2]) or low[-1] != "and":
        return ms  # only a coordination of roles ("writer and performer") reaches back
    if any(not _is_cap(w) and lw not in _PREMODIFIER_WORDS and lw not in heads
           and not _PERSON_ENDING.search(lw) for (_, _, w), lw in zip(before, low, strict=True)):
        return ms
    return start


_POSSESSOR: Final = re.compile(r"\S['’]s?\s")


def possessed_name(text: str, ms: int, me: int, heads: frozenset[str]) -> int | None:
    """Start of the name in a mention "description of somebody's, Name" ("Daily Xtra's editorial
    director, Rachel Giese"), to resolve it by: not the possessor; None for other mentions."""
    comma = text.rfind(", ", ms, me)
    if comma <= ms or not _all_capitalised(text[comma + 2:me]):
        return None
    words = text[ms:comma].lower().split()
    if not _POSSESSOR.search(text, ms, comma) or words[-1] not in heads:
        return None
    return comma + 2


def document_author(mention: str) -> tuple[int, int] | None:
    """The author in a mention of a document ("a memo posted online by Senator Juan Dalmau" ->
    "Senator Juan Dalmau"), None when the mention names no document and author."""
    words = mention.lower().split()
    if not any(w in _DOCUMENTS for w in words[:4]):
        return None
    m = _BY_NAME.search(mention)
    return None if m is None else m.span(1)
