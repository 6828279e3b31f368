"""What each quote says, measured: sentiment, sentiment toward a mention, stance toward
targets, frames, and the word counts behind distinctive vocabulary.

- ``sentiment``: VADER compound per quote (``score_sentiment``, ``sentiment_of``);
- ``targeted``: sentiment toward one mention (``score_sentiment_toward``, ``sentiment_toward``);
- ``stance``: favour/against/none toward ``data/targets.yaml`` (``score_stance``, ``stance_of``);
- ``frames``: frame shares from ``data/frames.yaml`` (``score_frames``);
- ``keyness``: distinctive words of a group (``keyness_by_camp``, ``keyness_from_counts``).

Naming: ``score_*`` adds a measure to a table; ``*_of`` measures one text; ``*_toward`` one
mention in a text.

May import: ``core``, ``text``, ``io``, ``extract``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "sentiment": ["score_sentiment", "sentiment_of"],
        "targeted": ["score_sentiment_toward", "sentiment_toward"],
        "stance": ["load_targets", "score_stance", "score_stance_toward", "stance_of", "stance_toward"],
        "frames": ["load_frames", "score_frames"],
        "keyness": ["keyness_by_camp", "keyness_from_counts"],
    },
)
