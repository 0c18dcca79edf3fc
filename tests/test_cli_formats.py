"""The command line's choices, output formats, progress switch and one-line usage errors, against a sandbox."""

from __future__ import annotations

import csv
import json
from typing import Any

import click
import pytest
from cli_support import RESULTS, populated_fixture, run, sandbox_fixture  # noqa: F401
from facade_support import INTERVIEW

from jobmojito._operations import all_operation_ids, get_operation
from jobmojito.cli import cli, errors
from jobmojito.cli.document import row_columns
from jobmojito.sandbox import Sandbox

pytestmark = pytest.mark.timeout(120)


def command(resource: str, method: str) -> click.Command:
    ctx = click.Context(cli)
    group = cli.get_command(ctx, resource)
    assert isinstance(group, click.Group)
    found = group.get_command(ctx, method)
    assert found is not None
    return found


def schema_enums(schema: dict[str, Any]) -> list[Any]:
    """The values a request field's schema (the operation record's) allows, ``anyOf`` branches included."""
    values = list(schema.get("enum", []))
    for part in schema.get("anyOf", []):
        values += [v for v in schema_enums(part) if v not in values]
        if part.get("type") == "null" and None not in values:
            values.append(None)
    return values


def enum_fields() -> list[tuple[str, str, list[Any]]]:
    found = []
    for operation_id in all_operation_ids():
        op = get_operation(operation_id)
        schema = (op.body_schema if op.body is not None else op.params_schema) or {}
        for wire, field_schema in schema.get("properties", {}).items():
            if any(v is not None for v in schema_enums(field_schema)) and field_schema.get("type") != "array":
                found.append((operation_id, wire, schema_enums(field_schema)))
    return found


@pytest.mark.parametrize(("operation_id", "wire", "values"), enum_fields())
def test_every_enum_field_is_a_choice_of_the_values_its_schema_allows(
    operation_id: str, wire: str, values: list[Any]
) -> None:
    op = get_operation(operation_id)
    cmd = command(op.resource.replace("_", "-"), op.name.replace("_", "-"))
    param = next(p for p in cmd.params if p.name == "f_" + next(x.python for x in op.params if x.wire == wire))
    assert isinstance(param.type, click.Choice)
    assert list(param.type.choices) == ["null" if v is None else str(v) for v in values]


def test_choices_show_in_help_and_complete_in_the_shell() -> None:
    cmd = command("interviews", "create")
    shown = run(None, "interviews", "create", "--help")
    assert "--status [draft|active]" in shown.stdout
    status = next(p for p in cmd.params if p.name == "f_status")
    ctx = click.Context(cmd)
    assert [c.value for c in status.shell_complete(ctx, "dr")] == ["draft"]


def test_a_usage_error_is_one_line_naming_the_command(populated: Sandbox) -> None:
    result = run(populated, "results", "list", "--bogus")
    assert result.exit_code == errors.USAGE
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: jobmojito results list: No such option")
    assert result.stderr.endswith("(see: jobmojito results list --help)\n")


def test_list_formats_write_the_items_of_the_page(populated: Sandbox) -> None:
    columns = row_columns(get_operation("list_results"))
    page = json.loads(run(populated, "results", "list", "--limit", "3", "--format", "json").stdout)
    lines = run(populated, "results", "list", "--limit", "3", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == page["data"]
    rows = list(csv.reader(run(populated, "results", "list", "--limit", "3", "--format", "csv").stdout.splitlines()))
    assert rows[0] == columns
    assert [row[0] for row in rows[1:]] == [item["id"] for item in page["data"]]
    table = run(populated, "results", "list", "--limit", "3", "--format", "table").stdout.splitlines()
    assert table[0].split()[:2] == ["ID", "INTERVIEW_RESULT_ID"]
    assert [line.split()[0] for line in table[1:]] == [item["id"] for item in page["data"]]


def test_all_pages_in_each_format(populated: Sandbox) -> None:
    as_json = json.loads(run(populated, "results", "list", "--limit", "2", "--all", "--format", "json").stdout)
    assert len(as_json) == RESULTS and len({r["id"] for r in as_json}) == RESULTS
    as_csv = run(populated, "results", "list", "--limit", "2", "--all", "--format", "csv", "--columns", "id,status")
    assert list(csv.reader(as_csv.stdout.splitlines())) == [["id", "status"]] + [
        [r["id"], r["status"]] for r in as_json
    ]
    default = run(populated, "results", "list", "--limit", "2", "--all")
    assert [json.loads(line) for line in default.stdout.splitlines()] == as_json


def test_a_get_in_csv_and_table_is_one_row_of_the_object(populated: Sandbox) -> None:
    interview_id = next(iter(populated.store.interviews))
    got = json.loads(run(populated, "interviews", "get", "--position-id", interview_id).stdout)
    as_csv = run(
        populated, "interviews", "get", "--position-id", interview_id, "--format", "csv", "--columns", "name,status"
    )
    assert list(csv.reader(as_csv.stdout.splitlines())) == [["name", "status"], [got["name"], got["status"]]]
    table = run(populated, "interviews", "get", "--position-id", interview_id, "--format", "table").stdout.splitlines()
    assert len(table) == 2 and table[0].startswith("NAME") and table[1].startswith(INTERVIEW["name"])


def test_an_array_answer_is_rows_too(populated: Sandbox) -> None:
    answer = json.loads(run(populated, "admin", "list-languages").stdout)
    lines = run(populated, "admin", "list-languages", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == answer["languages"]


def test_columns_are_checked_before_anything_is_sent(populated: Sandbox) -> None:
    unknown = run(populated, "results", "list", "--format", "csv", "--columns", "id,nope")
    assert unknown.exit_code == errors.USAGE and unknown.stdout == ""
    assert unknown.stderr.startswith("error: results.list: --columns: nope: not a field of these rows (id, ")
    without = run(populated, "results", "list", "--columns", "id")
    assert without.exit_code == errors.USAGE
    assert without.stderr == "error: results.list: --columns goes with --format csv or --format table\n"


def test_export_progress_is_on_when_asked_and_off_when_not(populated: Sandbox) -> None:
    # CliRunner's stderr is no terminal: the default is off.
    quiet = run(populated, "results", "export", "--limit-per-page", "3")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    shown = run(populated, "results", "export", "--limit-per-page", "3", "--progress")
    assert shown.exit_code == 0 and shown.stdout == quiet.stdout
    assert shown.stderr.split("\r")[-1] == f"exported {RESULTS} rows (offset {RESULTS}/{RESULTS})\n"
    off = run(populated, "results", "export", "--no-progress")
    assert off.stderr == ""


def test_export_order_is_a_choice(populated: Sandbox) -> None:
    bad = run(populated, "results", "export", "--order-by", "sideways")
    assert bad.exit_code == errors.VALIDATION and bad.stdout == ""
    assert bad.stderr.startswith("error: list_results: order_by must be one of 'score', ")
