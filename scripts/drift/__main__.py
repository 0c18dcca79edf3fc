"""``make drift``: what changed between two OpenAPI documents, for SDK users.

    make drift [OLD=openapi.yaml] [NEW=<live URL>] [FORMAT=markdown|json]
    python -m drift --old SOURCE --new SOURCE [--old-webhooks SOURCE --new-webhooks SOURCE]
        [--format markdown|json] [--config FILE | --as-published]

A SOURCE is a local path, a ``file://`` URL or an ``http(s)://`` URL, holding
JSON or YAML. Both are compared as the SDK reads them: normalized with
``generator-config.yml`` (``--config``), so that what the SDK absorbs is no
change (``sdk_side``). ``--as-published`` compares them as they are; then
either may be partial (no ``components``, only some paths): it only has to be
a mapping with an ``openapi: 3.x`` key. Every change is classified breaking,
safe or info; the kinds and their severities are the table in ``kinds.py``
(and ``docs/maintaining/drift.md``), the JSON format is ``report.REPORT_SCHEMA``
(``--print-schema`` prints it). With ``--old-webhooks`` and
``--new-webhooks`` the report also covers the webhooks document
(``webhooks.py``): its changes are labelled ``webhook {event}``.

Exit status: 0 nothing breaking and every operation named, 1 at least one
breaking change or an operation that needs a name, 2 error (unreadable input,
unreachable URL, not an OpenAPI document, a document generator-config.yml
does not fit), with one line on stderr. ``make`` itself turns any non-zero
status into 2: call this script directly, or read the JSON report, to tell 1
from 2.

Layout: kinds (vocabulary) · schema (``$ref`` and canonical
schemas) · schema_diff (schema walk) · diff (``diff()``,
operations) · report (JSON, Markdown) · this file (I/O only).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path
from typing import Any

from codegen import spec
from codegen.config import CONFIG_FILE
from codegen.config import load as load_config

from .diff import diff
from .kinds import Kind, Severity
from .report import REPORT_SCHEMA, render_json, render_markdown
from .sdk_side import NormalizationError, sdk_changes
from .webhooks import webhook_changes


class DriftError(Exception):
    """An input that cannot be compared: the message is the one stderr line."""


def read_source(source: str) -> bytes:
    try:
        return spec.read_source(source)
    except spec.SpecError as exc:
        raise DriftError(str(exc)) from exc


def _jsonable(node: Any) -> Any:
    """YAML's extras in JSON terms: integer keys (``200:``) and dates become strings."""
    if isinstance(node, dict):
        return {str(key): _jsonable(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_jsonable(value) for value in node]
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node.isoformat()
    return node


def parse_document(raw: bytes, source: str) -> dict[str, Any]:
    try:
        doc = spec.decode(raw, source)
    except spec.SpecError as exc:
        raise DriftError(str(exc)) from exc
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise DriftError(f"{source} is not an OpenAPI 3 document (no top-level 'openapi: 3.x')")
    for key in ("paths", "webhooks", "components"):
        if key in doc and not isinstance(doc[key], dict):
            raise DriftError(f"{source} is not a usable OpenAPI document: '{key}' is not a mapping")
    result: dict[str, Any] = _jsonable(doc)
    return result


def load(source: str) -> dict[str, Any]:
    return parse_document(read_source(source), source)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--old", help="the document the SDK was built from")
    parser.add_argument("--new", help="the document to compare it with")
    parser.add_argument("--old-webhooks", help="the webhooks document the SDK was built from")
    parser.add_argument("--new-webhooks", help="the webhooks document to compare it with")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    sides = parser.add_mutually_exclusive_group()
    sides.add_argument("--config", type=Path, default=CONFIG_FILE, help="generator-config.yml to normalize with")
    sides.add_argument("--as-published", action="store_true", help="compare the documents without normalizing them")
    parser.add_argument("--print-schema", action="store_true", help="print the JSON Schema of --format json and exit")
    args = parser.parse_args(argv)
    if args.print_schema:
        print(json.dumps(REPORT_SCHEMA, indent=2))
        return 0
    if not args.old or not args.new:
        print("drift: error: --old and --new are both required", file=sys.stderr)
        return 2
    if bool(args.old_webhooks) != bool(args.new_webhooks):
        print("drift: error: --old-webhooks and --new-webhooks go together", file=sys.stderr)
        return 2
    try:
        old, new = load(args.old), load(args.new)
        changes = diff(old, new) if args.as_published else sdk_changes(old, new, load_config(args.config))
        if args.old_webhooks:
            old_hooks, new_hooks = load(args.old_webhooks), load(args.new_webhooks)
            changes += webhook_changes(old_hooks, new_hooks, as_published=args.as_published)
    except (DriftError, NormalizationError, OSError) as exc:
        print("drift: error: " + " ".join(str(exc).splitlines()), file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(render_json(changes))
    else:
        sys.stdout.write(render_markdown(changes, args.old, args.new))
    blocking = (change.severity is Severity.BREAKING or change.kind is Kind.OPERATION_NEEDS_NAME for change in changes)
    return 1 if any(blocking) else 0


if __name__ == "__main__":
    sys.exit(main())
