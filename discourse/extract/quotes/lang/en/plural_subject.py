"""English: "The Armenians claim they were …": a plural group opening the sentence with "the"
speaks (issue 14, dev11 round).

A bare "claim", "state", "report" after a capitalised word is read as a noun ("Maryland state
law", "a Senate report"); :mod:`.cues` keeps it a verb when a plural noun opens the sentence and
a clause opens after the cue ("Officials state the plan will fail"). A group named with "the"
and a capitalised plural ("The Armenians claim they were retaliating", "The Azerbaijanis state
they were responding", "The Democrats claim the bill is unconstitutional") is the same subject;
read on the Wikinews split dev7 (two reports of one article, both missed), and general: a plural
people's, party's or body's name in the present tense takes a clause as any plural subject does.
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks, cap

__all__ = ["the_plural_subject_first"]

# what opens the clause after the cue: a determiner or a subject pronoun
_CLAUSE_OPENERS = frozenset("""the a an his her its their this these those he she they we it
    i you""".split())
_SENTENCE_PUNCT = frozenset(".!?…:;\"“”«»‘’'—–-(")


def the_plural_subject_first(toks: Toks, i: int) -> bool:
    """Does "the" and a capitalised plural open the sentence right before the cue at ``i``
    ("The Armenians claim they …"), a determiner or a subject pronoun opening a clause after it?
    """
    words, lows = toks.words, toks.lows
    if i < 2 or i + 1 >= len(lows) or lows[i - 2] != "the" or (
            i > 2 and words[i - 3] not in _SENTENCE_PUNCT):
        return False
    w = words[i - 1]
    return cap(w) and w.isalpha() and len(w) > 3 and w.endswith("s") and not w.endswith("ss") and (
        not w.isupper()) and lows[i + 1] in _CLAUSE_OPENERS
