"""``python -m jobmojito.sandbox --port 0``: see ``cli.py``."""

from .cli import main

raise SystemExit(main())
