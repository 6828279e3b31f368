"""English: the commas of a short parenthetical adverb ("would, in fact, be kept on") are no
clause boundary (round 26).

:func:`.clauses.subordinate_end` ends an opening subordinate clause ("When X announced that
P, Z …") at its first comma when no later comma opens a main clause it can read. A parenthetical
adverb set off by two commas inside P ("When Trump announced in November that Bharara would, in
fact, be kept on, it was not clear …": set 11) then cut the report to "Bharara would", too
short to keep. The closed list below are sentence adverbs that stand between commas inside a
clause; the commas around one are skipped when the word before them cannot end a clause (an
auxiliary, "that", a conjunction: "would, in fact, be", "did, indeed, flip-flop"), so that
"When X said P, however, Y voted …" still ends the opening clause at "P".
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.tokens import Toks

__all__ = ["in_parenthetical"]

# Parenthetical adverbs of one or two words (lower case, as tokens).
_PARENTHETICALS = frozenset({
    ("in", "fact"), ("of", "course"), ("for", "example"), ("for", "instance"), ("in", "turn"),
    ("after", "all"), ("at", "least"), ("in", "particular"), ("indeed",), ("however",),
    ("though",), ("too",), ("perhaps",), ("apparently",), ("reportedly",), ("again",),
})
# Words that cannot end a clause, before the opening comma.
_OPEN_BEFORE = AUX | frozenset("that and but which who".split())


def in_parenthetical(toks: Toks, c: int) -> bool:
    """Does the comma at token ``c`` open or close a parenthetical adverb set off by two
    commas (", in fact,", ", however,")?"""
    words, lows = toks.words, toks.lows
    n = len(words)
    for m in (1, 2):
        # the comma opens one: ", <adverb> ,"
        if c + m + 1 < n and words[c + m + 1] == "," and tuple(lows[c + 1:c + m + 1]) in (
                _PARENTHETICALS) and c > 0 and lows[c - 1] in _OPEN_BEFORE:
            return True
        # the comma closes one
        if c - m - 2 >= 0 and words[c - m - 1] == "," and tuple(lows[c - m:c]) in (
                _PARENTHETICALS) and lows[c - m - 2] in _OPEN_BEFORE:
            return True
    return False
