"""English: where a name mention ends, the same in every order (direct-quote mentions, round 30).

The direct-quote sets mark the in-text words that attribute a quote with the name's appositive
(ANNOTATION.md: "the in-text words that attribute the quote"; ``tests/devset/draw_newsmtsc_direct7.py``:
"Name, an apposition, said keeps the apposition", a relative clause left out). The speakers
stage followed that after a verb of saying; two other places a name stands kept less:

- a party and state label after a name's comma: "Mark Warner, D-Virginia, said" and "Sen. Mark
  Warner, D-Va., told reporters" lost it, while '"...," said Mark Warner, D-Va.' kept it (the
  direct sets keep it: "Bill Nelson, D-Fla.", "Mark Warner, D-Virginia");
  :func:`party_label_end`;
- the appositive after "according to" and a name: '"...," according to Tom Hale, the city's
  lawyer.' gave "Tom Hale" (the sets keep it: "according to Nick Merrill, a campaign spokesman",
  "according to his lawyer, Gregory Asciolla"); :func:`according_appositive_end`.

:func:`mention_end` applies both, then :func:`.en_appositive_clause.appositive_clause_end`.
Reads text only.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.speakers.lang import en_appositive_clause
from discourse.extract.speakers.lang.en_closed_appositive import names_person
from discourse.text.particles import is_joined_particle

__all__ = ["according_appositive_end", "mention_end", "party_label_end"]

# A party and state label after a name's comma: ", D-Va.," / ", R-Texas". (The bracketed form,
# "Mark Warner (D-VA)", is left as the clause rules give it: the direct sets differ on it, and the
# resolver would read the label into the name.)
_PARTY_COMMA: Final = re.compile(
    r",[ \t]+(?P<label>[RDI]-[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?=[,;]|\.?(?:\s|$))")
# "according to" right before the name.
_ACCORDING_BEFORE: Final = re.compile(r"\b[Aa]ccording\s+to\s+$")
# What ends the appositive after "according to X,": the sentence's end (a comma may close a
# clause instead: 'According to Tom Hale, the mayor lied about it, "..."' reports, and is left).
_ACCORDING_APPOSITIVE: Final = re.compile(
    r",[ \t]+(?P<app>[^\n\"“”,;:()!?]{3,160}?)(?:\.(?=\s|$)|$)")
_FIRST_WORDS: Final = frozenset("a an the his her their its our".split())
_RELATIVE: Final = frozenset("who whom whose".split())
# Words that open an adverbial, not an appositive ("according to Tom Hale, in a statement").
_NOT_FIRST: Final = frozenset("in on at by for from with to during after before since as".split())
_JOINERS: Final = frozenset("of de van von bin al la le da del der".split())
# Words of a clause: "according to Tom Hale, the city will appeal" reports, it names nobody.
_CLAUSE_WORDS: Final = frozenset("""
    who whom whose which that where when while because said says told added is are was were has
    have had will would could should can may might do does did been being
""".split())


def _name_ends(text: str, ms: int, me: int) -> bool:
    """Does the mention ``text[ms:me]`` end with a capitalised word (a name)?"""
    words = text[ms:me].split()
    return bool(words) and words[-1][:1].isupper()


def party_label_end(text: str, ms: int, me: int) -> int:
    """End of a name mention with the party and state label after its comma ("Mark Warner,
    D-Va."); else ``me``."""
    if not _name_ends(text, ms, me) or any(w[:1].islower() and w not in _JOINERS
                                           and not is_joined_particle(w)
                                           for w in text[ms:me].split()):
        return me  # a name, capitalised throughout ("Sen. Mark Warner", not "the Democrat")
    m = _PARTY_COMMA.match(text, me)
    return m.end("label") if m is not None else me


def according_appositive_end(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """End of a name mention after "according to" with the appositive after its comma that the
    sentence's end closes ('according to Tom Hale, the
    city's lawyer.' -> "Tom Hale, the city's lawyer"); else ``me``. The appositive opens with
    an article, a possessive or a lower-case noun, names a person early and holds no verb or
    relative word (a clause after the comma is the report itself)."""
    if not _name_ends(text, ms, me) or not _ACCORDING_BEFORE.search(text, max(0, ms - 16), ms):
        return me
    m = _ACCORDING_APPOSITIVE.match(text, me)
    if m is None:
        return me
    words = m.group("app").split()
    plain = [w.lower().strip(".'’") for w in words]
    # a relative clause at the appositive's end is cut after (appositive_clause_end), a verb before
    # it shows a clause of the author's
    head = next((i for i, w in enumerate(plain) if w in _RELATIVE), len(plain))
    if not 1 < head <= 14 or any(w in _CLAUSE_WORDS for w in plain[:head]):
        return me
    first = plain[0]
    if not (first in _FIRST_WORDS or words[0].endswith(("'s", "’s")) or words[0][:1].islower()):
        return me
    noun = plain[1 if first in _FIRST_WORDS else 0:][:6]
    if first.endswith("ing") or first in _NOT_FIRST or not names_person(noun, heads):
        return me
    return m.end("app")


def mention_end(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """The end of a name mention after :func:`party_label_end`, :func:`according_appositive_end`
    and :func:`.en_appositive_clause.appositive_clause_end` (the relative clause left out)."""
    me = party_label_end(text, ms, me)
    me = according_appositive_end(text, ms, me, heads)
    return en_appositive_clause.appositive_clause_end(text, ms, me, heads)
