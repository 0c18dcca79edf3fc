"""The public Python API of ``jobmojito`` and ``jobmojito_api``, by introspection.

``collect()`` imports the packages and returns one flat mapping, entry name ->
record, of everything a downstream SDK can import and call:

* ``jobmojito.<name>`` for each name of ``jobmojito.__all__``, the resource
  modules (``jobmojito.resources.results.Results``), ``jobmojito.sandbox``
  and ``jobmojito.cli``; ``jobmojito_api``, its ``client``, ``errors``,
  ``types``, ``models`` and every endpoint module under ``jobmojito_api.api``;
* for each class: its public bases, methods, properties and attributes,
  members of private base classes included (``JobMojito.with_options`` comes
  from one); ``Class.method`` holds the return type, ``Class.method(arg)``
  each parameter (kind, type, default, position if positional) and
  ``Class.method[2](arg)`` the parameters of the second ``@overload``
  (``typing.get_overloads``), which static readers (griffe) do not see;
* for each model of ``jobmojito_api.models`` (attrs classes): its fields,
  ``Model.field``, from ``attrs.fields`` — with their defaults for request
  models (the constructor's keywords), as outputs for response models
  (``ResponseModel`` subclasses, read from the wire, never built by callers);
* each ``Literal`` alias with its values, other aliases and constants with
  their type.

Annotations are kept as text (``api_types.render``). Values that would change
on every release (``__version__``) are recorded by type only.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

from .api_types import OWN_PACKAGES, render

Entry = dict[str, Any]
Surface = dict[str, Entry]

# Dunder methods that are part of how a class is used (``with``, ``for``, ``in``, calls).
DUNDERS = frozenset(
    {
        "__init__",
        "__call__",
        "__iter__",
        "__aiter__",
        "__next__",
        "__anext__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__contains__",
        "__len__",
        "__bool__",
    }
)
KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional-or-keyword",
    inspect.Parameter.VAR_POSITIONAL: "var-positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_KEYWORD: "var-keyword",
}
POSITIONAL = frozenset({"positional-only", "positional-or-keyword"})
BY_TYPE_ONLY = frozenset({"__version__"})
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def public_modules() -> list[str]:
    """The modules whose public names are the API, in the order their names are recorded."""
    import jobmojito_api.api

    import jobmojito.resources

    names = ["jobmojito", "jobmojito.resources"]
    names += [f"jobmojito.resources.{resource}" for resource in jobmojito.resources.RESOURCES]
    names += ["jobmojito.sandbox", "jobmojito.cli", "jobmojito.webhooks", "jobmojito.bulk", "jobmojito.testing"]
    names += ["jobmojito_api", "jobmojito_api.client", "jobmojito_api.errors", "jobmojito_api.types"]
    names += ["jobmojito_api.models"]
    found = pkgutil.walk_packages(jobmojito_api.api.__path__, prefix="jobmojito_api.api.")
    names += sorted(info.name for info in found)
    return names


def exported(module: types.ModuleType) -> list[str]:
    """``__all__``, or the public names the module defines itself."""
    names = getattr(module, "__all__", None)
    if names is not None:
        return sorted(names)
    own = []
    for name, value in vars(module).items():
        if name.startswith("_") or inspect.ismodule(value):
            continue
        if getattr(value, "__module__", None) == module.__name__:
            own.append(name)
    return sorted(own)


def _is_ours(obj: object) -> bool:
    return str(getattr(obj, "__module__", "")).split(".")[0] in OWN_PACKAGES


def _default(value: object) -> str:
    """A default as text, stable across runs and attrs versions (``Factory(dict)``, no addresses)."""
    import attrs

    factory = getattr(value, "factory", None) if type(value) is type(attrs.Factory(dict)) else None
    if factory is not None:
        return f"Factory({getattr(factory, '__qualname__', None) or type(factory).__name__})"
    text = repr(value)
    return _ADDRESS.sub("", text) if _ADDRESS.search(text) else text


class Collector:
    def __init__(self) -> None:
        self.surface: Surface = {}
        self.names: dict[int, str] = {}  # id(class or function) -> its entry name

    # --- modules ----------------------------------------------------------------

    def collect(self, modules: list[str]) -> Surface:
        loaded = [importlib.import_module(name) for name in modules]
        exports = [(module.__name__, name, getattr(module, name)) for module in loaded for name in exported(module)]
        for module, export, value in exports:  # where each object is defined, if that module is public
            if getattr(value, "__module__", None) == module and (inspect.isclass(value) or inspect.isfunction(value)):
                self.names.setdefault(id(value), f"{module}.{export}")
        for module, export, value in exports:
            if inspect.isclass(value) or inspect.isfunction(value):
                self.names.setdefault(id(value), f"{module}.{export}")
        for module, export, value in exports:
            self.value(f"{module}.{export}", export, value)
        return dict(sorted(self.surface.items()))

    def value(self, key: str, name: str, value: object) -> None:
        canonical = self.names.get(id(value))
        if canonical is not None and canonical != key:
            self.surface[key] = {"kind": "reexport", "of": canonical}
        elif inspect.isclass(value):
            self.klass(key, value)
        elif inspect.isfunction(value):
            self.callable(key, value, "function", bound=False)
        elif typing.get_origin(value) is typing.Literal:
            self.surface[key] = {"kind": "alias", "values": list(typing.get_args(value))}
        elif typing.get_origin(value) is not None or isinstance(value, types.UnionType):
            self.surface[key] = {"kind": "alias", "type": render(value)}
        elif isinstance(value, typing.TypeVar):
            self.surface[key] = {"kind": "type-variable"}
        else:
            self.surface[key] = {"kind": "constant", "type": type(value).__name__}
            if name not in BY_TYPE_ONLY and isinstance(value, (str, int, float, bool, tuple)):
                self.surface[key]["value"] = _default(value)

    # --- classes ------------------------------------------------------------------

    def klass(self, key: str, cls: type) -> None:
        import attrs
        from jobmojito_api.types import ResponseModel

        entry: Entry = {"kind": "class", "bases": self.bases(cls)}
        parameters = getattr(cls, "__parameters__", ())
        if parameters:
            entry["parameters"] = [render(parameter) for parameter in parameters]
        model = attrs.has(cls) and cls.__module__.startswith("jobmojito_api.models.")
        fields: set[str] = set()
        if model:
            response = issubclass(cls, ResponseModel)
            entry["model"] = "response" if response else "request"
            for field in attrs.fields(cls):
                fields.add(field.name)
                record: Entry = {"kind": "field", "type": render(field.type)}
                if not response and field.default is not attrs.NOTHING:
                    record["default"] = _default(field.default)
                self.surface[f"{key}.{field.name}"] = record
        self.surface[key] = entry
        skip = fields | ({"__init__"} if model else set())
        for name, owner, value in self.members(cls):
            if name not in skip:
                self.member(f"{key}.{name}", owner, name, value)

    def bases(self, cls: type) -> list[str]:
        """Public base classes, reached through private ones (whose members ``members`` flattens)."""
        found: list[str] = []
        for base in cls.__bases__:
            if base is object:
                continue
            if id(base) in self.names:
                found.append(self.names[id(base)])
            elif _is_ours(base):
                found += [name for name in self.bases(base) if name not in found]
            elif render(base) not in found:
                found.append(render(base))
        return found

    def flattened(self, cls: type) -> Iterator[type]:
        """The class and its private ancestors of this project, nearest first (not those of a public base)."""
        covered = {klass for base in cls.__mro__[1:] if id(base) in self.names for klass in base.__mro__}
        for klass in cls.__mro__:
            if klass is cls or (_is_ours(klass) and id(klass) not in self.names and klass not in covered):
                yield klass

    def members(self, cls: type) -> Iterator[tuple[str, type, object]]:
        seen: set[str] = set()
        for klass in self.flattened(cls):
            annotations = vars(klass).get("__annotations__", {})
            names = list(vars(klass)) + [name for name in annotations if name not in vars(klass)]
            for name in names:
                if name in seen or not (name in DUNDERS or not name.startswith("_")):
                    continue
                seen.add(name)
                yield name, klass, vars(klass).get(name, inspect.Parameter.empty)

    def member(self, key: str, owner: type, name: str, value: object) -> None:
        if isinstance(value, staticmethod):
            self.callable(key, value.__func__, "staticmethod", bound=False)
        elif isinstance(value, classmethod):
            self.callable(key, value.__func__, "classmethod", bound=True)
        elif inspect.isfunction(value):
            self.callable(key, value, "method", bound=True)
        elif isinstance(value, property):
            entry: Entry = {"kind": "property", "type": self.returns(value.fget)}
            if value.fset is not None:
                entry["settable"] = True
            self.surface[key] = entry
        elif isinstance(value, functools.cached_property):
            self.surface[key] = {"kind": "property", "type": self.returns(value.func)}
        elif inspect.isclass(value):
            return  # a nested class is an implementation detail unless exported
        else:
            annotation = vars(owner).get("__annotations__", {}).get(name, inspect.Parameter.empty)
            shown = render(annotation) if annotation is not inspect.Parameter.empty else type(value).__name__
            self.surface[key] = {"kind": "attribute", "type": shown}

    @staticmethod
    def returns(function: Callable[..., Any] | None) -> str:
        if function is None:
            return ""
        try:
            return render(inspect.signature(function).return_annotation)
        except (TypeError, ValueError):
            return ""

    # --- callables ----------------------------------------------------------------------

    def callable(self, key: str, function: Callable[..., Any], kind: str, *, bound: bool) -> None:
        overloads = typing.get_overloads(function)
        entry = self.signature(key, function, kind, bound)
        if overloads:
            entry["overloads"] = len(overloads)
        for index, overload in enumerate(overloads, start=1):
            self.signature(f"{key}[{index}]", overload, "overload", bound)

    def signature(self, key: str, function: Callable[..., Any], kind: str, bound: bool) -> Entry:
        entry: Entry = {"kind": kind}
        if inspect.iscoroutinefunction(function):
            entry["async"] = True
        self.surface[key] = entry
        try:
            signature = inspect.signature(function)
        except (TypeError, ValueError):
            entry["signature"] = "unknown"
            return entry
        entry["returns"] = render(signature.return_annotation)
        parameters = list(signature.parameters.values())[1 if bound else 0 :]
        for position, parameter in enumerate(parameters):
            record: Entry = {"kind": KINDS[parameter.kind]}
            if record["kind"] in POSITIONAL:
                record["position"] = position
            if parameter.annotation is not inspect.Parameter.empty:
                record["type"] = render(parameter.annotation)
            if parameter.default is not inspect.Parameter.empty:
                record["default"] = _default(parameter.default)
            self.surface[f"{key}({parameter.name})"] = record
        return entry


def collect() -> Surface:
    """The public API of the packages importable from here (see the module docstring)."""
    return Collector().collect(public_modules())
