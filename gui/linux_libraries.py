"""The system libraries Qt's X11 window code needs on Linux, checked before Qt is loaded.

Without one of them Qt stops the program with "Could not load the Qt platform plugin xcb",
and from Qt 6.5 on it names xcb-cursor0 whatever is missing: a trader on a desktop without
libxcb-icccm4 was told to install a library that was there. This says which ones are
missing, by the file Qt looks for and the Debian and Ubuntu package that carries it.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What Qt's xcb platform plugin and the libraries it is built on load (their ELF "NEEDED"
# entries, glibc and the C++ runtime left out): file -> Debian/Ubuntu package.
XCB_LIBRARIES: dict[str, str] = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will open its window through X11: on Linux, with no other platform asked
    for and no Wayland session to prefer."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def _loads(name: str, folders: list[Path]) -> bool:
    if any((folder / name).exists() for folder in folders):
        return True
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(
    folders: list[Path] | None = None, loads: Callable[[str, list[Path]], bool] = _loads
) -> list[str]:
    """The X11 libraries that cannot be loaded, each as "file (package)"; ``folders`` are
    searched besides the system's (the bundle's own folder, where it carries some)."""
    if folders is None:
        folders = [Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))]
    return [
        f"{name} ({package})" for name, package in XCB_LIBRARIES.items() if not loads(name, folders)
    ]


def startup_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """What stops the window from opening, in words, or None: checked on Linux only."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not uses_xcb(environ):
        return None
    missing = missing_libraries()
    if not missing:
        return None
    packages = sorted({item.split(" (")[1].rstrip(")") for item in missing})
    return (
        "fxmargin cannot open its window: these libraries are missing: "
        + ", ".join(missing)
        + ".\nOn Debian or Ubuntu: sudo apt install "
        + " ".join(packages)
        + "\n(the command line, fxmargin compute and the others, works without them)"
    )
