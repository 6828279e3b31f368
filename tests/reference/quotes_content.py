"""The English content tests of :mod:`discourse.extract.quotes.lang.en.content` as they were:
the title test finding every word first, the sentence-like test always running the title test on
the trimmed content, the verb test looping over the words in Python."""

from __future__ import annotations

from discourse.extract.quotes.lang.en import content as content_rules
from discourse.extract.quotes.lang.en.content import looks_like_title, sentence_like
from discourse.extract.quotes.lang.en.words import AUX


def reference_looks_like_title(content: str) -> bool:
    words = content_rules._TITLE_WORD.findall(content)
    if not words or len(words) > 6:
        return False
    if content.rstrip()[-1:] in ".!?,":
        return False
    content_words = [w for w in words if w.lower() not in content_rules._SMALL]
    if not content_words:
        return False
    if any(w.lower() in AUX for w in words):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content_words)


def reference_sentence_like(content: str, words: int) -> bool:
    """``_sentence_like`` as it was: the title test always run on the trimmed content."""
    core = content.rstrip(" ,.;:!?…—–-")
    if not core or looks_like_title(core):
        return False
    return sentence_like(content, words, looks_like_title(core))


def reference_has_verb(content: str) -> bool:
    for w in content_rules._VERB_WORD.findall(content.lower()):
        if w in AUX or w.endswith(("ed", "n't")) or w in ("say", "says", "think", "know", "want",
                                                         "need", "go", "get", "make", "take"):
            return True
    return False
