"""Smoke tests of the frozen app in dist/fxmargin/ (run by `make smoke` after `make bundle`).

The bundle must do everything the source does, and give the same numbers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from gui.i18n import LANGUAGES
from tests.processes import assert_real_picture, run_fxmargin

ROOT = Path(__file__).resolve().parents[2]
# On Windows fxmargin.exe has no console to print to; its twin fxmargin-cli.exe is the same
# program with one, so the command-line checks run that.
EXECUTABLE = (
    ROOT / "dist" / "fxmargin" / ("fxmargin-cli.exe" if sys.platform == "win32" else "fxmargin")
)
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))


def frozen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    assert EXECUTABLE.exists(), f"build the bundle first: {EXECUTABLE} is missing"
    # A clean environment: nothing from this checkout's Python may leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return run_fxmargin(*args, env=env, cwd=cwd, command=[str(EXECUTABLE)])


def source(*args: str) -> subprocess.CompletedProcess[str]:
    return run_fxmargin(*args)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_compute_json_is_the_same_as_from_source(example: Path, tmp_path: Path) -> None:
    bundle = frozen("compute", str(example), "--json", cwd=tmp_path)
    assert bundle.returncode == 0, bundle.stderr
    assert bundle.stdout == source("compute", str(example), "--json").stdout


def test_table_and_curves_are_the_same_as_from_source() -> None:
    example = str(EXAMPLES[0])
    for args in (
        ("compute", example),
        ("curve", example, "--x", "equity", "--from", "0", "--to", "5000", "--points", "11"),
        (
            "curve",
            example,
            "--x",
            "price",
            "--symbol",
            "EURUSD",
            "--from",
            "1.07",
            "--to",
            "1.1",
            "--points",
            "31",
        ),
    ):
        bundle = frozen(*args)
        assert bundle.returncode == 0, bundle.stderr
        assert bundle.stdout == source(*args).stdout


def test_screenshot_writes_a_real_picture(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    bundle = frozen("--screenshot", str(target), str(EXAMPLES[1]), cwd=tmp_path)
    assert bundle.returncode == 0, bundle.stderr
    assert_real_picture(target)


def test_built_in_example_opens(tmp_path: Path) -> None:
    bundle = frozen("--screenshot", str(tmp_path / "shot.png"), cwd=tmp_path)
    assert bundle.returncode == 0, bundle.stderr
    assert (tmp_path / "shot.png").stat().st_size > 10_000


def test_version() -> None:
    bundle = frozen("--version")
    assert bundle.returncode == 0
    assert bundle.stdout.strip() == source("--version").stdout.strip()
    assert bundle.stdout.strip() == f"fxmargin {version('fxmargin')}"


def test_the_licence_and_notices_ship_beside_the_program() -> None:
    folder = EXECUTABLE.parent
    assert "MIT License" in (folder / "LICENSE").read_text(encoding="utf-8")
    notices = (folder / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    assert "GNU LGPL 3.0" in notices
    assert "Replacing Qt" in notices
    if sys.platform == "win32":
        assert (folder / "fxmargin.exe").is_file()  # the windowed twin


def test_bad_input_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fxmargin-scenario", "version": 1, "account": {"balance": "x"}}')
    bundle = frozen("compute", str(bad))
    assert bundle.returncode == 2
    assert "Traceback" not in bundle.stderr
    assert bundle.stderr.splitlines() == source("compute", str(bad)).stderr.splitlines()


@pytest.mark.parametrize("kind", ["mt4-cp1252", "mt5-xlsx"])
def test_statements_import_as_from_source(kind: str, tmp_path: Path) -> None:
    from tests.core.statement_files import mt4_statement, mt5_rows, mt5_xlsx

    path = tmp_path / ("s.htm" if kind == "mt4-cp1252" else "s.xlsx")
    path.write_bytes(
        mt4_statement().encode("cp1252") if kind == "mt4-cp1252" else mt5_xlsx(mt5_rows())
    )
    bundle = frozen("compute", str(path), "--json", cwd=tmp_path)
    assert bundle.returncode == 0, bundle.stderr
    assert bundle.stdout == source("compute", str(path), "--json").stdout
    imported = frozen("import", str(path), "--json", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == source("import", str(path), "--json").stdout


def test_the_translations_ship_compiled(tmp_path: Path) -> None:
    shipped = {p.name for p in EXECUTABLE.parent.rglob("fxmargin_*.qm")}
    assert shipped == {f"fxmargin_{code}.qm" for code in LANGUAGES if code != "en"}
    picture = tmp_path / "arabic.png"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "FXMARGIN_LANGUAGE": "ar"})
    done = run_fxmargin("--screenshot", str(picture), env=env, command=[str(EXECUTABLE)])
    assert done.returncode == 0, done.stderr
    assert_real_picture(picture)


@pytest.mark.parametrize("language", ["ja", "ar"])
def test_the_command_line_speaks_each_language_as_from_source(language: str) -> None:
    """The frozen command line reads the translation sources it ships, without Qt."""
    args = ("compute", str(EXAMPLES[0]), "--lang", language)
    bundle = frozen(*args)
    assert bundle.returncode == 0, bundle.stderr
    assert bundle.stdout == source(*args).stdout
    assert ("必要証拠金" if language == "ja" else "الهامش الحر") in bundle.stdout
