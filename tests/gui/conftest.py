"""Fixtures for the desktop app: a main window with its own settings file, on the example."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.plots.plot_base import configure_theme


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
