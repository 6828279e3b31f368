"""Shared fixtures. Tests that read ../shared (real corpora and datasets) skip when it is absent:
a user's clone does not have it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The registry's derived data (discourse.extract.actors.stored) goes to a folder of the test
# runs, not to the user's cache; the test processes and the commands they start share it.
os.environ.setdefault("DISCOURSE_CACHE_DIR",
                      str(Path(tempfile.gettempdir()) / "discourse-tests-store"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = REPO / "data" / "corpus" / "seed_union_state.txt"
GOLD_DIR = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


def pytest_collection_modifyitems(config, items):
    """While the package runs compiled, a test marked ``pure_python`` is skipped here and run
    by ``tests/test_compiled.py`` in a pure-Python process."""
    import discourse

    if discourse.BUILD != "compiled":
        return
    skip = pytest.mark.skip(reason="counts calls through monkeypatch, which compiled callers "
                            "do not see: tests/test_compiled.py runs it on pure Python")
    for item in items:
        if item.get_closest_marker("pure_python") is not None:
            item.add_marker(skip)
