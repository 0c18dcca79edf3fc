"""``make generate``: openapi.yaml → generated/jobmojito_api. No network.

1. normalize the document (scripts/normalize.py, naming table scripts/naming.yaml);
2. run the pinned openapi-python-client with generator-config.yml and the
   templates in scripts/templates/;
3. add the facade layer (scripts/generate_resources.py): the operation table
   and one typed resource class per tag;
4. inline the parse functions of ``from_dict`` that return their argument
   unchanged (scripts/inline_parsers.py: list pages parse ~5x faster), then
   give ``from_dict`` of such models a fast path for rows with exactly the
   documented fields (scripts/fast_from_dict.py: ~4x faster again);
5. make a union of lists and models raise on a value of another shape
   instead of passing it through (scripts/strict_shapes.py);
6. format with the pinned ruff;
7. replace the output folder in one move.

The same inputs give byte-identical output; ``--output DIR`` generates
elsewhere (the reproducibility check compares that with generated/).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fast_from_dict import fast_path_models  # noqa: E402
from inline_parsers import inline_models  # noqa: E402
from normalize import normalize, unnamed_operations  # noqa: E402
from strict_shapes import strict_models  # noqa: E402

PACKAGE = "jobmojito_api"
BIN = Path(sys.executable).parent


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_names(path: Path = ROOT / "scripts" / "naming.yaml") -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(path)
    return data


def run(*cmd: str | Path, **kwargs: Any) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def generate(spec: Path, output: Path) -> list[str]:
    """Generate the package into ``output`` (a folder named jobmojito_api)."""
    names = load_names()
    doc = load_yaml(spec)
    normalized = normalize(doc, names["operations"])
    with tempfile.TemporaryDirectory(prefix="jobmojito-gen-") as tmp:
        work = Path(tmp)
        normalized_path = work / "openapi.normalized.json"
        normalized_path.write_text(json.dumps(normalized, indent=1, sort_keys=True), encoding="utf-8")
        package = work / PACKAGE
        run(
            BIN / "openapi-python-client", "generate",
            "--path", normalized_path,
            "--config", ROOT / "generator-config.yml",
            "--custom-template-path", ROOT / "scripts" / "templates",
            "--meta", "none",
            "--output-path", package,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(work)}
        run(sys.executable, ROOT / "scripts" / "generate_resources.py", spec, package, env=env)
        inline_models(package / "models")
        fast_path_models(package)
        strict_models(package)
        run(BIN / "ruff", "check", "--quiet", "--fix-only", "--select", "I,F401", "--isolated", package)
        run(BIN / "ruff", "format", "--quiet", "--isolated", "--line-length", "120", package)
        (package / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package, output, ignore=shutil.ignore_patterns("__pycache__"))
    return unnamed_operations(doc, names["operations"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--output", type=Path, default=ROOT / "generated" / PACKAGE)
    parser.add_argument("--fail-on-unnamed", action="store_true", help="exit 1 if the naming table misses an operation")
    args = parser.parse_args(argv)
    unnamed = generate(args.spec, args.output)
    for operation in unnamed:
        print(f"make generate: {operation} is unnamed (fallback name used); add it to scripts/naming.yaml")
    return 1 if unnamed and args.fail_on_unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
