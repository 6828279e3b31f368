"""English: "and" before the subject of a second cue may join two nouns, not two clauses
(round 39).

:func:`.report_cuts._cut_at_coordinated_cue` ends a report where a conjunction opens a clause
with its own subject and cue ("X said P, and Y claimed Q", "P, while X wrote Q"). When the cue
after the conjunction is a verb the lexicon also lists ("agreed", "noted"), a coordinated
subject inside the report looked the same: "He said the senator and the governor agreed to a
deal" was cut to "the senator", too short to keep, and nothing was reported (saying set 18 dev,
"Mr. Froman said, the Americans and the Chinese agreed Monday evening to eliminate …"). The
words before "and" / "or" decide: when the report's part before the conjunction holds no verb
(no auxiliary, modal, irregular past, form of "say", lower-case word in ``-ed`` or subject
pronoun with a word after it), it is the first noun of a coordinated subject, and the
conjunction cuts nothing. Only before a finite cue with words
between it and the conjunction, the first not in ``-ing``: "calls stressing X and providing
detailed testimony" keeps its cut (a participle joins no noun). "X said prices rose, and Y
agreed" keeps its cut ("rose": an irregular past).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.words import AUX, IRREGULAR_PAST, SAY_IRREGULAR
from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["joins_nouns"]

# Conjunctions that join noun phrases as well as clauses ("but", "while" join clauses only).
_NOUN_CONJ = frozenset(("and", "or"))
# Modals, not all in AUX: any of them makes the part a clause.
_MODALS = frozenset("will would can could shall should may might must".split())
# Subject pronouns: one with a word after it before the conjunction opens a clause ("he and
# his aide agreed" joins nouns).
_PRONOUNS = frozenset("i he she we they it".split())
# The longest noun phrase read before the conjunction (tokens): a longer part is a clause.
_REACH = 8


def joins_nouns(toks: Toks, i: int, c: int, a: int) -> bool:
    """Does the conjunction at token ``c`` join two nouns of one subject of the finite cue at
    ``a``, the report's words ``toks[i:c]`` (from its first token) being a noun phrase with no
    verb?"""
    words, lows = toks.words, toks.lows
    if lows[c] not in _NOUN_CONJ or not 0 < c - i <= _REACH or not c + 1 < a or (
            lows[a].endswith("ing") or lows[c + 1].endswith("ing")):
        return False  # ("stressing X and providing detailed Y": a participle joins no noun)
    for m in range(i, c):
        w = lows[m]
        if w in AUX or w in _MODALS or w in IRREGULAR_PAST or w.endswith("n't"):
            return False  # "prices rose and Y agreed": a clause before the conjunction
        if w.endswith("ed") and not cap(words[m]):
            return False  # "the talks collapsed and …" (not "Ted", a name)
        if w in SAY_IRREGULAR or w in _PRONOUNS and m + 1 < c:
            return False  # "he wins and Y agreed", "Z said … and": a subject and its verb
    return True
