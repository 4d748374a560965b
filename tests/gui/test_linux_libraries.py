"""Issue 22 item 21: on Linux the app names every X11 library it lacks before Qt stops it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from gui import app, linux_libraries
from gui.linux_libraries import XCB_LIBRARIES, missing_libraries, startup_problem, uses_xcb

PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("ldd")), reason="Linux and ldd only"
)
def test_the_list_holds_every_x11_library_qt_loads_for_its_window() -> None:
    listing = subprocess.run(["ldd", str(PLUGIN)], capture_output=True, text=True, check=True)
    names = {line.split()[0] for line in listing.stdout.splitlines() if "=>" in line}
    x11 = {n for n in names if n.startswith(("libxcb", "libX11", "libxkbcommon"))}
    assert x11
    assert x11 <= set(XCB_LIBRARIES)


def test_missing_libraries_are_named_with_their_package() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    found = missing_libraries([], loads=lambda name, _: name not in absent)
    assert found == ["libxcb-icccm.so.4 (libxcb-icccm4)", "libxcb-keysyms.so.1 (libxcb-keysyms1)"]


def test_a_library_in_the_bundles_folder_counts(tmp_path: Path) -> None:
    (tmp_path / "libxcb-icccm.so.4").write_bytes(b"")
    assert linux_libraries._loads("libxcb-icccm.so.4", [tmp_path])
    assert not linux_libraries._loads("libfxmargin-none.so.9", [tmp_path])


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({}, False),
    ],
)
def test_checked_only_where_the_window_opens_through_x11(
    environ: dict[str, str], expected: bool
) -> None:
    assert uses_xcb(environ) is expected


def test_the_app_says_what_to_install_and_stops(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(
        linux_libraries,
        "missing_libraries",
        lambda: ["libxcb-icccm.so.4 (libxcb-icccm4)", "libxcb-keysyms.so.1 (libxcb-keysyms1)"],
    )
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert app.run_app(None, None) == 1
    error = capsys.readouterr().err
    assert "libxcb-icccm.so.4 (libxcb-icccm4), libxcb-keysyms.so.1 (libxcb-keysyms1)" in error
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in error
    assert "Traceback" not in error


def test_nothing_said_where_nothing_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linux_libraries, "missing_libraries", lambda: [])
    assert startup_problem({"DISPLAY": ":0"}) is None
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(linux_libraries, "missing_libraries", lambda: ["libx (x)"])
    assert startup_problem({"DISPLAY": ":0"}) is None


def test_the_install_page_lists_every_package_the_check_names() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "installing.md").read_text("utf-8")
    start = page.index("    sudo apt install libx11-6")
    listed = set(page[start : page.index("\n\n", start)].replace("\\", " ").split()[3:])
    assert listed == set(XCB_LIBRARIES.values())
