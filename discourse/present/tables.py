"""Tables for reading: camp x frame and camp x target tables in wide form, and the quotes as a
searchable, sortable HTML table that works offline.

The comparison tables of :mod:`discourse.compare.camps` are long (one row per camp and frame:
84 rows for 4 camps and 21 frames) and keep ids; they stay so in the CSVs. For the page they are
turned wide, one row per frame or target and one column per camp, labelled for people, each
cell holding the estimate with its interval (frames) or the shares for and against (stance), and
each camp's n in its column header.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from discourse.present.labels import camp_label

_DASH = "–"


def _camp_header(camp: str, n: float) -> str:
    return f"{camp_label(camp)} (n={int(n) if pd.notna(n) else 0})"


def frames_wide(frame_summary: pd.DataFrame, *, frame_labels: Mapping[str, str] | None = None,
                ) -> pd.DataFrame:
    """Frame shares as one row per frame and one column per camp.

    Before: :func:`discourse.compare.camps.compare_frames` (``camp``, ``frame``, ``n``, ``mean``,
    ``ci_low``, ``ci_high``, ``small_n``; one row per camp and frame). After: a column
    ``Frame`` (the label) and one column per camp, named "<camp label> (n=<quotes with a frame
    word>)", each cell "0.16 (0.02–0.35)"; "*" marks a small camp, "–" a camp with no quote.
    Frames and camps keep the table's order.
    """
    labels = dict(frame_labels or {})
    camps = list(dict.fromkeys(frame_summary["camp"]))
    frames = list(dict.fromkeys(frame_summary["frame"]))
    n_by_camp = frame_summary.groupby("camp", sort=False)["n"].max()
    cells = {(r.camp, r.frame): r for r in frame_summary.itertuples(index=False)}
    out = {"Frame": [labels.get(f, f) for f in frames]}
    for camp in camps:
        col = []
        for frame in frames:
            r = cells.get((camp, frame))
            if r is None or not r.n or pd.isna(r.mean):
                col.append(_DASH)
                continue
            ci = "" if pd.isna(r.ci_low) else f" ({r.ci_low:.2f}{_DASH}{r.ci_high:.2f})"
            col.append(f"{r.mean:.2f}{ci}" + ("*" if getattr(r, "small_n", False) else ""))
        out[_camp_header(camp, n_by_camp.get(camp, 0))] = col
    return pd.DataFrame(out)


def stance_wide(stance_summary: pd.DataFrame) -> pd.DataFrame:
    """Stance as one row per target and one column per camp.

    Before: :func:`discourse.compare.camps.compare_stance` (``camp``, ``target``, ``label``,
    ``n`` mentions, ``share_favour``, ``share_against``, ``small_n``). After: a column
    ``Target`` (the label) and one column per camp (its label), each cell "for 67%, against 0%
    (n=3)"; "*" marks fewer mentions than ``min_quotes``, "–" no mention.
    """
    camps = list(dict.fromkeys(stance_summary["camp"]))
    targets = list(dict.fromkeys(stance_summary["target"]))
    labels = (dict(zip(stance_summary["target"], stance_summary["label"], strict=True))
              if "label" in stance_summary else {})
    cells = {(r.camp, r.target): r for r in stance_summary.itertuples(index=False)}
    out = {"Target": [labels.get(t, t) for t in targets]}
    for camp in camps:
        col = []
        for target in targets:
            r = cells.get((camp, target))
            if r is None or not r.n:
                col.append(_DASH)
                continue
            col.append(f"for {r.share_favour:.0%}, against {r.share_against:.0%} (n={int(r.n)})"
                       + ("*" if getattr(r, "small_n", False) else ""))
        out[camp_label(camp)] = col
    return pd.DataFrame(out)


_ids = itertools.count(1)

# Filter rows by the text typed (in any cell, or the full quote in a cell's title) and sort by a
# column on a click on its header (numbers as numbers, "–" and empty cells last). Plain DOM, no
# library: it runs in the saved page without any network, and in JupyterLab once the notebook
# is trusted (a table shows, unsorted, where scripts do not run).
_SCRIPT = """<script>
(function () {
  var root = document.getElementById("%(id)s");
  if (!root) { return; }
  var input = root.querySelector("input"), body = root.querySelector("tbody");
  var count = root.querySelector(".dq-count"), rows = Array.prototype.slice.call(body.rows);
  input.addEventListener("input", function () {
    var q = input.value.toLowerCase(), shown = 0;
    rows.forEach(function (r) {
      var full = r.querySelector(".dq-text");
      var hit = r.textContent.toLowerCase().indexOf(q) >= 0 ||
                ((full && full.title) || "").toLowerCase().indexOf(q) >= 0;
      r.style.display = hit ? "" : "none";
      if (hit) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " rows shown";
  });
  function key(cell, numeric) {
    var t = cell.textContent.trim();
    if (!numeric) { return t.toLowerCase(); }
    var v = parseFloat(t);
    return isNaN(v) ? null : v;
  }
  Array.prototype.forEach.call(root.querySelectorAll("th"), function (th, i) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(root.querySelectorAll("th"), function (h) {
        h.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var numeric = th.getAttribute("data-numeric") === "1";
      rows.sort(function (a, b) {
        var x = key(a.cells[i], numeric), y = key(b.cells[i], numeric);
        if (x === y) { return 0; }
        if (x === null || x === "") { return 1; }
        if (y === null || y === "") { return -1; }
        return (x < y ? -1 : 1) * (asc ? 1 : -1);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
</script>"""

_STYLE = """<style>
.dq-quotes {max-height: 36em; overflow: auto; border: 1px solid #ddd;}
.dq-quotes table {border-collapse: collapse; width: 100%%; font-size: 0.85em;
  table-layout: auto !important;}
.dq-quotes th {position: sticky; top: 0; background: #f4f4f4; cursor: pointer; white-space: nowrap;}
.dq-quotes th[aria-sort=ascending]::after {content: " \\25B2";}
.dq-quotes th[aria-sort=descending]::after {content: " \\25BC";}
.dq-quotes td, .dq-quotes th {text-align: left !important; vertical-align: top; padding: 2px 6px;
  border-bottom: 1px solid #eee;}
.dq-quotes td.dq-text {width: 45%%; min-width: 24em !important; max-width: 48em;}
.dq-quotes td:not(.dq-text) {max-width: 14em; overflow-wrap: break-word;}
.dq-quotes td.dq-num {white-space: nowrap;}
</style>"""


def shorten(text: object, max_chars: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``max_chars`` characters + "…"."""
    if not isinstance(text, str):
        return ""
    one = " ".join(text.split())
    if len(one) <= max_chars:
        return one
    cut = one[:max_chars].rsplit(" ", 1)[0] or one[:max_chars]
    return cut + " …"


def quotes_table_html(quotes: pd.DataFrame, *, text_col: str = "text",
                      numeric: Sequence[str] = (), max_rows: int = 500, max_chars: int = 200,
                      title_chars: int = 1000, caption: str = "", total: int | None = None) -> str:
    """The quotes as an HTML table with a search box and sortable columns, working offline.

    Before: one row per quote; ``text_col`` holds the quote, other columns are shown as they
    are (camp ids should be relabelled before, see :func:`discourse.present.labels.relabel`).
    After: HTML with every cell escaped; the quote shortened to ``max_chars`` characters (the
    first ``title_chars`` in the cell's tooltip, where the search also looks), at most
    ``max_rows`` rows (the caption says so and points to the CSV; ``total`` is the number of
    quotes when ``quotes`` holds only the first rows), ``numeric`` columns sorted as numbers.
    The script and style are inline: nothing is loaded.
    """
    shown = quotes.head(max_rows)
    total = len(quotes) if total is None else total
    table_id = f"dq-quotes-{next(_ids)}"
    cols = list(shown.columns)
    head = "".join(f"<th data-numeric=\"{int(c in numeric)}\">{html.escape(str(c))}</th>"
                   for c in cols)
    body = []
    for row in shown.itertuples(index=False):
        cells = []
        for col, value in zip(cols, row, strict=True):
            if col == text_col:
                full = " ".join(str(value).split()) if isinstance(value, str) else ""
                cells.append(f"<td class=\"dq-text\" title=\"{html.escape(full[:title_chars])}\">"
                             f"{html.escape(shorten(value, max_chars))}</td>")
            elif col in numeric:
                v = "" if value is None or (isinstance(value, float) and np.isnan(value)) else (
                    f"{value:.2f}" if isinstance(value, float) else str(value))
                cells.append(f"<td class=\"dq-num\">{html.escape(v) or _DASH}</td>")
            else:
                text = "" if value is None or (isinstance(value, float) and np.isnan(value)) else value
                cells.append(f"<td>{html.escape(str(text))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    note = (f" (first {len(shown):,} of {total:,}; every quote, in full, is in "
            "tables/quotes.csv)" if len(shown) < total else
            " (in full in tables/quotes.csv)")
    cap = f"<p><b>{html.escape(caption)}</b>{html.escape(note)}</p>"
    search = (f"<p><label>Search: <input type=\"search\" placeholder=\"any word, speaker, camp\" "
              f"aria-controls=\"{table_id}\"></label> <span class=\"dq-count\">{len(shown):,} "
              "rows shown</span> · click a column header to sort</p>")
    return (_STYLE % () + cap + f"<div id=\"{table_id}\">" + search + "<div class=\"dq-quotes\">"
            + f"<table class=\"discourse\"><thead><tr>{head}</tr></thead><tbody>"
            + "".join(body) + "</tbody></table></div></div>" + _SCRIPT % {"id": table_id})
