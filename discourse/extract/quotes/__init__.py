"""Find quotations and reported speech in news text.

The extractor works in three passes over each article, all linear in the text length:

1. **Quotation marks.** Marks are paired per paragraph with a small stack machine that knows
   curly, straight, guillemet and low-nine marks, tells apostrophes from single quotes, and
   resolves ambiguous straight marks by looking ahead. A quote left open at a paragraph end
   continues into the next paragraph when that paragraph opens with a quote mark (news
   convention) or closes the quote before opening another one, followed by an attribution
   (inconsistent typography); otherwise it is capped at its paragraph. Each pair is then
   classified as ``direct``, ``partial`` or ``nested``, or dropped as a name, title or scare quote.
2. **Embedded posts.** A block of unmarked paragraphs followed by a signature line
   (``- Name (@handle) Month D, YYYY``) is an ``embedded`` quote signed by that name.
3. **Reported speech.** Sentences outside quotes are matched against clause patterns built
   from the cue lexicon (``data/cues.yaml``): ``X said (that) P``, ``P, X said``,
   ``According to X, P``, ``X declared <statement>``, ``This was stated by X`` … (``indirect``).

Speaker mentions found by the syntax of the sentence are recorded with their offsets; resolving
them to actors is :mod:`discourse.extract.speakers`' job.

The modules: the language-independent machinery, in the order it runs, then the language rules.

- :mod:`.cues`: the cue lexicon (``Cue``, ``CueLexicon``, ``load_cues``);
- :mod:`.tokens`: the token columns; :mod:`.spans`: span helpers; :mod:`.document`: the
  document model (``Doc``, ``Found``, ``Attr``);
- :mod:`.marks`: pass 1, pairing the quotation marks; :mod:`.classify`: pass 1, what each pair
  holds; :mod:`.embedded`: pass 2; :mod:`.reported`: pass 3;
- :mod:`.extract`: the entry point (``extract_quotes``, ``extract_document``);
- :mod:`.language`: ``QuoteLanguage``, what a language provides to the passes;
  :mod:`.lang`: the languages (:mod:`.lang.en`, English).

Sentence and paragraph boundaries come from :mod:`discourse.text.segment`.
"""

from __future__ import annotations

from discourse.extract.quotes.cues import Cue, CueLexicon, load_cues
from discourse.extract.quotes.extract import HELPER_COLUMNS, extract_document, extract_quotes
from discourse.extract.quotes.lang.en import PRONOUNS

__all__ = [
    "HELPER_COLUMNS", "PRONOUNS", "Cue", "CueLexicon", "extract_document", "extract_quotes",
    "load_cues",
]
