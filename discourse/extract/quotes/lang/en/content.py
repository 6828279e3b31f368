"""What the text inside English quotation marks reads as: a title, a sentence, a clause.

"The Kelly File" is a title (a few capitalised words, no verb), "We are open" someone's
sentence. The classification of pass 1 asks these to tell quotes from names and scare quotes;
:func:`name_before` tells a programme's title after "on" even with a full stop inside its marks
(American style: ``said on CNN’s “State of the Union.”``).
"""

from __future__ import annotations

import re
from typing import Final

from discourse.extract.quotes.document import Doc
from discourse.extract.quotes.lang.en.words import AUX
from discourse.extract.quotes.language import sentence_like_by

__all__ = ["has_verb", "looks_like_title", "name_before", "sentence_like", "title_end"]

_TITLE_WORD: Final = re.compile(r"[^\W_][\w'’\-.&]*")
_VERB_WORD: Final = re.compile(r"[^\W\d_][\w'’]*")
_SMALL: Final = frozenset("of the and a an in on for to at by with from or vs".split())


def looks_like_title(content: str) -> bool:
    """1–4 capitalised words without a verb or final punctuation: a name or title."""
    if content.rstrip()[-1:] in ".!?,":  # tested first: it costs less than finding words
        return False
    # Seven words in a prefix are seven in the whole (only the last can be cut short): a long
    # quote is rejected without finding all its words.
    words = _TITLE_WORD.findall(content, 0, 100)
    if len(words) > 6:
        return False
    if len(content) > 100:
        words = _TITLE_WORD.findall(content)
    if not words or len(words) > 6:
        return False
    content_words = [w for w in words if w.lower() not in _SMALL]
    if not content_words:
        return False
    if any(w.lower() in AUX for w in words):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content_words)


_VERBISH: Final = AUX | frozenset("say says think know want need go get make take".split())


def has_verb(content: str) -> bool:
    """Is a word of ``content`` an auxiliary or a frequent verb, or does one end in "ed" or
    "n't"? Decided in C: a set test, then a search of the words joined by "\x00" (which no
    word holds) for an ending followed by the separator."""
    words = _VERB_WORD.findall(content.lower())
    if not _VERBISH.isdisjoint(words):
        return True
    joined = "\x00".join(words) + "\x00"
    return "ed\x00" in joined or "n't\x00" in joined


# the rule every language shares, on this language's verbs and titles
sentence_like = sentence_like_by(has_verb, looks_like_title)


# "on" right before the mark, perhaps with a channel's possessive between: "said Monday on
# “Tucker Carlson Tonight.”", "told … on CNN’s “State of the Union.”", "on NBC's "Meet the Press"";
# or "told" with the programme as listener: "told “Fox News Sunday.”", "told NBC’s “Meet the
# Press,” in response to …"
_ON_PROGRAMME: Final = re.compile(r"\b(?:on|told|tells|tell|telling)\s+"
                           r"(?:[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,2}['’]s?\s+)?$")
_CLOSE: Final = re.compile(r'["”]')


def name_before(doc: Doc, lo: int, pos: int) -> bool:
    """Do the marks opening at ``pos`` hold a programme's title after "on" or "told" (a few capitalised
    words, no verb, a final stop or comma allowed: the American style puts it inside)? The
    title is no quote, and the clause before it keeps its report ("P, Steyn said on “…”")."""
    text = doc.text
    if _ON_PROGRAMME.search(text, max(lo, pos - 40), pos) is None:
        return False
    close = _CLOSE.search(text, pos + 1, min(len(text), pos + 80))
    return close is not None and looks_like_title(text[pos + 1:close.start()].rstrip(" .,"))


def title_end(doc: Doc, ti: int, k: int, tj: int) -> int:
    """Token after a programme's title in marks opening at token ``k`` after "told X's" ("told
    MSNBC’s “Morning Joe” on Wednesday that P": the listener runs through it); ``k`` otherwise.
    ``ti``: the sentence's first token (how far back the title's context is read)."""
    toks = doc.toks
    if k >= tj or toks.words[k] not in ('"', "“") or not name_before(
            doc, toks.starts[ti], toks.starts[k]):
        return k
    m = next((m for m in range(k + 1, min(tj, k + 10)) if toks.words[m] in ('"', "”")), None)
    return k if m is None else m + 1
