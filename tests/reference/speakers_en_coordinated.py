"""``coordinated_names`` of ``discourse/extract/speakers/lang/en.py`` at 1ed8863 (before speed
pass twenty): the plural title, the states and the list pattern were read for every mention,
also for one without "and". Only the name and the helpers' paths changed (they are read from
the package)."""

from __future__ import annotations

from discourse.extract.speakers.lang.en import (
    _CONJUNCTION,
    _NAME_LIST,
    _PLURAL_TITLES,
    _STATE_AFTER_NAME,
    NOT_PERSON_WORDS,
    TITLES,
)


def reference_coordinated_names(mention: str) -> list[str]:
    """The names of a mention that is only names joined by commas and "and" ("La Riva,
    Hawkins, Blankenship, and Carroll", "Joe Biden and Kamala Harris"), at least two and no
    title or description among them (a plural title may open the list: "Sens. Ann Bell and Tom
    Hale"); else ``[]``."""
    words = mention.split()
    if len(words) > 1 and words[0].lower() in _PLURAL_TITLES and words[1][:1].isupper():
        mention = " ".join(words[1:])  # (a singular title may be the first name's only)
    # "Pelosi, of California, and Schumer, of New York", "Pelosi, D-Calif., and Schumer, D-N.Y.":
    # each name with its state, a list of two people
    mention = _STATE_AFTER_NAME.sub("", mention)
    if " and " not in mention or not _NAME_LIST.fullmatch(mention.strip() + " "):
        return []
    names = [n.strip() for n in _CONJUNCTION.split(mention.strip()) if n.strip()]
    if len(names) < 2 or any(w.lower().strip(".") in TITLES or w.lower() in NOT_PERSON_WORDS
                             or "'s" in w or "’s" in w for n in names for w in n.split()):
        # a title, an institution's word or a possessive ("Turkey's Disaster and Emergency
        # Management Presidency") makes it no list of people
        return []
    return names
