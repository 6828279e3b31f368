"""The report page: an executed notebook exported to one self-contained HTML file.

nbconvert's ``lab`` template loads require.js, MathJax and (for diagrams) mermaid from a CDN:
the page would tell a third party who reads which report, and needs a network to look right. The
page written here loads nothing: the template below drops those scripts (the report has no
widgets, formulas or diagrams that need them), figures are inline PNG (``data:`` URIs) with
their titles as alternative text (``alt``, from the output's ``image/png`` metadata) and the
CSS is inlined. Code cells, prompts and printed output (progress bars, warnings on stderr) are
left out: the report is what the notebook displays.
"""

from __future__ import annotations

from pathlib import Path

# Blocks of nbconvert's lab/index.html.j2 that load scripts from the network, emptied.
_TEMPLATE_NAME = "discourse_report.html.j2"
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
 alt="{{ ((output | get_metadata('alt', 'image/png')) or 'Figure') | escape_html }}">
</div>
{%- endblock data_png %}
"""


def export_html(notebook_path: str | Path, html_path: str | Path, *, title: str) -> None:
    """Export an executed notebook to a self-contained HTML page without code.

    Before: an executed ``.ipynb``. After: ``html_path``, one file whose only ``src``/``href``
    targets are ``data:`` URIs and in-page anchors; code cells, prompts and stream output
    (stdout/stderr) are not in it. Outputs are exported as the kernel produced them; pandas and
    :mod:`discourse.present.display` HTML-escape all corpus text, so a quote containing ``<b>``
    shows as text.
    """
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook_path, as_version=4)
    nb.metadata["title"] = title
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if o.get("output_type") != "stream"]
    exporter = HTMLExporter(template_name="lab",
                            extra_loaders=[DictLoader({_TEMPLATE_NAME: _TEMPLATE})])
    exporter.template_file = _TEMPLATE_NAME
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    Path(html_path).write_text(body, encoding="utf-8")
