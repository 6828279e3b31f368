"""Figures and HTML tables for the notebooks and the report.

- ``plots``: every figure, each with the table behind it (``plot_*``);
- ``display``: escaped HTML tables and measurement status notes (``show_*``).

May import: every layer below ``run``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "plots": ["plot_camp_means", "plot_frames", "plot_keyness", "plot_shares", "plot_stance"],
        "display": ["show_status", "show_table", "show_text"],
    },
)
