"""Comparisons between camps, with their n and their uncertainty.

- ``camps``: ``compare_camps`` (means), ``compare_shares``, ``compare_stance`` (shares of
  mentions), ``compare_frames`` (among framed quotes), ``compare_framed``, ``compare_frame_chi2``;
- ``stats``: bootstrap confidence intervals, permutation tests, Holm / Benjamini-Hochberg;
- ``cluster``: intervals by article (cluster bootstrap, Jeffreys shares with a design effect);
- ``pairwise``: ``pairwise_differences`` of every camp pair, corrected for multiplicity;
- ``reprints``: reprinted quotes found by normalised text and speaker;
- ``distinctive``: ``distinctive_words`` per camp within each language, tested over articles;
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
        "stats": ["adjust_pvalues", "bootstrap_diff_ci", "bootstrap_mean_ci", "permutation_test"],
        "cluster": ["cluster_ratio_ci", "cluster_share_ci", "jeffreys_interval"],
        "pairwise": ["pairwise_differences", "report_measures"],
        "reprints": ["find_reprints", "reprint_keys"],
        "distinctive": ["distinctive_words", "side_by_side"],
        "overview": ["describe_corpus", "describe_decoding", "describe_unknown_speakers"],
    },
)
