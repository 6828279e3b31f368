"""Speaker attribution: each quote's mention linked to a person or role in the article, its
canonical actor and camp.

Shared machinery and language rules are apart, as in :mod:`discourse.extract.quotes`:

- ``attribute``: :func:`attribute_speakers`, the stage (one article at a time, the fallback rules
  for quotes without a mention, the ``attribution`` and ``confidence`` columns);
- ``mentions``: one mention resolved (pronoun, description, name, medium);
- ``resolver``: an article's entities, recency, and the evidence a registry actor needs;
- ``names``: the fullest form of a name the registry does not know;
- ``language``: :class:`SpeakerLanguage`, what a language provides;
- ``lang/``: the languages (``en``, ``ru``), listed in ``lang.LANGUAGES``.
"""

from discourse.extract.speakers.attribute import RULE_CONFIDENCE, attribute_speakers
from discourse.extract.speakers.language import SpeakerLanguage

__all__ = ["RULE_CONFIDENCE", "SpeakerLanguage", "attribute_speakers"]
