"""Figures and HTML tables for the notebooks and the report.

- ``plots``: every figure, each with the table behind it (``plot_*``);
- ``display``: escaped HTML tables and measurement status notes (``show_*``);
- ``findings``: the summary a report opens with (``findings_markdown``);
- ``tables``: wide camp x frame and camp x target tables, the searchable quotes table;
- ``labels``: human labels of camps, frames and targets (``relabel``).

May import: every layer below ``run``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "plots": ["plot_camp_means", "plot_frames", "plot_keyness", "plot_shares", "plot_stance"],
        "display": ["show_html", "show_markdown", "show_status", "show_table", "show_text"],
        "findings": ["findings_markdown"],
        "labels": ["camp_label", "relabel"],
        "tables": ["frames_wide", "quotes_table_html", "stance_wide"],
    },
)
