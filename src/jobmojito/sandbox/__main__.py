"""``python -m jobmojito.sandbox --port 0``: see ``cli.py``.

Without the ``sandbox`` extra this says which extra to install, in one line, and exits 1.
"""

from .._extras import exit_without_extra

PROGRAM = "python -m jobmojito.sandbox"

try:
    from .cli import main
except ImportError as exc:
    raise SystemExit(exit_without_extra(PROGRAM, "sandbox", exc)) from None

raise SystemExit(main())
