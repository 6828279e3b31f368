"""pyproject.toml and environment.yml list the same dependencies; the README shows the commands."""

from __future__ import annotations

import re

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

import yaml

from .conftest import REPO


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ \[;]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    py_deps = {_name(d) for d in project["dependencies"]}
    for extra in ("dev", "bench", "compile"):
        py_deps |= {_name(d) for d in project["optional-dependencies"][extra]}
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    conda_deps = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip_part = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_part
    # what conda-forge may lack is installed by pip from PyPI inside the environment
    pip_deps = {_name(d) for d in pip_part if d != "-e ."}
    assert not conda_deps & pip_deps, f"listed twice in environment.yml: {sorted(conda_deps & pip_deps)}"
    env_deps = conda_deps | pip_deps
    assert env_deps == py_deps, (
        f"only in environment.yml: {sorted(env_deps - py_deps)}; "
        f"only in pyproject.toml: {sorted(py_deps - env_deps)}"
    )


def test_readme_shows_the_two_commands_and_ci_calls_make_test():
    readme = (REPO / "README.md").read_text()
    assert "make report" in readme and "make test" in readme
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_metadata_uses_the_forms_setuptools_does_not_warn_about():
    # a `license = {text = ...}` table makes every install print a deprecation warning
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert isinstance(pyproject["project"]["license"], str)
    requires = pyproject["build-system"]["requires"]
    assert any(re.fullmatch(r"setuptools>=(7[7-9]|[89]\d)(\.\d+)*", r) for r in requires), requires
    # packages at the root said explicitly: no "Editable installation" notice at `make install`
    assert pyproject["tool"]["setuptools"]["package-dir"] == {"": "."}
