"""The two faces of a drift report: JSON for machines, Markdown for reviewers.

``REPORT_SCHEMA`` is the JSON Schema (2020-12) of ``--format json``; the
Markdown is what the nightly workflow puts in a pull request: a title with
the counts, then one section per severity. Changes that differ only in the
operation (a schema shared by several operations) share one row there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from .kinds import Change, Kind, Severity

SEVERITIES = [severity.value for severity in Severity]
# Pull-request bodies are limited to 65,536 characters.
MARKDOWN_LIMIT = 60_000
EXCERPT_WIDTH = 240
OPERATIONS_SHOWN = 6

REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "make drift report",
    "type": "object",
    "additionalProperties": False,
    "required": ["summary", "changes"],
    "properties": {
        "summary": {
            "type": "object",
            "additionalProperties": False,
            "required": SEVERITIES,
            "properties": {name: {"type": "integer", "minimum": 0} for name in SEVERITIES},
        },
        "changes": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["severity", "kind", "operation", "location", "message", "old", "new"],
                "properties": {
                    "severity": {"enum": SEVERITIES},
                    "kind": {"enum": [kind.value for kind in Kind]},
                    "operation": {"type": ["string", "null"], "pattern": "^([A-Z]+ /|webhook [^ ]+$)"},
                    "location": {"type": "string", "pattern": "^(/([^~/]|~[01])*)*$"},
                    "message": {"type": "string", "minLength": 1},
                    "old": {},
                    "new": {},
                },
            },
        },
    },
}


def summary(changes: Iterable[Change]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for change in changes:
        counts[change.severity.value] += 1
    return counts


def to_json(changes: Sequence[Change]) -> dict[str, Any]:
    return {"summary": summary(changes), "changes": [change.to_json() for change in changes]}


def render_json(changes: Sequence[Change]) -> str:
    return json.dumps(to_json(changes), indent=2, ensure_ascii=False) + "\n"


def group(changes: Iterable[Change]) -> list[tuple[Change, list[str]]]:
    """Changes that differ only by operation, with the operations they touch."""
    groups: dict[tuple[Any, ...], tuple[Change, list[str]]] = {}
    for change in changes:
        key = (change.severity, change.kind, change.location, change.message, *change.sort_key()[5:])
        _, operations = groups.setdefault(key, (change, []))
        if change.operation:
            operations.append(change.operation)
    return list(groups.values())


def excerpt(old: str, new: str, width: int = EXCERPT_WIDTH) -> tuple[str, str]:
    """Both texts, cut around the part that differs when they are long.

    A description that changed one word in 500 characters shows that word
    with some context on each side, not the first 240 identical characters.
    """
    old, new = " ".join(old.split()), " ".join(new.split())
    if len(old) <= width and len(new) <= width:
        return old, new
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    context = width // 4
    start = max(0, old.rfind(" ", 0, max(0, prefix - context)) + 1)

    def cut(text: str) -> str:
        end = min(len(text), max(len(text) - suffix + context, start + context))
        piece = text[start:end]
        if len(piece) > width:
            piece = piece[: width - 1]
        return ("…" if start > 0 else "") + piece + ("…" if start + len(piece) < len(text) else "")

    return cut(old), cut(new)


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _code(text: str, *, table: bool = False) -> str:
    """Inline code that survives backticks in the text (and pipes in a table)."""
    fence, pad = ("``", " ") if "`" in text else ("`", "")
    code = f"{fence}{pad}{text}{pad}{fence}"
    return code.replace("|", "\\|") if table else code


def _operations(operations: list[str], *, table: bool = False) -> str:
    if not operations:
        return "(document)"
    shown = ", ".join(_code(op, table=table) for op in operations[:OPERATIONS_SHOWN])
    more = len(operations) - OPERATIONS_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(changes: Sequence[Change], old_source: str, new_source: str, limit: int = MARKDOWN_LIMIT) -> str:
    counts = summary(changes)
    title = ", ".join(f"{counts[name]} {name}" for name in SEVERITIES)
    lines = [f"## API drift: {title}", "", f"Compared {_code(old_source)} (old) with {_code(new_source)} (new)."]
    if not changes:
        lines += ["", "No difference a client of the SDK can observe."]
    unnamed = [change for change in changes if change.kind is Kind.OPERATION_NEEDS_NAME]
    if unnamed:
        lines += ["", f"### Needs a name ({len(unnamed)})", ""]
        lines += [
            "`make check` fails until `operations:` in generator-config.yml names each new operation. "
            "The names are forever (a rename breaks callers): replace the fallback names below before committing.",
            "",
            "```yaml",
            *(str(change.new) for change in unnamed),
            "```",
        ]
    for severity in Severity:
        rows = group(change for change in changes if change.severity is severity)
        if not rows:
            continue
        lines += ["", f"### {severity.value.capitalize()} ({counts[severity.value]})", ""]
        if severity is Severity.INFO:
            for change, operations in rows:
                lines.append(
                    f"- {_operations(operations)} `{change.kind.value}`: {change.message} ({_code(change.location)})"
                )
                old, new = excerpt(_value(change.old), _value(change.new))
                lines += [f"  - old: {old or '(none)'}", f"  - new: {new or '(none)'}"]
            continue
        lines += ["| Operation | Kind | Change | Location |", "|---|---|---|---|"]
        for change, operations in rows:
            where = _code(change.location, table=True)
            cells = (_operations(operations, table=True), f"`{change.kind.value}`", _cell(change.message), where)
            lines.append("| " + " | ".join(cells) + " |")
    text = "\n".join(lines) + "\n"
    if len(text) > limit:
        cut = text.rfind("\n", 0, limit - 200)
        text = text[:cut] + "\n\n*Report truncated: the JSON report (`FORMAT=json`) lists every change.*\n"
    return text
