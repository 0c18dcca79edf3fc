"""Guard the public Python API that downstream SDKs import, against a committed snapshot.

    python -m drift.api_guard                      # make check: compare with api-snapshot.json
    python -m drift.api_guard --write              # make api: record the API (and the version) on purpose
    python -m drift.api_guard --exact              # a release: the snapshot is the API, at this version
    python -m drift.api_guard --json F --markdown F   # also write the differences (make update, nightly)

``api-snapshot.json`` holds the version it was recorded at and every public
name of ``jobmojito`` and ``jobmojito_api`` with its signature, fields and
types (``api_surface``); no git tag is needed. The API importable from here
is introspected and compared with it (``api_diff``), each difference named
and judged breaking or compatible.

Exit status: 0 when nothing breaks callers, or when something does and the
major version in pyproject.toml is above the snapshot's; 1 when a breaking
difference has no major bump (``--write`` then refuses to record it), or,
with ``--exact``, when the snapshot is not exactly the API at this version;
2 when the snapshot or the version cannot be read; 3 when ``--write`` left
the snapshot as it was because an operation of openapi.yaml needs a name:
its fallback names are not an API to promise (naming it later would read
as a removal). Compatible differences never fail the check: ``make api``
(``make update`` runs it) records them.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from codegen.config import load as load_config
from codegen.normalize import unnamed_operations

from .api_diff import ApiChange, compare, level
from .api_surface import Surface, collect
from .bump import BumpError, read_version

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "api-snapshot.json"
ABOUT = (
    "The public Python API of jobmojito and jobmojito_api, as of `version`. Written by `make api`; "
    "`make check` fails when the API breaks callers without a major version bump (docs/maintaining/drift.md)."
)
MARKDOWN_LIMIT = 20_000


def unnamed(root: Path = ROOT) -> list[str]:
    """The operations of the tree's openapi.yaml that the naming table does not name."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load((root / "openapi.yaml").read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe
    return unnamed_operations(document, load_config(root / "generator-config.yml").operations)


class GuardError(Exception):
    """The snapshot or the version cannot be read: the message is the one stderr line."""


# --- the snapshot file ------------------------------------------------------------------


def dumps(version: str, surface: Surface) -> str:
    """The snapshot as JSON, one entry a line, so that a change to the API is a readable diff."""

    def entry(record: dict[str, Any]) -> str:
        ordered = {"kind": record["kind"], **{key: record[key] for key in sorted(record) if key != "kind"}}
        return json.dumps(ordered, ensure_ascii=False)

    lines = [f"    {json.dumps(key)}: {entry(record)}" for key, record in sorted(surface.items())]
    head = f'{{\n  "about": {json.dumps(ABOUT)},\n  "version": {json.dumps(version)},\n  "api": {{\n'
    return head + ",\n".join(lines) + "\n  }\n}\n"


def load_snapshot(path: Path) -> tuple[str, Surface]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data["version"]), dict(data["api"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GuardError(f"cannot read the API snapshot {path}: {exc}; `make api` writes it") from exc


def project_version(pyproject: Path) -> str:
    try:
        return read_version(pyproject.read_text(encoding="utf-8"))
    except (OSError, BumpError) as exc:
        raise GuardError(f"cannot read the version from {pyproject}: {exc}") from exc


def major(version: str) -> int:
    head = version.split(".", 1)[0]
    if not head.isdigit():
        raise GuardError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    return int(head)


# --- the verdict ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    changes: list[ApiChange]
    recorded: str  # the snapshot's version
    version: str  # pyproject.toml's

    @property
    def breaking(self) -> list[ApiChange]:
        return [change for change in self.changes if change.breaking]

    @property
    def major_bumped(self) -> bool:
        return major(self.version) > major(self.recorded)

    @property
    def ok(self) -> bool:
        return not self.breaking or self.major_bumped

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": {"breaking": len(self.breaking), "compatible": len(self.changes) - len(self.breaking)},
            "level": level(self.changes),
            "recorded": self.recorded,
            "version": self.version,
            "changes": [change.to_json() for change in self.changes],
        }


def verdict(snapshot: Path, pyproject: Path, surface: Surface | None = None) -> Verdict:
    recorded, old = load_snapshot(snapshot)
    return Verdict(compare(old, collect() if surface is None else surface), recorded, project_version(pyproject))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(result: Verdict, source: str = "api-snapshot.json", limit: int = MARKDOWN_LIMIT) -> str:
    counts = result.to_json()["summary"]
    lines = [
        f"## Python API: {counts['breaking']} breaking, {counts['compatible']} compatible",
        "",
        f"The regenerated SDK compared with `{source}` (recorded at {result.recorded}; version now {result.version}).",
    ]
    if not result.changes:
        lines += ["", "No difference in the public names, signatures, fields or types."]
    for title, breaking in (("Breaking", True), ("Compatible", False)):
        rows = [change for change in result.changes if change.breaking is breaking]
        if rows:
            lines += ["", f"### {title} ({len(rows)})", "", "| Name | Change |", "|---|---|"]
            lines += [f"| `{row.name}` | {_cell(row.message)} |" for row in rows]
    text = "\n".join(lines) + "\n"
    if len(text) > limit:
        cut = text.rfind("\n", 0, limit - 200)
        text = (
            text[:cut]
            + "\n\n*Truncated: the JSON report (`.venv/api-diff.json`, the run's artifact) lists every change.*\n"
        )
    return text


# --- the command line ------------------------------------------------------------------------


def _print_changes(result: Verdict) -> None:
    for change in result.changes:
        print(f"api guard: {'breaking' if change.breaking else 'compatible'}: {change.name}: {change.message}")


def run(args: argparse.Namespace) -> int:
    surface = collect()
    result = verdict(args.snapshot, args.pyproject, surface)
    if args.json:
        args.json.write_text(json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(render_markdown(result, args.snapshot.name), encoding="utf-8")
    _print_changes(result)
    name = args.snapshot.name
    if not result.ok:
        print(
            f"api guard: {len(result.breaking)} change(s) break callers, and the version ({result.version}) has the "
            f"major of {name} ({result.recorded}): bump the major version (make update does) or restore the API",
            file=sys.stderr,
        )
        return 1
    if args.write:
        waiting = unnamed()
        if waiting:
            print(
                f"api guard: {name} not written: {len(waiting)} operation(s) need a name first "
                f"({', '.join(waiting)}; `python -m codegen check` prints the lines to add)"
            )
            return 3
        args.snapshot.write_text(dumps(result.version, surface), encoding="utf-8")
        print(f"api guard: wrote {name} ({len(surface)} entries, version {result.version})")
        return 0
    if args.exact and (result.changes or result.recorded != result.version):
        print(
            f"api guard: {name} records {result.recorded} and {len(result.changes)} difference(s); a release needs "
            f"it to be exactly the API of {result.version}: run `make api` and commit",
            file=sys.stderr,
        )
        return 1
    if not result.changes:
        print(f"api guard: the public API is the one {name} records ({result.recorded})")
    elif result.breaking:
        print(
            f"api guard: breaking changes allowed by the major bump {result.recorded} -> {result.version}; "
            f"`make api` records them"
        )
    else:
        print(
            f"api guard: {len(result.changes)} compatible difference(s), nothing breaks callers; "
            "`make api` records them"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m drift.api_guard", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT)
    parser.add_argument("--pyproject", type=Path, default=ROOT / "pyproject.toml")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="record the API and the version in the snapshot")
    mode.add_argument(
        "--exact", action="store_true", help="fail unless the snapshot is exactly the API, at this version"
    )
    parser.add_argument("--json", type=Path, help="write the differences as JSON here")
    parser.add_argument("--markdown", type=Path, help="write the differences as Markdown here")
    args = parser.parse_args(argv)
    try:
        if args.write and not args.snapshot.exists():  # the first snapshot: nothing to compare with
            args.snapshot.write_text(dumps(project_version(args.pyproject), collect()), encoding="utf-8")
            print(f"api guard: wrote {args.snapshot.name}")
            return 0
        return run(args)
    except GuardError as exc:
        print(f"api guard: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
