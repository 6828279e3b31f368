"""English: the appositive a comma closes after a name that follows its verb of saying.

'"...," said Aaron Weiss, deputy director of a water project, another advocacy group.' and
'"...," said Tom Hale, a lawyer for the city, in a statement.': the mention is the name with its
appositive ("Aaron Weiss, deputy director of a water project"), as ANNOTATION.md's "in-text words
that attribute the quote" read it and as the direct-quote sets and the English Wikinews gold
(its README: mentions keep their appositive) mark it; the order with the verb after the name
('"...," Tom Hale, a lawyer for the city, said') already kept it, and the inverted order kept it
only when the appositive ended the sentence. The saying sets drop such an appositive (a
convention of theirs, docs/validation.md, round 23's list): this module follows the sets the
direct-quote mentions are measured on. A place after a comma that ends a proper name ("at the
University of California, Irvine.") belongs to the appositive. Reads text only.
"""

from __future__ import annotations

import re

__all__ = ["closed_appositive_end", "names_person", "role_before_verb"]

# The verb of saying right before the name ('"...," said Aaron Weiss, ...').
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|wrote|writes|added|adds|noted|stated|explained|"
                          r"argued|remarked|replied|responded|commented|insisted|warned|declared|"
                          r"announced|continued|concluded|tweeted|posted|explains|notes|argues|"
                          r"insists|warns|recalled|recalls)\s+$")
_WORD = re.compile(r"[^\s,;:()\"“”]+")
# Words that open no appositive: prepositions and adverbials ("in a statement", "on Monday"),
# participles of a phrase of their own ("speaking to reporters", "adding that"), relative words.
_NOT_FIRST = frozenset("""
    in on at by for from with without to into after before during since according who whom
    whose which that where when while as because and but or also though although if then now
    later earlier today yesterday tonight this last next both either
""".split())
_FIRST_WORDS = frozenset("a an the his her their its our".split())
# Words inside a noun phrase that show it is a clause or an adverbial instead.
_CLAUSE_WORDS = frozenset("""
    who whom whose which that where when while because said says told added adding saying is are
    was were has have had will would could should can may might do does did been being
""".split())
# Nouns for people besides the speaker nouns of the language ("head of the group").
_PERSON_NOUNS = frozenset("""
    head graduate student attorney veteran survivor candidate nominee aide ally mom dad founder
    owner resident native volunteer parent neighbour neighbor fan voter chief chair director
    professor fellow partner principal deputy counsel president secretary official spokesman
    spokeswoman spokesperson adviser advisor expert analyst lawyer economist scientist
""".split())
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|ee|eer|ster)s?$")
# A place that ends a proper name after a comma: one or two capitalised words (an abbreviation
# too: "N.J."), then the sentence's end or another comma.
_PLACE_AFTER = re.compile(r",[ \t]+(?:[A-Z][\w.'’\-]*)(?:[ \t]+[A-Z][\w.'’\-]*)?(?=[.,;](?:\s|$)|$)")
_MAX_WORDS = 14


def closed_appositive_end(text: str, ms: int, me: int, heads: frozenset[str]) -> int:
    """End of a name mention ``text[ms:me]`` right after a verb of saying, with the appositive
    after it that a comma closes ('said Tom Hale, a lawyer for the city, in a statement' ->
    "Tom Hale, a lawyer for the city"); else ``me``. The appositive opens with an article, a
    possessive or a lower-case noun, names a person (a noun of ``heads`` or for a person) and
    holds no verb, relative word or mark; an adverbial ("in a statement"), an age ("45") or a
    participle's phrase ("speaking to reporters") is none. An appositive the sentence's end
    closes is :func:`.en_appositive.open_appositive_end`'s and
    :func:`.en_inverted.role_after_name`'s."""
    name = text[ms:me].split()
    if not name or not all(w[:1].isupper() for w in name) or not _SAID_BEFORE.search(
            text, max(0, ms - 16), ms):
        return me
    m = re.match(r",[ \t]+", text[me:me + 3])
    if m is None:
        return me
    lo = me + m.end()
    close = text.find(",", lo, lo + 160)
    if close < 0 or re.search(r"[\n\"“”;:()!?]|\.(?:\s|$)", text[lo:close]):
        return me  # not closed by a comma in the sentence: no closed appositive here
    words = _WORD.findall(text, lo, close)
    if not 1 < len(words) <= _MAX_WORDS:
        return me
    plain = [w.lower().strip(".'’") for w in words]
    first = plain[0]
    if (first in _NOT_FIRST or not first.isalpha() or first.endswith("ing")
            or any(w in _CLAUSE_WORDS for w in plain[1:])):
        return me
    if not (first in _FIRST_WORDS or words[0].endswith(("'s", "’s")) or words[0][:1].islower()):
        return me  # "said Tom Hale, Texas Republican, ...": a capitalised role is left as it is
    if not names_person(plain[1 if first in _FIRST_WORDS else 0:][:6], heads):
        return me  # no person named early in the phrase ("a claim that ...")
    end = close
    place = _PLACE_AFTER.match(text, close)
    if place is not None and words[-1][:1].isupper():
        end = place.end()  # "at the University of California, Irvine."
    while end > lo and text[end - 1] in ". ":
        if text[end - 1] == "." and re.search(r"(?:\b[A-Z]|\b[A-Z][a-z]{0,3})\.$", text[lo:end]):
            break  # "N.J.", "Inc.": the abbreviation's full stop stays
        end -= 1
    return end


def names_person(plain: list[str], heads: frozenset[str]) -> bool:
    """Does one of the lower-cased words ``plain`` name a person (a noun of ``heads``, of
    :data:`_PERSON_NOUNS` or with a person's ending: "secretary", "lawyer", "organizer")?"""
    return any(w in heads or w in _PERSON_NOUNS or (_PERSON_ENDING.search(w) and len(w) > 4)
               for w in plain)


_MAX_ROLE_WORDS = 10


def role_before_verb(text: str, a: int, hi: int, verbs: frozenset[str],
                     heads: frozenset[str]) -> int | None:
    """End of a role that opens at ``a`` after a name's comma and runs into the verb of saying
    (one of ``verbs``) without the comma that should close it ('"...," Anna Berg, press
    secretary for the campaign told reporters.': a slip common in news copy), within ``hi``;
    None for another shape. The role opens with a lower-case word, an article or a possessive,
    names a person in its first four words, and holds at most ten words, no mark and no verb or
    relative word before the verb of saying."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, a, min(hi, a + 160))]
    for i, (_s, _e, w) in enumerate(words[:_MAX_ROLE_WORDS + 1]):  # the role, then the verb
        if w.lower() not in verbs:
            continue
        if i == 0:
            return None
        role = words[:i]
        plain = [r[2].lower().strip(".'’") for r in role]
        first = plain[0]
        if (first in _NOT_FIRST or not first.isalpha() or first.endswith("ing")
                or not (role[0][2][:1].islower() or first in _FIRST_WORDS)
                or any(p in _CLAUSE_WORDS for p in plain)
                or re.search(r"[\n\"“”,;:()!?]|\.\s", text[a:words[i][0]])):
            return None
        if not names_person(plain[1 if first in _FIRST_WORDS else 0:][:4], heads):
            return None
        return role[-1][1]
    return None
