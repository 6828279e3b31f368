"""English: a bare pronoun mention that :func:`.en.extend_mention` leaves as it is, told by the
few tests that can change it (speed pass twenty-three).

``extend_mention`` runs some twenty steps on every mention ("PG&E", "a source close to X",
appositives, coordinations, ...), 14 µs a mention compiled; half the mentions of news are a
pronoun ("he said", "They told"), and on one a pronoun (``BARE``: no white space, comma,
apostrophe, digit or "&" in it, no name opener, document or head noun) most steps cannot
change anything. With the span still ``(ms, me)`` before each step (the caller falls back to
every step as soon as one may change it), the steps read as follows:

- nothing at all (their patterns need white space, a comma or "'s" inside the mention, or a
  noun the pronoun is not): the floating quantifier, ``for_subject`` ("... for"), the close-to
  end ("source close"), the year after a digit, the document's modifier, the institution's
  "of" (a pronoun is no institution head), ``thing_before_name`` (a noun and a name),
  ``appositive_clause_end`` (", " inside), ``_without_openers`` (an opener, a leading adverb,
  an absolute phrase or a relative clause needs white space or a comma inside; "'s" at the end);
- the character right after the mention: every pattern reading an appositive, a party label,
  "according to X, ...", a possessive, "&", a web domain or the one word that
  ``premodifiers_before`` reads from ``ms`` needs a mark there (``,`` ``'`` ``’`` ``&`` ``.``
  or another character of a word); white space, ";", ":" or the text's end (``_QUIET_AFTER``)
  leaves all of them as they are (for ``premodifiers_before``: the word read is the pronoun,
  which is no head noun and has no ending of a noun for a person);
- the two characters before it: "&" (``[A-Za-z0-9]+&$``, whose ``$`` also matches before a
  last line break) and ", " (``description_before``);
- the rest is asked as it is: ``_source_close_to``, ``_participle_head``, ``_such_as_head``,
  the data noun, the name with "from"/"of"/"for" and the group a capitalised word qualifies
  after a capitalised pronoun ("They data" reads as a name), ``coordinated_extent`` ("He and
  his wife said").

``tests/extract/test_speakers_en_pronoun_span_speed.py`` holds :func:`.en.extend_mention` to its
old body (``tests/reference/speakers_en_extend_mention.py``) on written sentences, generated
texts and Wikinews. Reads text only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from discourse.extract.speakers.lang import en_clause, en_coordinated

__all__ = ["BARE", "unchanged"]

# The pronouns read here: subject pronouns, as written at a sentence's start and inside it. Each
# is one word of letters, none a name opener ("we", "it", "I" are in ``en_clause._NO_SUBJECT``),
# a head noun or a noun with a person's ending (the test module checks these).
BARE = frozenset("he He she She they They we We I it It".split())
# What may follow a mention that no appositive, label, possessive, domain or "&" opens.
_QUIET_AFTER: Final = frozenset(";:")


def unchanged(text: str, ms: int, me: int, close_to: Callable[[str, int], int],
              participle_head: Callable[[str, int, int], int],
              such_as_head: Callable[[str, int], int], group_after: re.Pattern[str]) -> bool:
    """Is ``(ms, me)`` what :func:`.en.extend_mention` gives for the pronoun ``text[ms:me]`` (one
    of :data:`BARE`)? True only when every step leaves it (see the module notes); False when one
    may change it, and then the caller runs every step. ``close_to``, ``participle_head``,
    ``such_as_head`` and ``group_after`` are the steps of :mod:`.en` with those names."""
    after = text[me:me + 1]
    if after and not after.isspace() and after not in _QUIET_AFTER:
        return False
    before = text[max(0, ms - 2):ms]
    if "&" in before or before == ", ":
        return False
    if close_to(text, ms) != ms or participle_head(text, ms, me) != ms or such_as_head(
            text, ms) != ms:
        return False
    word = text[ms:me]
    if word[:1].isupper():
        # (the steps that read a capitalised word: the data noun, the name's "from"/"of"/"for"
        # when the word is capitalised and no name opener, the group after one capitalised
        # word of two letters or more, ``[A-Z][a-z]+``)
        if en_clause._DATA_AFTER.match(text, me) is not None:
            return False
        if en_clause._all_capitalised(word) and en_clause._NAME_FROM.match(text, me) is not None:
            return False
        if len(word) > 1 and group_after.match(text, me) is not None:
            return False
    return en_coordinated.coordinated_extent(text, ms, me) == (ms, me)
