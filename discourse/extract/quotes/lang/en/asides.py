"""English reports whose cue and clause an aside between commas keeps apart.

"North Korea claimed, as of Thursday, it was free of infections", "CBS News reported, citing
Johns Hopkins data, there were 1,000 deaths", "The minister said, in a letter to staff, that the
office would close": the aside opens with a preposition or a participle of sourcing and ends at
the next comma; the report is the clause after it (after "that" when one opens it). Whole
articles of news put such asides after the cue far more often than single quoted sentences do.

Input: a sentence's tokens (:class:`~discourse.extract.quotes.tokens.Toks`) and the comma after
a cue; output: the token where the report opens, or None (no aside, or no clause after it).
The converse, an introductory phrase before ", according to X, P" ("As a result of the unrest,
according to a report, twenty people were arrested"), is the author's setting, no report:
:func:`introduction_only` tells it.
"""

from __future__ import annotations

from typing import Final

from discourse.extract.quotes.lang.en.clause_like import looks_like_clause
from discourse.extract.quotes.lang.en.words import AUX, DETERMINERS
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["ASIDE_OPENERS", "aside_report", "introduction_only"]

# First words of an aside after "claimed,": a preposition of time, place or medium, or a
# participle naming the source ("citing", "quoting"); not "and", "but", a name or a pronoun.
ASIDE_OPENERS: Final = frozenset("""as in on at during after before via citing quoting referring
    speaking writing""".split())
_LONGEST = 12  # words in an aside; a longer stretch is a clause of its own


def aside_report(toks: Toks, b: int, tj: int) -> int | None:
    """The first token of the report after the aside opening at ``b + 1`` (``b``: the comma
    after the cue), or None: the aside runs to a comma within ``_LONGEST`` words, only words
    inside it, and a clause with a subject and a finite verb follows ("claimed, as of
    Thursday, it was …"; not "said, in short, nothing" nor "reported, citing sources.")."""
    words, lows = toks.words, toks.lows
    if lows[b - 1] == "told" and b > 1 and lows[b - 2] == "all":
        return None  # "All told, in the first two years, …": an idiom, nobody told anything
    c = next((m for m in range(b + 2, min(tj, b + 2 + _LONGEST)) if not wordish(words[m])), None)
    if c is None or words[c] != "," or c + 3 >= tj:
        return None
    if lows[c + 1] == "that":
        k = c + 2
    elif cap(words[c + 1]) or lows[c + 1] in DETERMINERS or lows[c + 1] in _SUBJECTS:
        k = c + 1
    else:
        return None  # "says, before continuing to speak, almost as if …": no subject opens it
    return k if looks_like_clause(toks, k, tj) else None


# Prepositions that open an introductory phrase ("As a result of the unrest, according to X, …").
_INTRODUCTIONS = frozenset("as in on at after before during since following amid despite".split())


def introduction_only(toks: Toks, i: int, j: int) -> bool:
    """Is ``toks[i:j]`` (a report before its ", according to X") a short introductory phrase: a
    preposition, at most eight words, no comma, no verb ("As a result of Saturday's unrest";
    not "On Monday the mayor resigned")?"""
    words, lows = toks.words, toks.lows
    return lows[i] in _INTRODUCTIONS and j - i <= 8 and all(wordish(w) for w in words[i:j]) and (
        not looks_like_clause(toks, i + 1, j)) and not any(
        lows[m] in AUX or lows[m].endswith("ed") for m in range(i + 1, j))


# Pronouns that open a clause as its subject ("claimed, as of Thursday, it was …").
_SUBJECTS = frozenset("it he she they there we i you".split())
