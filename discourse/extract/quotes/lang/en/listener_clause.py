"""English: "told The Washington Post it was a mistake": "it" or "there" and an auxiliary open
the reported clause after a listener (issue 14, dev11 round).

:func:`.clauses.listener_end` ends the listener of "told" at a determiner, a number or a focus
adverb; "it" and "there" are no determiners, so a listener of several words ("The Jakarta Post",
"The Washington Post", "The Hill") ran over them and the clause after it was lost ("told CNN it
was" was read: a one-word listener ends by itself). With an auxiliary after it, "it" or "there"
is the clause's subject, not the listener's last word. Read on the Wikinews dev split dev6 ("the
Search and Rescue Agency told The Jakarta Post it was intending to end its search").
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.tokens import Toks

__all__ = ["dummy_subject_clause"]

_DUMMY_SUBJECTS = frozenset(("it", "there"))


def dummy_subject_clause(toks: Toks, m: int) -> bool:
    """Does "it" or "there" and an auxiliary ("it was", "there would be") open a clause at
    token ``m``?"""
    lows = toks.lows
    return lows[m] in _DUMMY_SUBJECTS and m + 1 < len(lows) and lows[m + 1] in AUX
