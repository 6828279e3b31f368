"""English: an approximate or added count opens a reported object (issue 14, dev11 round).

"The local health secretary reported one more case in the village", "The same study also noted
over 370 horns seized in the same period": what was reported is the count. :func:`counted_object`
of :mod:`.objects` read exact counts ("reported 300 new cases", "a total of", "more than 50");
a count after an approximator ("over 370", "nearly 2,000", "almost fifty") or "one more" / "one
new" / "one additional" (a case added to earlier ones) is a count as well. A year after the
approximator is a date, not a count ("over 2019" does not occur, "around 2015" does: no report);
"one" alone is no count ("one of the victims", "one who", "one day").

    >>> from discourse.extract.quotes.tokens import Toks, token_columns
    >>> toks = Toks(*token_columns("The study noted over 370 horns seized."))
    >>> approximate_count(toks, 3)
    True
    >>> toks = Toks(*token_columns("She reported around 2015 that it was closed."))
    >>> approximate_count(toks, 2)
    False
"""

from __future__ import annotations

from discourse.extract.quotes.tokens import Toks

__all__ = ["approximate_count"]

# words before a figure that make it an estimate ("over 370", "nearly 2,000")
_APPROXIMATORS = frozenset("""over nearly almost around roughly approximately some just only
    about""".split())
# after "one": the count of one more (new, additional) case, not "one of" / "one day"
_ADDED = frozenset("more new additional further".split())
# counts in words (``objects.NUMBER_WORDS`` less the ones that also mean an amount of time)
_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty
    thirty forty fifty hundred hundreds dozens thousands thousand million dozen""".split())


def approximate_count(toks: Toks, k: int) -> bool:
    """Does an approximate count ("over 370", "nearly two dozen") or an added one ("one more
    case", "one new infection") open the object at token ``k``?"""
    lows = toks.lows
    if k + 2 >= len(lows):
        return False
    first, second = lows[k], lows[k + 1]
    if first == "one":
        return second in _ADDED and toks.words[k + 2][:1].isalpha()
    if first not in _APPROXIMATORS:
        return False
    if second[:1].isdigit():
        return not (len(second) == 4 and second.isdigit() and second[:2] in ("19", "20"))
    return second in _NUMBER_WORDS
