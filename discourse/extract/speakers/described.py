"""A description of a role that speaks, kept as a mention though the article names nobody.

"The mayor wrote on Monday:" above a block quote: the line's subject is a description of a
person by role ("the mayor", "a spokeswoman") that the article may never name. The block's
rule (:func:`.turns.colon_block`) asked for a name the subject resolves to and left the quote
without a mention; the gold (ANNOTATION.md: the mention as written, a description is a mention)
marks the description, as the rules already do when the quote follows the colon on the same
line ('The mayor wrote: "..."'). Language-neutral: reads the language's titles and its test
for a description.
"""

from __future__ import annotations

from discourse.extract.speakers.language import SpeakerLanguage

__all__ = ["role_description"]


def role_description(mention: str, lang: SpeakerLanguage) -> bool:
    """Is ``mention`` a description ("The mayor", "a company spokeswoman") whose head, its
    last word, is a role of a person (one of ``lang.titles``)? "Sitting in a prison cell" or
    "the report" are not.

    >>> from discourse.extract.speakers.lang.en import ENGLISH
    >>> role_description("The mayor", ENGLISH), role_description("the report", ENGLISH)
    (True, False)
    """
    words = mention.split()
    return bool(words) and lang.is_description(mention) and (
        words[-1].lower().strip(".,;:") in lang.titles)
