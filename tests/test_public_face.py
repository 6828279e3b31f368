"""The public face: ``import discourse`` gives the verbs a notebook uses, each layer its own."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import discourse

LAYERS = ("core", "io", "extract", "measure", "compare", "validate", "present", "run")
PREFIXES = ("read_", "iter_", "load_", "extract_", "attribute_", "resolve_", "score_", "compare_",
            "describe_", "evaluate_", "train_", "sample_", "agreement_", "plot_", "run_",
            "stream_", "seed_", "keyness_")


def test_every_exported_name_resolves_and_follows_the_naming_pattern():
    assert discourse.__all__ == sorted(set(discourse.__all__))
    for name in discourse.__all__:
        assert callable(getattr(discourse, name)), name
        assert name.startswith(PREFIXES), f"{name} does not follow the verb pattern"


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_exposes_its_verbs(layer):
    module = importlib.import_module(f"discourse.{layer}")
    assert module.__all__, layer
    for name in module.__all__:
        getattr(module, name)


def test_the_top_level_names_are_the_layers_own_objects():
    assert discourse.extract_quotes is importlib.import_module("discourse.extract").extract_quotes
    assert discourse.compare_camps is importlib.import_module("discourse.compare").compare_camps


def test_import_discourse_loads_no_heavy_dependency():
    # Every Dask worker and every `discourse` command imports the package: it must stay cheap.
    code = ("import sys, discourse; heavy = {'pandas', 'sklearn', 'matplotlib', 'papermill'}; "
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
