"""Help > User guide (the docs pages, shipped with the app and read offline) and Help >
Keyboard shortcuts (every key the window answers to)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextBlock, QTextCursor, QTextFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.resources import docs_dir
from gui.i18n import QT_TRANSLATE_NOOP, translate

# The pages for traders, in the order a new user reads them (the developers' pages are left
# out). The pages are in English.
GUIDE_PAGES = (
    "desktop-app.md",
    "statements.md",
    "live-link.md",
    "rules.md",
    "presets.md",
    "scenario-files.md",
    "command-line.md",
    "installing.md",
    "performance.md",
)
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")

# Keys that belong to a panel rather than to a menu: (keys, what they do).
PANEL_KEYS = (
    ("Insert", QT_TRANSLATE_NOOP("Shortcuts", "Positions: add a position")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Positions: duplicate the selected position")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Positions: remove the selected positions")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Tables: edit the cell (or start typing)")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Plots: back to the market price")),
    (
        "Ctrl+V",
        QT_TRANSLATE_NOOP("Shortcuts", "Market prices: paste lines of SYMBOL BID ASK"),
    ),
)


def page_title(path: Path) -> str:
    """A page's first heading."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def page_markdown(path: Path) -> str:
    """A page's text, a picture the copy does not carry (the app's own download leaves them
    out) said by its caption in italics rather than drawn as a broken image."""

    def picture(match: re.Match[str]) -> str:
        if (path.parent / match.group(2)).is_file():
            return match.group(0)
        return f"*{match.group(1)}*"

    return IMAGE.sub(picture, path.read_text(encoding="utf-8"))


class UserGuide(QDialog):
    """The pages on the left, the page on the right; links between pages follow."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuide", "fxmargin user guide"))
        self.folder = folder or docs_dir()
        self.pages = [name for name in GUIDE_PAGES if (self.folder / name).is_file()]
        self.contents = QListWidget()
        self.contents.addItems([page_title(self.folder / name) for name in self.pages])
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_page")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        # Pages read left to right whatever the app's language: they are in English.
        self.browser.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browser.setSearchPaths([str(self.folder)])
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self.show_page)
        if not self.pages:
            self.browser.setPlainText(
                translate("UserGuide", "The user guide is missing from this copy of fxmargin.")
            )
        else:
            self.contents.setCurrentRow(0)
        self.resize(960, 640)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.browser.setMarkdown(page_markdown(self.folder / self.pages[row]))
            self.fit_pictures()
            self.browser.verticalScrollBar().setValue(0)

    def fit_pictures(self) -> None:
        """Each picture as wide as the page at most (a 1440-pixel screenshot scrolled the
        page sideways), its proportions kept."""
        room = max(self.browser.viewport().width() - 24, 200)
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            for fragment in _fragments(block):
                picture = fragment.charFormat().toImageFormat()
                if not picture.isValid():
                    continue
                image = QImage(str(self.folder / picture.name()))
                if image.isNull() or image.width() <= room:
                    continue
                picture.setWidth(room)
                picture.setHeight(image.height() * room / image.width())
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(picture)
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        """A link to another page opens it; any other link is not followed (the guide is
        offline, and its pages point to nothing outside fxmargin)."""
        name = Path(url.path()).name
        if name in self.pages:
            self.contents.setCurrentRow(self.pages.index(name))
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    found = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            found.append(fragment)
        it += 1
    return found


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for each menu action with keys, then the panels' own keys."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((", ".join(keys), action.text().replace("&", "")))
    rows += [
        (
            QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
            translate("Shortcuts", what),
        )
        for keys, what in PANEL_KEYS
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(
            [translate("Shortcuts", "Keys"), translate("Shortcuts", "What they do")]
        )
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 480)
