"""Where the project's editable data lives (actors, targets, frames, cue lexicon, example corpus).

The default is the ``data/`` folder of the repository the package was installed from (the
package is installed in editable mode by ``make`` and ``environment.yml``). Set the environment
variable ``DISCOURSE_DATA`` to point at another folder with the same layout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The package's own __init__.py (never compiled): a compiled module's __file__ is the shared
# library of its group (discourse/_rules_NN__mypyc...so), not a path inside its own folder.
PACKAGE_DIR = Path(sys.modules[__name__.partition(".")[0]].__file__ or "").resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def data_dir() -> Path:
    """Return the data folder: ``$DISCOURSE_DATA`` if set, else ``<repo>/data``."""
    env = os.environ.get("DISCOURSE_DATA")
    return Path(env).expanduser().resolve() if env else REPO_DIR / "data"


def data_file(name: str) -> Path:
    """Return the path of a file in the data folder, failing clearly if it is missing."""
    path = data_dir() / name
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: data file not found. The discourse data folder is {data_dir()} "
            "(set DISCOURSE_DATA to use another one)."
        )
    return path
