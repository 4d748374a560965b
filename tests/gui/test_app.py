"""``fxmargin --screenshot`` and friends, as whole processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.resources import resources_dir
from tests.processes import assert_real_picture, run_fxmargin

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((resources_dir() / "examples").glob("*.json"))


def fxmargin(*args: str) -> subprocess.CompletedProcess[str]:
    return run_fxmargin(*args)


@pytest.mark.parametrize("example", [None, EXAMPLES[0]], ids=["built-in", "file"])
def test_screenshot_writes_a_picture_of_the_window(tmp_path: Path, example: Path | None) -> None:
    target = tmp_path / "shot.png"
    process = fxmargin("--screenshot", str(target), *([str(example)] if example else []))
    assert process.returncode == 0, process.stderr
    assert_real_picture(target)


def test_screenshot_of_a_bad_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    process = fxmargin("--screenshot", str(tmp_path / "x.png"), str(bad))
    assert process.returncode == 2
    assert "Traceback" not in process.stderr
    assert "a scenario must be a JSON object" in process.stderr
    assert not (tmp_path / "x.png").exists()


def test_version() -> None:
    process = fxmargin("--version")
    assert process.returncode == 0
    assert process.stdout.startswith("fxmargin 0.1.0")


def test_start_up_leaves_what_it_does_not_show_unloaded(tmp_path: Path) -> None:
    """The statement readers and numpy's masked arrays load when first needed, not when the
    window starts (docs/performance.md): 20 ms each of start-up."""
    code = (
        "import sys; from gui.app import run_app; "
        f"code = run_app(None, {str(tmp_path / 'shot.png')!r}); "
        "print(code, *sorted(m for m in sys.modules if m.startswith(('core.statements', "
        "'numpy.ma.')) or m == 'numpy.ma'))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    code_and_modules = run.stdout.split()
    assert code_and_modules == ["0", "core.statements", "core.statements.file_kind"]
