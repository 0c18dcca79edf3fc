"""The documentation site: ``mkdocs build --strict`` passes, and its API reference documents everything.

The site is built once, into a temporary folder, exactly as ``make docs``
builds it; the tests then read the HTML a reader gets. "Everything" is taken
from the code, not from the hooks that make the pages: every public method of
every resource class and its async twin, every model ``jobmojito_api.models``
exports, every error and name ``jobmojito`` exports.
"""

from __future__ import annotations

import html
import inspect
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import jobmojito_api.models
import pytest
import yaml
from conftest import ROOT

import jobmojito
from jobmojito.resources import RESOURCES
from jobmojito.resources.interviews import AsyncInterviews, Interviews

pytestmark = [pytest.mark.docs, pytest.mark.timeout(600)]

MODELS = ROOT / "generated" / "jobmojito_api" / "models"


def snake(name: str) -> str:
    """``JobInterviewCreateRequestStatus`` -> ``job_interview_create_request_status`` (the generator's file names)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stderr[-4000:]
    assert "WARNING" not in built.stderr, built.stderr[-4000:]
    return out


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def words(plain: str) -> str:
    """The words and numbers of a text, punctuation and spacing left out."""
    return " ".join(re.sub(r"[^0-9A-Za-z]+", " ", plain).split())


def text(fragment: str) -> str:
    """What a reader sees of an HTML fragment, as words."""
    return words(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def section(document: str, anchor: str) -> str:
    """The HTML of one object's section: from its heading to the next object's heading."""
    start = document.index(f'id="{anchor}"')
    following = re.compile(r'id="[\w.]+" class="doc doc-heading"').search(document, start + len(anchor) + 5)
    return document[start : following.start() if following else len(document)]


def parameter_rows(fragment: str) -> dict[str, str]:
    """The Parameters table of a method's section: name -> description."""
    table = fragment[fragment.index("<table") : fragment.index("</table>")]
    rows = {}
    for row in re.findall(r'<tr class="doc-section-item">(.*?)</tr>', table, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        rows[text(cells[0]).replace(" ", "_")] = text(cells[2])
    return rows


def documented_args(function: object) -> dict[str, str]:
    """The ``Args:`` section of a Google-style docstring: name -> description."""
    doc = inspect.getdoc(function) or ""
    args: dict[str, str] = {}
    name = None
    for line in doc.split("Args:", 1)[1].splitlines()[1:]:
        entry = re.match(r"    (\w+): (.*)", line)
        if entry:
            name, args[entry[1]] = entry[1], entry[2]
        elif line.startswith("        ") and name:
            args[name] += " " + line.strip()
        elif line.strip():
            break
    return {key: words(value) for key, value in args.items()}


@pytest.mark.parametrize("cls", [Interviews, AsyncInterviews])
def test_interviews_create_lists_every_parameter_with_its_description(site: Path, cls: type) -> None:
    anchor = f"jobmojito.resources.interviews.{cls.__name__}.create"
    rows = parameter_rows(section(page(site, "reference/resources/interviews"), anchor))
    parameters = [p for p in inspect.signature(cls.create).parameters if p != "self"]
    assert list(rows) == parameters
    described = documented_args(cls.create)
    assert set(described) == set(parameters)
    for name in parameters:
        assert described[name] and rows[name] == described[name], name


def test_every_method_of_every_resource_and_its_async_twin_is_documented(site: Path) -> None:
    import importlib

    for resource in RESOURCES:
        document = page(site, f"reference/resources/{resource}")
        module = importlib.import_module(f"jobmojito.resources.{resource}")
        classes = [c for n, c in vars(module).items() if inspect.isclass(c) and c.__module__ == module.__name__]
        assert len(classes) == 2, resource
        for cls in classes:
            methods = [n for n, m in inspect.getmembers(cls, callable) if not n.startswith("_")]
            assert methods, cls
            for name in methods:
                anchor = f"jobmojito.resources.{resource}.{cls.__name__}.{name}"
                assert f'id="{anchor}"' in document, anchor
                assert text(section(document, anchor)), anchor


def test_every_model_is_documented_once(site: Path) -> None:
    pages = "".join(p.read_text(encoding="utf-8") for p in (site / "reference" / "models").rglob("index.html"))
    for name in jobmojito_api.models.__all__:
        obj = getattr(jobmojito_api.models, name)
        if not inspect.isclass(obj):  # an enum: a Literal alias, defined in the module named after it
            assert f"{name} = Literal[" in (MODELS / f"{snake(name)}.py").read_text(encoding="utf-8"), name
            module = f"jobmojito_api.models.{snake(name)}"
        else:
            module = obj.__module__
        assert pages.count(f'id="{module}.{name}"') == 1, name


def test_every_error_and_name_jobmojito_exports_is_documented(site: Path) -> None:
    errors, client = page(site, "reference/errors"), page(site, "reference/client")
    for name in jobmojito.__all__:
        obj = getattr(jobmojito, name)
        if name == "__version__":
            continue
        where = errors if inspect.isclass(obj) and issubclass(obj, BaseException) else client
        assert f'id="jobmojito.{name}"' in where, name


def test_the_getting_started_page_shows_the_quickstart_script(site: Path) -> None:
    script = (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")
    assert words(script) in text(page(site, "getting-started"))


def test_the_readme_and_the_package_point_at_the_site_home() -> None:
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert urls["Documentation"] == config["site_url"]
    assert urls["Changelog"] == config["site_url"] + "changelog/"
    assert f"]({urls['Documentation']})" in (ROOT / "README.md").read_text(encoding="utf-8")
