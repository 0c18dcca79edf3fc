"""``make generate``: openapi.yaml → the two output folders. No network.

1. normalize the published document with generator-config.yml (normalize.py),
   and the webhooks document (openapi-webhooks.yaml);
2. run the pinned openapi-python-client on the API document with the webhook
   payloads' components added (it ignores top-level ``webhooks``), shaped by
   generator-config.yml and the templates in templates/ → ``generated/jobmojito_api/``;
3. render the facade's resources from the generator's own parse of the same
   document (facade.py, templates/facade/) → ``src/jobmojito/resources/``;
4. format both with the pinned ruff, then replace each folder in one move.

The same inputs give byte-identical output; ``--root DIR`` writes the two
folders under another root (``make check`` compares that with the tree).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client.config import Config as GeneratorConfig
from openapi_python_client.config import ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import facade
from .config import ROOT, Config, load
from .normalize import normalize, normalize_webhooks, with_webhook_models

TEMPLATES = Path(__file__).with_name("templates")
GENERATED = Path("generated") / "jobmojito_api"
RESOURCES = Path("src") / "jobmojito" / "resources"
OUTPUTS = (GENERATED, RESOURCES)
WEBHOOKS_DOCUMENT = "openapi-webhooks.yaml"
BIN = Path(sys.executable).parent


class GenerationError(Exception):
    """The generator reported a problem: something would have been dropped."""


def load_document(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        doc: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    return doc


def _project(normalized: dict[str, Any], config: Config, package: Path) -> Project:
    generator_config = GeneratorConfig.from_sources(
        ConfigFile(**config.generator),
        MetaType.NONE,
        document_source=package,  # unused: the document is passed parsed
        file_encoding="utf-8",
        overwrite=True,
        output_path=package,
    )
    data = GeneratorData.from_dict(normalized, config=generator_config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"{data.header}: {data.detail}")
    project = Project(openapi=data, config=generator_config, custom_template_path=TEMPLATES)
    # Our templates may include the generator's own under "upstream/" (a header
    # above an unchanged template, a macro delegated): nothing of it is copied.
    project.env.loader = ChoiceLoader(
        [
            FileSystemLoader(str(TEMPLATES)),
            PrefixLoader({"upstream": PackageLoader("openapi_python_client")}),
            PackageLoader("openapi_python_client"),
        ]
    )
    return project


def _build(project: Project) -> None:
    with contextlib.redirect_stdout(io.StringIO()):  # "Generating <dir>"
        problems = project.build()
    if problems:
        details = "\n".join(f"- {p.header}: {p.detail}" for p in problems)
        raise GenerationError(f"openapi-python-client reported {len(problems)} problem(s):\n{details}")
    (project.package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")


def _ruff(*folders: Path) -> None:
    for cmd in (
        ["check", "--quiet", "--fix-only", "--select", "I,F401", "--isolated", "--line-length", "120"],
        ["format", "--quiet", "--isolated", "--line-length", "120"],
    ):
        subprocess.run([str(BIN / "ruff"), *cmd, *map(str, folders)], check=True)


def _replace(fresh: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__"))


def generate(spec: Path, root: Path, config: Config | None = None, webhooks_spec: Path | None = None) -> list[str]:
    """Write both output folders under ``root``; the operations the naming table misses.

    ``webhooks_spec`` (default: the repository's openapi-webhooks.yaml) is the webhooks document.
    """
    config = config or load()
    normalized = normalize(load_document(spec), config)
    webhooks = normalize_webhooks(load_document(webhooks_spec or ROOT / WEBHOOKS_DOCUMENT))
    with tempfile.TemporaryDirectory(prefix="jobmojito-gen-") as tmp:
        work = Path(tmp)
        project = _project(with_webhook_models(normalized, webhooks), config, work / GENERATED.name)
        _build(project)
        resources = work / RESOURCES.name
        unnamed = facade.render(project, normalized, config, resources, webhooks)
        for name, document in (("openapi.json", normalized), ("openapi-webhooks.json", webhooks)):
            (resources / name).write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        _ruff(project.package_dir, resources)
        _replace(project.package_dir, root / GENERATED)
        _replace(resources, root / RESOURCES)
    return unnamed


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m codegen generate", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--webhooks-spec", type=Path, default=ROOT / WEBHOOKS_DOCUMENT)
    parser.add_argument("--root", type=Path, default=ROOT, help="where generated/ and src/ go (default: the repo)")
    args = parser.parse_args(argv)
    try:
        unnamed = generate(args.spec, args.root, webhooks_spec=args.webhooks_spec)
    except (GenerationError, ValueError) as exc:
        print(f"make generate: {exc}", file=sys.stderr)
        return 2
    for pointer in unnamed:
        print(f"make generate: {pointer} is not in the naming table (a fallback name was used)", file=sys.stderr)
    return 0
