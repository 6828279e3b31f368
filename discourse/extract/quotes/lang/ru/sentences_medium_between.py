"""Where a statement was posted, between a verb and its «что»: ``сообщил в своём твиттере, что``.

The sentence reading of :mod:`.reported` lets names, dates, listeners and a medium phrase it
knows («в твиттере», «в интервью РБК») stand between a verb of saying and «, что». A medium
phrase with the possessive «свой» (``сообщил в своём твиттере, что P``, ``написала на своей
странице в Instagram, что P``) or a medium noun it does not list (``на странице``, ``на сайте``,
``в аккаунте``) stops it, and the report is lost. Such a phrase says where the words were
posted, as «в твиттере» does; «что» after it is the verb's, not a relative pronoun (a relative
«что» follows a noun it can stand for, and a medium noun in the prepositional case with «в» or
«на» is where, not what).

:func:`that_after_medium` is asked by :func:`.sentences_unmarked.unmarked_reports` for a cue
whose clause holds no report yet. Before: a verb ending at token ``b``. After: the token of
«что» when only adverbs, one such medium phrase (its possessive, adjectives, a name or a second
«в X» after it: «на своей странице в Instagram») and the comma before «что» stand between;
:func:`before_coordinated_cue` ends such a report before «и уверен» (a second report of its own,
«что P и уверен, что Q», as the sentence reading cuts it).
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.mention import MEDIUM_HEADS
from discourse.extract.quotes.lang.ru.phrases import skip_adverbials
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["before_coordinated_cue", "that_after_medium"]

# Nouns of the places where words are posted or printed, beside the mention module's heads.
_PLACES = MEDIUM_HEADS | frozenset("""странице страничке сайте аккаунте инстаграме инстаграмме
    фейсбуке телеграм-канале телеграме канале твиттер-аккаунте колонке статье письме сообщении
    комментарии заметке посте видеообращении""".split())
_OWN = frozenset("своём своем своей своих".split())
# Longest phrase taken between the verb and «, что» (tokens after the preposition).
_LIMIT = 7


def that_after_medium(toks: Toks, b: int, tj: int) -> int:
    """The «что» after ``b`` when the words before it are a medium phrase «в/на [свой] X [в Y]
    [Name]» (see the module docstring); -1 otherwise."""
    words, lows = toks.words, toks.lows
    k = skip_adverbials(toks, b, tj)
    if k + 2 >= tj or lows[k] not in ("в", "во", "на"):
        return -1
    m = k + 1
    own = lows[m] in _OWN
    if own:
        m += 1
    if m >= tj or lows[m] not in _PLACES or not (own or lows[m] not in MEDIUM_HEADS):
        return -1  # (a bare «в твиттере» is the sentence reading's already)
    m += 1
    if m + 1 < tj and lows[m] in ("в", "во", "на") and wordish(words[m + 1]) and (
            cap(words[m + 1]) or lows[m + 1] in _PLACES):
        m += 2  # "на своей странице в Instagram"
    while m < tj and m - k <= _LIMIT and wordish(words[m]) and cap(words[m]):
        m += 1  # "в микроблоге Twitter"
    if m + 1 < tj and words[m] == "," and lows[m + 1] == "что":
        return m + 1
    return -1


def before_coordinated_cue(toks: Toks, cue_firsts: frozenset[int], s: int, e: int) -> int:
    """The end of a report ``[s, e)`` before a last «и» and a cue of its own (``что P и уверен``,
    cut where «, что Q» opens the second report, which the sentence reading reads by itself)."""
    if e - 2 > s and toks.lows[e - 2] == "и" and e - 1 in cue_firsts:
        return e - 2
    return e
