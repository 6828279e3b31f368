"""The garbage-collector pause and the heap release change no result and restore the caller's
collector setting."""

from __future__ import annotations

import gc

import pandas as pd
import pytest

from discourse.core.runtime import collector_paused, release_free_memory
from discourse.extract.quotes import extract_quotes


def test_collector_is_paused_inside_and_restored_after():
    seen = []

    @collector_paused
    def stage() -> int:
        seen.append(gc.isenabled())
        return 7

    assert gc.isenabled()
    assert stage() == 7
    assert seen == [False] and gc.isenabled()


def test_collector_is_restored_after_an_error_and_left_off_if_it_was_off():
    @collector_paused
    def failing() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        failing()
    assert gc.isenabled()
    gc.disable()
    try:
        returns_one = collector_paused(lambda: 1)
        assert returns_one() == 1
        assert not gc.isenabled()  # the caller had it off: it stays off
    finally:
        gc.enable()


def test_stages_give_the_same_quotes_with_the_collector_off_or_on(seed_text):
    arts = pd.DataFrame({"doc_id": ["seed"], "text": [seed_text]})
    paused = extract_quotes(arts)
    plain = extract_quotes.__wrapped__(arts)
    pd.testing.assert_frame_equal(paused, plain)
    release_free_memory()  # a no-op or glibc's malloc_trim: must never fail
    pd.testing.assert_frame_equal(extract_quotes(arts), plain)
