"""Where and how the words were said is no part of a Russian speaker mention (round twenty-seven,
issue 12): «— сказал глава государства на совещании по поправкам в закон» -> «глава
государства», «— заявил политик со слезами в голосе на пресс-конференции в Киле» -> «политик»,
«— сказал председатель комиссии Ромео Райку в Бухаресте» -> up to «Райку».

The clause reading (:func:`.speakers.speaker_of`) takes every word after a postposed verb up to
the sentence's end for its subject, and an adverbial of the speech act (the occasion, the manner,
the city) comes with it; the speaker module then finds no person in the long phrase. Russian
puts such adverbials after the subject of an inverted clause, and none of them can be part of a
person's noun phrase:

- «на/в» + a noun of an occasion or a medium in the prepositional (совещании, пресс-конференции,
  заседании, встрече, интервью, эфире, …): a person is not «on a meeting»;
- «с/со» + a noun of a feeling or manner in the instrumental (слезами, улыбкой, сожалением,
  гордостью, …): how the words were said;
- «в/во» + capitalised words to the mention's end right after a person's name (a first name or a
  surname by the dictionary): a person is not named by a city, where a title may be
  («посол России в США» keeps its place: «России» is no person's name).

:func:`cut_occasion` is called by :func:`.mention.mend_mention`. Before: token span ``(i, j)`` of
a mention. After: ``(i, m)`` with ``m`` the token of the preposition opening the first such
phrase, when at least one word is left before it; else the span unchanged.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.ru.morph import readings
from discourse.extract.quotes.tokens import Toks, cap, wordish

__all__ = ["cut_occasion", "occasion_tail"]

# occasions and media of a statement, in the prepositional (after «на» or «в»)
_OCCASIONS = frozenset("""совещании заседании встрече брифинге пресс-конференции конференции
    пресс-подходе церемонии саммите форуме митинге съезде сессии пленуме приёме приеме
    презентации открытии траурной торжественной интервью эфире беседе выступлении
    круглом""".split())
# feelings and manners of saying, in the instrumental (after «с» or «со»)
_MANNERS = frozenset("""слезами улыбкой усмешкой горечью сожалением гордостью волнением
    иронией грустью радостью тревогой возмущением раздражением уверенностью надеждой
    оптимизмом сарказмом юмором пафосом восторгом грустью дрожью укором""".split())
_PLACE_OPENERS = frozenset(("в", "во"))
_MARKS = frozenset("«»\"„“”")
_PERSON_TAGS = ("Name", "Surn")


def _person_name(word: str, low: str) -> bool:
    """Is ``word`` capitalised and read by the dictionary as a first name or a surname?"""
    return cap(word) and any(t in p.tag for p in readings(low) for t in _PERSON_TAGS)


def _after_name(toks: Toks, i: int, m: int) -> bool:
    """Does a person's name end right before token ``m``, past a gloss in brackets («Ромео Райку
    (Romeo Raicu) в Бухаресте»)? The last word is a first name or a surname, or a capitalised
    word after a first name (a surname the dictionary lacks: «Ромео Райку»)."""
    words, lows = toks.words, toks.lows
    k = m - 1
    if words[k] == ")":
        k = next((n for n in range(k - 1, i, -1) if words[n] == "("), i) - 1
    if k < i:
        return False
    return _person_name(words[k], lows[k]) or (
        k > i and cap(words[k]) and wordish(words[k]) and any(
            "Name" in p.tag for p in readings(lows[k - 1])) and cap(words[k - 1]))


def _opens_adverbial(toks: Toks, i: int, m: int, j: int) -> bool:
    """Does token ``m`` open an occasion, a manner or a city (up to ``j``) after the speaker's
    words ``[i, m)``?"""
    words, lows = toks.words, toks.lows
    low, nxt = lows[m], lows[m + 1]
    if (low in ("на", "в", "во") and nxt in _OCCASIONS) or (low in ("с", "со") and nxt in _MANNERS):
        return True
    return low in _PLACE_OPENERS and j - m <= 3 and all(
        wordish(w) and cap(w) for w in words[m + 1:j]) and _after_name(toks, i, m)


def cut_occasion(toks: Toks, i: int, j: int) -> tuple[int, int]:
    """The mention ``[i, j)`` cut before an occasion, a manner or a city after a person's name."""
    if any(w in _MARKS for w in toks.words[i:j]):
        return i, j  # a title in marks in it («на совещании по поправкам в закон «О милиции»»):
        # the passes after read where the attribution ends from the mention, and a cut would
        # leave the title's marks to be paired with the next quotation's
    for m in range(i + 1, j - 1):
        if _opens_adverbial(toks, i, m, j):
            return i, m
    return i, j


def occasion_tail(toks: Toks, i: int, k: int, hi: int) -> bool:
    """Are the tokens ``[k, hi)`` after the mention ``[i, k)`` the adverbial :func:`cut_occasion`
    cut off, up to the sentence's closing punctuation? A dash attribution that ends with it still
    closes its quotation («…, — заявил политик со слезами в голосе.»)."""
    words = toks.words
    e = hi
    while e > k and not wordish(words[e - 1]):
        e -= 1
    return i < k < e - 1 and _opens_adverbial(toks, i, k, e) and all(
        w not in _MARKS and w not in "—–" for w in words[k:hi])
