"""English: a name's appositive next to a verb of saying, for a speaker named after a quote.

'"...," Jay Sekulow, who serves as attorney for both Mr. Brunson and President Donald Trump,
said': :func:`verb_after_appositive` finds ", said" past the appositive or relative clause that
opens at "who", so that :func:`.en_clause.subject_after` can name Jay Sekulow.
'"...," said Arthur Hardy, a 1965 Warren Easton graduate who became a celebrity': the gold
mention keeps the appositive up to its first noun phrase, and :func:`open_appositive_end` finds
where that ends when no comma closes it (before "who", a participle's phrase, the sentence's
end). Reads text only.
"""

from __future__ import annotations

import re
from typing import Final

from discourse.text.particles import PARTICLES, is_joined_particle

__all__ = ["APPOSITIVE_OPENERS", "open_appositive_end", "verb_after_appositive"]

# What opens an appositive or a relative clause after a name that a quote is attributed to.
APPOSITIVE_OPENERS: Final = frozenset("who the a an his her their its whose".split())
# The stretch stops at a mark, a semicolon or the sentence's end (not the full stop of "Mr.",
# "Dr." or an initial).
_APPOSITIVE_STOP: Final = re.compile(r"[\"“”\n;]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bJr)(?<!\bSt)(?<!\bMrs)"
                              r"(?<!\b[A-Z])[.!?](?=\s|$)")
_COMMA_VERB: Final = re.compile(r",\s+(?:also\s+|later\s+)?([a-z]+)\b")


def verb_after_appositive(text: str, a: int, hi: int, verbs: frozenset[str]) -> int | None:
    """End of the verb of saying (one of ``verbs``) after the comma that closes an appositive
    opening at ``a`` (within 150 characters, before a mark or the sentence's end), else None."""
    stop = _APPOSITIVE_STOP.search(text, a, min(hi, a + 150))
    end = stop.start() if stop is not None else min(hi, a + 150)
    for m in _COMMA_VERB.finditer(text, a, end + 1):
        if m.group(1) in verbs:
            return m.end()
    return None


# A verb of saying right before the name: the name follows it ('"...," said Arthur Hardy, ...').
_SAID_BEFORE: Final = re.compile(r"\b(?:said|says|told|wrote|writes|added|adds|noted|stated|explained|"
                          r"argued|remarked|replied|responded|commented|insisted|warned|declared|"
                          r"announced|continued|concluded|asked|tweeted|posted)\s+$")
# Words that end the appositive's noun phrase: a relative clause, a conjunction, an adverbial.
_NP_STOP: Final = frozenset("""
    who whom whose which that where when while as because after before since and but or
    said says told added during yesterday today tonight
""".split())
# After a participle these words show that it opens its own phrase ("a survivor of the Parkland
# massacre speaking from the back of a truck"), not a modifier inside the noun phrase ("the
# counseling services director").
_PHRASE_AFTER_PARTICIPLE: Final = frozenset("""
    from to at in on with for about the a an his her their its outside before after during
    out up
""".split())
_FIRST_WORDS: Final = frozenset("a an the his her their its".split())
# Nouns for people that the speaker nouns of the language may lack.
_PERSON_NOUNS: Final = frozenset("""
    graduate student attorney veteran survivor candidate nominee aide ally mom dad founder head
    owner resident native volunteer parent neighbour neighbor fan voter
""".split())
_PERSON_ENDING: Final = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|ee|eer|ster)s?$")
_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Col|Gen|Gov|Sen|Rep|Lt|Sgt|Capt)\.")
_TOKEN: Final = re.compile(r"\S+")


def open_appositive_end(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """End of a name mention ``text[ms:me]`` that follows a verb of saying, with the appositive
    after its comma up to that phrase's first noun phrase ('said Ling, a survivor of the
    Parkland massacre speaking from ...' -> "Ling, a survivor of the Parkland massacre"); else
    ``me``. The appositive opens with an article or a possessive, names a
    person (a noun of ``heads``, of :data:`_PERSON_NOUNS` or with a person's ending) and stops
    before a relative word, a participle's phrase, a mark or the sentence's end; one closed by
    a comma is left as it is, and a phrase that names no person ('said Ling, a claim that ...')
    is no appositive."""
    name = text[ms:me].split()
    if not name or not all(w[:1].isupper() or w == "of" or w in PARTICLES or is_joined_particle(w)
                           for w in name) or not _SAID_BEFORE.search(text, max(0, ms - 16), ms):
        return me
    m = re.match(r",[ \t]+", text[me:me + 3])
    if m is None:
        return me
    lo = me + m.end()
    words: list[tuple[int, str]] = []
    for t in _TOKEN.finditer(text, lo, min(len(text), lo + 200)):
        w = t.group()
        low = w.lower()
        nxt = _next_word(text, t.end())
        if low in ("and", "or") and nxt[:1].isupper() and words and words[-1][1][:1].isupper():
            pass  # "the House Public Safety and Homeland Security Committee": one name
        elif low in _NP_STOP or (len(words) >= 2 and w.islower() and (
                (low.endswith("ing") and nxt.lower() in _PHRASE_AFTER_PARTICIPLE)
                or (low.endswith("ed") and len(low) > 4
                    and words[-1][1].lower() not in _FIRST_WORDS))):
            break  # "who became", "speaking from", "a senator elected in 2016"
        cut = re.search(r"[,;:()\"“”\n]|[!?]", w)
        if cut is None and w.endswith(".") and not _ABBREVIATION.fullmatch(w):
            cut = re.search(r"\.$", w)
        if cut is not None:
            if cut.group() == ",":
                # 'said Cattelan, the artist, in an e-mail': an appositive closed by a comma is
                # the quote extractor's to keep or leave (the gold sets differ on it)
                return me
            if cut.start() > 0:
                words.append((t.start() + cut.start(), w[:cut.start()]))
            break
        words.append((t.end(), w))
        if len(words) > 16:
            return me
    if len(words) < 2:
        return me
    first = words[0][1]
    if not (first.lower() in _FIRST_WORDS or first.endswith(("'s", "’s"))):
        # a bare role ('said Mark Langdale, former president of the George W. Bush Foundation
        # who saw him'): the gold sets differ on it, and the extractor leaves it out
        return me
    plain = [w.lower().strip(".,'’") for _, w in words]
    if plain[0] in ("in", "on", "at", "according", "speaking", "adding", "saying"):
        return me  # 'said Ling, in a statement': an adverbial, no appositive
    if not any(w in heads or w in _PERSON_NOUNS or (_PERSON_ENDING.search(w) and len(w) > 4)
               for w in plain[1:]):
        return me
    return words[-1][0]


def _next_word(text: str, pos: int) -> str:
    m = _TOKEN.search(text, pos, pos + 40)
    return m.group() if m else ""
