"""English: the object of a causative verb speaks the quote its verb of saying introduces.

'Backlash from the statement led Biden to express "I shouldn't have been so cavalier ..."', 'The
report prompted Hale to tweet: "..."', 'The vote forced the senator to admit, "..."': the
clause's subject (the backlash, the report, the vote) makes somebody else say the words; the
speaker is the causative verb's object, right before "to" and the verb of saying that ends the
stretch before the quote. :func:`causative_speaker` finds it. Plain text; offsets into it.
"""

from __future__ import annotations

import re

__all__ = ["causative_speaker"]

# A causative verb, its object (a short phrase without a comma or a mark), "to", a verb of
# saying, then only a comma or a colon before the quote.
_CAUSATIVE = re.compile(
    r"\b(?:led|leads|leading|prompted|prompts|prompting|forced|forces|forcing|caused|causes|"
    r"causing|pushed|pushes|pushing|spurred|spurs|spurring|compelled|compels|compelling|"
    r"moved|moves|drove|drives|driving|inspired|inspires|inspiring)\s+"
    r"(?P<np>[^\s,;:\"“”]+(?:\s+[^\s,;:\"“”]+){0,5}?)\s+to\s+(?:\w+ly\s+)?"
    r"(?:say|tell\s+\S+|tweet|write|post|express|admit|declare|respond|reply|add|comment|"
    r"announce|warn|insist|quip|joke|remark|concede|acknowledge|proclaim|exclaim|ask|plead)"
    r"\s*[,:]?\s*$")
# Words that open no speaker's phrase: the object is a clause or a thing ("led to", "forced
# it to", "prompted some to").
_NOT_SPEAKER = frozenset("it this that these those some many others something what".split())


def causative_speaker(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the object of a causative verb whose "to" and verb of saying end the stretch
    ``text[lo:hi]`` (from a sentence start to a quote's opening mark); None when the stretch
    does not end so or the object names no one.

    >>> t = 'The report prompted Hale to tweet: '
    >>> s = causative_speaker(t, 0, len(t)); t[s[0]:s[1]]
    'Hale'
    >>> causative_speaker('The report prompted it to say: ', 0, 31) is None
    True
    >>> causative_speaker('Hale wanted to say: ', 0, 20) is None
    True
    """
    m = _CAUSATIVE.search(text, max(lo, hi - 160), hi)
    if m is None or m.start() < lo:
        return None
    np_ = m.group("np")
    if np_.split()[0].lower() in _NOT_SPEAKER:
        return None
    return m.span("np")
