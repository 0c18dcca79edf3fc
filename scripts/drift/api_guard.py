"""Guard the public Python API that downstream SDKs import.

Compares ``jobmojito`` (src/) and ``jobmojito_api`` (generated/) in the work
tree with the last release tag (``v*``), using griffe: a removed name, a
removed or newly required parameter, a changed parameter kind, ... is a
breaking change, allowed only when the major version in pyproject.toml is
greater than the tag's. Exit 0: compatible (or no release yet), 1: breaking
changes without a major bump, 2: error.

    python -m drift.api_guard [--against REF] [--repo .]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"jobmojito": "src", "jobmojito_api": "generated"}


@dataclass(frozen=True)
class Verdict:
    breakages: list[str]
    old_version: str
    new_version: str

    @property
    def major_bumped(self) -> bool:
        return major(self.new_version) > major(self.old_version)

    @property
    def ok(self) -> bool:
        return not self.breakages or self.major_bumped


def major(version: str) -> int:
    match = re.match(r"v?(\d+)", version)
    if not match:
        raise ValueError(f"not a version: {version!r}")
    return int(match.group(1))


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout.strip()


def last_release(repo: Path) -> str | None:
    """The newest ``v*`` tag reachable from HEAD, or None before the first release."""
    try:
        return git(repo, "describe", "--tags", "--abbrev=0", "--match", "v*") or None
    except subprocess.CalledProcessError:
        return None


def version_at(repo: Path, ref: str | None) -> str:
    text = git(repo, "show", f"{ref}:pyproject.toml") if ref else (repo / "pyproject.toml").read_text()
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise ValueError(f"no version in pyproject.toml at {ref or 'the work tree'}")
    return match.group(1)


def breaking_changes(repo: Path, ref: str, packages: dict[str, str]) -> list[str]:
    found: list[str] = []
    for package, folder in packages.items():
        if not (repo / folder / package).exists():
            continue
        new = griffe.load(package, search_paths=[repo / folder], resolve_aliases=False)
        try:
            old = griffe.load_git(package, ref=ref, repo=repo, search_paths=[folder])
        except (ImportError, griffe.LoadingError):
            continue  # the package did not exist at that release: nothing to break
        found.extend(b.explain(style=griffe.ExplanationStyle.ONE_LINE) for b in griffe.find_breaking_changes(old, new))
    return found


def check(repo: Path, against: str | None, packages: dict[str, str] = PACKAGES) -> Verdict | None:
    ref = against or last_release(repo)
    if ref is None:
        return None
    return Verdict(breaking_changes(repo, ref, packages), version_at(repo, ref), version_at(repo, None))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="git ref to compare with (default: the last v* tag)")
    parser.add_argument("--repo", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    try:
        verdict = check(args.repo, args.against)
    except (subprocess.CalledProcessError, OSError, ValueError, KeyError) as exc:
        print(f"api guard: {exc}", file=sys.stderr)
        return 2
    if verdict is None:
        print("api guard: no release tag (v*) yet; nothing to compare with")
        return 0
    for line in verdict.breakages:
        print(f"api guard: {line}")
    if verdict.ok:
        note = " (major version bumped)" if verdict.breakages else ""
        print(f"api guard: {verdict.new_version} is compatible with {verdict.old_version}{note}")
        return 0
    print(
        f"api guard: {len(verdict.breakages)} breaking change(s) since {verdict.old_version}; "
        f"bump the major version (now {verdict.new_version}) or restore the API",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
