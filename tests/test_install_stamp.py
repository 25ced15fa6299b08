"""The scripts install only when pyproject.toml changed, so the app starts offline once installed.

Runs a copy of ``scripts/_venv.sh`` and ``scripts/app`` in a folder of its own, with a
stand-in Python whose ``-m venv`` makes a stand-in venv: its ``pip`` writes what it was
asked into a log instead of installing. Fast, and no network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SYSTEM_PYTHON = """#!/usr/bin/env bash
# the real interpreter, except that "-m venv [--clear] DIR" makes a stand-in venv
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  venv="${@: -1}"
  if [ "$3" = "--clear" ]; then rm -rf "$venv"; fi
  mkdir -p "$venv/bin" && cp "$STANDIN_VENV_PYTHON" "$venv/bin/python"
  echo "venv ${*:3}" >> "$CALLS"
  exit 0
fi
exec "$REAL_PYTHON" "$@"
"""

VENV_PYTHON = """#!/usr/bin/env bash
# a venv's interpreter: "broken" beside it makes it fail to start; its pip logs and installs the entry point
here="$(dirname "$0")"
[ -e "$here/broken" ] && exit 127
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  echo "pip ${*:3}" >> "$CALLS"
  [ -e "$here/pip-fails" ] && exit 1
  printf '#!/usr/bin/env bash\\necho "app $*"\\n' > "$here/campaign-desktop" && chmod +x "$here/campaign-desktop"
fi
exit 0
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    for name in ("_venv.sh", "app"):
        shutil.copy2(ROOT / "scripts" / name, tmp_path / "scripts" / name)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["a"]\n')
    tools = tmp_path / "tools"
    tools.mkdir()
    for name, text in (("python3", SYSTEM_PYTHON), ("venv-python", VENV_PYTHON)):
        (tools / name).write_text(text)
        (tools / name).chmod(0o755)
    return tmp_path


def _app(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON": str(project / "tools" / "python3"), "REAL_PYTHON": sys.executable,
           "STANDIN_VENV_PYTHON": str(project / "tools" / "venv-python"), "CALLS": str(project / "calls.log")}
    return subprocess.run(["bash", str(project / "scripts" / "app"), *args], env=env, capture_output=True,
                          text=True, timeout=60)


def _calls(project: Path) -> list[str]:
    log = project / "calls.log"
    lines = log.read_text().splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return [line.split(" -e ")[0] if line.startswith("pip") else line for line in lines]


PIP = "pip install --quiet --disable-pip-version-check"


def test_installs_once_then_starts_without_pip_until_pyproject_changes(project):
    first = _app(project, "--help")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "app --help"  # the app ran, with its arguments
    assert _calls(project) == ["venv " + str(project / ".venv"), PIP]
    assert (project / ".venv" / ".installed-pyproject").exists()

    assert _app(project, "--help").returncode == 0
    assert _calls(project) == []  # installed: no pip, hence no network

    os.utime(project / "pyproject.toml")  # rewritten unchanged (a checkout): nothing to install
    assert _app(project).returncode == 0
    assert _calls(project) == []

    with open(project / "pyproject.toml", "a") as f:
        f.write('optional-dependencies = {test = ["b"]}\n')
    assert _app(project).returncode == 0
    assert _calls(project) == [PIP]
    assert _app(project).returncode == 0
    assert _calls(project) == []


def test_a_failed_install_is_tried_again_at_the_next_start(project):
    (project / ".venv" / "bin").mkdir(parents=True)
    shutil.copy2(project / "tools" / "venv-python", project / ".venv" / "bin" / "python")
    (project / ".venv" / "bin" / "pip-fails").touch()
    failed = _app(project)
    assert failed.returncode != 0 and "app" not in failed.stdout  # the app does not start half-installed
    assert not (project / ".venv" / ".installed-pyproject").exists()
    (project / ".venv" / "bin" / "pip-fails").unlink()
    assert _app(project).returncode == 0
    assert _calls(project) == [PIP, PIP]


def test_a_broken_venv_or_a_missing_entry_point_is_installed_again(project):
    assert _app(project).returncode == 0
    _calls(project)
    (project / ".venv" / "bin" / "broken").touch()  # its interpreter no longer starts
    again = _app(project)
    assert again.returncode == 0, again.stderr
    assert "does not run any more" in again.stderr
    assert _calls(project) == ["venv --clear " + str(project / ".venv"), PIP]

    (project / ".venv" / "bin" / "campaign-desktop").unlink()
    assert _app(project).returncode == 0
    assert _calls(project) == [PIP]
