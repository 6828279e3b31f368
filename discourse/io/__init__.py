"""Reading corpora: a folder of ``.txt``/``.md`` articles (with ``metadata.csv`` or front
matter) or a CSV/JSONL/Parquet table, into the articles table, chunk by chunk.

- ``corpus``: ``read_corpus``, ``iter_corpus``; decoding, metadata, skipped files and why;
- ``examples``: the embedded example corpus as a ready-made articles table.

May import: ``core``, ``text``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "corpus": ["Corpus", "CorpusError", "iter_corpus", "read_corpus"],
        "examples": ["seed_articles"],
    },
)
