"""Fixtures for the desktop app: a main window with its own settings file, on the example."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import MainWindow
from gui.plots.plot_base import configure_theme
from tests.build_scripts import build_script


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder (log, autosaves)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("FXMARGIN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    configure_theme()
    main = MainWindow(settings=settings)
    main.controller.open_example()
    main.resize(1440, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    # Closed here rather than by qtbot: pytest-qt would close it before this cleanup runs,
    # and an unsaved edit would then wait on the "save changes?" dialog.
    main.controller.new_document()
    main.close()
    main.deleteLater()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files the app loads, compiled from the .ts sources when missing or older
    (`make test` compiles them first; a bare pytest run then needs no step of its own)."""
    tool = build_script("translations")
    sources = [tool.ts_file(code) for code in i18n.LANGUAGES if code != "en"]
    if any(
        not s.with_suffix(".qm").exists()
        or s.with_suffix(".qm").stat().st_mtime < s.stat().st_mtime
        for s in sources
    ):
        tool.release()


@pytest.fixture
def speak(qtbot: QtBot) -> Iterator[object]:
    """Install a language for one test, and English again after it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed: list[object] = []
    direction = app.layoutDirection()

    def install(code: str) -> None:
        installed.extend(i18n.install(app, code))

    yield install
    for translator in installed:
        app.removeTranslator(translator)  # type: ignore[arg-type]
    app.setLayoutDirection(direction)
