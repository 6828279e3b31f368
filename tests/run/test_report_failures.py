"""Failing runs: a failing cell, a timeout, a dead kernel, and a parameter that tries to inject code.

Each must end in a non-zero outcome with the reason, the partial notebook kept under a name that
says it failed, and no report.html that looks complete.
"""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from discourse.run.report import ReportError, run_report


def _notebook(tmp_path, body: str):
    nb = new_notebook(cells=[
        new_code_cell('corpus: str = ""  # corpus\ntext_column: str = "text"  # column',
                      metadata={"tags": ["parameters"]}),
        new_code_cell(body),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "framing_report.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize(
    ("body", "timeout", "reason"),
    [
        ("raise ValueError('the corpus is odd')", 60, "raised ValueError: the corpus is odd"),
        ("import time\ntime.sleep(30)", 2, "timed out"),
        ("import os\nos._exit(3)", 60, "kernel died"),
    ],
    ids=["failing-cell", "timeout", "dead-kernel"],
)
def test_failed_run_names_reason_and_keeps_partial_notebook(tmp_path, body, timeout, reason):
    nb = _notebook(tmp_path, body)
    out = tmp_path / "reports" / "run"
    (out).mkdir(parents=True)
    (out / "report.html").write_text("yesterday's report")
    with pytest.raises(ReportError) as err:
        run_report({}, output=out, notebook=nb, timeout=timeout)
    msg = str(err.value)
    assert reason in msg, msg
    failed = list((tmp_path / "reports").glob("run.FAILED-*"))
    assert len(failed) == 1
    assert f"Partial notebook: {failed[0] / nb.name}" in msg
    assert (failed[0] / nb.name).exists() and not (failed[0] / "report.html").exists()
    # the previous complete report is untouched, not mixed with the failed run's files
    assert sorted(p.name for p in out.iterdir()) == ["report.html"]
    assert (out / "report.html").read_text() == "yesterday's report"


def test_parameter_value_cannot_inject_code(tmp_path):
    marker = tmp_path / "PWNED"
    evil = f'x"\nopen({str(marker)!r}, "w").write("1")\n#'
    nb = _notebook(tmp_path, "assert isinstance(text_column, str)\nprint(repr(text_column))")
    out = run_report({"text_column": evil}, output=tmp_path / "out", notebook=nb, timeout=60)
    assert not marker.exists()
    executed = nbformat.read(out / nb.name, as_version=4)
    printed = executed.cells[-1].outputs[0]["text"]
    assert "PWNED" in printed  # the value arrived intact, as a string


def test_broken_registry_fails_before_running(tmp_path):
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n  - name: Dmitry Peskov\n    kind: person\n    camp: russian-official\n",
                      encoding="utf-8")
    from discourse.run.params import ParameterError

    with pytest.raises(ParameterError) as err:
        run_report({"actors_file": str(actors)}, output=tmp_path / "out")
    assert "A registry file is invalid" in str(err.value)
    assert "'Dmitry Peskov'" in str(err.value) and "russian-official" in str(err.value)
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.*"))


def test_a_second_run_into_the_same_folder_replaces_it_whole(tmp_path):
    nb = _notebook(tmp_path, "import pathlib\npathlib.Path(output_dir, 'second.txt').write_text('2')")
    out = tmp_path / "run"
    out.mkdir()
    (out / "from_the_first_run.png").write_text("old")
    run_report({}, output=out, notebook=nb, timeout=60)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["framing_report.ipynb", "manifest.json", "report.html", "second.txt"])


@pytest.mark.parametrize(
    "values",
    [{"date_from": "2020-13-01"}, {"targets": ["eu"]}, {"n_boots": 100}, {"camps": "western,westen"}],
    ids=["bad-date", "unknown-target", "typo", "unknown-camp"],
)
def test_a_bad_value_fails_before_any_folder_is_made(tmp_path, values):
    from discourse.run.params import ParameterError

    with pytest.raises(ParameterError):
        run_report(values, output=tmp_path / "reports" / "out")
    assert not list(tmp_path.iterdir())


def test_the_kernel_talks_over_private_unix_sockets():
    import os
    import stat

    from discourse.run.report import kernel_manager_class

    if os.name == "nt":
        pytest.skip("Windows has no IPC transport")
    with kernel_manager_class() as manager_class:
        km = manager_class(kernel_name="python3")
        folder = os.path.dirname(km.ip)
        assert km.transport == "ipc"
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700  # only this user can connect
        assert len(km.ip) < 90  # Unix socket paths are limited to ~100 characters
    assert not os.path.exists(folder)


def test_the_kernels_own_output_stays_out_of_the_terminal(tmp_path, capfd):
    # what a cron log would get from the kernel process itself (its log, C-level writes)
    nb = _notebook(tmp_path, "import os\nos.write(2, b'kernel noise on fd 2\\n')")
    run_report({}, output=tmp_path / "out", notebook=nb, timeout=60)
    captured = capfd.readouterr()
    assert "kernel noise" not in captured.err + captured.out
    assert "without encryption" not in captured.err + captured.out


def test_a_failed_run_quotes_the_kernels_last_words(tmp_path):
    nb = _notebook(tmp_path, "import os\nos.write(2, b'segfault-ish message\\n')\nos._exit(3)")
    with pytest.raises(ReportError) as err:
        run_report({}, output=tmp_path / "out", notebook=nb, timeout=60)
    assert "kernel died" in str(err.value)
    assert "The kernel's last words:\nsegfault-ish message" in str(err.value)
