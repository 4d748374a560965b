"""Build the standalone app: dist/fxmargin/ (one folder) and what is shipped from it.

    python build/build.py            # after `pip install -e ".[build]"`

- Every system: the licence and the third-party notices beside the executable.
- Linux: dist/fxmargin-linux.tar.gz, with install.sh, the menu entry, the icons in the
  hicolor sizes and the AppStream metainfo inside.
- Windows: dist/fxmargin-windows.zip, and dist/fxmargin-windows-setup.exe when Inno Setup 6
  is installed.
- macOS: dist/fxmargin.app in dist/fxmargin-macos.dmg.

PyInstaller's work files go to .pyinstaller/ (ignored); nothing is written into build/.
Prints the sizes of the folder and of what is shipped.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / ".pyinstaller"
BUNDLE = DIST / "fxmargin"
APP_ID = "io.fxmargin.fxmargin"
LINUX = ROOT / "build" / "linux"
INNO_SETUP = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def strip_own_binaries() -> None:
    """Strip libpython, CPython's and numpy's extension modules, never numpy.libs: stripping
    OpenBLAS breaks it (``ELF load command address/offset not page-aligned``;
    docs/development.md#what-the-bundle-leaves-out)."""
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


def add_notices(folder: Path) -> None:
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.md"):
        shutil.copy2(ROOT / name, folder / name)


def add_linux_desktop_files() -> None:
    """install.sh and what it installs: the menu entry, the icons, the metainfo."""
    shutil.copy2(LINUX / "install.sh", BUNDLE / "install.sh")
    share = BUNDLE / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    today = datetime.date.today().isoformat()
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", version("fxmargin")).replace("@DATE@", today),
        encoding="utf-8",
    )
    for icon in sorted((LINUX / "icons").glob(f"*/{APP_ID}.png")):
        folder = share / "icons" / "hicolor" / icon.parent.name / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icon, folder)


def windows_installer() -> Path | None:
    """The per-user installer, when Inno Setup 6 is here (the release runners have it)."""
    default = INNO_SETUP / "ISCC.exe"
    iscc = shutil.which("iscc") or (str(default) if default.is_file() else None)
    if iscc is None:
        print("Inno Setup 6 not found: no installer, only the zip")
        return None
    script = ROOT / "build" / "windows" / "fxmargin.iss"
    subprocess.run([iscc, f"/DAppVersion={version('fxmargin')}", str(script)], check=True)
    return DIST / "fxmargin-windows-setup.exe"


def mac_disk_image() -> Path:
    """fxmargin.app in a disk image, beside a link to Applications to drag it onto."""
    staging = DIST / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(DIST / "fxmargin.app", staging / "fxmargin.app", symlinks=True)
    add_notices(staging)
    (staging / "Applications").symlink_to("/Applications")
    target = DIST / "fxmargin-macos.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(
        ["hdiutil", "create", "-volname", "fxmargin", "-srcfolder", str(staging),
         "-format", "UDZO", "-ov", str(target)],
        check=True,
    )  # fmt: skip
    return target


def archives() -> list[Path]:
    """What a release ships for this system."""
    if sys.platform == "win32":
        zipped = Path(shutil.make_archive(str(DIST / "fxmargin-windows"), "zip", DIST, "fxmargin"))
        installer = windows_installer()
        return [zipped] if installer is None else [zipped, installer]
    if sys.platform == "darwin":
        return [mac_disk_image()]
    add_linux_desktop_files()
    target = DIST / "fxmargin-linux.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(BUNDLE, arcname="fxmargin")
    return [target]


def main() -> int:
    # The compiled translations (.qm) go into resources/ before PyInstaller copies it.
    subprocess.run([sys.executable, str(ROOT / "build" / "translations.py"), "release"], check=True)
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
    add_notices(BUNDLE)

    shipped = archives()
    print(f"bundle  {BUNDLE}  {folder_size(BUNDLE) / 1e6:.1f} MB")
    for packed in shipped:
        print(f"archive {packed}  {packed.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
