"""The one configuration file that shapes the output: ``generator-config.yml``.

Its first block is openapi-python-client's own configuration; the sections
after it (``resources``, ``operations``, ``secret_fields``, ``patches``,
``nullable``, ``narrow``, ``helpers``) are this pipeline's, keyed by JSON pointer into the
published document. The file's comments say which upstream problem each entry
answers; this module only reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = ROOT / "generator-config.yml"
# Keys openapi-python-client reads; everything else in the file is ours.
GENERATOR_KEYS = frozenset(
    {
        "class_overrides",
        "content_type_overrides",
        "project_name_override",
        "package_name_override",
        "package_version_override",
        "use_path_prefixes_for_title_model_names",
        "post_hooks",
        "docstrings_on_attributes",
        "field_prefix",
        "generate_all_tags",
        "http_timeout",
        "literal_enums",
    }
)


@dataclass(frozen=True)
class OperationName:
    """One line of the naming table."""

    id: str
    method: str
    idempotent: bool = False


@dataclass(frozen=True)
class Narrowing:
    """A response union whose shape a request field selects."""

    field: str
    shapes: Mapping[Any, str]
    otherwise: str | None = None


@dataclass(frozen=True)
class Config:
    generator: Mapping[str, Any]
    resources: Mapping[str, str]
    operations: Mapping[str, OperationName]
    secret_fields: Mapping[str, str]
    patches: Mapping[str, Mapping[str, Any]]
    nullable: Mapping[str, str]
    narrow: Mapping[str, Narrowing] = field(default_factory=dict)
    helpers: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def package(self) -> str:
        return str(self.generator.get("package_name_override", "jobmojito_api"))


def load(path: Path = CONFIG_FILE) -> Config:
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    known = GENERATOR_KEYS | {"resources", "operations", "secret_fields", "patches", "nullable", "narrow", "helpers"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"{path.name}: unknown section(s) {', '.join(unknown)}")
    return Config(
        generator={k: v for k, v in raw.items() if k in GENERATOR_KEYS},
        resources=dict(raw.get("resources") or {}),
        operations={pointer: OperationName(**entry) for pointer, entry in (raw.get("operations") or {}).items()},
        secret_fields=dict(raw.get("secret_fields") or {}),
        patches=dict(raw.get("patches") or {}),
        nullable=dict(raw.get("nullable") or {}),
        narrow={pointer: Narrowing(**entry) for pointer, entry in (raw.get("narrow") or {}).items()},
        helpers={resource: (pair[0], pair[1]) for resource, pair in (raw.get("helpers") or {}).items()},
    )
