"""The public-API guard: introspection, the comparison's verdicts, and the command `make check` runs.

The guard's verdicts against real regenerated code (and a downstream package
type-checked against it) are in test_contract_scenarios.py; here the old API
is simulated by editing a copy of the committed snapshot, which is cheap and
exercises the same comparison.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from drift import api_guard
from drift.api_diff import ApiChange, compare, level
from drift.api_surface import collect
from drift.api_types import covers, render

CREATE = "jobmojito.resources.interviews.Interviews.create"
REPORT = "jobmojito.resources.results.Results.create_report"


@pytest.fixture(scope="module")
def surface() -> dict[str, Any]:
    return collect()


def verdicts(changes: list[ApiChange]) -> list[tuple[bool, str]]:
    return [(change.breaking, change.name) for change in changes]


# --- annotations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wide", "narrow", "expected"),
    [
        ("str | UUID | None", "str | None", True),
        ("str | None", "str | UUID | None", False),
        ("Optional[str]", "None | str", True),
        ("str", "Literal['a', 'b']", True),
        ("Literal['a']", "str", False),
        ("float", "int", True),
        ("Sequence[str | UUID] | None", "Sequence[str]", True),
        ("Sequence[str]", "Sequence[str | UUID]", False),
        ("E | None", "Literal['a']", True),  # E is the alias below
        ("Literal['a']", "E", False),
        ("Any", "dict[str, int]", True),
        ("not a ( type", "str", False),  # unparsable: never "covered"
    ],
)
def test_covers_reads_unions_literals_aliases_and_generics(wide: str, narrow: str, expected: bool) -> None:
    assert covers(wide, narrow, {"E": "Literal['a', 'b']"}) is expected


def test_covers_expands_each_side_with_its_own_aliases() -> None:
    old, new = {"Status": "Literal['active', 'draft']"}, {"Status": "Literal['active', 'draft', 'paused']"}
    assert covers("Status", "Status", new, old)  # as an input: accepts more
    assert not covers("Status", "Status", old, new)  # as an output: can hold a value it could not


def test_render_writes_annotation_objects_like_string_annotations() -> None:
    import httpx

    assert render(dict[str, int | None]) == "dict[str, int | None]"
    assert render(httpx.Timeout | None) == "httpx.Timeout | None"
    assert render("str  |\n None") == "str | None"


# --- what the snapshot holds -------------------------------------------------------------


def test_overloads_and_attrs_constructors_are_seen(surface: dict[str, Any]) -> None:
    """What griffe missed: each @overload's parameters, and the fields an attrs __init__ takes."""
    assert surface[REPORT]["overloads"] == 4
    assert surface[f"{REPORT}[1](export_type)"] == {"kind": "keyword-only", "type": "Literal['pdf']"}
    assert surface[f"{REPORT}[1]"]["returns"] == "PDFExport"
    request = surface["jobmojito_api.models.JobInterviewCreateRequest.interview_type"]
    assert request == {"kind": "field", "type": "JobInterviewCreateRequestInterviewType | Unset", "default": "UNSET"}
    assert surface["jobmojito_api.models.JobInterviewCreateRequest.name"] == {"kind": "field", "type": "str"}
    response = surface["jobmojito_api.models.JobInterviewCreateResponse.embed_id"]
    assert response == {"kind": "field", "type": "str | None"}  # no default: response models are read, not built
    assert surface[f"{CREATE}(interview_type)"]["default"] == "None"
    assert surface["jobmojito_api.models.JobInterviewGetResponseStatus"]["kind"] == "alias"


def test_every_public_name_is_there(surface: dict[str, Any]) -> None:
    import jobmojito_api.models

    import jobmojito

    for name in jobmojito.__all__:
        assert f"jobmojito.{name}" in surface
    for name in jobmojito_api.models.__all__:
        assert f"jobmojito_api.models.{name}" in surface
    for error in ("NotFoundError", "RateLimitError", "ValidationError", "APIConnectionError"):
        assert surface[f"jobmojito.{error}"]["kind"] == "class"
    assert surface["jobmojito.NotFoundError"]["bases"] == ["jobmojito.APIStatusError"]
    assert surface["jobmojito.JobMojito"]["bases"] == ["jobmojito.resources.SyncResources"]
    # inherited from a private base class, recorded on the public one
    assert surface["jobmojito.resources.SyncResources.with_options"]["kind"] == "method"
    assert "jobmojito.JobMojito.with_options" not in surface
    assert surface["jobmojito_api.api.interviews.create_interview.sync_detailed"]["kind"] == "function"
    assert surface["jobmojito.__version__"] == {"kind": "constant", "type": "str"}  # not the value: it moves


def test_the_snapshot_file_is_one_entry_a_line_and_reads_back(surface: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(api_guard.dumps("1.2.3", surface), encoding="utf-8")
    assert api_guard.load_snapshot(path) == ("1.2.3", surface)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(surface) + 6  # 4 lines above the entries, 2 below
    assert all(json.loads("{" + line.rstrip(",") + "}") for line in lines[4:-2])


def test_the_committed_snapshot_is_the_api() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "drift.api_guard", "--exact"],
        cwd=ROOT / "scripts",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "the public API is the one api-snapshot.json records" in result.stdout


# --- the verdicts ------------------------------------------------------------------------


def edited(surface: dict[str, Any], **entries: dict[str, Any] | None) -> dict[str, Any]:
    out = copy.deepcopy(surface)
    for key, entry in entries.items():
        if entry is None:
            for name in [name for name in out if name == key or name.startswith((key + "(", key + "[", key + "."))]:
                del out[name]
        else:
            out[key] = entry
    return out


def test_an_unchanged_api_has_no_difference(surface: dict[str, Any]) -> None:
    assert compare(surface, surface) == []
    assert level([]) is None


def test_a_parameter_made_required_breaks_and_the_reverse_does_not(surface: dict[str, Any]) -> None:
    param = f"{CREATE}(interview_type)"
    required = {k: v for k, v in surface[param].items() if k != "default"}
    after = edited(surface, **{param: required})
    assert verdicts(compare(surface, after)) == [(True, param)]
    assert "now required" in compare(surface, after)[0].message
    assert verdicts(compare(after, surface)) == [(False, param)]


def test_additions(surface: dict[str, Any]) -> None:
    response_field = "jobmojito_api.models.JobInterviewCreateResponse.share_url"
    optional = f"{CREATE}(share)"
    required = f"{CREATE}(owner)"
    request_field = "jobmojito_api.models.JobInterviewCreateRequest.owner"
    after = edited(
        surface,
        **{
            response_field: {"kind": "field", "type": "str | None"},
            optional: {"kind": "keyword-only", "type": "bool | None", "default": "None"},
            required: {"kind": "keyword-only", "type": "str"},
            request_field: {"kind": "field", "type": "str"},
        },
    )
    assert sorted(verdicts(compare(surface, after))) == [
        (False, optional),
        (False, response_field),
        (True, required),
        (True, request_field),
    ]


def test_a_removed_method_is_named_once(surface: dict[str, Any]) -> None:
    after = edited(surface, **{"jobmojito.resources.interviews.Interviews.create_persona": None})
    assert verdicts(compare(surface, after)) == [(True, "jobmojito.resources.interviews.Interviews.create_persona")]
    assert level(compare(surface, after)) == "major"


def test_types_are_judged_by_direction(surface: dict[str, Any]) -> None:
    field = "jobmojito_api.models.JobInterviewCreateResponse.interview_def_set_id"  # an output
    param = f"{CREATE}(location)"  # an input
    wider = edited(surface, **{field: {"kind": "field", "type": "str | None"}})
    assert verdicts(compare(surface, wider)) == [(True, field)]
    assert verdicts(compare(wider, surface)) == [(False, field)]
    accepts_less = edited(surface, **{param: {**surface[param], "type": "Literal['remote']"}})
    assert verdicts(compare(surface, accepts_less)) == [(True, param)]
    assert verdicts(compare(accepts_less, surface)) == [(False, param)]


def test_a_response_enum_value_breaks_an_exhaustive_match(surface: dict[str, Any]) -> None:
    alias = "jobmojito_api.models.JobInterviewGetResponseStatus"
    more = edited(surface, **{alias: {"kind": "alias", "values": [*surface[alias]["values"], "paused"]}})
    changes = compare(surface, more)
    assert (True, "jobmojito_api.models.JobInterviewGetResponse.status") in verdicts(changes)
    assert (False, alias) in verdicts(changes)
    fewer = compare(more, surface)
    assert (True, alias) in verdicts(fewer)  # a caller's literal of it no longer type-checks


def test_keyword_made_positional_is_compatible_the_reverse_breaks(surface: dict[str, Any]) -> None:
    param = f"{CREATE}(name)"
    positional = {**surface[param], "kind": "positional-or-keyword", "position": 0}
    assert verdicts(compare(surface, edited(surface, **{param: positional}))) == [(False, param)]
    assert verdicts(compare(edited(surface, **{param: positional}), surface)) == [(True, param)]


def test_a_member_moved_to_a_public_base_class_is_not_removed(surface: dict[str, Any]) -> None:
    moved = {
        key.replace("jobmojito.APIStatusError.request_id", "jobmojito.APIError.request_id"): value
        for key, value in surface.items()
    }
    assert compare(surface, moved) == [ApiChange(False, "jobmojito.APIError.request_id", "property added")]


def test_a_response_model_no_longer_read_is_one_line(surface: dict[str, Any]) -> None:
    """A component no response uses any more is generated as a request model: one change, not one per field."""
    name = "jobmojito_api.models.JobInterviewCreateResponse"
    after = copy.deepcopy(surface)
    after[name] = {"kind": "class", "bases": [], "model": "request"}
    for key in [key for key in after if key.startswith(name + ".") and after[key]["kind"] == "field"]:
        after[key] = {**after[key], "type": after[key]["type"] + " | Unset", "default": "UNSET"}
    assert [(c.breaking, c.name) for c in compare(surface, after)] == [(True, name), (True, name)]


def test_a_removed_base_class_breaks_except_clauses(surface: dict[str, Any]) -> None:
    after = edited(surface, **{"jobmojito.NotFoundError": {"kind": "class", "bases": ["jobmojito.APIError"]}})
    assert [(c.breaking, c.message) for c in compare(surface, after)] == [
        (True, "no longer a subclass of jobmojito.APIStatusError"),
        (False, "now also a subclass of jobmojito.APIError"),
    ]


# --- the command line -------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path, surface: dict[str, Any]) -> Path:
    """A snapshot of an older API: it had a method this one no longer has (a removal, breaking)."""
    old = edited(
        surface, **{"jobmojito.resources.interviews.Interviews.archive": {"kind": "method", "returns": "None"}}
    )
    (tmp_path / "api-snapshot.json").write_text(api_guard.dumps("1.4.0", old), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "jobmojito"\nversion = "1.5.0"\n', encoding="utf-8")
    return tmp_path


def guard(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "drift.api_guard", "--snapshot", str(project / "api-snapshot.json")]
    command += ["--pyproject", str(project / "pyproject.toml"), *args]
    return subprocess.run(command, cwd=ROOT / "scripts", capture_output=True, text=True, check=False, timeout=120)


def set_version(project: Path, version: str) -> None:
    (project / "pyproject.toml").write_text(f'[project]\nname = "jobmojito"\nversion = "{version}"\n', encoding="utf-8")


def test_a_breaking_change_fails_naming_it_until_the_major_version_is_bumped(project: Path) -> None:
    result = guard(project)
    assert result.returncode == 1
    assert "api guard: breaking: jobmojito.resources.interviews.Interviews.archive: method removed" in result.stdout
    assert "bump the major version" in result.stderr
    before = (project / "api-snapshot.json").read_text(encoding="utf-8")
    assert guard(project, "--write").returncode == 1  # make api does not record a break without the bump
    assert (project / "api-snapshot.json").read_text(encoding="utf-8") == before
    set_version(project, "2.0.0")
    assert guard(project).returncode == 0
    assert guard(project, "--exact").returncode == 1  # allowed, but not recorded: no release yet
    written = guard(project, "--write")
    assert written.returncode == 0, written.stderr
    assert api_guard.load_snapshot(project / "api-snapshot.json")[0] == "2.0.0"
    assert guard(project, "--exact").returncode == 0


def test_compatible_differences_pass_and_are_reported(project: Path, surface: dict[str, Any]) -> None:
    older = edited(surface, **{f"{CREATE}(interview_type)": None})  # the snapshot lacks an optional parameter
    (project / "api-snapshot.json").write_text(api_guard.dumps("1.5.0", older), encoding="utf-8")
    result = guard(project, "--json", str(project / "diff.json"))
    assert result.returncode == 0, result.stderr
    assert f"api guard: compatible: {CREATE}(interview_type): new optional parameter (default None)" in result.stdout
    assert "1 compatible difference(s), nothing breaks callers" in result.stdout
    report = json.loads((project / "diff.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"breaking": 0, "compatible": 1} and report["level"] == "minor"


def test_the_reports_list_every_change(project: Path) -> None:
    set_version(project, "2.0.0")
    result = guard(project, "--json", str(project / "diff.json"), "--markdown", str(project / "diff.md"))
    assert result.returncode == 0
    report = json.loads((project / "diff.json").read_text(encoding="utf-8"))
    assert report["changes"] == [
        {"breaking": True, "name": "jobmojito.resources.interviews.Interviews.archive", "message": "method removed"}
    ]
    assert (report["recorded"], report["version"]) == ("1.4.0", "2.0.0")
    markdown = (project / "diff.md").read_text(encoding="utf-8")
    assert markdown.startswith("## Python API: 1 breaking, 0 compatible\n")
    assert "| `jobmojito.resources.interviews.Interviews.archive` | method removed |" in markdown


def test_an_unreadable_snapshot_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "api-snapshot.json").write_text("{}", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "1.0.0"\n', encoding="utf-8")
    result = guard(tmp_path)
    assert result.returncode == 2 and "cannot read the API snapshot" in result.stderr
