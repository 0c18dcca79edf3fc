"""``python -m jobmojito.sandbox --port 0``: see ``cli.py``.

Without the ``sandbox`` extra this says which extra to install, in one line, and exits 1.
"""

import sys

from .._extras import missing_extra

PROGRAM = "python -m jobmojito.sandbox"

try:
    from .cli import main
except ImportError as exc:
    message = missing_extra(exc, "sandbox")
    if message is None:
        raise
    print(f"{PROGRAM}: {message}", file=sys.stderr)
    raise SystemExit(1) from None

raise SystemExit(main())
