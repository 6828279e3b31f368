"""Who said what: quotations and reported speech, their speakers, and the actors and camps
behind the speakers.

- ``quotes/``: find quotes (language-independent passes; language rules in ``quotes/lang/``);
- ``speakers``: link each quote to its speaker mention and actor;
- ``actors/``: the actor registry (names, mentions, descriptions, camps by date, media);
- ``attributed``: ``extract_attributed_quotes``, the two steps in one call;
- ``statements``: a statements corpus (known speakers) as units.

May import: ``core``, ``text``, ``io``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "quotes": ["extract_quotes", "load_cues"],
        "speakers": ["attribute_speakers"],
        "actors": ["ActorRegistry", "load_actors", "resolve_actors"],
        "attributed": ["extract_attributed_quotes"],
        "statements": ["statements_as_units"],
    },
)
