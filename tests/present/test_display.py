"""Display helpers: escaped tables, and a progress bar that needs no widget library."""

from __future__ import annotations

import pandas as pd

from discourse.present.display import progress_bar, table_html


def test_progress_bar_is_plain_text_on_stderr_outside_a_notebook(capsys):
    assert list(progress_bar(iter(range(3)), desc="corpus", unit=" chunk")) == [0, 1, 2]
    out, err = capsys.readouterr()
    assert out == "" and "corpus: 3 chunk" in err
    # (in a notebook kernel the bar goes to stdout as text: tests/test_notebooks.py checks that a
    # report run leaves no stderr output, such as tqdm's "IProgress not found" warning)


def test_table_cells_are_escaped():
    markup = table_html(pd.DataFrame({"text": ["<b>firm</b>\n\nsecond"]}))
    assert "&lt;b&gt;firm&lt;/b&gt; ¶ second" in markup
    # (that the cells are left-aligned in the page, against JupyterLab's CSS, is checked in a
    # browser: tests/test_notebooks.py)
