"""Check a release tag against the tree and write its notes from CHANGELOG.md.

    python -m drift.release --tag v1.4.0 [--notes notes.md] [--pyproject pyproject.toml]
        [--changelog CHANGELOG.md] [--version-file src/jobmojito/_version.py]

``.github/workflows/release.yml`` runs it on a ``v*`` tag before anything is
built: the tag must be ``v`` + the version of pyproject.toml and of
``jobmojito.__version__``, and CHANGELOG.md must have that version's entry,
whose text (below its ``## X.Y.Z — date`` line) becomes the release notes.
Exit status: 0 ready, 1 not releasable as tagged (one line on stderr says why).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .bump import BumpError, read_version

_DUNDER = re.compile(r'^__version__\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


class ReleaseError(Exception):
    pass


def notes(changelog: str, version: str) -> str:
    """The CHANGELOG entry of ``version``, without its heading."""
    heading = re.search(rf"^## {re.escape(version)}(?: |$).*$", changelog, re.MULTILINE)
    if heading is None:
        raise ReleaseError(f"CHANGELOG.md has no entry for {version} (a `## {version} — date` heading)")
    following = re.search(r"^## ", changelog[heading.end() :], re.MULTILINE)
    end = heading.end() + following.start() if following else len(changelog)
    text = changelog[heading.end() : end].strip()
    if not text:
        raise ReleaseError(f"the CHANGELOG.md entry for {version} is empty")
    return text + "\n"


def check(tag: str, pyproject: str, version_file: str, changelog: str) -> str:
    """The release notes of ``tag``, if the tree is that release."""
    try:
        version = read_version(pyproject)
    except BumpError as exc:
        raise ReleaseError(str(exc)) from exc
    if tag != f"v{version}":
        raise ReleaseError(f"the tag {tag} is not v{version}, the version in pyproject.toml")
    dunder = _DUNDER.search(version_file)
    if dunder is None or dunder.group(1) != version:
        found = dunder.group(1) if dunder else "none"
        raise ReleaseError(f"jobmojito.__version__ is {found}, not {version}")
    return notes(changelog, version)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m drift.release", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tag", required=True, help="the pushed tag, e.g. v1.4.0 ($GITHUB_REF_NAME)")
    parser.add_argument("--notes", type=Path, help="write the release notes here")
    parser.add_argument("--pyproject", type=Path, default=Path("pyproject.toml"))
    parser.add_argument("--changelog", type=Path, default=Path("CHANGELOG.md"))
    parser.add_argument("--version-file", type=Path, default=Path("src/jobmojito/_version.py"))
    args = parser.parse_args(argv)
    try:
        text = check(
            args.tag,
            args.pyproject.read_text(encoding="utf-8"),
            args.version_file.read_text(encoding="utf-8"),
            args.changelog.read_text(encoding="utf-8"),
        )
    except (ReleaseError, OSError) as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    if args.notes:
        args.notes.write_text(text, encoding="utf-8")
    print(f"release: {args.tag} is the tree's version, with its CHANGELOG entry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
