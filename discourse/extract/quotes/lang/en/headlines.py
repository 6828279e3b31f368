"""English headlines of the form "Name: proposition" (an extra pass).

News sites title a story with the speaker's name, a colon and what the speaker said, without
marks: "Corker: Trump hasn't demonstrated the stability or competence to be successful", "Gary
Cohn: Jamie Dimon would be 'phenomenal' president". The gold (ANNOTATION.md; the NewsMTSC
saying sets) annotates the proposition as ``indirect``, the name as the mention, no cue word
(the colon stands for it). A headline is a line of its own (text up to a line break) of at most
:data:`_MAX_WORDS` words; the name is one to four capitalised words; the proposition reads as a
clause. Not a speaker: a rubric or label ("Editorial:", "The Latest:", "Exclusive:", "Poll:",
"Photograph:", "More:"), a place ("Colorado: A Quinnipiac poll showed …"), a lower-case word, a
name followed by a title in marks or a question ("Mulshine: “The upcoming union rally: Will
this be …?”" is a column's title), a name in capitals or a possessive ("Obama’s Sunny Presser:"),
an article with more than one such line (the turns of a transcript: "CORNISH: …", "Tim Alberta:
Well, …").

Input: the article and the quotes found so far (pass 1); output: the reports to add (none
where the proposition is all in marks: the mark pass has it).
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.headline_verbless import fragment_statement
from discourse.extract.quotes.spans import SpanSet

__all__ = ["headline_reports"]

_MAX_WORDS: Final = 25
# A line: an optional bullet or a dateline ("August 17, 2017 -- "), the name, ": ", the rest.
_HEADLINE: Final = re.compile(
    r"(?m)^(?:[-—–•]\s*|[A-Z][a-z]+ \d{1,2}, \d{4} --? )?"
    r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*[A-Za-z])"
    r": (?=[A-Z‘'\"“])([^\n]+)$")
# Rubrics and labels that open a headline without being anyone who spoke.
_RUBRICS: Final = frozenset("""editorial editorials latest exclusive related poll polls report reports
    update updates letters letter photograph photo photos picture video videos watch more read
    see also note correction corrections source sources credit listen live transcript breaking
    analysis opinion review fact check factcheck quiz explainer timeline podcast column comment
    commentary interview obituary essay feature briefing summary highlights recap warning alert
    embed surprise shock wow flashback bombshell confirmed official watchdog
    developing now today tonight here why what how who when where chart map graphic data
    question answer rumor rumors verdict result results must-reads must-read""".split())
# Places that open a rundown line ("Colorado: A Quinnipiac poll showed …"), no speaker.
_PLACES: Final = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware
    florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire
    jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas
    utah vermont virginia washington wisconsin wyoming america britain england scotland wales
    ireland canada russia china france germany israel iran iraq syria ukraine europe asia africa
    japan india pakistan afghanistan""".split())
# Adjectives that open a title-case description, not a name ("Old White Guys:", "Big Tech:").
_DESCRIPTIVE: Final = frozenset("""old new young big small little top great white black red blue
    angry rich poor bad good best worst first last real fake""".split())
# A headline of a passive participle with no auxiliary ("Navy Yard gunman treated for paranoia",
# "Suspect charged with murder"): what happened to the person named, not what they said.
_PARTICIPLE: Final = re.compile(r"\b[a-z]+ed (?:for|by|with|as|in|after|over)\b")
_FINITE: Final = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|must|should|may|might|"
                     r"has|have|had|do|does|did|says?|said)\b|n[’']t\b", re.IGNORECASE)
_QUESTION_OR_TITLE: Final = re.compile(r"^[“\"‘']|\?\s*[”\"’']?\s*$")


def _participle_headline(rest: str) -> bool:
    """Is the proposition a passive participle headline with no finite verb (see above)?"""
    return _PARTICIPLE.search(rest) is not None and _FINITE.search(rest) is None


def headline_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The "Name: proposition" headlines of the article as reports (see the module docstring)."""
    text = doc.text
    if ": " not in text:
        return []
    lines = list(_HEADLINE.finditer(text))
    if len(lines) != 1:
        return []  # "CORNISH: …", "Tim Alberta: Well, …": the turns of a transcript, no headline
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    for m in lines:
        name, rest = m.group(1), m.group(2)
        words = name.lower().replace("’", "'").split()
        if any(w.strip(".") in _RUBRICS or w in _PLACES or w.endswith("'s") for w in words) or (
                any(w.isupper() and len(w) > 1 for w in name.split())):
            continue  # a rubric, a place, "Obama’s Sunny Presser", a label in capitals
        if len(name.split()) + len(rest.split()) > _MAX_WORDS:
            continue
        quoted = fragment_statement(rest)  # "Obama 'Too Cautious' On ISIS": words said, no verb
        if _QUESTION_OR_TITLE.search(rest) and not quoted:
            continue
        s, e = m.start(2), m.end(2)
        while e > s and text[e - 1] in " .":
            e -= 1
        if inside.overlap(s, e) >= 0.95 * (e - s):
            continue  # 'Kaine: “He absolutely said it.”': a direct quote, found by the marks
        if len(words) > 1 and words[0] in _DESCRIPTIVE:
            continue  # "Old White Guys: …": a description in title case, nobody named
        i, j = doc.tok_index(s), doc.tok_index(e)
        if _participle_headline(rest) or not (
                quoted or looks_like_clause(doc.toks, i, j, reach=20)):
            continue  # "Asia Bibi: Pakistan Supreme Court's 'historic' ruling": a topic
        colon = m.end(1)
        attr = Attr(":", colon, colon + 1, m.start(1), m.end(1), "cue_before")
        out.append(Found(s, e, "indirect", attr, "cue_before"))
    return out
