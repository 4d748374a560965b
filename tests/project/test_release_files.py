"""What a release is made of: one version, pinned workflow actions, a per-user installer."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from gui.main import version
from tests.build_scripts import build_script

ROOT = Path(__file__).resolve().parents[2]
set_version = build_script("set_version").set_version
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def test_the_version_lives_in_pyproject_only() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version() == declared
    for path in (ROOT / "build" / "fxmargin.spec", ROOT / "build" / "windows" / "fxmargin.iss"):
        assert declared not in path.read_text(), f"{path.name} repeats the version"
    assert "@VERSION@" in (ROOT / "build/linux/io.fxmargin.fxmargin.metainfo.xml").read_text()


@pytest.mark.parametrize(
    ("tag", "written"), [("v1.2.0", "1.2.0"), ("2.0.1", "2.0.1"), ("v1.3.0rc1", "1.3.0rc1")]
)
def test_a_release_tag_sets_the_version(tmp_path: Path, tag: str, written: str) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text((ROOT / "pyproject.toml").read_text())
    assert set_version(tag, pyproject) == written
    assert tomllib.loads(pyproject.read_text())["project"]["version"] == written


@pytest.mark.parametrize("tag", ["latest", "v1.2", "v1.2.0-beta", ""])
def test_a_tag_that_is_no_version_is_refused(tmp_path: Path, tag: str) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text((ROOT / "pyproject.toml").read_text())
    with pytest.raises(ValueError, match="is not a release tag"):
        set_version(tag, pyproject)


def test_every_action_is_pinned_to_a_version() -> None:
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text())
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+", action), action


def test_the_workflow_builds_on_three_systems_and_publishes_checksums() -> None:
    text = WORKFLOW.read_text()
    assert re.search(r"os: \[ubuntu-[\d.]+, windows-[\w.]+, macos-[\w.]+\]", text)
    assert "python build/build.py" in text
    assert "python -m pytest tests/bundle" in text
    assert "sha256sum -- * > SHA256SUMS" in text


def test_the_windows_installer_needs_no_admin_rights() -> None:
    script = (ROOT / "build" / "windows" / "fxmargin.iss").read_text()
    assert "PrivilegesRequired=lowest" in script
    assert r"DefaultDirName={autopf}\fxmargin" in script  # %LOCALAPPDATA%\Programs per user
    assert r'Name: "{autoprograms}\fxmargin"; Filename: "{app}\fxmargin.exe"' in script
    assert r'Source: "..\..\dist\fxmargin\*"' in script
