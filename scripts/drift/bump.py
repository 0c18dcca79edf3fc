"""Bump the SDK version from a ``make drift`` JSON report and the API snapshot difference, and log both.

    python -m drift.bump drift.json [--api-diff api-diff.json] [--pyproject pyproject.toml]
        [--changelog CHANGELOG.md] [--version-file src/jobmojito/_version.py] [--date YYYY-MM-DD]

The version policy (semver, judged from the SDK user's side), applied to the
document drift:

* any breaking change  -> major (1.4.2 -> 2.0.0)
* else any safe change -> minor (1.4.2 -> 1.5.0)
* else any info change -> patch (1.4.2 -> 1.4.3)
* no change            -> nothing is written

and to the difference of the public Python API from ``api-snapshot.json``
(``python -m drift.api_guard --json``): a change that breaks callers ->
major, any other difference -> minor. The bump is the larger of the two.

``version`` in pyproject.toml's ``[project]`` table is rewritten in place
(nothing else in the file changes) and a CHANGELOG.md entry with the version,
the date, the counts and one bullet per change of each report is put above
the previous entries. Run it once per report: a second run bumps again.
Exit status: 0 done (or nothing to do), 2 unreadable report or version.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from .api_diff import API_DIFF_SCHEMA
from .report import REPORT_SCHEMA

LEVELS = ("major", "minor", "patch")
_VERSION_LINE = re.compile(r'^(version\s*=\s*)(["\'])([^"\']*)\2', re.MULTILINE)
_TABLE = re.compile(r"^\[", re.MULTILINE)  # the next table header
CHANGELOG_HEADER = """# Changelog

Versions follow the API drift policy (docs/maintaining/drift.md): a breaking API change
bumps the major version, a safe one the minor, documentation only the patch.
"""


class BumpError(Exception):
    pass


def level(summary: dict[str, int]) -> str | None:
    """``major``, ``minor``, ``patch`` or None from a report's summary."""
    for severity, name in zip(("breaking", "safe", "info"), LEVELS, strict=True):
        if summary.get(severity, 0) > 0:
            return name
    return None


def larger(*levels: str | None) -> str | None:
    """The largest of ``major``, ``minor``, ``patch`` given (None for none)."""
    present = [name for name in levels if name is not None]
    return min(present, key=LEVELS.index) if present else None


def bump(version: str, how: str) -> str:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if match is None:
        raise BumpError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    if how == "major":
        return f"{major + 1}.0.0"
    if how == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _project_table(text: str) -> tuple[int, int]:
    start = text.find("[project]\n")
    if start < 0:
        raise BumpError("pyproject.toml has no [project] table")
    following = _TABLE.search(text, start + len("[project]"))
    return start, following.start() if following else len(text)


def read_version(pyproject: str) -> str:
    start, end = _project_table(pyproject)
    match = _VERSION_LINE.search(pyproject, start, end)
    if match is None:
        raise BumpError("pyproject.toml's [project] table has no version")
    return match.group(3)


def write_version(pyproject: str, version: str) -> str:
    start, end = _project_table(pyproject)
    match = _VERSION_LINE.search(pyproject, start, end)
    if match is None:
        raise BumpError("pyproject.toml's [project] table has no version")
    quote = match.group(2)
    return pyproject[: match.start()] + f"{match.group(1)}{quote}{version}{quote}" + pyproject[match.end() :]


_DUNDER_VERSION = re.compile(r'^(__version__\s*=\s*)(["\'])([^"\']*)\2', re.MULTILINE)


def write_dunder_version(source: str, version: str) -> str:
    """``source`` with its ``__version__ = "..."`` line set to ``version``."""
    updated, count = _DUNDER_VERSION.subn(lambda m: f"{m.group(1)}{m.group(2)}{version}{m.group(2)}", source, count=1)
    if count != 1:
        raise BumpError('the version file has no __version__ = "..." line')
    return updated


def entry(version: str, date: str, report: dict[str, Any], api_diff: dict[str, Any] | None = None) -> str:
    counts = report["summary"]
    lines = [
        f"## {version} — {date}",
        "",
        f"API drift: {counts['breaking']} breaking, {counts['safe']} safe, {counts['info']} info.",
        "",
    ]
    seen: dict[tuple[str, str, str], list[str]] = {}
    for change in report["changes"]:
        key = (change["severity"], change["kind"], change["message"])
        operations = seen.setdefault(key, [])
        if change["operation"] and change["operation"] not in operations:
            operations.append(change["operation"])
    for (severity, kind, message), operations in seen.items():
        where = f" ({', '.join(f'`{op}`' for op in operations)})" if operations else ""
        lines.append(f"- **{severity}** `{kind}`{where}: {message}")
    if api_diff is not None and api_diff["changes"]:
        api = api_diff["summary"]
        lines += ["", f"Python API: {api['breaking']} breaking, {api['compatible']} compatible.", ""]
        for change in api_diff["changes"]:
            lines.append(
                f"- **{'breaking' if change['breaking'] else 'compatible'}** `{change['name']}`: {change['message']}"
            )
    return "\n".join(lines) + "\n"


def prepend(changelog: str, new_entry: str) -> str:
    """Put ``new_entry`` above the first ``## `` entry, below the header."""
    if not changelog.strip():
        changelog = CHANGELOG_HEADER
    first = re.search(r"^## ", changelog, re.MULTILINE)
    if first is None:
        return changelog.rstrip("\n") + "\n\n" + new_entry
    return changelog[: first.start()] + new_entry + "\n" + changelog[first.start() :]


def load_report(source: str, schema: dict[str, Any] = REPORT_SCHEMA, what: str = "a drift report") -> dict[str, Any]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        report: dict[str, Any] = json.loads(text)
    except (OSError, ValueError) as exc:
        raise BumpError(f"cannot read {what}, {source}: {exc}") from exc
    errors = sorted(Draft202012Validator(schema).iter_errors(report), key=str)
    if errors:
        raise BumpError(f"{source} is not {what}: {errors[0].message}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("report", help="a `make drift FORMAT=json` report, or - for stdin")
    parser.add_argument("--api-diff", help="the API snapshot difference (`python -m drift.api_guard --json`)")
    parser.add_argument("--pyproject", type=Path, default=Path("pyproject.toml"))
    parser.add_argument("--changelog", type=Path, default=Path("CHANGELOG.md"))
    parser.add_argument(
        "--version-file", type=Path, help='a Python file whose __version__ = "..." line follows the new version'
    )
    parser.add_argument("--date", default=datetime.datetime.now(datetime.UTC).date().isoformat())
    args = parser.parse_args(argv)
    try:
        report = load_report(args.report)
        api_diff = load_report(args.api_diff, API_DIFF_SCHEMA, "an API snapshot difference") if args.api_diff else None
        pyproject = args.pyproject.read_text(encoding="utf-8")
        old = read_version(pyproject)
        drift_level, api_level = level(report["summary"]), api_diff["level"] if api_diff else None
        how = larger(drift_level, api_level)
        if how is None:
            print(f"make update: no API change; version stays {old}")
            return 0
        new = bump(old, how)
        changelog = args.changelog.read_text(encoding="utf-8") if args.changelog.exists() else ""
        updated_changelog = prepend(changelog, entry(new, args.date, report, api_diff))
        updated_pyproject = write_version(pyproject, new)
        version_file = args.version_file.read_text(encoding="utf-8") if args.version_file else None
        updated_version_file = write_dunder_version(version_file, new) if version_file is not None else None
    except (BumpError, OSError) as exc:
        print(f"make update: error: {exc}", file=sys.stderr)
        return 2
    args.pyproject.write_text(updated_pyproject, encoding="utf-8")
    args.changelog.write_text(updated_changelog, encoding="utf-8")
    if args.version_file and updated_version_file is not None:
        args.version_file.write_text(updated_version_file, encoding="utf-8")
    print(
        f"make update: {old} -> {new} ({how}; document drift: {drift_level or 'none'}, "
        f"Python API: {api_level or 'none'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
