"""Translations: ``update`` refreshes the .ts sources from the app's code (pyside6-lupdate),
``release`` compiles them to the .qm files the app loads (pyside6-lrelease).

    python build/translations.py update    # after changing user-visible text
    python build/translations.py release   # the build, `make translations` and `make test`

The .ts files are the sources and are kept in the repository; the .qm files are built.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT))

from gui.i18n import LANGUAGES  # noqa: E402 - the project root goes on the path first


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside this Python (a virtual environment's bin)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """The app's code and the core's: the core's sentences are ``Message("...")`` calls."""
    return sorted(
        str(p.relative_to(ROOT))
        for folder in ("gui", "core")
        for p in (ROOT / folder).rglob("*.py")
    )


LUPDATE_OPTIONS = ["-no-obsolete", "-tr-function-alias", "QT_TR_NOOP+=Message"]
"""``Message("...")`` marks a text as QT_TR_NOOP does: lupdate puts the core's sentences in
the unnamed context, which is where the app and the command line look them up."""


def ts_file(code: str) -> Path:
    return FOLDER / f"fxmargin_{code}.ts"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        if code == "en":
            continue
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), *LUPDATE_OPTIONS, "-ts", str(ts_file(code))],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for code in LANGUAGES:
        if code == "en":
            continue
        source = ts_file(code)
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(source.with_suffix(".qm")),
            ],
            check=True,
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in ("update", "release"):
        raise SystemExit(__doc__)
    update() if command == "update" else release()
