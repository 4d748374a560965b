"""Build the standalone app: dist/fxmargin/ (one folder) and an archive of it beside.

    python build/build.py            # after `pip install -e ".[build]"`

PyInstaller's work files go to .pyinstaller/ (ignored); nothing is written into build/.
Prints the folder's and the archive's sizes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / ".pyinstaller"
BUNDLE = DIST / "fxmargin"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def strip_own_binaries() -> None:
    """Strip libpython, CPython's and numpy's extension modules, never numpy.libs: stripping
    OpenBLAS breaks it (``ELF load command address/offset not page-aligned``, QT-NOTES)."""
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return
    internal = BUNDLE / "_internal"
    targets = [
        *internal.glob("libpython3*.so*"),
        *internal.glob("python3*/lib-dynload/*.so"),
        *internal.glob("numpy/**/*.so"),
    ]

    for library in targets:
        if not library.is_symlink():
            subprocess.run([strip, "--strip-unneeded", str(library)], check=True)


def archive() -> Path:
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(DIST / "fxmargin-windows"), "zip", DIST, "fxmargin"))
    target = DIST / f"fxmargin-{'macos' if sys.platform == 'darwin' else 'linux'}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(BUNDLE, arcname="fxmargin")
    return target


def main() -> int:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(ROOT / "build" / "fxmargin.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    strip_own_binaries()

    packed = archive()
    print(f"bundle  {BUNDLE}  {folder_size(BUNDLE) / 1e6:.1f} MB")
    print(f"archive {packed}  {packed.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
