"""English reports nested in a report: two more readings of the inner report (round 26).

:mod:`.nested` keeps the inner report of "X said Y told Z that P" only after a finite verb of
saying and a speaker mention that reads as one (:mod:`.inner`). Two shapes of the fresh saying
sets' gold (set 11) failed those tests though the sentence rules had read the inner report:

- the inner cue is a phrase with its listener ("Mary said her aide *told reporters* that P"):
  the cue phrase is not a verb of the closed lists, its first word is; :func:`cue_verb` gives
  that word;
- the inner speaker is a bare group noun with a post-modifier ("Lind said that *security staff
  working for Bush* told her P", "*aides to the governor* said"): :func:`.inner.speaker_like_more`
  reads a bare plural only when the mention ends in its head; :func:`post_modified_group` reads
  the head before a participle or a preposition.
"""

from __future__ import annotations

from discourse.extract.quotes.lang.en.inner import SPEAKING_PLURALS

__all__ = ["cue_verb", "post_modified_group"]

# Group nouns that speak as a bare noun beside the plurals of :mod:`.inner` ("staff said",
# "security staff told her"): closed, as there.
_GROUPS = frozenset("""staff staffers employees workers agents guards spokespersons
    officers""".split())
# Words that open a post-modifier after the head: a preposition, a relative word.
_POST = frozenset("of from at for with in to who that".split())
# At most this many words before the post-modifier ("White House security staff").
_HEAD_WORDS = 4


def cue_verb(cue: str) -> str:
    """The verb of a cue phrase: its first word ("told reporters" -> "told", "said" -> "said").

    >>> cue_verb("told reporters")
    'told'
    """
    return cue.split(maxsplit=1)[0] if cue.strip() else cue


def post_modified_group(text: str, m_start: int, m_end: int) -> bool:
    """Does the mention ``text[m_start:m_end]`` open with a lower-case bare plural of people or
    a group noun followed by a post-modifier: a participle in -ing or a preposition ("security
    staff working for Bush", "aides to the governor")?

    >>> t = "security staff working for Bush"
    >>> post_modified_group(t, 0, len(t))
    True
    >>> t = "aides to the governor"
    >>> post_modified_group(t, 0, len(t))
    True
    >>> t = "the virus"
    >>> post_modified_group(t, 0, len(t))
    False
    >>> t = "staff"
    >>> post_modified_group(t, 0, len(t))
    False
    """
    words = text[m_start:m_end].split()
    for k, w in enumerate(words[:_HEAD_WORDS + 1]):
        low = w.lower()
        if k > 0 and (low in _POST or (low.endswith("ing") and len(low) > 4)):
            head = words[k - 1].lower()
            return (head in SPEAKING_PLURALS or head in _GROUPS) and all(
                x.isalpha() and x.islower() for x in words[:k])
    return False
