"""``make spec``: fetch an OpenAPI document, validate it, write openapi.yaml (or openapi-webhooks.yaml).

The source is a URL (http, https, file://) or a local path. Nothing is
written unless the document was read in full and is valid; the new file
replaces the old one atomically, so openapi.yaml is never half-written.
Exit status: 0 written, 2 unreachable, unreadable or invalid.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

DEFAULT_URL = "https://cool.jobmojito.com/functions/v1/openapi"
DEFAULT_WEBHOOKS_URL = "https://cool.jobmojito.com/functions/v1/openapi-webhooks"
TIMEOUT_SECONDS = 30
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's is 7x faster on openapi.yaml


class SpecError(Exception):
    """The document could not be fetched, parsed or validated."""


def read_source(source: str) -> bytes:
    parsed = urllib.parse.urlparse(source)
    if parsed.scheme in ("http", "https", "file"):
        try:
            with urllib.request.urlopen(source, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - scheme checked
                return bytes(response.read())
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise SpecError(f"cannot fetch {source}: {exc}") from exc
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read {source}: {exc.strerror or exc}") from exc


def decode(raw: bytes, source: str) -> Any:
    """A document's JSON or YAML, as data (any shape): JSON first, as the server sends it (YAML 1.1 misreads 1e-05)."""
    try:
        text = raw.decode("utf-8")
        try:
            return json.loads(text)
        except ValueError:
            return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SpecError(f"{source} is not JSON or YAML: {first}") from exc


def parse_document(raw: bytes, source: str, *, webhooks: bool = False) -> dict[str, Any]:
    doc = decode(raw, source)
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise SpecError(f"{source} is not an OpenAPI document (no top-level 'openapi' key)")
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in exc.path) or "(root)"
        raise SpecError(f"{source} is not a valid OpenAPI document at {where}: {exc.message}") from exc
    if webhooks and not doc.get("webhooks"):
        raise SpecError(f"{source} describes no webhooks (no top-level 'webhooks')")
    return doc


def dump_yaml(doc: dict[str, Any]) -> str:
    """Stable YAML: the document's own key order, no line wrapping, UTF-8."""
    return str(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1 << 16, default_flow_style=False))


def write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen spec", description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", help="URL or path (default: the live document)")
    parser.add_argument("--output", type=Path, help="default: openapi.yaml, or openapi-webhooks.yaml with --webhooks")
    parser.add_argument("--webhooks", action="store_true", help="the webhooks document (it must describe webhooks)")
    args = parser.parse_args(argv)
    args.source = args.source or (DEFAULT_WEBHOOKS_URL if args.webhooks else DEFAULT_URL)
    args.output = args.output or Path("openapi-webhooks.yaml" if args.webhooks else "openapi.yaml")
    try:
        doc = parse_document(read_source(args.source), args.source, webhooks=args.webhooks)
    except SpecError as exc:
        print(f"make spec: {exc}; {args.output} left unchanged", file=sys.stderr)
        return 2
    write_atomically(args.output, dump_yaml(doc))
    print(f"make spec: wrote {args.output} ({len(json.dumps(doc))} bytes of JSON) from {args.source}")
    return 0
