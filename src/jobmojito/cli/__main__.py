"""``python -m jobmojito.cli``: the same as the ``jobmojito`` command."""

from . import main

raise SystemExit(main())
