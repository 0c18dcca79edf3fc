"""``make check``: generated/ is exactly what ``make generate`` produces.

Regenerates from openapi.yaml into a temporary folder and compares the whole
tree with generated/jobmojito_api (content, not timestamps). Also fails when
the naming table misses an operation. Exit 0 when clean, 1 otherwise.
"""

from __future__ import annotations

import filecmp
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import PACKAGE, ROOT, generate


def tree_differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, exist on one side only, or cannot be compared."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(f"{prefix}{name} (only in generated/)" for name in cmp.left_only if name != "__pycache__")
        out.extend(f"{prefix}{name} (missing from generated/)" for name in cmp.right_only if name != "__pycache__")
        out.extend(f"{prefix}{name} (differs)" for name in cmp.funny_files)
        _match, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        out.extend(f"{prefix}{name} (differs)" for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(out)


def main() -> int:
    committed = ROOT / "generated" / PACKAGE
    with tempfile.TemporaryDirectory(prefix="jobmojito-check-") as tmp:
        fresh = Path(tmp) / PACKAGE
        unnamed = generate(ROOT / "openapi.yaml", fresh)
        differences = tree_differences(committed, fresh)
    for line in differences:
        print(f"make check: generated/{PACKAGE}/{line}")
    for operation in unnamed:
        print(f"make check: {operation} is unnamed; add it to scripts/naming.yaml")
    if differences:
        print("make check: generated/ is not what `make generate` produces; run `make generate` and commit")
    if not differences and not unnamed:
        print("make check: generated/ is reproducible and every operation is named")
    return 1 if differences or unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
