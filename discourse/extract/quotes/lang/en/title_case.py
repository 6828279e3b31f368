"""English headlines in title case or capitals: "Donald Trump Says Americans Are Just As Bad"
(an extra pass, round 22).

A headline capitalises every content word, so the verb of saying is "Says" and the sentence
rules, which read a capitalised word as part of a name, find no cue in it: "Pelosi Says
Democrats Will Not Fund The Wall", "TRUMP SAYS HE'LL NOMINATE RETIRED MARINE GEN." The gold
(the NewsMTSC saying sets) annotates the words after the verb as ``indirect``, the name before
it as the mention. This pass reads a line (text up to a line break) of at most
:data:`_MAX_WORDS` words in which nearly every word longer than three letters is capitalised (a
headline, not a sentence of running text), holding one of the verbs of saying that take their
clause without a listener (:data:`_VERBS`, title case or capitals: "Says", "CLAIMS"); the
mention is the one to four capitalised words before the verb (after the line's start, a
comma, a colon or a dash), the report the rest of the line up to a comma, a full stop, a dash or the line's
end, three words or more. Not a report: a verb whose subject is a rubric or a poll ("Poll Says
…", "Report Says …": the gold does not annotate what polls "show" or "say" without a speaker),
words already in marks (the mark pass has them).
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.quotes.document import Attr, Doc, Found
from discourse.extract.quotes.spans import SpanSet

__all__ = ["title_case_reports"]

_MAX_WORDS: Final = 30
# Verbs of saying that take a clause without a listener, in title case or capitals.
_VERBS: Final = ("Says", "Claims", "Warns", "Insists", "Admits", "Argues", "Predicts", "Suggests",
          "Declares", "Denies", "Confirms", "Vows")
# (the pattern opens with a character class, the capitals the verbs open with, so that the scan
# skips quickly; the word boundary before it and the form, not "Cays", are checked per match)
_VERB: Final = re.compile("[" + "".join(sorted({v[0] for v in _VERBS})) + "](?:"
                   + "|".join(v[1:] for v in _VERBS) + "|"
                   + "|".join(v[1:].upper() for v in _VERBS) + r")(?![\w])")
_FORMS: Final = frozenset(_VERBS) | {v.upper() for v in _VERBS}
# One to four capitalised words (a name, "Donald Trump", "TRUMP") right before the verb.
_NAME: Final = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*)\s$")
# Subjects that are no speaker: rubrics and findings.
_NOT_SPEAKERS: Final = frozenset("""poll polls report reports study survey surveys data analysis
    review editorial source sources""".split())
# The report ends at a comma, a dash or a bar before the line's end ("…, Blame Theresa May").
_END: Final = re.compile(r"\s*(?:,|\.\s|\s[-—–|]\s|$)")


def _is_headline(line: str) -> bool:
    """Is ``line`` a headline: at most :data:`_MAX_WORDS` words, nearly every word longer than
    three letters capitalised, no full stop ending a sentence inside it?"""
    words = line.split()
    if not 3 <= len(words) <= _MAX_WORDS:
        return False
    long = [w.strip("‘’'\"“”,:") for w in words]
    long = [w for w in long if len(w) > 3 and w[:1].isalpha()]
    if len(long) < 3:
        return False
    capital = sum(w[0].isupper() for w in long)
    return capital >= len(long) - 1 and re.search(r"[a-z]{2}\. [A-Z]", line) is None


def title_case_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """The reports of title-case or capitalised headlines (see the module docstring)."""
    text = doc.text
    inside = SpanSet([(f.start, f.end) for f in found])
    out: list[Found] = []
    lines: list[tuple[int, int]] = []
    for v in _VERB.finditer(text):  # only the lines holding such a verb are read
        if v.group() not in _FORMS or v.start() > 0 and (
                text[v.start() - 1].isalnum() or text[v.start() - 1] == "_"):
            continue
        ls = text.rfind("\n", 0, v.start()) + 1
        le = text.find("\n", v.end())
        le = len(text) if le < 0 else le
        if not lines or lines[-1] != (ls, le):
            lines.append((ls, le))
    for ls, le in lines:
        if not _is_headline(text[ls:le]):
            continue
        for v in _VERB.finditer(text, ls, le):
            if v.start() > ls and (text[v.start() - 1].isalnum() or text[v.start() - 1] == "_"):
                continue  # inside a word ("ChiefSays")
            if v.group() not in _FORMS:
                continue  # "SAys": mixed case, no headline form
            before = text[ls:v.start()]
            # the name opens the line or follows a comma, a colon or a dash
            cut = max(before.rfind(","), before.rfind(":"), before.rfind(" - "), before.rfind("—"))
            head = before[cut + 1:] if cut >= 0 else before
            m = _NAME.search(head)
            if m is None or m.start() != len(head) - len(head.lstrip()):
                continue
            name = m.group(1)
            if name.split()[-1].lower().strip(".") in _NOT_SPEAKERS:
                continue
            s = v.end() + 1
            end = _END.search(text, s, le)
            e = end.start() if end is not None else le
            while e > s and text[e - 1] in " .":
                e -= 1
            if len(text[s:e].split()) < 3 or inside.overlap(s, e) > 0.5 * (e - s):
                continue
            ms = ls + (cut + 1 if cut >= 0 else 0) + m.start(1)
            attr = Attr(text[v.start():v.end()], v.start(), v.end(), ms, ms + len(name),
                        "cue_before")
            out.append(Found(s, e, "indirect", attr, "cue_before"))
    return out
