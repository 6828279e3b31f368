"""English speaker mentions of reports: where the words that name the speaker begin and end.

The sentence rules take the noun phrase before a cue (or after "according to") as the speaker
mention; a few words around it are not the speaker's name. Input: the reports of one sentence
(:class:`~discourse.extract.quotes.document.Found`, mention offsets in ``attr``); output: the
same reports, the mention of each trimmed or widened where

- a domain name was cut at its dot: "Znak.com reported" gave "com", now "Znak.com";
- a hedge opens it: "someone, seemingly Honcharuk, audibly says" gave "seemingly Honcharuk",
  now "Honcharuk";
- an adverb closes it: "The Emergency Situations Ministry further indicated …" gave "… Ministry
  further", now "The Emergency Situations Ministry";
- the channel follows it: "according to the mayor of Yartsevo via news agency Interfax" gave the
  whole, now "the mayor of Yartsevo" (the agency carried the words; it did not say them).

Spans, kinds, cues and rules are unchanged; a report without a mention is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from discourse.extract.quotes.document import Doc, Found

__all__ = ["tidy_mentions"]

# "Znak.com", "Lenta.ru", "Politico.eu": a word, a dot, then the lower-case rest of a domain
_DOMAIN_HEAD: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.$")
_DOMAIN_TAIL: Final = re.compile(r"[a-z]{2,6}(?:\.[a-z]{2,3})?")
# Sentence adverbs that hedge who spoke; they qualify the attribution, not the speaker.
_HEDGES: Final = frozenset("""seemingly apparently reportedly allegedly presumably probably possibly
    supposedly evidently purportedly perhaps maybe likely""".split())
# Adverbs that stand between a subject and its verb ("The ministry further said", "Smith
# later told", "the company publicly denied"); a mention never ends on one.
_CLOSING_ADVERBS: Final = frozenset("""further also later earlier previously subsequently then again
    too still now meanwhile separately publicly privately openly repeatedly initially finally
    once already recently reportedly allegedly apparently seemingly""".split())
# Nouns and names in -ly that may close a mention ("the family", "the assembly", "Italy").
_LY_NOUNS: Final = frozenset("""family ally rally assembly supply monopoly anomaly bully belly lily
    jelly fly reply daily weekly monthly quarterly elderly italy sicily july kelly emily holly
    molly sally billy willy""".split())
# Words that bring in the channel the words came through, not the speaker.
_CHANNEL: Final = re.compile(r"\s+via\s+")
# A word: a run of anything but white space (compiled once: re.finditer with the string looked
# the pattern up in re's cache at each of the many mentions)
_WORD: Final = re.compile(r"\S+")


def tidy_mentions(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each report's mention offsets tidied (see the module docstring)."""
    out = []
    for f in found:
        a = f.attr
        if a is None or a.m_start < 0:
            out.append(f)
            continue
        ms, me = _tidied(doc.text, a.m_start, a.m_end)
        out.append(f if (ms, me) == (a.m_start, a.m_end) else replace(
            f, attr=a._replace(m_start=ms, m_end=me)))
    return out


def _tidied(text: str, ms: int, me: int) -> tuple[int, int]:
    """The offsets of the mention ``text[ms:me]`` after the four fixes, in order."""
    mention = text[ms:me]
    # (a domain's head ends with "." right before the mention: tested first, speed pass
    # eighteen, a regex search less for most mentions)
    if text[ms - 1:ms] == "." and _DOMAIN_TAIL.fullmatch(mention):
        head = _DOMAIN_HEAD.search(text, max(0, ms - 40), ms)
        if head is not None and head.end() == ms:
            return head.start(), me  # "Znak.com": the mention was the part after the dot
    if mention.isalnum():
        # one word of letters and digits ("she", "Reuters"), no white space (speed pass
        # twenty-six): the channel needs white space around "via", and a hedge or a closing
        # adverb is cut only from two words or more; nothing below changes it
        return ms, me
    channel = _CHANNEL.search(mention)
    if channel is not None and channel.start() > 0:
        me = ms + channel.start()  # "the mayor of Yartsevo via news agency Interfax"
    words = list(_WORD.finditer(text[ms:me]))
    if len(words) >= 2 and words[0].group().lower() in _HEDGES:
        ms += words[1].start()  # "seemingly Honcharuk"
        words = words[1:]
    while len(words) >= 2 and _closing_adverb(words[-1].group()):
        me = ms + words[-2].end() - words[0].start()  # "The … Ministry further"
        words = words[:-1]
    return ms, me


def _closing_adverb(word: str) -> bool:
    """Is ``word`` an adverb that cannot end a speaker's noun phrase ("further", "quickly")?"""
    low = word.lower()
    if not word.islower():
        return False  # "Kelly", "Daily": a name
    return low in _CLOSING_ADVERBS or (
        low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS)
