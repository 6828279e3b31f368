"""Small display helpers for the notebooks: escaped HTML tables, measurement status notes and a
progress bar that needs nothing beyond tqdm.

All corpus-derived text goes through :func:`html.escape` (or pandas' escaping), so a quote that
contains ``<script>`` or ``<b>`` shows as text in the notebook and in the exported HTML.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterable

import pandas as pd

from discourse.core.schema import MEASURES


def _display_html(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


def table_html(df: pd.DataFrame, *, caption: str = "", max_rows: int | None = 50,
               float_format: str = "{:.3f}", collapsed: bool = False) -> str:
    """Render ``df`` as an HTML table with every cell escaped, and a caption with its size.

    ``collapsed``: the table folded under its caption (``<details>``; a click opens it), for
    long tables a reader may want but need not scroll past.
    """
    shown = df if max_rows is None or len(df) <= max_rows else df.head(max_rows)
    shown = shown.apply(_mark_breaks)
    body = shown.to_html(index=False, escape=True, na_rep="–", border=0,
                         float_format=float_format.format, classes="dataframe discourse")
    note = ""
    if len(shown) < len(df):
        note = f" (first {len(shown)} of {len(df)} rows; all rows in the CSV)"
    if collapsed:
        summary = html.escape(caption or "Table") + html.escape(note or f" ({len(df)} rows)")
        return (_TABLE_STYLE + f"<details><summary><b>{summary}</b> (click to open)</summary>"
                + body + "</details>")
    cap = f"<p><b>{html.escape(caption)}</b>{html.escape(note)}</p>" if caption or note else ""
    return _TABLE_STYLE + cap + body


# Text cells read better left-aligned and top-aligned (pandas right-aligns everything). The
# second selector outranks JupyterLab's (and the exported page's) right alignment of output
# tables, `:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td`.
_TABLE_STYLE = ("<style>table.discourse td, table.discourse th, "
                ".jp-RenderedHTMLCommon.jp-RenderedHTMLCommon table.discourse td, "
                ".jp-RenderedHTMLCommon.jp-RenderedHTMLCommon table.discourse th "
                "{text-align: left; vertical-align: top;} "
                # JupyterLab lays its output tables out with equal, fixed columns, which squeezes
                # a quote and cuts off the columns after it: size columns by their content.
                "table.discourse, .jp-RenderedHTMLCommon.jp-RenderedHTMLCommon table.discourse "
                "{table-layout: auto;}</style>")


def _mark_breaks(col: pd.Series) -> pd.Series:
    """Show paragraph breaks inside a cell as ' ¶ ' (pandas would print a literal '\\n')."""
    if col.dtype == object or pd.api.types.is_string_dtype(col):
        return col.map(lambda v: _BREAKS.sub(" ¶ ", v) if isinstance(v, str) else v)
    return col


_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n)+\s*")


def show_table(df: pd.DataFrame, *, caption: str = "", max_rows: int | None = 50,
               collapsed: bool = False) -> None:
    """Display ``df`` as an escaped HTML table (see :func:`table_html`)."""
    _display_html(table_html(df, caption=caption, max_rows=max_rows, collapsed=collapsed))


def show_html(markup: str) -> None:
    """Display HTML built by this layer (every corpus string in it already escaped)."""
    _display_html(markup)


def show_markdown(text: str) -> None:
    """Display Markdown built by this layer (corpus strings escaped: see
    :func:`discourse.present.findings.md_escape`)."""
    from IPython.display import Markdown, display

    display(Markdown(text))


def status_html(measure: str, *, n: int | None = None) -> str:
    """A one-line note: what the measure is, whether it is validated, and its n."""
    info = MEASURES[measure]
    badge = info.get("status") or ("validated" if info["validated"] else "not validated")
    n_txt = f" · n = {n}" if n is not None else ""
    return (f"<p style='border-left:4px solid {'#2a7' if info['validated'] else '#c70'};"
            f"padding-left:8px'><b>{html.escape(info['label'])}</b> — {badge}{n_txt}. "
            f"{html.escape(info['caveat'])}</p>")


def show_status(measure: str, *, n: int | None = None) -> None:
    """Display the validation status of a measurement beside its numbers."""
    _display_html(status_html(measure, n=n))


def show_text(text: str, *, tag: str = "p") -> None:
    """Display corpus-derived or computed text, escaped."""
    _display_html(f"<{tag}>{html.escape(text)}</{tag}>")


def progress_bar(iterable: Iterable, *, desc: str, unit: str, total: int | None = None) -> Iterable:
    """Wrap ``iterable`` in a plain-text tqdm bar.

    tqdm's notebook bar (``tqdm.auto`` in a kernel) needs ipywidgets, warns in red without them,
    and with them stores widget state that a static report cannot show without loading scripts.
    So the text bar is used everywhere: on stderr in a terminal, and on stdout in a notebook
    kernel, where stderr is shown as an error box (the report leaves printed output out).
    """
    from tqdm.std import tqdm

    return tqdm(iterable, desc=desc, unit=unit, total=total,
                file=sys.stdout if _in_notebook_kernel() else sys.stderr)


def _in_notebook_kernel() -> bool:
    if "ipykernel" not in sys.modules:  # not a kernel: no need to import IPython to find out
        return False
    from IPython import get_ipython

    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"
