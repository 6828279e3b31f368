"""English: nouns that carry a report only with their possessor ("its report that P", "his
tweets that P") (issue 14, round 32).

:mod:`.nouns` reads the "that" clause of nouns of saying ("claim", "assertion", …) with or
without a speaker. "report", "tweet(s)", "remarks" and "comments" name a statement as well, but
without a possessor they are as often a document or a topic with a relative clause ("a report
that was leaked", "reports that surfaced", "denied reports that he asked …": the gold leaves
the unsourced ones out). With a possessor — a possessive pronoun or a name's "'s" — the noun is
somebody's statement and its "that" clause is what they said: "the New York Times is trying to
"distract" with its report that President Trump ordered …" (saying set 12 dev), "doubled down
… on his tweets that Democratic lawmakers should "go back …"" (direct set 2 dev). The clause
must open with a subject-like word (a name, a determiner, a pronoun, a number), not with a
verb ("his comments that angered voters": a relative clause). After "in" the noun phrase is
the medium of a verb of saying ("said in his prepared remarks that P"), whose report the
sentence rules read; the noun reads nothing there.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.lang.en.words import DETERMINERS, SUBJECT_PRONOUNS
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["POSSESSED_NOUNS", "possessed_report"]

POSSESSED_NOUNS: Final = frozenset("report tweet tweets remarks comments".split())

_OPENING = frozenset('"“‘')


def possessed_report(toks: Toks, i: int, speaker: tuple[int, int] | None, first: int,
                     tj: int) -> bool:
    """May the noun at ``i`` (one of :data:`POSSESSED_NOUNS`) carry the report opening at token
    ``first`` (before ``tj``): has it a possessor (``speaker``, from the noun phrase), and does
    the clause open with a subject-like word?"""
    if speaker is None or first >= tj:
        return False
    if speaker[0] > 0 and toks.lows[speaker[0] - 1] == "in":
        return False  # "said in his report that P": the verb's report, read by the sentence rules
    k = first + 1 if toks.words[first] in _OPENING and first + 1 < tj else first
    word, low = toks.words[k], toks.lows[k]
    return cap(word) or low in DETERMINERS or low in SUBJECT_PRONOUNS or word[:1].isdigit()
