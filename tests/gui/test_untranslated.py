"""No English left behind: in each language, every text the main window, the scheme editor
and the import panel show (labels, buttons, titles, tabs, lists, headers, placeholders,
tooltips, axis labels) is in that language.

A text passes when each of its English-looking words (ASCII letters only, two or more) is
one the language's own translations use (loanwords such as "pips", "Bid", "margin call"
where a language keeps them) or a deliberate exception: data the trader typed or the file
holds, and names that are not translated (symbols, currencies, platforms, products).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core.model.choices import ACCOUNT_TYPES
from core.model.instruments import catalog
from core.resources import resources_dir
from gui import i18n
from gui.main_window import MainWindow
from tests.core.statement_files import mt4_statement

LANGUAGES = [code for code in i18n.LANGUAGES if code != "en"]
WORD = re.compile(r"[^\W\d_]+")
TAG = re.compile(r"<[^>]+>")
PLACE = re.compile(r"\{\w*\}")

# Deliberate exceptions: what is not translated, and why.
NAMES = {
    # the product, its libraries and file formats
    "fxmargin", "qt", "pyside", "mit", "gnu", "lgpl", "png", "csv", "json", "xlsx", "htm",
    "html", "utf",
    # platforms and brokers, as they call themselves
    "metatrader", "mt", "webtrader", "exness", "fbs", "xm", "fxtm", "fxpro", "alpari",
    "roboforex", "justmarkets",
    # placeholders that are formats, not words
    "yyyy", "mm", "dd",
}  # fmt: skip
"""Each language may keep these as they are. The scheme file's own words (all, none, net,
larger_leg) that labels quote pass because each translation quotes them too."""
DATA_WIDGETS = {"scheme", "scheme_note", "statement_summary", "statement_notes"}
"""Widgets that show data: the broker presets' names and descriptions (quoted from the
brokers' published terms), the imported file's name, account and the notes' quoted values."""


def translation_words(code: str) -> set[str]:
    """Every word the language's own translations use, loanwords included."""
    root = ElementTree.parse(resources_dir() / "translations" / f"fxmargin_{code}.ts").getroot()
    words: set[str] = set()
    for translation in root.iter("translation"):
        # Not the {placeholders} nor the <b> tags: they are code, not the language's words.
        said = TAG.sub(" ", PLACE.sub(" ", translation.text or ""))
        words.update(w.lower() for w in WORD.findall(said))
    return words


def data_words() -> set[str]:
    """Symbols and currencies: the catalog's own names."""
    words = set()
    for symbol, instrument in catalog().items():
        words.update(w.lower() for w in WORD.findall(symbol))
        words.update({instrument.base.lower(), instrument.quote.lower()})
    # Account types are typed as the file takes them (the drop-down's items, and the default
    # its empty field shows greyed).
    for account_type in ACCOUNT_TYPES:
        words.update(w.lower() for w in WORD.findall(account_type))
    # The Language menu lists each language under its own name.
    for name in i18n.LANGUAGES.values():
        words.update(w.lower() for w in WORD.findall(name))
    return words


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a widget under ``root`` can show."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}({widget.objectName()})"
        if widget.objectName() in DATA_WIDGETS:
            continue
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            texts += [widget.prefix(), widget.suffix()]  # type: ignore[attr-defined]
        if isinstance(widget, QDialog | QMainWindow):
            texts.append(widget.windowTitle())
        if isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    texts.append(value if isinstance(value, str) else "")
        if isinstance(widget, pg.PlotWidget):
            item = widget.getPlotItem()
            for side in ("left", "bottom", "top", "right"):
                texts.append(str(item.getAxis(side).labelText or ""))
            if item.legend is not None:
                texts += [label.text for _, label in item.legend.items]
        for text in texts:
            if text:
                yield where, text


def untranslated(root: QWidget, allowed: set[str]) -> list[str]:
    found = []
    for where, text in widget_texts(root):
        plain = html.unescape(TAG.sub(" ", text))
        english = [
            word
            for word in WORD.findall(plain)
            if word.isascii() and len(word) > 1 and word.lower() not in allowed
        ]
        if english:
            found.append(f"{where}: {text!r} ({', '.join(english)})")
    return sorted(set(found))


def everything_built(qtbot: QtBot, window: MainWindow) -> None:
    """Open every tab once: plots and the heat map are built when first shown."""
    for index in range(window.analysis_tabs.count()):
        window.analysis_tabs.setCurrentIndex(index)
        for plot_index in range(window.plots.tabs.count()):
            window.plots.tabs.setCurrentIndex(plot_index)
    window.analysis_tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.controller.dashboard is not None)


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_is_left_in_the_window_the_editor_or_the_import_panel(
    qtbot: QtBot, speak: object, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    speak(code)  # type: ignore[operator]
    # Closing the window with the imported statement unsaved asks; the answer is: discard.
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)
    # The file's name and the broker's symbol the statement holds are data too.
    allowed = translation_words(code) | data_words() | NAMES | {"statement", "htm", "zztop"}
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    # A statement with a symbol the catalog does not know: the import panel shows its
    # figures, its notes and a row to map the symbol.
    statement = tmp_path / "Statement.htm"
    statement.write_bytes(mt4_statement().replace("EURUSDm", "ZZTOP.x").encode("cp1252"))
    assert window.open_path(statement, ask=False)
    window.show()
    qtbot.waitUntil(lambda: bool(window.statement._mapping_rows))
    # Until the symbol is mapped the scenario cannot be computed: the results list what to fix.
    qtbot.waitUntil(lambda: window.results.problems.isVisible())
    found = untranslated(window, allowed)
    window.controller.map_symbol("ZZTOP.x", "EURUSD")
    everything_built(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.statement.figure_cells))
    editor = window.edit_scheme()
    qtbot.addWidget(editor)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
    found += untranslated(window, allowed) + untranslated(editor, allowed)
    found = sorted(set(found))
    assert found == [], f"{len(found)} untranslated texts in {code}:\n" + "\n".join(found)


def test_the_check_finds_english(qtbot: QtBot, speak: object) -> None:
    """The check itself: English in a Japanese window is found, a loanword is not."""
    speak("ja")  # type: ignore[operator]
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Type a symbol and lots", widget)
    QLabel("1.08500 EURUSD 20 pips", widget)
    found = untranslated(widget, translation_words("ja") | data_words() | NAMES)
    assert len(found) == 1
    assert "Type, symbol, and, lots" in found[0]


def test_the_app_is_not_english_only_in_a_language(qtbot: QtBot, speak: object) -> None:
    """A window left all in English by a translator that failed to load would pass the
    check for a Latin-script language only by luck; the labels must differ from English."""
    speak("es")  # type: ignore[operator]
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    assert window.results.title() != "Results"
    assert QApplication.translate("ResultsPanel", "Free margin") == "Margen libre"
