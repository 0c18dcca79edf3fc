"""The sdist and the wheel as a user gets them: built from this tree, checked, installed in a fresh venv.

``python -m build`` makes the sdist, then the wheel from the sdist (so the
sdist is proven complete), with the pinned hatchling of the dev venv
(``--no-isolation``: nothing is downloaded to build). The venv gets the wheel
and its three dependencies only, no extra: what ``pip install jobmojito`` gives.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.timeout(600)

DOCUMENTS = ("jobmojito/resources/openapi.json", "jobmojito/resources/openapi-webhooks.json")
HINT = 'jobmojito: the command line needs its extra: pip install "jobmojito[cli]" (click is not installed)\n'


def run(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    built = run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_the_wheel_has_the_license_and_each_document_once(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        names = wheel.namelist()
        contents = {name: wheel.read(name) for name in names}
    licenses = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert len(licenses) == 1
    assert contents[licenses[0]] == (ROOT / "LICENSE").read_bytes()
    digests = Counter(hashlib.sha256(data).hexdigest() for data in contents.values())
    for document in DOCUMENTS:
        assert names.count(document) == 1, document
        assert digests[hashlib.sha256(contents[document]).hexdigest()] == 1, f"{document} has a copy"
    documents = [n for n in names if Path(n).name.startswith("openapi")]
    assert sorted(documents) == sorted(DOCUMENTS)
    assert "License-File: LICENSE" in contents[next(n for n in names if n.endswith(".dist-info/METADATA"))].decode()


def test_the_sdist_has_the_license_and_what_the_wheel_is_made_from(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml", "openapi.yaml", "openapi-webhooks.yaml"} <= names
    assert {"src/jobmojito/__init__.py", "generated/jobmojito_api/__init__.py", "src/" + DOCUMENTS[0]} <= names


def test_check_wheel_contents_finds_nothing(dists: dict[str, Path]) -> None:
    # twine check --strict runs on the same dists in tests/test_release.py.
    contents = run(Path(sys.executable).parent / "check-wheel-contents", dists["wheel"])
    assert contents.returncode == 0, contents.stdout + contents.stderr


def test_in_a_venv_without_extras_the_sdk_works_and_the_commands_name_their_extra(
    dists: dict[str, Path], tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", venv).returncode == 0
    python, jobmojito = venv / "bin" / "python", venv / "bin" / "jobmojito"
    installed = run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", dists["wheel"])
    assert installed.returncode == 0, installed.stderr[-2000:]

    cli = run(jobmojito, "--help", timeout=60)
    assert (cli.returncode, cli.stdout, cli.stderr) == (1, "", HINT)
    sandbox = run(python, "-m", "jobmojito.sandbox", "--port", "0", timeout=60)
    assert sandbox.returncode == 1 and sandbox.stderr.count("\n") == 1
    assert 'pip install "jobmojito[sandbox]"' in sandbox.stderr

    call = (
        "import httpx, jobmojito\n"
        "row = dict(code='en', name_english='English', name_local='English', flag_image='https://flags.test/us.svg',\n"
        "           flag_emoji='us', flag_unicode='U+1F1FA U+1F1F8', coaching_interface=True,\n"
        "           interview_interface=True, admin_interface=True, accents=[])\n"
        "answer = {'languages': [row]}\n"
        "http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=answer)))\n"
        "with jobmojito.JobMojito(token='t', http_client=http) as jm:\n"
        "    print(jm.admin.list_languages().languages[0].code)\n"
    )
    used = run(python, "-c", call, timeout=60)
    assert (used.returncode, used.stdout, used.stderr) == (0, "en\n", "")
