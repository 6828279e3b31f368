"""The ``discourse`` command: ``main.py`` parses and dispatches; ``coding.py`` (sample,
agreement) and ``models.py`` (train, evaluate stance|sentiment) add their subcommands.

The console script is ``discourse.cli.main:main``; ``python -m discourse.cli`` runs the same.
"""
