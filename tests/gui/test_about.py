"""Help -> About: the version, the licence, the bundled libraries and the presets' sources."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core.files.scheme_file import presets
from gui.about_dialog import AboutDialog
from gui.main import version
from gui.main_window import MainWindow


def test_about_names_the_version_licences_and_every_preset_source(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    assert f"fxmargin {version()}" in dialog.header.text()
    assert "MIT licence" in dialog.header.text()
    licences = dialog.licences.toPlainText()
    assert "GNU LGPL 3.0" in licences
    assert "Replacing Qt" in licences
    sources = dialog.sources.toPlainText()
    for scheme in presets().values():
        assert scheme.source[:60] in " ".join(sources.split())
    dialog.close()
