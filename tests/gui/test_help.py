"""Issue 22 item 17: Help has the user guide (the docs, shipped and read offline) and the
keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from gui.help_dialogs import GUIDE_PAGES, ShortcutsDialog, UserGuide, page_markdown
from gui.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_guide_shows_every_page_and_follows_links_between_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.guide_action.trigger()  # Help > User guide, F1
    guide = window.findChild(UserGuide)
    assert isinstance(guide, UserGuide)
    assert window.guide_action.shortcut().toString() == "F1"
    assert guide.pages == list(GUIDE_PAGES)
    assert guide.contents.item(0).text() == "The desktop app"
    assert "Undo" in guide.browser.toPlainText()
    guide._follow(QUrl("rules.md#volume-tiers"))
    assert guide.contents.currentRow() == GUIDE_PAGES.index("rules.md")
    assert guide.browser.toPlainText().startswith("How fxmargin computes every number")
    guide._follow(QUrl("https://example.com/elsewhere"))  # not followed: the guide is offline
    assert guide.contents.currentRow() == GUIDE_PAGES.index("rules.md")
    guide.close()


def test_a_picture_the_copy_lacks_is_said_by_its_caption(tmp_path: Path) -> None:
    page = tmp_path / "desktop-app.md"
    (tmp_path / "here.png").write_bytes(b"")
    page.write_text("# T\n\n![kept](here.png)\n\n![The example](screenshots/gone.png)\n")
    text = page_markdown(page)
    assert "![kept](here.png)" in text
    assert "*The example*" in text
    assert "gone.png" not in text


def test_a_copy_without_the_guide_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    guide = UserGuide(folder=tmp_path)
    qtbot.addWidget(guide)
    assert "missing" in guide.browser.toPlainText()


def test_the_shortcuts_list_every_menu_key_and_the_panels_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    table = dialog.table
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["User guide"] == "F1"
    assert rows["Copy results"] == "Ctrl+Shift+C"
    assert rows["Import statement…"] == "Ctrl+I"
    assert rows["Positions: remove the selected positions"] == "Del"
    dialog.close()


def test_a_screenshot_fits_the_page_width(qtbot: QtBot, window: MainWindow) -> None:
    window.guide_action.trigger()
    guide = window.findChild(UserGuide)
    assert guide is not None
    qtbot.waitExposed(guide)
    guide.show_page(0)  # the desktop app's page opens on its screenshot
    room = guide.browser.viewport().width()
    document = guide.browser.document()
    widths = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            picture = it.fragment().charFormat().toImageFormat()
            if picture.isValid():
                widths.append(picture.width())
            it += 1
        block = block.next()
    assert widths  # the page has its pictures in a checkout
    assert all(0 < width <= room for width in widths)
    guide.close()
