"""Helpers for tests that run the real `fxmargin` command or look at its pictures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def run_fxmargin(
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    command: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `fxmargin ARGS` from source (or ``command``, e.g. the frozen executable)."""
    program = command if command is not None else [sys.executable, "-m", "gui.main"]
    return subprocess.run(
        [*program, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
        check=False,
    )


def assert_real_picture(path: Path, size: tuple[int, int] = (1440, 900)) -> None:
    """A PNG of the given size with many distinct colours: a drawn window, not a blank one."""
    image = QImage(str(path))
    assert (image.width(), image.height()) == size
    colours = {image.pixel(x, y) for x in range(0, size[0], 37) for y in range(0, size[1], 23)}
    assert len(colours) > 20
