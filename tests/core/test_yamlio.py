"""YAML reading (discourse.core.yamlio): the fast loader gives what yaml.safe_load gives."""

from __future__ import annotations

import pytest


def test_load_yaml_equals_safe_load_with_and_without_libyaml(monkeypatch):
    import yaml

    from discourse.core import yamlio
    from discourse.core.paths import data_file

    for name in ("actors.yaml", "cues.yaml"):
        text = data_file(name).read_text(encoding="utf-8")
        expected = yaml.safe_load(text)
        assert yamlio.load_yaml(data_file(name)) == expected
        monkeypatch.setattr(yamlio, "_LOADER", None)  # a PyYAML built without libyaml
        assert yamlio.parse_yaml(text) == expected
        monkeypatch.undo()
    # the C loader is the safe one: a Python object tag is refused, not built
    with pytest.raises(yaml.YAMLError):
        yamlio.parse_yaml("!!python/object/apply:os.system ['echo hi']")
