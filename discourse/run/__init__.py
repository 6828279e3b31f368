"""Running the stages on a corpus: chunk by chunk, on one machine or a Dask cluster, and the
papermill report.

- ``chunks``: the registries a run uses (``Config``) and every stage on one chunk;
- ``summary``: what the comparisons need, accumulated chunk by chunk; ``units``: the units CSV;
- ``pipeline``: ``run_pipeline`` (in memory), ``stream_pipeline`` (streaming; pandas or Dask);
- ``dask_engine``: the same chunks on a Dask cluster;
- ``params``: the report's parameters, validated before any work;
- ``report``: the report notebook run with papermill, its HTML, tables, figures and manifest.

May import: every layer below ``cli``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "chunks": ["Config"],
        "pipeline": ["run_pipeline", "stream_pipeline"],
        "report": ["run_report"],
    },
)
