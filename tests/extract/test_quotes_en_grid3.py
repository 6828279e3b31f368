"""A third grid of English attribution shapes (issue 14): what the second grid left, and the
shapes of interviews, signatures, reproduced posts and headlines, on documents written for
this test.

Families (each a variant x a speaker's form x a proposition):

- pronoun after a second person: '"P," Doerr said. Reyes disagreed. "Q," he said.' -- the
  pronoun is the person named in the sentence before, by recency ("he": the second person is
  Tom, the first Jane or a surname; "she" after "Tom Reyes disagreed" is nobody, as a first
  name's gender says, and after two surnames English reads it two ways: not asked); "they"
  after a plural group is nobody named;
- relative after an object: "The mayor praised Tom Reyes, who argued that P" -- the object
  speaks, not the clause's subject; "spoke with Jane Doerr, the agency's director, who said P"
  -- the name and its description;
- plural sources with a pronoun: "Several aides briefed on them said P" (read since en-putit,
  quotes/lang/en/briefed_object.py);
- "As X put it, P" (read since en-putit, quotes/lang/en/as_put.py);
- mixed quotes: 'X said the agency "will review the rules" by May' -- the English convention
  (tests/gold/wikinews_en/NOTES.md): one indirect span over the reported clause, the quoted
  fragment inside it as a partial, both X's;
- interviews: an introduction naming the interviewee, then "Q:"/"A:" turns or turns under
  labels; each answer one embedded quote, the interviewer's questions none;
- a block quote signed on its own line below it ("— Kathleen Parker, The Washington Post");
- a post or statement reproduced after "wrote on Twitter:" / "said in a statement:";
- a headline "Doerr: 'We will not back down'" opening the document.

Each case asserts the kind, the text (edge punctuation and spaces ignored, as scoring does) and
the speaker mention of every quote found, and the person a mention resolves to where the case
names one ("*": any).
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable

import pandas as pd
import pytest

from discourse.extract.actors.load import load_actors
from discourse.extract.quotes import extract_quotes
from discourse.extract.speakers.attribute import attribute_speakers

# (as written, mention expected, person it resolves to): surname only, full name, title and
# surname
FIRST = [("Doerr", "Doerr", "Doerr"), ("Jane Doerr", "Jane Doerr", "Jane Doerr"),
         ("Sen. Doerr", "Sen. Doerr", "Doerr")]
SECOND = [("Reyes", "Reyes", "Reyes"), ("Tom Reyes", "Tom Reyes", "Tom Reyes"),
          ("Gov. Reyes", "Gov. Reyes", "Reyes")]
PROPS = [
    ("the agency will review the rules", "the results will be public by May"),
    ("the talks had stalled over the border", "a deal was still possible this year"),
]

Expected = list[tuple[str, str, str, str]]  # (kind, text, mention, person or "*")
Case = tuple[str, Expected]
Sp = tuple[str, str, str]


def _cap(s: str) -> str:
    """The clause opening a sentence."""
    return s[0].upper() + s[1:]


def _second_pronoun(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """'"P," X said. Y disagreed. "Q," he said.': the pronoun is Y, the person named last."""
    subj, men, person = sp
    out = []
    for o, _om, operson in SECOND:
        mid = [f"{o} disagreed.", f"{o}, however, disagreed.", f"But {o} disagreed."][v]
        text = f"\"{_cap(p)},\" {subj} said. {mid} \"{_cap(q)},\" he said."
        out.append((text, [("direct", _cap(p), men, person), ("direct", _cap(q), "he", operson)]))
    # "they" after a group: nobody named, never the first speaker
    text = f"\"{_cap(p)},\" {subj} said. {mid.replace(SECOND[0][0], 'Two aides')} " \
           f"\"{_cap(q)},\" they said."
    out.append((text, [("direct", _cap(p), men, person), ("direct", _cap(q), "they", "")]))
    return out


_OBJECTS = [("Reyes", "Reyes", "*"), ("Tom Reyes", "Tom Reyes", "Tom Reyes"),
            ("Gov. Reyes", "Gov. Reyes", "*"),
            ("Jane Doerr, the agency's director", "Jane Doerr, the agency's director",
             "Jane Doerr")]


def _object_relative(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """"The mayor praised X, who argued that P": X, the relative clause's antecedent, speaks."""
    verb = ["praised", "thanked", "spoke with", "met with"][v]
    out = []
    for (o, om, operson), cue in itertools.product(_OBJECTS, ("said", "argued", "told reporters")):
        text = f"The mayor {verb} {o}, who {cue} that {p}."
        out.append((text, [("indirect", p, om, operson)]))
    return out


def _plural_pronoun(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """"Several aides briefed on them said P": the whole description is the source."""
    src = ["Several aides briefed on them", "Two officials briefed on them",
           "People briefed on them"][v]
    low = src[0].lower() + src[1:]
    return [(f"{src} said {p}.", [("indirect", p, src, "*")]),
            (f"{_cap(p)}, {low} said.", [("indirect", _cap(p), low, "*")])]


def _as_put(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """"As X put it, P" and "P, as X put it": X's words in the author's."""
    subj, men, person = sp
    if v == 0:
        return [(f"As {subj} put it, {p}.", [("indirect", p, men, person)])]
    if v == 1:
        return [(f"As {subj} put it on Monday, {p}.", [("indirect", p, men, person)])]
    return [(f"{_cap(p)}, as {subj} put it.", [("indirect", _cap(p), men, person)])]


def _mixed(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """A quoted fragment inside a report: one indirect over the clause, the fragment partial."""
    subj, men, person = sp
    i = min(p.find(w) for w in (" will ", " had ") if w in p)
    frag = p[i + 1:]
    clause = f"{p[:i]} \"{frag}\" {['by May', 'last week'][v]}"
    return [(f"{subj} said {clause}.",
             [("indirect", clause, men, person), ("partial", frag, men, person)])]


def _interview(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """An introduction naming the interviewee, then turns: each answer one embedded quote."""
    subj, men, person = sp
    if subj == "Sen. Doerr":
        subj, men, person = "Sen. Jane Doerr", "Jane Doerr", "Jane Doerr"
    if subj == "Doerr":
        subj, men, person = "Jane Doerr", "Jane Doerr", "Jane Doerr"
    intro = [f"The Herald spoke with {subj} on Monday.",
             f"The Herald interviewed {subj} on Monday.",
             f"In an interview with the Herald, {subj} talked about the rules."][v % 3]
    labels = [("Q", "A", men), ("HERALD", "DOERR", "DOERR"), ("Herald", "Jane Doerr", "Jane Doerr")][
        v // 3]
    ql, al, am = labels
    a1 = f"{_cap(p)}. It will take time."
    a2 = f"{_cap(q)}."
    text = (f"{intro}\n\n{ql}: Will the agency act?\n\n{al}: {a1}\n\n"
            f"{ql}: When?\n\n{al}: {a2}")
    return [(text, [("embedded", a1, am, person), ("embedded", a2, am, person)])]


def _signed(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """A block quote signed on its own line below it."""
    body = f"{_cap(p)}. {_cap(q)}."
    sig, name = [("— Kathleen Parker, The Washington Post", "Kathleen Parker"),
                 ("Meghan McCain, Twitter", "Meghan McCain"),
                 ("- Jane Doerr (@JaneDoerr) May 5, 2020", "Jane Doerr"),
                 ("— Jane Doerr, the agency's director", "Jane Doerr")][v]
    # the signature's description is part of the mention, as an apposition's is
    men = sig.lstrip("—- ") if v == 3 else name
    return [(f"Some people see it otherwise.\n\n\"{body}\"\n\n{sig}",
             [("direct", body, men, name)])]


def _posted(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """A post or statement reproduced after a colon: in marks (direct) or as a block without
    marks (embedded)."""
    subj, men, person = sp
    # a surname alone after the person was named in full, as news articles do (a surname never
    # introduced names nobody the resolver can vouch for: no speaker, see docs/validation.md)
    intro = "" if subj == "Jane Doerr" else "Sen. Jane Doerr spoke on Monday.\n\n"
    person = "Jane Doerr"
    body = f"{_cap(p)}. {_cap(q)}."
    lead = ["wrote on Twitter", "said in a statement", "posted on Facebook", "tweeted"][v % 4]
    if v < 4:
        return [(f"{intro}{subj} {lead}:\n\n\"{body}\"", [("direct", body, men, person)])]
    return [(f"{intro}{subj} {lead}:\n\n{body}", [("embedded", body, men, person)])]


def _headline(v: int, sp: Sp, p: str, q: str) -> list[Case]:
    """A headline "X: 'Q'" opening the document, a paragraph of news after it."""
    subj, men, person = sp
    words = "We will not back down"
    # the article names the person in full, as news articles do under such a headline
    body = "Sen. Jane Doerr spoke to reporters on Monday."
    person = "Jane Doerr"
    mark = ["'", "\"", "‘", "“"][v]
    close = {"'": "'", "\"": "\"", "‘": "’", "“": "”"}[mark]
    return [(f"{subj}: {mark}{words}{close}\n\n{body}", [("direct", words, men, person)])]


FAMILIES: dict[str, tuple[Callable[[int, Sp, str, str], list[Case]], int]] = {
    "second_pronoun": (_second_pronoun, 3),
    "object_relative": (_object_relative, 4),
    "plural_pronoun": (_plural_pronoun, 3),
    "as_put": (_as_put, 3),
    "mixed": (_mixed, 2),
    "interview": (_interview, 9),
    "signed": (_signed, 4),
    "posted": (_posted, 8),
    "headline": (_headline, 4),
}
# Families whose cases do not depend on the first speaker's form (asked once).
_ONCE = {"object_relative", "plural_pronoun", "signed"}


def _grid() -> list[tuple[str, str, Expected]]:
    """Every family's variant with every speaker and both pairs of propositions."""
    out = []
    seen = set()
    for (fam, (make, n)), sp, (p, q) in itertools.product(FAMILIES.items(), FIRST, PROPS):
        for v in range(n):
            if fam in _ONCE and sp != FIRST[0]:
                continue
            for text, exp in make(v, sp, p, q):
                if text not in seen:
                    seen.add(text)
                    out.append((f"{fam}{v}", text, exp))
    return out


_ACTORS = load_actors()
_EDGE = string.punctuation.replace("?", "").replace("!", "") + string.whitespace + "“”‘’"


def _norm(s: str) -> str:
    """A text as scoring compares it: edge punctuation and spaces ignored."""
    return s.strip(_EDGE)


def _quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, text, mention, person) of every quote found in ``text``, in text order."""
    arts = pd.DataFrame({"doc_id": ["t"], "text": [text]})
    q = attribute_speakers(extract_quotes(arts), arts, _ACTORS)
    return [(r.kind, _norm(r.text), r.speaker_mention, r.speaker or "")
            for r in q.sort_values(["start", "end"]).itertuples()]


def _matches(got: list[tuple[str, str, str, str]], exp: Expected) -> bool:
    """Whether the quotes found are those expected ("*": any person)."""
    if len(got) != len(exp):
        return False
    return all(g[:3] == (k, _norm(t), m) and (w == "*" or g[3] == w)
               for g, (k, t, m, w) in zip(got, exp, strict=True))


_GRID = _grid()
# Left (counted in docs/validation.md, "A third English grid"): asked as strict expected
# failures, so a fix shows and the grid is updated.
_LEFT = {
    "second_pronoun": "a surname alone never introduced: no entity (Doerr, or nobody, instead)",
    "interview2": "'In an interview with the Herald, X': the outlet is read as the interviewee",
    "interview6": "a one-word label in mixed case ('Herald:') is no turn label",
    "interview7": "a one-word label in mixed case ('Herald:') is no turn label",
    "interview8": "a one-word label in mixed case ('Herald:') is no turn label",
    "posted4": "a block without marks after a colon: no embedded quote",
    "posted5": "a block without marks after a colon: no embedded quote",
    "posted6": "a block without marks after a colon: no embedded quote",
    "posted7": "a block without marks after a colon: no embedded quote",
}
_BARE_SECOND = re.compile(r"(?<!Tom )(?<!Gov\. )\bReyes\b")


def _left(family: str, text: str) -> str:
    """Why a case is left unfixed, or ""."""
    if family.startswith("second_pronoun"):
        return _LEFT["second_pronoun"] if _BARE_SECOND.search(text) else ""
    return _LEFT.get(family, _LEFT.get(family.rstrip("0123456789"), ""))


def _params() -> list:
    """The grid's cases, the left ones marked as strict expected failures."""
    out = []
    for i, (f, t, e) in enumerate(_GRID):
        why = _left(f, t)
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        out.append(pytest.param(f, t, e, marks=marks, id=f"{f}-{i}"))
    return out


@pytest.mark.parametrize("family, text, expected", _params())
def test_grid3(family: str, text: str, expected: Expected) -> None:
    got = _quotes(text)
    assert _matches(got, expected), (got, expected)


def test_the_grid_covers_every_family_and_speaker() -> None:
    fams = {f.rstrip("0123456789") for f, _, _ in _GRID}
    assert fams == set(FAMILIES)
    assert 250 <= len(_GRID) <= 600
    for subj, *_ in FIRST + SECOND:
        assert any(subj in t for _, t, _ in _GRID), subj
    # a case that must fail: the wrong speaker is not accepted
    assert not _matches([("direct", "P", "he", "Doerr")], [("direct", "P", "he", "Reyes")])
