"""The bottom layer: what every stage shares and nothing else.

- ``schema``: tables and fields described once; ``enforce_schema`` ends every stage;
- ``paths``: where the editable data lives (``data/`` or ``$DISCOURSE_DATA``);
- ``yamlio``: YAML through the safe loader, and the registry-file helpers;
- ``runtime``: the garbage-collector pause and returning freed memory between chunks.

May import: nothing of ``discourse``.
"""

import lazy_loader

# The verbs are imported on first use: importing one module of the layer stays cheap.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "schema": ["CAMPS", "KINDS", "MEASURES", "enforce_schema"],
        "paths": ["data_dir", "data_file"],
        "yamlio": ["load_yaml"],
    },
)
