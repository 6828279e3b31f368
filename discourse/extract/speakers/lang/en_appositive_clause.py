"""English: a relative clause or a participle's phrase inside a name's appositive is no part of it.

The direct-quote sets (``tests/devset/draw_newsmtsc_direct7.py`` and the sets it cites) keep a
name's appositive in the mention but leave out a relative clause after it, and so a reduced one, a
participle's phrase: "said Daniel Benjamin, a former State Department counter-terrorism
coordinator who now teaches at ..." is marked "Daniel Benjamin, a former State Department
counter-terrorism coordinator", "said Ling, a survivor of the Parkland massacre speaking from the
back of a truck" is marked "Ling, a survivor of the Parkland massacre". The speakers stage cut
the appositive so only where it builds the mention itself, after a verb of saying with no comma
closing it (:func:`.en_appositive.open_appositive_end`); the mention the quote extractor hands
over kept the clause in the other orders: 'Ann Lee, a lawyer who runs the clinic, said: "..."',
'"...," Ann Lee, a lawyer known for her work on civil rights, said.', '"...," said Ann Lee, a
lawyer who runs the clinic.' (the appositive ending the sentence). :func:`appositive_clause_end`
gives every order the same boundary. Reads text only.
"""

from __future__ import annotations

import re

__all__ = ["appositive_clause_end"]

_TOKEN = re.compile(r"\S+")
# Words that open a relative clause about the person. "that" and "which" are left: they tie to
# the nearest noun, often the institution of a role, which the gold keeps ("Director General of
# the DRC's Institut National de Recherche Biomédicale that monitored the trial", Wikinews dev4).
_RELATIVE = frozenset("who whom whose".split())
# Words that open an appositive's noun phrase: an article or a possessive pronoun.
_FIRST_WORDS = frozenset("a an the his her their its our".split())
# Words a noun phrase cannot end with: a participle right after one of these modifies the noun
# that follows ("a retired nurse", "the head of the funding for"), it opens no phrase.
_NOT_LAST = frozenset("""
    a an the his her their its our of for to in at on and or by from with as
""".split())
# Words of a clause of their own: a modal or an auxiliary in the stretch before the cut shows
# it is no noun phrase ("the would-be successor should Pierluisi remain unconfirmed by").
_CLAUSE_WORDS = frozenset("""
    should would could will can may might must shall is are was were be been has have had do
    does did remain remains remained
""".split())
# Adverbs that may stand before a participle's phrase ("a former prosecutor now running for").
_ADVERBS = frozenset("now currently still also recently once formerly later long".split())
# Words that show a participle opens a phrase of its own ("accused of", "representing the
# family", "known for"), not a modifier inside the noun phrase ("a highly regarded lawyer").
_PHRASE_AFTER = frozenset("""
    of for to at in on with from about by as into over under since after before during the a an
    his her their its this that these those
""".split())
# Past participles not ending in -ed.
_IRREGULAR = frozenset("""
    known born held chosen sworn given taken caught brought sent found kept seen shown thrown
""".split())
# Nouns for people that the speaker nouns of the language may lack.
_PERSON_NOUNS = frozenset("""
    graduate student attorney veteran survivor candidate nominee aide ally mom dad founder head
    owner resident native volunteer parent neighbour neighbor fan voter
""".split())
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|ee|eer|ster)s?$")


def _participle(word: str) -> bool:
    """Is a lower-case ``word`` a participle ("accused", "known", "running")?"""
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR or (
        len(word) > 5 and word.endswith("ing"))


def _names_person(words: list[str], heads: frozenset[str]) -> bool:
    """Does a noun phrase's words name a person (a speaker noun, a person's ending)?"""
    return any(w in heads or w in _PERSON_NOUNS or (len(w) > 4 and _PERSON_ENDING.search(w))
               for w in words)


def appositive_clause_end(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """End of the mention ``text[ms:me]`` without the relative clause or the participle's phrase
    that closes the appositive after its name ("Ann Lee, a lawyer who runs the clinic" -> "Ann
    Lee, a lawyer"; "Tom Hale, a lawyer accused of fraud" -> "Tom Hale, a lawyer"; "Ann Lee, a
    former prosecutor now running for mayor" -> "Ann Lee, a former prosecutor"); else ``me``.

    The name before the first comma ends with a capitalised word; the appositive opens with an
    article, a possessive or a noun for a person and names a person before the cut; the clause
    runs to the mention's end (no comma after it, so no second name is lost). A participle
    counts only when a preposition, an article or a determiner follows it and a noun, not an
    article or a preposition, comes before it ("a retired nurse", "a highly regarded lawyer"
    stay whole)."""
    comma = text.find(", ", ms, me)
    if comma <= ms or not text[comma - 1:comma].isalnum() and text[comma - 1] not in ".)":
        return me
    name = text[ms:comma].split()
    if not name or not name[-1][:1].isupper() or "," in text[comma + 1:me]:
        return me
    tokens = [(t.start(), t.group()) for t in _TOKEN.finditer(text, comma + 1, me)]
    if not tokens:
        return me
    low = [w.lower().strip(".;:()\"“”") for _, w in tokens]
    if low[0] in _RELATIVE:
        return comma  # "Tom Hale, who chairs the committee": the name alone
    if not (low[0] in _FIRST_WORDS or low[0].endswith(("'s", "’s")) or _names_person(low[:1], heads)):
        return me  # an adverbial ("Tom Hale, in a statement") or no appositive
    for i in range(1, len(tokens)):
        w, prev = low[i], low[i - 1]
        nxt = low[i + 1] if i + 1 < len(tokens) else ""
        if not tokens[i][1][:1].islower():
            continue
        if w in _RELATIVE:
            cut = i
        elif (_participle(w) and nxt in _PHRASE_AFTER and prev not in _NOT_LAST
              and not prev.endswith("ly") and prev not in _FIRST_WORDS):
            cut = i - 1 if prev in _ADVERBS and i >= 2 else i
        else:
            continue
        kept = low[1 if low[0] in _FIRST_WORDS else 0:cut]
        if (not kept or kept[-1] in _NOT_LAST or not _names_person(kept, heads)
                or any(k in _CLAUSE_WORDS for k in kept)):
            return me
        end = tokens[cut - 1][0] + len(tokens[cut - 1][1])
        return end
    return me
