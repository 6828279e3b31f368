"""English: who speaks a report opened by a participle of saying.

News English opens many reports with a participle of saying right before them ("saying",
"claiming", "announcing", "confirming", "alleging", ...). One list of those participles, and
the shapes that name the participle's speaker, each read for every participle of the list:

- after "with" and the participle's own subject: "with officials saying P", "with the latter
  yesterday confirming on Twitter P" (a time adverb after the subject is left out);
- after a source that a verb of citing names: "referring to commentary on talk radio
  suggesting P", "cited a report by the inspector general saying P";
- after the object of a verb that issues a statement or holds an event: "the city issued a
  follow-up statement announcing P", "X filed a motion claiming P": the clause's subject
  speaks (no comma between it and its verb: "Last week, the paper published a report" must
  not give "Last week"; "She and the school board released": both);
- the noun phrase that opens the sentence right before the participle: "Several conservative
  groups claiming P gathered";
- after "by", "for", "after", ... or a comma that closes the clause: "the parents tried to have
  him released by saying P", "Biden ... countered claims about his acuity, declaring that P":
  the clause's subject.

Reads plain text between a sentence start and a report; returns the speaker's offsets or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from discourse.extract.speakers.lang.en_inner import _OPENS_NO_SUBJECT, _STOP, _usable

__all__ = ["participle_source", "participle_subject"]

Span = tuple[int, int]
ClauseSubject = Callable[[str, int, int], Span | None]

# The participles of saying, right before the report ("that" and an opening mark allowed).
_PARTICIPLE = re.compile(
    r"\b(?:saying|claiming|arguing|adding|insisting|warning|noting|stating|asserting|suggesting|"
    r"announcing|confirming|reporting|declaring|alleging|explaining|stressing|emphasi[sz]ing|"
    r"acknowledging|contending|maintaining|predicting)(?:\s+that)?\s*[\"“]?\s*$")
# "with" and the participle's subject, up to six words, a time adverb after it left out.
_WITH_NP = re.compile(
    r"\bwith\s+(?P<np>(?:[\w'’.\-]+\s+){0,5}?[\w'’.\-]+?)"
    r"(?:\s+(?:yesterday|today|also|later|now|then|earlier|again|on\s+(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day))?\s+$")
# "referring to commentary ... suggesting": the source that a verb of citing names.
_CITED_NP = re.compile(
    r"\b(?:(?:referring|referred|refer|refers|pointing|pointed|point|points)\s+to|citing|cited|"
    r"cite|cites)\s+((?:[\w'’.\-]+\s+){0,7}?[\w'’.\-]+?)(?:\s+as)?\s+$")
# A verb that issues a statement or holds an event, its object (up to three modifiers before
# the noun), a short phrase after it: the clause's subject speaks.
_ISSUED = re.compile(
    r"\b(?:issued|issues|released|releases|published|publishes|posted|posts|sent|sends|signed|"
    r"signs|filed|files|held|holds|gave|gives|delivered|delivers|made|makes|put\s+out)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:statement|letter|"
    r"press\s+conference|news\s+conference|press\s+release|report|complaint|lawsuit|motion|"
    r"filing|memo|message|video|declaration|speech|address|announcement|advisory|notice|"
    r"update|bulletin|tweet|post|ruling|opinion|communiqué|communique)"
    r"(?:\s+(?:on|in|to|with|via|at|from)\s+[^,;:\"“”]{1,40}?)?,?\s+$")
# The second member of a coordinated subject, up to the issuing verb ("She | and the school
# board | released a statement").
_AND_NP = re.compile(r"\s+and\s+((?:[\w'’.\-]+\s+){0,4}?[\w'’.\-]+)\s+")
# A participle after one of these reports the clause's subject ("tried to ... by saying").
_ADVERBIAL_BEFORE = re.compile(r"(?:\b(?:by|for|after|before|while|when|in)|,(?:\s+and)?)\s+$")
# Words that make a noun phrase no speaker: pronouns that name nobody alone, relatives.
_NOT_SUBJECT = frozenset(
    "it this that these those there here which what who whom we you us them".split())
# Marks a short plain subject does not hold.
_MARKS = ",;:\"“”()—"


def _verb_like(word: str) -> bool:
    """A lower-case past tense or participle in "-ed" (a verb, not a noun phrase's word)."""
    return word[:1].islower() and len(word) > 4 and word.endswith("ed")


def _plain_np(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a short noun phrase: at most six words, no verb, preposition or mark,
    a first word that names someone?"""
    words = text[a:b].split()
    return 0 < len(words) <= 6 and not any(c in text[a:b] for c in _MARKS) and not any(
        w.lower() in _STOP or _verb_like(w) for w in words) and _usable(text, a, b)


def _plain(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a short noun phrase, prepositions allowed ("the head of the agency"):
    one to six words, no mark, no word that names nobody first, no lower-case past tense?"""
    words = text[a:b].split()
    return 0 < len(words) <= 6 and not any(c in text[a:b] for c in _MARKS) and (
        words[0].lower() not in _NOT_SUBJECT) and not any(_verb_like(w) for w in words)


def _names_someone(text: str, sub: Span) -> bool:
    """Does the subject's first word name someone: capitalised, or a lower-case noun phrase
    that is no pronoun ("officials", "the city")?"""
    first = text[sub[0]:sub[1]].split()[:1]
    return bool(first) and first[0].lower() not in _NOT_SUBJECT and (
        first[0][:1].isupper() or _usable(text, *sub))


# The first words of a time or place phrase that opens a sentence before its subject
# ("Shortly thereafter, at 6:30 pm, the city issued", "Just before the debate, X held").
_OPENER_WORDS = frozenset("""
    on at in after before shortly just earlier later last this yesterday today meanwhile then
    during following by since until soon early late around within over hours days weeks minutes
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
""".split())


def _after_opener(text: str, lo: int, verb: int, hi: int,
                  clause_subject: ClauseSubject) -> Span | None:
    """The subject after the time or place phrases that open the sentence from ``lo`` and end
    with the last comma before the issuing verb at ``verb`` ("Shortly thereafter, at 6:30 pm,
    the city issued": "the city"); None when no comma stands there or the sentence opens with
    no such phrase (the clause rules then read the whole stretch)."""
    k = text.rfind(",", lo, verb)
    first = text[lo:k].split()[:1]
    if k < 0 or not first or first[0].lower().strip(",") not in _OPENER_WORDS:
        return None
    a = k + 1
    while a < verb and text[a].isspace():
        a += 1
    sub = clause_subject(text, a, hi)
    return sub if sub is not None and a <= sub[0] < sub[1] <= verb else None


def _cited(text: str, lo: int, p: int) -> Span | None:
    """The source a verb of citing names right before the participle at ``p``: "referring to
    commentary on Breitbart and talk radio suggesting P"; None when there is no plain one."""
    w = _CITED_NP.search(text, max(lo, p - 90), p)
    if w is None:
        return None
    words = w.group(1).split()
    if len(words) <= 8 and not any(c in w.group(1) for c in _MARKS) and not any(
            _verb_like(x) for x in words) and _usable(text, *w.span(1)):
        return w.span(1)
    return None


def _issuer(text: str, lo: int, verb: int, b: int, clause_subject: ClauseSubject) -> Span | None:
    """The subject of the verb at ``verb`` that issued a statement or held an event, the clause
    ending at ``b``: after the time or place phrases that open the sentence, both members of a
    coordinated subject; None when a mark stands between the subject and its verb."""
    sub = _after_opener(text, lo, verb, b, clause_subject) or clause_subject(text, lo, b)
    if sub is None or not (lo <= sub[0] < sub[1] <= verb):
        return None
    joined = _AND_NP.fullmatch(text, sub[1], verb)
    if joined is not None:
        sub = sub[0], joined.end(1)  # "She and the school board released": both
    elif any(c in text[sub[1]:verb] for c in _MARKS):
        return None  # the subject and its verb apart: no speaker rather than a wrong one
    return sub if _names_someone(text, sub) else None


def participle_subject(text: str, lo: int, qs: int,
                       clause_subject: ClauseSubject) -> Span | None:
    """Offsets of the speaker of the report at ``qs`` opened by a participle of saying, in the
    sentence from ``lo`` (``clause_subject(text, lo, hi)``: the language's subject of a
    clause); None when the stretch has none of the module's shapes."""
    m = _PARTICIPLE.search(text, max(lo, qs - 40), qs)
    if m is None:
        return None
    p = m.start()
    w = _WITH_NP.search(text, max(lo, p - 80), p)
    if w is not None:
        # "with 62 percent of local voters saying P": a preposition inside the subject kept
        return w.span("np") if _plain(text, *w.span("np")) else None
    cited = _cited(text, lo, p)
    if cited is not None:
        return cited
    b = len(text[:p].rstrip())
    issued = _ISSUED.search(text, max(lo, p - 120), p)
    if issued is not None:
        return _issuer(text, lo, issued.start(), b, clause_subject)
    a = lo
    while a < p and text[a] in " \t\"“”'‘’":
        a += 1
    if a < b and text[a:a + 1].isupper() and _plain_np(text, a, b) and not any(
            x.lower() in _OPENS_NO_SUBJECT for x in text[a:b].split()):
        return a, b  # "Several conservative groups claiming P gathered"
    if _ADVERBIAL_BEFORE.search(text, max(lo, p - 12), p) is None:
        return None
    sub = clause_subject(text, lo, b)
    if sub is None or not (lo <= sub[0] < sub[1] <= b):
        return None
    if _plain_np(text, *sub):
        return sub
    # after a comma, a plain subject with a preposition ("The head of the agency ..., warning")
    # and not a long list between it and the comma; "Nearly all legal experts consider the
    # perspective of X" (a subject read over its own verb) is none
    if text[b - 1:b] == "," and text[sub[1]:b].count(",") <= 3 and _plain(text, *sub) and (
            _names_someone(text, sub) and text[sub[0]:sub[0] + 1].isupper()
            or text[sub[0]:sub[1]].split()[0].lower() in ("the", "a", "an")):
        return sub
    return None


# The earlier name of the entry point (tests and callers that read the participle's source).
participle_source = participle_subject
