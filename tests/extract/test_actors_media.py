"""The media test (discourse.extract.actors.media): outlets and platforms are never speakers."""

from __future__ import annotations

import pytest

from discourse.extract.actors import ActorRegistry, load_actors


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return load_actors()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("RIA Novosti", True),
        ("RBC", True),
        ("CNN", True),
        ("Twitter", True),
        ("TV channel Russia 1", True),
        ('the TV channel "Russia 1"', True),
        ("his Telegram channel", True),
        ("Interfax news agency", True),
        ("Peskov", False),
        ("the Kremlin", False),
        ("Russia", False),
    ],
)
def test_is_medium(reg, name, expected):
    assert reg.is_medium(name) is expected
