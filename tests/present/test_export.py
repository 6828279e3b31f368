"""The report page is one self-contained file: nothing loaded from elsewhere, no code, no printed
output, and every figure shows in a real browser."""

from __future__ import annotations

import base64
import io

import matplotlib
import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from discourse.present.export import export_html
from tests.browser import external_references, visit

matplotlib.use("Agg")


def _png() -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([0, 1], [1, 0])
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """An executed notebook as the report leaves it: markdown, a progress bar on stdout, a warning
    on stderr, two figures and an HTML table; exported to report.html."""
    folder = tmp_path_factory.mktemp("export")
    cell = new_code_cell("summary = stream_pipeline(corpus, progress=True)\ndisplay(fig)", outputs=[
        new_output("stream", name="stdout", text="corpus: 1 chunk [00:02,  2.01s/ chunk]\n"),
        new_output("stream", name="stderr", text="FutureWarning: something internal\n"),
        new_output("display_data", data={"image/png": _png(), "text/plain": "<Figure>"}),
        new_output("display_data", data={"text/html": "<table><tr><td>camp</td></tr></table>"}),
        new_output("display_data", data={"image/png": _png(), "text/plain": "<Figure>"},
                   metadata={"image/png": {"alt": "Sentiment by <camp>"}}),
    ])
    cell.execution_count = 1
    nb = new_notebook(cells=[new_markdown_cell("# Framing report\n\nSome $5 and $6 prose."), cell])
    nbformat.write(nb, folder / "executed.ipynb")
    export_html(folder / "executed.ipynb", folder / "report.html", title="Framing report")
    return folder / "report.html"


def test_the_page_references_nothing_outside_itself(page):
    html = page.read_text(encoding="utf-8")
    assert external_references(html) == []
    assert "<script" not in html  # neither require.js nor MathJax nor mermaid


def test_the_page_shows_what_the_notebook_displays_and_nothing_it_printed(page):
    html = page.read_text(encoding="utf-8")
    assert "<title>Framing report</title>" in html
    assert html.count("<img") == 2 and html.count("src=\"data:image/png;base64,") == 2
    assert "<td>camp</td>" in html
    # a figure's title is its alternative text (escaped); one without a title is "Figure"
    assert 'alt="Sentiment by &lt;camp&gt;"' in html and 'alt="Figure"' in html
    for printed in ("1 chunk", "FutureWarning", "stream_pipeline(", "In&nbsp;[1]"):
        assert printed not in html


def test_a_page_that_loads_from_the_network_is_caught(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text('<html><head><script src="https://cdn.example.invalid/require.js"></script>'
                   '</head><body><img src="missing.png"></body></html>', encoding="utf-8")
    assert external_references(bad.read_text()) == ["https://cdn.example.invalid/require.js",
                                                    "missing.png"]
    seen = visit(bad)  # skips where Chromium is not installed
    assert seen.remote_requests() == ["https://cdn.example.invalid/require.js"]
    assert len(seen.hidden_images()) == 1 and seen.console_errors


def test_the_page_opens_in_headless_chromium_with_every_figure_shown(page):
    seen = visit(page)  # skips where Chromium is not installed
    assert seen.remote_requests() == []
    assert seen.console_errors == []
    assert len(seen.images) == 2 and seen.hidden_images() == []
    assert seen.text.startswith("Framing report")
