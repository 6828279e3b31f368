"""``python -m discourse.cli``: the same as the ``discourse`` command."""

import sys

from discourse.cli.main import main

sys.exit(main())
