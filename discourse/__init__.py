"""discourse: who is quoted saying what in political news, and how each camp frames events.

The library is a chain of stages, each a function from one tidy pandas table to the next::

    read_articles -> extract_quotes -> attribute_speakers -> resolve_actors
                  -> score_sentiment / score_stance / score_frames -> compare_camps

See ``discourse.run.pipeline.run_pipeline`` for all of them in one call.
"""

__version__ = "0.1.0"
