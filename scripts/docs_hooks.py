"""mkdocs hooks (``mkdocs.yml``): the API reference pages, made from the code at build time.

Nothing under ``docs/reference/`` is written by hand or committed. Each build
makes one page per resource (the sync class and its async twin, every
method with its parameters from the docstrings), the models of
``jobmojito_api.models`` grouped by the resource whose calls reach them, the
errors ``jobmojito`` exports in their class tree, and the other public names.
mkdocstrings renders each ``::: path`` from the source; the hooks only decide
which paths go on which page, and add the pages to the "API reference" nav.

What is listed comes from the tree (the resources' index, the models'
``__init__``, ``jobmojito.__all__``), so an operation, model or error added by
``make generate`` or by hand is documented without touching this file.
"""

from __future__ import annotations

import ast
import html
import inspect
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "generated" / "jobmojito_api" / "models"
API = ROOT / "generated" / "jobmojito_api" / "api"
RESOURCES = ROOT / "src" / "jobmojito" / "resources"
NAV_TITLE = "API reference"
MODULES = {  # the public subpackages, each on a page of its own
    "webhooks": "jobmojito.webhooks",
    "testing": "jobmojito.testing",
    "bulk": "jobmojito.bulk",
}


def title(name: str) -> str:
    return name.replace("_", " ").capitalize()


# --- what exists ---------------------------------------------------------------------


@cache
def resources() -> tuple[tuple[str, str], ...]:
    """``(resource, class name)`` in the client's order (``client.interviews`` is ``Interviews``)."""
    from jobmojito.resources import RESOURCES as NAMES

    found = []
    for name in NAMES:
        tree = ast.parse((RESOURCES / f"{name}.py").read_text(encoding="utf-8"))
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("Async")]
        found.append((name, classes[0]))
    return tuple(found)


@cache
def models() -> dict[str, str]:
    """Every model of ``jobmojito_api.models``: name -> its module, from the package's lazy index."""
    tree = ast.parse((MODELS / "__init__.py").read_text(encoding="utf-8"))
    return {
        alias.name: node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names
    }


# Request models keep openapi-python-client's docstring template, which wraps a long type
# across two lines; griffe cannot read such an attribute (it is left out of the model's
# table, the method's Args list it) and would warn on every build. Response models and the
# facade's methods are ours, and keep every warning.
QUIET = {"docstring_options": "{warnings: false}"}


@cache  # each model file is parsed once per build, however many pages ask
def is_response_model(name: str) -> bool:
    tree = ast.parse((MODELS / f"{models()[name]}.py").read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.ClassDef) and any(getattr(b, "id", None) == "ResponseModel" for b in node.bases)
        for node in tree.body
    )


@cache  # a model shared by several resources is walked from each of them
def _models_named_in(path: Path) -> frozenset[str]:
    """The models a module imports (at the top, under TYPE_CHECKING or inside a function)."""
    known = models()
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.update(alias.name for alias in node.names if alias.name in known)
    return frozenset(names)


@cache
def model_groups() -> dict[str, list[str]]:
    """Page -> models: those only one resource reaches, then ``shared``, ``webhooks`` and ``other``."""
    from jobmojito.resources import OPERATIONS

    reached: dict[str, set[str]] = {}
    for resource, _cls in resources():
        # The resource module names the models its methods return; the generated
        # endpoint functions of its operations the request bodies they send.
        sources = [RESOURCES / f"{resource}.py"]
        sources += [p for op, (r, *_rest) in OPERATIONS.items() if r == resource for p in API.glob(f"*/{op}.py")]
        todo, seen = [name for path in sources for name in _models_named_in(path)], set()
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(_models_named_in(MODELS / f"{models()[name]}.py") - seen)
        reached[resource] = seen
    groups: dict[str, list[str]] = {resource: [] for resource, _cls in resources()}
    groups.update(shared=[], webhooks=[], other=[])
    for name in sorted(models()):
        owners = [r for r, names in reached.items() if name in names]
        page = owners[0] if len(owners) == 1 else "shared" if owners else "other"
        if not owners and name.startswith("Webhook"):
            page = "webhooks"
        groups[page].append(name)
    return {page: names for page, names in groups.items() if names}


@cache
def exported() -> tuple[list[str], list[str]]:
    """``jobmojito``'s exported errors (in their class tree, depth first) and its other names."""
    import jobmojito

    names = [n for n in jobmojito.__all__ if not n.startswith("_")]
    classes = {n: getattr(jobmojito, n) for n in names}
    errors = [n for n, c in classes.items() if inspect.isclass(c) and issubclass(c, BaseException)]

    def tree(cls: type[BaseException]) -> Iterator[str]:
        if cls.__name__ in errors:
            yield cls.__name__
        for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
            yield from tree(sub)

    ordered = list(dict.fromkeys(tree(jobmojito.JobMojitoError)))
    ordered += [n for n in errors if n not in ordered]
    return ordered, [n for n in names if n not in errors]


# --- the pages --------------------------------------------------------------------------


def directive(path: str, **options: Any) -> str:
    lines = [f"::: {path}"]
    if options:
        lines.append("    options:")
        lines += [
            f"      {key}: {str(value).lower() if isinstance(value, bool) else value}" for key, value in options.items()
        ]
    return "\n".join(lines) + "\n"


def resource_page(resource: str, cls: str) -> str:
    module = f"jobmojito.resources.{resource}"
    return "\n".join(
        [
            f"# `client.{resource}`\n",
            f"`JobMojito().{resource}` is [`{cls}`][{module}.{cls}], `AsyncJobMojito().{resource}` is "
            f"[`Async{cls}`][{module}.Async{cls}]: the same methods, awaitable. The models they take and "
            f"return are on [{title(resource)} models](../models/{resource}.md) and "
            "[Shared models](../models/shared.md).\n",
            directive(f"{module}.{cls}", inherited_members=True),
            directive(f"{module}.Async{cls}", inherited_members=True),
        ]
    )


def models_page(group: str, names: Iterable[str]) -> str:
    about = {
        "shared": "Models that the calls of several resources take or return.",
        "webhooks": "The payload of JobMojito's webhooks (`jobmojito.webhooks.unwrap` gives it as `event.data`).",
        "other": "Models no call reaches directly.",
    }
    intro = about.get(group, f"Models that only the calls of [`client.{group}`](../resources/{group}.md) use.")
    blocks = [
        directive(
            f"jobmojito_api.models.{models()[name]}.{name}",
            heading_level=2,
            members=False,
            show_root_full_path=False,
            **({} if is_response_model(name) else QUIET),
        )
        for name in names
    ]
    return (
        f"# {title(group)} models\n\n{intro} Enums are `Literal` types: their values are plain strings.\n\n"
        + "\n".join(blocks)
    )


def errors_page() -> str:
    errors, _ = exported()
    intro = (
        "# Errors\n\nEverything the SDK raises is a `jobmojito.JobMojitoError`; the guide "
        "[Errors and retries](../guides/errors.md) says when each is raised and what is retried.\n"
    )
    return intro + "\n" + "\n".join(directive(f"jobmojito.{name}", heading_level=2) for name in errors)


def client_page() -> str:
    _, names = exported()
    first = ["JobMojito", "AsyncJobMojito"]
    rest = sorted((n for n in names if n not in first and n != "__version__"), key=str.lower)
    return (
        "# Client\n\nThe clients and the other names `jobmojito` exports (errors: [Errors](errors.md)).\n\n"
        + "\n".join(
            directive(f"jobmojito.{name}", heading_level=2, **({"inherited_members": True} if name in first else {}))
            for name in first + rest
        )
    )


def module_page(name: str, path: str) -> str:
    return f"# `{path}`\n\n" + directive(path, heading_level=2, show_root_heading=False)


def index_page() -> str:
    lines = [
        "# API reference\n",
        "Made from the docstrings of the code at every build (`make docs`): it documents this version.\n",
        "- [Client](client.md): `JobMojito`, `AsyncJobMojito`, pagers, retry policy, auth helpers.",
        "- Resources, one method per operation:",
        *(f"    - [`client.{r}`](resources/{r}.md)" for r, _cls in resources()),
        "- [Errors](errors.md).",
        "- Models of `jobmojito_api.models`, grouped by the resource that uses them:",
        *(f"    - [{title(g)}](models/{g}.md): {len(n)}" for g, n in model_groups().items()),
        *(f"- [`{path}`]({name}.md)" for name, path in MODULES.items()),
    ]
    return "\n".join(lines) + "\n"


def pages() -> dict[str, str]:
    """``reference/...md`` -> its Markdown."""
    out = {
        "reference/index.md": index_page(),
        "reference/client.md": client_page(),
        "reference/errors.md": errors_page(),
    }
    out.update({f"reference/resources/{r}.md": resource_page(r, c) for r, c in resources()})
    out.update({f"reference/models/{g}.md": models_page(g, n) for g, n in model_groups().items()})
    out.update({f"reference/{name}.md": module_page(name, path) for name, path in MODULES.items()})
    return out


def nav() -> list[Any]:
    return [
        "reference/index.md",
        {"Client": "reference/client.md"},
        {"Resources": [{f"client.{r}": f"reference/resources/{r}.md"} for r, _cls in resources()]},
        {"Errors": "reference/errors.md"},
        {"Models": [{title(g): f"reference/models/{g}.md"} for g in model_groups()]},
        *({f"jobmojito.{name}": f"reference/{name}.md"} for name in MODULES),
    ]


# --- JobMojito's Markdown chips ----------------------------------------------------------


class ChipPattern(InlineProcessor):
    """``[chip:6 sessions]`` (``[chip:Beginner,tone=accent]``): a chip of JobMojito's Markdown, shown as its label.

    The API's descriptions use them; without this, Markdown would read two chips
    side by side as a reference link and autorefs as a broken cross-reference.
    """

    # InlineProcessor changes Pattern.handleMatch's signature (Markdown's stubs ignore that too).
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[Element, int, int]:  # type: ignore[override]
        chip = Element("span", {"class": "jm-chip"})
        chip.text = m.group(1).split(",", 1)[0]
        return chip, m.start(0), m.end(0)


class PlaceholderPattern(InlineProcessor):
    """``<company>``, ``<project>``: a placeholder of a docstring written for ``help()``, shown as it is.

    Markdown would take it for an HTML tag and drop it from the page. Real tags
    (``<br>``, ``<code>``, ...) and anything with attributes are left to Markdown.
    """

    # The HTML elements a docstring may mean (Markdown renders them).
    TAGS = frozenset(
        "a abbr b br cite code del details div em h1 h2 h3 h4 h5 h6 hr i img ins kbd li "  # noqa: SIM905
        "mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul".split()
    )

    # As handleMatch above.
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str | None, int, int]:  # type: ignore[override]
        if m.group(1).lower() in self.TAGS:
            return None, m.start(0), m.end(0)  # not ours: Markdown's HTML pattern reads it
        return self.md.htmlStash.store(html.escape(m.group(0))), m.start(0), m.end(0)


class Chips(Extension):
    """JobMojito's chips and the placeholders of the API's descriptions, as text."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.inlinePatterns.register(ChipPattern(r"\[chip:([^\]]*)\]", md), "jobmojito-chip", 175)
        md.inlinePatterns.register(PlaceholderPattern(r"<([A-Za-z][\w-]*)>", md), "jobmojito-placeholder", 95)


# --- mkdocs events ------------------------------------------------------------------------


@event_priority(100)  # before mkdocstrings, which hands these Markdown extensions to its renderers
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The reference pages take the place of the nav's ``API reference`` entry; chips are Markdown."""
    for index, entry in enumerate(config.nav or []):
        if isinstance(entry, dict) and NAV_TITLE in entry:
            config.nav[index] = {NAV_TITLE: nav()}  # type: ignore[index]
    config.markdown_extensions.append(Chips())  # type: ignore[arg-type]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for uri, content in pages().items():
        files.append(File.generated(config, uri, content=content))
    return files
