"""The nightly pull request: its title, body, labels, auto-merge, and whether the run fails.

    python -m drift.pull_request --drift .venv/drift.json --drift-markdown .venv/drift.md
        --api .venv/api-diff.json --api-markdown .venv/api-diff.md
        --old-pyproject OLD --pyproject pyproject.toml --check success|failure --tests success|failure
        --body body.md [--run-url URL]

``.github/workflows/nightly.yml`` runs it after ``make update``, ``make check``
and ``make test``. It writes the pull request's body (the document drift and
the API snapshot difference, under a warning for whatever failed) and prints
``key=value`` lines for ``$GITHUB_OUTPUT``:

* ``severity``: ``breaking`` when the drift or the API difference breaks
  callers, else ``needs-name``, ``safe``, ``info`` or ``none``; ``title`` says it;
* ``breaking``: ``true`` or ``false`` — the pull request is labelled
  ``breaking-change`` and never auto-merged;
* ``auto_merge``: ``true`` only for safe or info-only changes whose
  ``make check`` and ``make test`` passed;
* ``failure``: empty, or why the run must fail: a failed ``make check`` or
  ``make test``, or a breaking change whose version bump is not major.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .bump import BumpError, read_version

TITLES = {
    "breaking": "API drift: breaking",
    "needs-name": "API drift: an operation needs a name",
    "safe": "API drift: safe",
    "info": "API drift: info only",
    "none": "API drift: no SDK-visible change",
}
DRIFT_LIMIT, API_LIMIT = 38_000, 22_000  # a pull request body holds 65,536 characters


@dataclass(frozen=True)
class Decision:
    severity: str
    old_version: str
    new_version: str
    failures: list[str]
    auto_merge: bool

    @property
    def breaking(self) -> bool:
        return self.severity == "breaking"

    def outputs(self) -> dict[str, str]:
        return {
            "severity": self.severity,
            "title": TITLES[self.severity],
            "breaking": str(self.breaking).lower(),
            "auto_merge": str(self.auto_merge).lower(),
            "failure": "; ".join(self.failures),
        }


def _major(version: str) -> int:
    return int(version.split(".", 1)[0])


def decide(
    drift: dict[str, Any], api: dict[str, Any], *, old_version: str, new_version: str, check: str, tests: str
) -> Decision:
    counts, api_counts = drift["summary"], api["summary"]
    unnamed = any(change["kind"] == "operation-needs-name" for change in drift["changes"])
    if counts["breaking"] or api_counts["breaking"]:
        severity = "breaking"
    elif unnamed:
        severity = "needs-name"
    elif counts["safe"] or api_counts["compatible"]:
        severity = "safe"
    else:
        severity = "info" if counts["info"] else "none"
    failures = []
    if check != "success":
        failures.append("make check failed on the regenerated SDK")
    if tests != "success":
        failures.append("make test failed on the regenerated SDK")
    if severity == "breaking" and _major(new_version) <= _major(old_version):
        failures.append(f"a breaking change without a major version bump ({old_version} -> {new_version})")
    auto_merge = severity in ("safe", "info") and not failures
    return Decision(severity, old_version, new_version, failures, auto_merge)


def body(decision: Decision, drift_markdown: str, api_markdown: str, run_url: str = "") -> str:
    lines = []
    for failure in decision.failures:
        lines += [
            f"> **{failure[0].upper()}{failure[1:]}**: this pull request is not auto-merged; see the run log.",
            "",
        ]
    if decision.breaking:
        lines += [
            f"> **Breaking for callers of the SDK**: labelled `breaking-change`, never auto-merged; "
            f"version {decision.old_version} -> {decision.new_version}. A person reviews it and releases it.",
            "",
        ]
    if decision.old_version != decision.new_version:
        lines += [f"Version {decision.old_version} -> {decision.new_version} (CHANGELOG.md has the entry).", ""]
    lines += [_cut(drift_markdown, DRIFT_LIMIT), "", _cut(api_markdown, API_LIMIT)]
    if run_url:
        lines += ["", f"_Nightly run: {run_url} (make update, make check, make test)._"]
    return "\n".join(lines).rstrip("\n") + "\n"


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text.rstrip("\n")
    return (
        text[: text.rfind("\n", 0, limit - 100)] + "\n\n*Truncated: the run's artifact `api-drift-report` has it all.*"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m drift.pull_request", description=(__doc__ or "").splitlines()[0])
    for name in ("--drift", "--drift-markdown", "--api", "--api-markdown", "--old-pyproject", "--body"):
        parser.add_argument(name, type=Path, required=True)
    parser.add_argument("--pyproject", type=Path, default=Path("pyproject.toml"))
    parser.add_argument("--check", required=True, help="the outcome of make check (success, failure, ...)")
    parser.add_argument("--tests", required=True, help="the outcome of make test")
    parser.add_argument("--run-url", default="")
    args = parser.parse_args(argv)
    try:
        drift = json.loads(args.drift.read_text(encoding="utf-8"))
        api = json.loads(args.api.read_text(encoding="utf-8"))
        old = read_version(args.old_pyproject.read_text(encoding="utf-8"))
        new = read_version(args.pyproject.read_text(encoding="utf-8"))
        drift_markdown = args.drift_markdown.read_text(encoding="utf-8")
        api_markdown = args.api_markdown.read_text(encoding="utf-8")
    except (OSError, ValueError, BumpError) as exc:
        print(f"pull request: {exc}", file=sys.stderr)
        return 2
    decision = decide(drift, api, old_version=old, new_version=new, check=args.check, tests=args.tests)
    args.body.write_text(body(decision, drift_markdown, api_markdown, args.run_url), encoding="utf-8")
    for key, value in decision.outputs().items():
        print(f"{key}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
