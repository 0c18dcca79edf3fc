"""``python -m codegen spec|generate|check`` (the Makefile's spec, generate and check)."""

from __future__ import annotations

import sys

from . import check, generate, spec

COMMANDS = {"spec": spec.main, "generate": generate.main, "check": check.main}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(f"usage: python -m codegen {{{'|'.join(COMMANDS)}}} [options]", file=sys.stderr)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
