"""The ``discourse`` command (``discourse.cli.main:main``)."""

from discourse.cli.main import main

__all__ = ["main"]
