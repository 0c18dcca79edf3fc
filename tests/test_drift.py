"""make drift and the version bump (scripts/drift).

Each folder under fixtures/drift/ holds an old.yaml and a new.yaml that
differ by one edit (see the comment of the case in CASES); the test compares
them both ways. The end-to-end test edits a copy of the committed
openapi.yaml and expects exactly those edits back from `make drift`.
"""

from __future__ import annotations

import collections
import copy
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from codegen.config import load as load_config
from codegen.normalize import normalize, pascal
from drift import __main__ as drift
from drift import bump as bump_version
from drift.diff import diff
from drift.kinds import Change, Kind, Severity
from drift.report import REPORT_SCHEMA, excerpt, render_markdown, to_json
from drift.schema import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "drift"

B, S, INFO = "breaking", "safe", "info"

# fixture folder: (changes old -> new, changes new -> old), as (kind, severity)
CASES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # POST /items-create appears
    "operation": ([("operation-added", S)], [("operation-removed", B)]),
    # optional query parameter `limit` appears
    "parameter-optional": ([("parameter-added", S)], [("parameter-removed", B)]),
    # required query parameter `owner` appears
    "parameter-new-required": ([("parameter-added", B)], [("parameter-removed", B)]),
    # `limit` goes from optional to required
    "parameter-required": ([("parameter-required", B)], [("parameter-optional", S)]),
    # an optional request body appears
    "request-body": ([("request-body-added", S)], [("request-body-removed", B)]),
    # a required request body appears
    "request-body-new-required": ([("request-body-added", B)], [("request-body-removed", B)]),
    # the request body goes from optional to required
    "request-body-required": ([("request-body-required", B)], [("request-body-optional", S)]),
    # optional request field `note` appears
    "request-field": ([("request-field-added", S)], [("request-field-removed", B)]),
    # required request field `owner` appears
    "request-field-new-required": ([("request-field-added", B)], [("request-field-removed", B)]),
    # request field `note` goes from optional to required
    "request-field-required": ([("request-field-required", B)], [("request-field-optional", S)]),
    # response field `created_at` appears
    "response-field": ([("response-field-added", S)], [("response-field-removed", B)]),
    # response field `name` goes from required to optional
    "response-field-optional": ([("response-field-optional", B)], [("response-field-required", S)]),
    # request field `count`: integer -> string
    "type-changed-request": ([("type-changed", B)], [("type-changed", B)]),
    # response field `id`: integer -> string
    "type-changed-response": ([("type-changed", B)], [("type-changed", B)]),
    # response field `at`: format date -> date-time
    "format-changed": ([("type-changed", B)], [("type-changed", B)]),
    # request field `note` becomes nullable (3.0 `nullable: true`)
    "nullable-request": ([("nullable-added", S)], [("nullable-removed", B)]),
    # required response field `note` becomes nullable (3.1 `type: [string, "null"]`)
    "nullable-response": ([("nullable-added", B)], [("nullable-removed", S)]),
    # optional response field `note` becomes nullable: `str | None` in the SDK before and after
    "nullable-response-optional": ([("nullable-added", INFO)], [("nullable-removed", INFO)]),
    # query parameter enum gains `archived`
    "enum-request": ([("enum-value-added", S)], [("enum-value-removed", B)]),
    # response field enum gains `archived`
    "enum-response": ([("enum-value-added", S)], [("enum-value-removed", S)]),
    # response anyOf gains a third branch (Wallet)
    "variant-response": ([("variant-added", B)], [("variant-removed", S)]),
    # request anyOf gains a third branch (Wallet)
    "variant-request": ([("variant-added", S)], [("variant-removed", B)]),
    # request field maxLength 100 -> 50
    "constraint-request": ([("constraint-tightened", B)], [("constraint-loosened", S)]),
    # response field minimum 0 -> 1
    "constraint-response": ([("constraint-tightened", S)], [("constraint-loosened", S)]),
    # the request body also accepts multipart/form-data
    "media-type": ([("media-type-added", S)], [("media-type-removed", B)]),
    # responses 201 and 404 are documented (removing a 2xx is breaking, a 404 is not)
    "response-status": (
        [("response-status-added", S)] * 2,
        [("response-status-removed", B), ("response-status-removed", S)],
    ),
    # a global bearer requirement where there was none
    "security-global": ([("security-added", B)], [("security-removed", S)]),
    # an API key accepted besides the bearer token
    "security-alternative": ([("security-added", S)], [("security-removed", B)]),
    "summary": ([("summary-changed", INFO)], [("summary-changed", INFO)]),
    # max_duration: "in minutes" -> "in seconds"
    "description": ([("description-changed", INFO)], [("description-changed", INFO)]),
    "title": ([("title-changed", INFO)], [("title-changed", INFO)]),
    "example": ([("example-changed", INFO)], [("example-changed", INFO)]),
    "default": ([("default-changed", INFO)], [("default-changed", INFO)]),
    "deprecated": ([("deprecated-changed", INFO)], [("deprecated-changed", INFO)]),
    # a field added to a recursive schema (and a $ref loop nearby): reported once
    "recursive": ([("response-field-added", S)], [("response-field-removed", B)]),
    # no components in old.yaml: its $ref is compared by text; new.yaml adds a path
    "partial": ([("operation-added", S)], [("operation-removed", B)]),
    # the same schemas in 3.0 (`nullable: true`) and 3.1 (`type: [x, "null"]`) spelling
    "nullable-styles": ([], []),
}
# Kinds only the SDK's side knows (drift.sdk_side: the naming table is the SDK's): tested below.
SDK_SIDE_KINDS = {Kind.OPERATION_NEEDS_NAME.value}
REMOVALS = {kind for kind in Kind if kind.value.endswith("-removed")}
REPORT_VALIDATOR = Draft202012Validator(REPORT_SCHEMA)


def load(path: Path) -> dict[str, Any]:
    return drift.load(str(path))


def pair(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return load(FIXTURES / name / "old.yaml"), load(FIXTURES / name / "new.yaml")


def classified(changes: list[Change]) -> list[tuple[str, str]]:
    return sorted((change.kind.value, change.severity.value) for change in changes)


def to_31(node: Any) -> Any:
    """Rewrite OpenAPI 3.0 `nullable: true` in the 3.1 spelling."""
    if isinstance(node, list):
        return [to_31(value) for value in node]
    if not isinstance(node, dict):
        return node
    node = {key: to_31(value) for key, value in node.items()}
    if node.pop("nullable", None) is True:
        if isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        elif not node:
            node["type"] = "null"
        if "enum" in node:
            node["enum"] = [*node["enum"], None]
    return node


@pytest.fixture(scope="module")
def published() -> dict[str, Any]:
    return load(ROOT / "openapi.yaml")


# --- classification -------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_pair_is_classified_both_ways(name: str) -> None:
    old, new = pair(name)
    forward, reverse = CASES[name]
    assert classified(diff(old, new)) == sorted(forward)
    assert classified(diff(new, old)) == sorted(reverse)


def test_every_kind_has_a_fixture_pair() -> None:
    covered = {kind for forward, reverse in CASES.values() for kind, _ in forward + reverse}
    assert covered | SDK_SIDE_KINDS == {kind.value for kind in Kind}
    assert {path.name for path in FIXTURES.iterdir() if path.is_dir()} == set(CASES)


def test_the_kinds_tables_list_exactly_the_kinds() -> None:
    from drift import kinds as drift_kinds

    kinds = {kind.value for kind in Kind}
    in_module = set(re.findall(r"^([a-z]+(?:-[a-z0-9]+)+) {2,}\S", drift_kinds.__doc__ or "", re.MULTILINE))
    in_docs = set(
        re.findall(
            r"^\| `([a-z-]+)` \|",
            (ROOT / "docs" / "maintaining" / "drift.md").read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    )
    assert in_module == kinds
    assert in_docs == kinds


@pytest.mark.parametrize("name", sorted(CASES))
def test_locations_point_into_the_new_document_or_the_old_one_for_removals(name: str) -> None:
    old, new = pair(name)
    for before, after in ((old, new), (new, old)):
        for change in diff(before, after):
            if not Document(after).has(change.location):
                assert change.kind in REMOVALS or change.new is None, change
                assert Document(before).has(change.location), change


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_document_compared_with_itself_has_no_change(name: str) -> None:
    for document in pair(name):
        assert diff(document, document) == []


def test_the_committed_document_compared_with_itself_has_no_change(published: dict[str, Any]) -> None:
    assert diff(published, published) == []


def test_nullable_30_and_31_spellings_are_the_same_document(published: dict[str, Any]) -> None:
    rewritten = to_31(published)
    assert rewritten != published  # the rewrite did something: the document has 3.0 nullables
    assert diff(published, rewritten) == []
    assert diff(rewritten, published) == []


def test_description_change_keeps_both_texts() -> None:
    old, new = pair("description")
    (change,) = diff(old, new)
    field = "/paths/~1interviews/post/requestBody/content/application~1json/schema/properties/max_duration/description"
    assert change.location == field
    assert (change.old, change.new) == (Document(old).lookup(field), Document(new).lookup(field))
    report = render_markdown([change], "old.yaml", "new.yaml")
    assert f"old: {change.old}" in report and f"new: {change.new}" in report


def test_enum_value_added_names_the_value_and_where_it_is() -> None:
    old, new = pair("enum-response")
    (change,) = diff(old, new)
    new_enum = Document(new).lookup(change.location.rsplit("/", 1)[0])
    old_enum = Document(old).lookup(change.location.rsplit("/", 1)[0])
    assert change.new == Document(new).lookup(change.location)
    assert [value for value in new_enum if value not in old_enum] == [change.new]


def test_a_shared_schema_change_is_reported_per_operation_and_grouped_in_markdown() -> None:
    old, new = pair("response-field")
    for document in (old, new):  # serve the same response from a second path, through a $ref
        schema = document["paths"]["/items"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        document["components"] = {"schemas": {"Item": schema}}
        for path in ("/items", "/items-latest"):
            operation = copy.deepcopy(document["paths"]["/items"]["get"])
            operation["responses"]["200"]["content"]["application/json"]["schema"] = {
                "$ref": "#/components/schemas/Item"
            }
            document["paths"][path] = {"get": operation}
    changes = diff(old, new)
    assert [(c.operation, c.kind.value) for c in changes] == [
        ("GET /items", "response-field-added"),
        ("GET /items-latest", "response-field-added"),
    ]
    assert len({change.location for change in changes}) == 1
    rows = [line for line in render_markdown(changes, "a", "b").splitlines() if "response-field-added" in line]
    assert len(rows) == 1 and "GET /items`" in rows[0] and "GET /items-latest" in rows[0]


def test_replacing_the_only_way_to_authenticate_is_breaking_both_ways() -> None:
    old, new = pair("security-alternative")
    new["paths"]["/items"]["get"]["security"] = [{"apiKey": []}]
    assert classified(diff(old, new)) == [("security-added", B), ("security-removed", B)]


def test_renaming_a_path_parameter_keeps_the_operation() -> None:
    def document(name: str) -> dict[str, Any]:
        param = {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        operation = {"parameters": [param], "responses": {"200": {"description": "OK"}}}
        return {"openapi": "3.1.0", "paths": {f"/items/{{{name}}}": {"get": operation}}}

    assert classified(diff(document("id"), document("item_id"))) == [("parameter-added", B), ("parameter-removed", B)]


def test_the_order_is_deterministic_and_independent_of_key_order() -> None:
    old, new = pair("response-status")
    reordered = json.loads(json.dumps(new))
    reordered["paths"]["/items"]["get"]["responses"] = dict(
        reversed(reordered["paths"]["/items"]["get"]["responses"].items())
    )
    changes = diff(new, old)
    assert changes == diff(reordered, old) == sorted(changes, key=Change.sort_key)
    assert [change.severity for change in changes] == sorted((c.severity for c in changes), key=list(Severity).index)


def test_excerpt_shows_the_part_that_changed_in_a_long_text() -> None:
    words = " ".join(f"word{i}" for i in range(80))
    old, new = f"{words} limit in minutes {words}", f"{words} limit in seconds {words}"
    short_old, short_new = excerpt(old, new, width=120)
    assert "minutes" in short_old and "seconds" in short_new
    assert len(short_old) <= 122 and len(short_new) <= 122
    assert excerpt("short", "text") == ("short", "text")


REFS = st.sampled_from(["#/components/schemas/A", "#/components/schemas/B", "#/paths", "#/nowhere", "other.yaml"])
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 2) | st.sampled_from(["string", "null", ""]),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(["type", "$ref", "items"]), inner, max_size=2)
    ),
    max_leaves=3,
)
TYPES = st.sampled_from(["string", "integer", "object", "array", "null"])
NAMES = st.sampled_from(["p", "q", "r"])


def _schemas(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    optional = {
        "type": TYPES | st.lists(TYPES, max_size=2),
        "nullable": st.booleans(),
        "properties": st.dictionaries(NAMES, inner, max_size=3),
        "required": st.lists(NAMES, max_size=3),
        "items": inner,
        "anyOf": st.lists(inner, max_size=3),
        "allOf": st.lists(inner, max_size=2),
        "enum": st.lists(st.sampled_from(["a", "b", None]), max_size=3),
        "minimum": st.integers(0, 2),
        "description": st.sampled_from(["minutes", "seconds"]),
    }
    return st.fixed_dictionaries({}, optional=optional) | JUNK


LEAF = st.fixed_dictionaries({}, optional={"type": TYPES, "$ref": REFS, "format": st.sampled_from(["date", "uuid"])})
SCHEMA = st.recursive(LEAF | JUNK, _schemas, max_leaves=8)
CONTENT = st.dictionaries(
    st.sampled_from(["application/json", "text/plain"]), st.fixed_dictionaries({"schema": SCHEMA})
)
PARAMETER = st.fixed_dictionaries(
    {"name": NAMES, "in": st.sampled_from(["query", "header"])}, optional={"required": st.booleans(), "schema": SCHEMA}
)
OPERATION = st.fixed_dictionaries(
    {},
    optional={
        "parameters": st.lists(PARAMETER | JUNK, max_size=2),
        "requestBody": st.fixed_dictionaries({}, optional={"required": st.booleans(), "content": CONTENT}) | JUNK,
        "responses": st.dictionaries(st.sampled_from(["200", "404"]), st.fixed_dictionaries({"content": CONTENT})),
        "security": st.lists(st.dictionaries(st.sampled_from(["k", "b"]), st.just([]) | JUNK, max_size=2), max_size=2),
    },
)


def skeleton(operation: Any, a: Any, b: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": {"/x": {"get": operation}}, "components": {"schemas": {"A": a, "B": b}}}


def usual(parameters: Any, body: Any, response: Any) -> dict[str, Any]:
    """An operation of the usual shape, so that schemas meet their counterparts."""
    return {
        "parameters": parameters,
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"content": {"application/json": {"schema": response}}}},
    }


USUAL = st.builds(usual, st.lists(PARAMETER, max_size=2), SCHEMA, SCHEMA)
DOCUMENTS = st.builds(skeleton, USUAL | OPERATION | JUNK, SCHEMA, SCHEMA)


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS, DOCUMENTS)
def test_any_shape_of_document_compares_without_error(old: dict[str, Any], new: dict[str, Any]) -> None:
    """Partial or malformed parts (a list where a mapping belongs, a $ref loop) never crash the diff."""
    assert diff(old, old) == [] and diff(new, new) == []
    changes = diff(old, new)
    REPORT_VALIDATOR.validate(json.loads(json.dumps(to_json(changes))))
    assert changes == sorted(changes, key=Change.sort_key)
    for change in changes:
        assert Document(new).has(change.location) or Document(old).has(change.location), change


# --- the JSON format ------------------------------------------------------------------


def test_the_report_schema_is_valid_and_not_vacuous() -> None:
    Draft202012Validator.check_schema(REPORT_SCHEMA)
    old, new = pair("operation")
    good = to_json(diff(new, old))
    validator = Draft202012Validator(REPORT_SCHEMA)
    assert validator.is_valid(good)
    broken: dict[str, Any]
    for broken in ({"changes": []}, {**good, "extra": 1}):
        assert not validator.is_valid(broken)
    for field, value in (("severity", "fatal"), ("kind", "made-up"), ("location", "no-slash"), ("operation", "items")):
        assert not validator.is_valid({**good, "changes": [{**good["changes"][0], field: value}]})


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_report_matches_the_schema_and_its_summary(name: str) -> None:
    old, new = pair(name)
    for before, after in ((old, new), (new, old)):
        report = json.loads(json.dumps(to_json(diff(before, after))))
        Draft202012Validator(REPORT_SCHEMA).validate(report)
        counted = collections.Counter(change["severity"] for change in report["changes"])
        assert report["summary"] == {severity.value: counted[severity.value] for severity in Severity}


def test_markdown_has_a_title_with_the_counts_and_a_section_per_severity() -> None:
    old, new = pair("response-status")
    changes = diff(new, old) + diff(*pair("summary"))
    text = render_markdown(changes, "old.yaml", "new.yaml")
    counts = collections.Counter(change.severity.value for change in changes)
    assert text.splitlines()[0] == f"## API drift: {counts[B]} breaking, {counts[S]} safe, {counts[INFO]} info"
    assert [line for line in text.splitlines() if line.startswith("### ")] == [
        f"### Breaking ({counts[B]})",
        f"### Safe ({counts[S]})",
        f"### Info ({counts[INFO]})",
    ]


def test_markdown_stays_under_the_pull_request_limit() -> None:
    (change,) = diff(*pair("summary"))
    many = [
        Change(change.severity, change.kind, f"GET /x{i}", f"/x{i}", change.message, "a" * 300, "b" * 300)
        for i in range(400)
    ]
    text = render_markdown(many, "a", "b", limit=5_000)
    assert len(text) <= 5_000 and "truncated" in text.splitlines()[-1]
    assert len(render_markdown(many, "a", "b", limit=10**7)) > 5_000  # the limit, not the content, made it short


# --- the command line ------------------------------------------------------------


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drift", *args],
        cwd=ROOT / "scripts",
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_exit_status_0_without_breaking_changes(capsys: pytest.CaptureFixture[str]) -> None:
    case = FIXTURES / "enum-response"
    args = ["--old", str(case / "old.yaml"), "--new", str(case / "new.yaml"), "--format", "json", "--as-published"]
    assert drift.main(args) == 0
    assert json.loads(capsys.readouterr().out)["summary"] == {"breaking": 0, "safe": 1, "info": 0}


def test_exit_status_1_with_a_breaking_change_given_json_by_file_url(tmp_path: Path) -> None:
    new = pair("operation")[1]
    (tmp_path / "old.json").write_text(json.dumps(new), encoding="utf-8")  # reversed: an operation is removed
    old, new = (tmp_path / "old.json").as_uri(), str(FIXTURES / "operation" / "old.yaml")
    result = run_script("--old", old, "--new", new, "--as-published")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("## API drift: 1 breaking, 0 safe, 0 info")


def test_exit_status_2_for_an_unreachable_url() -> None:
    result = run_script("--old", str(ROOT / "openapi.yaml"), "--new", "http://127.0.0.1:9/")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "cannot fetch http://127.0.0.1:9/" in result.stderr


def test_exit_status_2_for_a_file_that_is_not_openapi(tmp_path: Path) -> None:
    (tmp_path / "compose.yaml").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    result = run_script("--old", str(ROOT / "openapi.yaml"), "--new", str(tmp_path / "compose.yaml"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"drift: error: {tmp_path / 'compose.yaml'} is not an OpenAPI 3 document (no top-level 'openapi: 3.x')"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        (b"\xff\xfe", "is not JSON or YAML"),
        (b"openapi: [unclosed", "is not JSON or YAML"),
        (b"- a list\n", "is not an OpenAPI 3 document"),
        (b"swagger: '2.0'\n", "is not an OpenAPI 3 document"),
        (b"openapi: 3.1.0\npaths: [a]\n", "'paths' is not a mapping"),
    ],
)
def test_exit_status_2_for_unusable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    source = tmp_path / "input.yaml"
    if content is not None:
        source.write_bytes(content)
    assert drift.main(["--old", str(FIXTURES / "summary" / "old.yaml"), "--new", str(source)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1 and message in captured.err


# --- make drift on the committed document ----------------------------------------------


def _refs(node: Any) -> set[str]:
    text = json.dumps(node)
    return set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', text))


def _usage(doc: dict[str, Any]) -> dict[str, set[tuple[str, str]]]:
    """schema name -> {(operation, "request"|"response")}, through nested $refs (an independent oracle)."""
    schemas = doc["components"]["schemas"]
    found: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            for side, parts in (("request", ("parameters", "requestBody")), ("response", ("responses",))):
                todo, seen = set().union(*(_refs(operation.get(part)) for part in parts)), set()
                while todo:
                    name = todo.pop()
                    seen.add(name)
                    todo |= _refs(schemas.get(name)) - seen
                for name in seen:
                    found[name].add((f"{method.upper()} {path}", side))
    return found


def _only_user(usage: dict[str, set[tuple[str, str]]], name: str, side: str) -> str | None:
    users = usage.get(name, set())
    return next(iter(users))[0] if len(users) == 1 and next(iter(users))[1] == side else None


def edit_published(doc: dict[str, Any]) -> tuple[dict[str, Any], set[tuple[str, str, str | None, str]]]:
    """Four edits of the published document, and the changes they must give."""
    edited, schemas, usage = copy.deepcopy(doc), doc["components"]["schemas"], _usage(doc)
    expected: set[tuple[str, str, str | None, str]] = set()
    # 1. max_duration's description, in a request schema only one operation uses
    name = next(
        n for n, s in schemas.items() if "max_duration" in s.get("properties", {}) and _only_user(usage, n, "request")
    )
    text = schemas[name]["properties"]["max_duration"]["description"]
    edited["components"]["schemas"][name]["properties"]["max_duration"]["description"] = text.replace(
        "seconds", "minutes"
    )
    location = f"/components/schemas/{name}/properties/max_duration/description"
    expected.add(("description-changed", INFO, _only_user(usage, name, "request"), location))
    # 2. an optional field of another single-operation request schema becomes required
    name, field = next(
        (n, f)
        for n, s in schemas.items()
        if _only_user(usage, n, "request") and n != name
        for f, prop in s.get("properties", {}).items()
        if f not in s.get("required", []) and "$ref" not in json.dumps(prop)
    )
    edited["components"]["schemas"][name].setdefault("required", []).append(field)
    expected.add(
        (
            "request-field-required",
            B,
            _only_user(usage, name, "request"),
            f"/components/schemas/{name}/properties/{field}",
        )
    )
    # 3. a value added to a string enum of a response schema only one operation uses
    name, field = next(
        (n, f)
        for n, s in schemas.items()
        if _only_user(usage, n, "response")
        for f, prop in s.get("properties", {}).items()
        if isinstance(prop.get("enum"), list) and all(isinstance(v, str) for v in prop["enum"])
    )
    values = edited["components"]["schemas"][name]["properties"][field]["enum"]
    values.append("drift-test-value")
    # The SDK names an inline enum after its owner and field (normalize.py): locations point there.
    location = f"/components/schemas/{name}{pascal(field)}/enum/{len(values) - 1}"
    expected.add(("enum-value-added", S, _only_user(usage, name, "response"), location))
    # 4. an operation none of the edits above touches is removed
    touched = {operation for _, _, operation, _ in expected}
    path, method = next((p, m) for p, item in doc["paths"].items() for m in item if f"{m.upper()} {p}" not in touched)
    del edited["paths"][path][method]
    expected.add(("operation-removed", B, f"{method.upper()} {path}", f"/paths/{path.replace('/', '~1')}/{method}"))
    return edited, expected


def make_drift(old: Path, new: Path, fmt: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    # READY= and BIN=: use the interpreter running the tests, and do not reinstall .venv meanwhile.
    args = ["make", "-s", "-C", str(ROOT), "drift", "READY=", f"BIN={Path(sys.executable).parent}"]
    args += [f"OLD={old}", f"NEW={new}", f"FORMAT={fmt}"]
    return subprocess.run(args, check=False, capture_output=True, text=True, timeout=120)


def test_make_drift_reports_exactly_the_edits(published: dict[str, Any], tmp_path: Path) -> None:
    edited, expected = edit_published(published)
    assert len(expected) == 4  # four distinct edits, four distinct changes
    (tmp_path / "openapi.yaml").write_text(
        yaml.safe_dump(edited, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    result = make_drift(ROOT / "openapi.yaml", tmp_path / "openapi.yaml", "json")
    assert result.returncode == 2, result.stderr  # make's status for the script's 1 (breaking)
    report = json.loads(result.stdout)
    Draft202012Validator(REPORT_SCHEMA).validate(report)
    assert {(c["kind"], c["severity"], c["operation"], c["location"]) for c in report["changes"]} == expected
    assert len(report["changes"]) == len(expected)
    as_sdk_reads = Document(normalize(edited, load_config()))  # locations point into the document the SDK reads
    (added,) = [c for c in report["changes"] if c["kind"] == "enum-value-added"]
    assert as_sdk_reads.lookup(added["location"]) == "drift-test-value"
    markdown = make_drift(ROOT / "openapi.yaml", tmp_path / "openapi.yaml", "markdown").stdout
    counts = collections.Counter(severity for _, severity, _, _ in expected)
    assert markdown.startswith(f"## API drift: {counts[B]} breaking, {counts[S]} safe, {counts[INFO]} info\n")
    assert "minutes" in markdown and "seconds" in markdown


def test_make_drift_of_a_document_with_itself_succeeds(tmp_path: Path) -> None:
    result = make_drift(ROOT / "openapi.yaml", ROOT / "openapi.yaml", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"summary": {"breaking": 0, "safe": 0, "info": 0}, "changes": []}


# --- drift.bump ---------------------------------------------------------------


def report_for(name: str, reverse: bool = False) -> dict[str, Any]:
    old, new = pair(name)
    report: dict[str, Any] = json.loads(json.dumps(to_json(diff(new, old) if reverse else diff(old, new))))
    return report


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    return tmp_path


def run_bump(project: Path, report: dict[str, Any]) -> int:
    (project / "drift.json").write_text(json.dumps(report), encoding="utf-8")
    args = [str(project / "drift.json"), "--pyproject", str(project / "pyproject.toml")]
    return bump_version.main([*args, "--changelog", str(project / "CHANGELOG.md"), "--date", "2030-01-02"])


@pytest.mark.parametrize(
    ("name", "reverse", "part"),
    [("operation", True, 0), ("operation", False, 1), ("summary", False, 2)],
    ids=["breaking-major", "safe-minor", "info-patch"],
)
def test_bump_follows_the_worst_severity(project: Path, name: str, reverse: bool, part: int) -> None:
    before = bump_version.read_version((project / "pyproject.toml").read_text(encoding="utf-8"))
    old_changelog = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    report = report_for(name, reverse)
    assert run_bump(project, report) == 0
    after = bump_version.read_version((project / "pyproject.toml").read_text(encoding="utf-8"))
    numbers = [int(x) for x in before.split(".")]
    numbers = [*numbers[:part], numbers[part] + 1] + [0] * (2 - part)
    assert after == ".".join(map(str, numbers))
    changelog = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog[changelog.index(f"## {after} — 2030-01-02") : changelog.index(f"## {before}")]
    counts = report["summary"]
    assert f"{counts['breaking']} breaking, {counts['safe']} safe, {counts['info']} info" in entry
    assert [line for line in entry.splitlines() if line.startswith("- ")] == [
        f"- **{c['severity']}** `{c['kind']}` (`{c['operation']}`): {c['message']}" for c in report["changes"]
    ]
    assert changelog.endswith(old_changelog[old_changelog.index("## ") :])  # older entries kept
    original = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert (project / "pyproject.toml").read_text(encoding="utf-8") == original.replace(f'"{before}"', f'"{after}"', 1)


def test_bump_does_nothing_without_changes(project: Path) -> None:
    files = {path: path.read_bytes() for path in project.iterdir()}
    assert run_bump(project, report_for("nullable-styles")) == 0
    assert {path: path.read_bytes() for path in files} == files


def test_bump_refuses_what_is_not_a_drift_report(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {path: path.read_bytes() for path in project.iterdir()}
    assert run_bump(project, {"summary": {"breaking": 1}}) == 2
    assert "is not a drift report" in capsys.readouterr().err
    assert {path: path.read_bytes() for path in files} == files


def test_bump_arithmetic() -> None:
    assert [bump_version.bump("1.4.2", how) for how in ("major", "minor", "patch")] == ["2.0.0", "1.5.0", "1.4.3"]
    with pytest.raises(bump_version.BumpError):
        bump_version.bump("1.0.0rc1", "patch")


def test_bump_version_keeps_the_package_version_in_step(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    version_file = tmp_path / "_version.py"
    version_file.write_text((ROOT / "src" / "jobmojito" / "_version.py").read_text(encoding="utf-8"))
    report = {"summary": {"breaking": 0, "safe": 1, "info": 0}, "changes": []}
    (tmp_path / "drift.json").write_text(json.dumps(report))
    args = [str(tmp_path / "drift.json"), "--pyproject", str(tmp_path / "pyproject.toml")]
    args += ["--changelog", str(tmp_path / "CHANGELOG.md"), "--version-file", str(version_file)]
    assert bump_version.main(args) == 0
    new = bump_version.read_version((tmp_path / "pyproject.toml").read_text(encoding="utf-8"))
    assert f'__version__ = "{new}"' in version_file.read_text(encoding="utf-8")


def test_the_package_version_is_the_project_version() -> None:
    import jobmojito

    assert jobmojito.__version__ == bump_version.read_version((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_a_json_document_is_read_as_json_so_a_number_stays_a_number() -> None:
    """YAML 1.1 reads ``1e-05`` as a string: a JSON document (what the server sends) is parsed as JSON first."""
    raw = b'{"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"X": {"minimum": 1e-05}}}}'
    doc = drift.parse_document(raw, "live")
    assert doc["components"]["schemas"]["X"]["minimum"] == 1e-05
