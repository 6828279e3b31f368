"""English: an organisation's name in apposition after its description (issue 14, dev10 round).

"The militant organisation, the Islamic State of Iraq and the Levant, claimed responsibility for
all three attacks" (dev5) had no speaker: the subject reader takes "description, Name," for
one mention only when every word of the name is capitalised ("The director of the institute,
Dr. Anthony Fauci, said"), and an organisation's name opens with "the" and joins its words with
"of", "and", "for" ("the Islamic State of Iraq and the Levant", "the Syrian Democratic Forces
(SDF)"). Such an appositive — "the", then capitalised words, function words and a parenthesised
acronym, ending in a capital or the parenthesis — is read as the name; the mention is both,
as for a person's name.
"""

from __future__ import annotations

__all__ = ["named_appositive"]

_JOINS = frozenset("of and for the de".split())


def named_appositive(words: list[str], lows: list[str], s: int, e: int) -> bool:
    """Are ``words[s:e]`` "the" + an organisation's name (see the module docstring)?"""
    if e - s < 3 or lows[s] != "the" or not words[s + 1][:1].isupper():
        return False
    caps = 0
    for m in range(s + 1, e):
        w = words[m]
        if w[:1].isupper():
            caps += 1
        elif lows[m] not in _JOINS and w not in "()":
            return False
    return caps >= 2 and (words[e - 1][:1].isupper() or words[e - 1] == ")")
