"""``make check``: both output folders are exactly what ``make generate`` produces.

Regenerates from openapi.yaml under a temporary root and compares each
output folder (``generated/jobmojito_api``, ``src/jobmojito/resources``) with
the committed one, file by file (content, not timestamps). Also fails when
the naming table misses an operation, printing the line to add: an
operation under a fallback name would be renamed later, which breaks
callers. Exit 0 when clean, 1 otherwise.
"""

from __future__ import annotations

import argparse
import filecmp
import tempfile
from pathlib import Path

from .config import ROOT, load
from .generate import OUTPUTS, WEBHOOKS_DOCUMENT, generate, load_document
from .normalize import needs_name


def tree_differences(committed: Path, fresh: Path) -> list[str]:
    """Relative paths that differ, exist on one side only, or cannot be compared."""
    out: list[str] = []
    if not committed.is_dir():
        return ["(the folder is missing)"]

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(f"{prefix}{name} (not generated: remove it)" for name in cmp.left_only)
        out.extend(f"{prefix}{name} (missing: generate it)" for name in cmp.right_only)
        out.extend(f"{prefix}{name} (differs)" for name in cmp.funny_files)
        _match, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        out.extend(f"{prefix}{name} (differs)" for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(committed, fresh, ignore=["__pycache__"]), "")
    return sorted(out)


def naming_lines(spec: Path, unnamed: list[str]) -> list[str]:
    """The naming-table line each unnamed operation needs (with its fallback names as a start)."""
    lines = needs_name(load_document(spec), {})
    return [line for pointer, line in lines.items() if pointer in unnamed]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen check", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--webhooks-spec", type=Path, default=ROOT / WEBHOOKS_DOCUMENT)
    parser.add_argument("--root", type=Path, default=ROOT, help="the tree to check (default: the repo)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="jobmojito-check-") as tmp:
        fresh = Path(tmp)
        unnamed = generate(args.spec, fresh, load(args.root / "generator-config.yml"), args.webhooks_spec)
        differences = [
            f"{folder}/{line}" for folder in OUTPUTS for line in tree_differences(args.root / folder, fresh / folder)
        ]
    for line in differences:
        print(f"make check: {line}")
    if differences:
        print("make check: the output folders are not what `make generate` produces; run `make generate` and commit")
    if unnamed:
        print("make check: operations that need a name; add them to `operations:` in generator-config.yml:")
        for line in naming_lines(args.spec, unnamed):
            print(line)
    if not differences and not unnamed:
        print("make check: generated/ and src/jobmojito/resources/ are reproducible, and every operation is named")
    return 1 if differences or unnamed else 0
