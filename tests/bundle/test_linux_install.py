"""The Linux archive, unpacked in a clean folder, installs per user with its install.sh."""

from __future__ import annotations

import configparser
import os
import shlex
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "dist" / "fxmargin-linux.tar.gz"
APP_ID = "io.fxmargin.fxmargin"


def clean_env(home: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_"))
    }
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_install_sh_installs_a_menu_entry_that_runs(tmp_path: Path) -> None:
    assert ARCHIVE.exists(), f"build the bundle first: {ARCHIVE} is missing"
    with tarfile.open(ARCHIVE) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    home = tmp_path / "home"
    own_presets = home / ".local" / "share" / "fxmargin" / "fxmargin" / "presets"
    own_presets.mkdir(parents=True)
    (own_presets / "mine.json").write_text('{"name": "mine"}')
    env = clean_env(home)

    installed = run(["sh", str(tmp_path / "unpacked" / "fxmargin" / "install.sh")], env)
    assert installed.returncode == 0, installed.stderr
    share = home / ".local" / "share"

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(share / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Name"], desktop["Icon"]) == (
        "Application",
        "fxmargin",
        APP_ID,
    )
    command = [arg for arg in shlex.split(desktop["Exec"]) if not arg.startswith("%")]
    assert Path(command[0]) == home / ".local" / "opt" / "fxmargin" / "fxmargin-app"
    expected = f"fxmargin {version('fxmargin')}"
    started = run([*command, "--version"], env)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == expected
    # The `fxmargin` command too.
    assert run([str(home / ".local" / "bin" / "fxmargin"), "--version"], env).stdout.strip() == (
        expected
    )

    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    metainfo = ET.parse(share / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    release = metainfo.find("releases/release")
    assert release is not None
    assert release.get("version") == version("fxmargin")

    removed = run(
        ["sh", str(tmp_path / "unpacked" / "fxmargin" / "install.sh"), "--uninstall"], env
    )
    assert removed.returncode == 0, removed.stderr
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not (home / ".local" / "opt" / "fxmargin").exists()
    assert not (home / ".local" / "bin" / "fxmargin").is_symlink()
    assert (own_presets / "mine.json").read_text() == '{"name": "mine"}'  # the user's, kept


def test_the_command_line_loads_no_qt(tmp_path: Path) -> None:
    """`compute` runs in the Qt-free executable: the dynamic loader's own log of every library
    it loads (LD_DEBUG) names no Qt library; the window's executable does load Qt."""
    folder = ROOT / "dist" / "fxmargin"
    example = str(ROOT / "resources" / "examples" / "gbpusd-volume-tier.json")
    env = {**clean_env(tmp_path), "LD_DEBUG": "libs"}
    command = run([str(folder / "fxmargin"), "compute", example, "--json"], env)
    assert command.returncode == 0
    assert '"margin"' in command.stdout
    assert "libQt6Core" not in command.stderr
    assert "libpython" in command.stderr  # the log is really there
    window = run([str(folder / "fxmargin-app"), "--screenshot", str(tmp_path / "s.png")], env)
    assert window.returncode == 0
    assert "libQt6Core" in window.stderr
