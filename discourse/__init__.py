"""discourse: who is quoted saying what in political news, and how each camp frames events.

The library is a chain of stages, each a function from one tidy pandas table to the next::

    read_corpus -> extract_quotes -> attribute_speakers        (or both: extract_attributed_quotes)
                -> score_sentiment / score_stance / score_frames -> compare_camps / compare_*

>>> import discourse
>>> quotes = discourse.extract_attributed_quotes(discourse.seed_articles())
>>> quotes.loc[0, ["kind", "speaker", "camp"]].tolist()
['indirect', 'Dmitry Peskov', 'russian_official']

:func:`run_pipeline` runs every stage on a corpus in one call; :func:`run_report` writes the
report. The verbs follow one pattern: ``read_*`` reads data, ``load_*`` a registry or model,
``extract_*`` finds quotes, ``score_*`` adds a measure to a table, ``compare_*`` compares camps,
``describe_*`` summarises, ``plot_*`` draws. The layers of the package (``discourse.io``,
``.extract``, ``.measure``, ``.compare``, ``.validate``, ``.present``, ``.run``) each expose their
own verbs; ``docs/architecture.md`` is the map.
"""

from pathlib import Path

import lazy_loader

from discourse.core.compiled import guard

__version__ = "0.1.0"

# Which modules run: "compiled" (``make install`` compiled the quote rules with mypyc, none edited
# since), "pure" (none compiled, or DISCOURSE_PURE=1) or "stale" (one edited since: everything
# from source, with a warning). The results are the same; only the speed differs.
BUILD = guard(Path(__file__).parent)

# Imported on first use, so that ``import discourse`` (and every worker process) stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "io.corpus": ["read_corpus", "iter_corpus"],
        "io.examples": ["seed_articles"],
        "extract.actors": ["load_actors", "resolve_actors"],
        "extract.quotes": ["extract_quotes", "load_cues"],
        "extract.speakers": ["attribute_speakers"],
        "extract.attributed": ["extract_attributed_quotes"],
        "measure.sentiment": ["score_sentiment"],
        "measure.targeted": ["score_sentiment_toward"],
        "measure.stance": ["load_targets", "score_stance", "score_stance_toward"],
        "measure.frames": ["load_frames", "score_frames"],
        "measure.keyness": ["keyness_by_camp", "keyness_from_counts"],
        "compare.camps": ["compare_camps", "compare_frame_chi2", "compare_framed", "compare_frames",
                          "compare_shares", "compare_stance"],
        "compare.overview": ["describe_corpus", "describe_decoding", "describe_unknown_speakers"],
        "validate.evaluate": ["evaluate_quotes", "read_gold"],
        "validate.models": ["read_labelled", "train_model", "load_model", "evaluate_predictions"],
        "validate.sampling": ["sample_for_coding"],
        "validate.agreement": ["agreement_table", "read_codings"],
        "present.plots": ["plot_camp_means", "plot_frames", "plot_keyness", "plot_shares",
                          "plot_stance"],
        "run.pipeline": ["run_pipeline", "stream_pipeline"],
        "run.report": ["run_report"],
    },
)
