"""Comparisons between camps, with their n and their uncertainty.

- ``camps``: ``compare_camps`` (means), ``compare_shares``, ``compare_stance`` (shares of
  mentions), ``compare_frames`` (among framed quotes), ``compare_framed``, ``compare_frame_chi2``;
- ``stats``: bootstrap confidence intervals and permutation tests;
- ``overview``: descriptive tables (``describe_corpus``, ``describe_decoding``,
  ``describe_unknown_speakers``).

May import: ``core``, ``text``, ``io``, ``extract``, ``measure``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "camps": [
            "compare_camps", "compare_frame_chi2", "compare_framed", "compare_frames", "compare_shares",
            "compare_stance",
        ],
        "stats": ["bootstrap_diff_ci", "bootstrap_mean_ci", "permutation_test"],
        "overview": ["describe_corpus", "describe_decoding", "describe_unknown_speakers"],
    },
)
