"""English: the person a speaker addresses is not the speaker.

'And even an investor who came through last week was also a little cautious, asking Fisher,
"what are you hearing from other people?"': the quote extractor takes the name right after the
verb of saying as its speaker, as in '"...," said Fisher' -- but after a verb of addressing
(ask, tell, urge, remind, warn, assure) or of naming (mention, name) standing before the quote
the name is its object, the one spoken to or of, and the speaker is the clause's subject ("Haley
..., without mentioning Trump by name, appeared to criticize him: "...""). :func:`addressee_subject`
finds that subject; the inverted order after a quote ('"...?" asked Fisher, "and ...?"'), where the name
after the verb is the speaker, is left alone. Reads plain text; offsets into the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["addressee_subject"]

# A verb of addressing or of naming somebody in any form, then spaces right before the
# mention: the mention is the verb's object. (Not "said", "wrote", "added": they take no
# person as object.)
_ADDRESSING: Final = re.compile(
    r"\b(?:ask|tell|urg|remind|warn|assur|reassur|inform|advis|implor|beseech|mention|nam)"
    r"(?:s|e|es|ed|d|ing|ting)?\s+$|\btold\s+$|\bbesought\s+$")
# Between the mention and the quote: a relative word or a verb of saying gives the mention a
# clause of its own ("asking Ortega, who said, "...""), where it may speak.
_OWN_CLAUSE: Final = re.compile(r"\b(?:who|whom|whose|which|that|said|says|say|saying|told|tells|"
                         r"added|adds|wrote|writes|asked|asks|replied|responded|answered|"
                         r"according|quoted|quoting)\b")
# A closing quotation mark before the verb: the verb follows a quote, the name after it speaks.
_AFTER_QUOTE: Final = re.compile(r"[\"”’']\s*,?\s*$")
# Words that open a sentence before its subject without being part of it ("And even an
# investor ... was cautious, asking").
_LEADING: Final = re.compile(r"(?:(?:And|But|So|Yet|Even|Also|Still|Then|Now|and|but|so|yet|even|also|"
                      r"still|then|now)\s+)+")
# A subordinator or a preposition: the stretch opens with a clause or an adverbial that is not
# the main clause's subject ("In those circumstances, it was up to X ..., by asking"); no
# subject is read.
_SUBORDINATORS: Final = frozenset("""
    when while if although though because as since after before once unless whether until
    in on at by for with from to of during under over without within into it there
""".split())


def addressee_subject(text: str, lo: int, ms: int, me: int, qs: int,
                      subject: Callable[[str, int, int], tuple[int, int] | None],
                      phrase: Callable[[str, int, int], tuple[int, int] | None],
                      ) -> tuple[int, int] | None:
    """Offsets of the subject (``subject``, the language's ``sentence_subject``, reading from
    the sentence start ``lo`` to the verb; else ``phrase``, the noun phrase that opens the
    sentence after "And even" or the like, when a lower-case word, its verb, follows it) of the
    clause whose verb of addressing has the
    mention ``[ms, me)`` as its object, before the quote at ``qs``; None when the mention is no
    such object, has a clause of its own before the quote (a relative word, a verb of saying),
    the verb follows a quote or opens the sentence, or the clause has no subject before it.

    >>> t = 'The buyer was cautious, asking Fisher, "what are you hearing?"'
    >>> s = addressee_subject(t, 0, 31, 37, 40, lambda text, a, b: (0, 9), None)
    >>> t[s[0]:s[1]]
    'The buyer'
    >>> addressee_subject('"Why?" asked Fisher, "and how?"', 0, 13, 19, 21, lambda *a: (0, 1), None)
    """
    if not (lo <= ms < me <= qs) or _OWN_CLAUSE.search(text, me, qs):
        return None
    verb = _ADDRESSING.search(text, max(lo, ms - 16), ms)
    if verb is None or not text[lo:verb.start()].strip():
        return None  # (no verb of addressing, or it opens the sentence: "Asked Fisher: ...")
    if _AFTER_QUOTE.search(text, max(lo, verb.start() - 6), verb.start()):
        return None
    # "Her relationship with Trump has been contentious: In January, Haley delivered ...": the
    # clause after a colon has its own subject
    lo = text.rfind(":", lo, verb.start()) + 1 or lo
    got = subject(text, lo, verb.start())
    if got is None:
        # "And even an investor who came through last week was also a little cautious, asking":
        # the sentence's subject reader leaves a clause with "was" to descriptions; here the
        # phrase before the verb is the one who asks
        lead = _LEADING.match(text, lo, verb.start())
        start = lead.end() if lead is not None else lo
        first = text[start:verb.start()].split()[:1]
        if not first or first[0].lower().strip(",") in _SUBORDINATORS:
            return None
        got = phrase(text, start, verb.start())
        if got is None or not re.search(r"\s[a-z]", text[got[1]:verb.start()]):
            return None
    if got[1] > verb.start():
        return None
    lead = _LEADING.match(text, got[0], got[1])  # "Even a banker": the subject is "a banker"
    return (lead.end(), got[1]) if lead is not None and lead.end() < got[1] else got
