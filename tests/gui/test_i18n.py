"""Languages: the app speaks the one chosen (or the system's), Arabic right to left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import MainWindow
from tests.core.statement_files import mt5_html, mt5_rows

ENGLISH_MENUS = ["&File", "&Edit", "&Scheme", "&Language", "&Help"]


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("code", [c for c in i18n.LANGUAGES if c != "en"])
def test_each_language_translates_the_menus(qtbot: QtBot, speak: object, code: str) -> None:
    speak(code)  # type: ignore[operator]
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    titles = menu_titles(window)
    assert len(titles) == len(ENGLISH_MENUS)
    untranslated = [t for t, english in zip(titles, ENGLISH_MENUS, strict=True) if t == english]
    assert untranslated == []
    expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == expected


def test_english_is_the_source(qtbot: QtBot, speak: object) -> None:
    speak("en")  # type: ignore[operator]
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    assert menu_titles(window) == ENGLISH_MENUS
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("system", "spoken"),
    [
        ("pt_BR", "pt_BR"),
        ("pt_PT", "pt_BR"),
        ("es_MX", "es"),
        ("zh_CN", "zh_CN"),
        ("zh_TW", "zh_CN"),
        ("ar_EG", "ar"),
        ("th_TH", "th"),
        ("de_DE", "en"),
        ("en_GB", "en"),
    ],
)
def test_the_system_language_picks_the_nearest_one(system: str, spoken: str) -> None:
    assert i18n.system_language(QLocale(system)) == spoken


def test_the_language_menu_keeps_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.language_actions["ja"].trigger()
    assert settings.value(i18n.SETTING) == "ja"
    assert window.language_actions["ja"].isChecked()
    box = window.findChild(QMessageBox)
    assert box is not None
    assert "日本語" in box.text()
    box.close()
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    assert again.language_actions["ja"].isChecked()
    assert i18n.chosen_language(settings) == "ja"


def test_translated_choices_keep_the_documents_values(qtbot: QtBot, speak: object) -> None:
    """The levels' unit reads 金額 in Japanese but is "money" in the file; building the form
    changes nothing in the document, and choosing another word writes its value."""
    from gui.inputs.account_form import AccountForm
    from gui.scenario_controller import ScenarioController
    from gui.schemes.user_presets import UserPresets

    speak("ja")  # type: ignore[operator]
    controller = ScenarioController()
    controller.set_value(("account", "levels_in"), "money")
    form = AccountForm(controller, UserPresets())
    qtbot.addWidget(form)
    assert (form.levels_in.currentText(), form.levels_in.currentData()) == ("金額", "money")
    assert controller.value(("account", "levels_in")) == "money"
    form.levels_in.setCurrentIndex(form.levels_in.findData("percent"))
    assert controller.value(("account", "levels_in")) == "percent"
    assert form.levels_in.currentText() == "パーセント"


def test_without_compiled_translations_the_sources_are_read(
    qtbot: QtBot, speak: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An install from source or a wheel has the .ts files and no .qm: the app still speaks.
    source = i18n.translations_dir() / "fxmargin_ja.ts"
    (tmp_path / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    speak("ja")  # type: ignore[operator]
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    assert not list(tmp_path.glob("*.qm"))
    assert [t for t in menu_titles(window) if t in ENGLISH_MENUS] == []
    assert i18n.say(i18n.Message("open positions not read")) == "保有ポジションを読めませんでした"


def test_in_arabic_the_levels_pair_reads_as_one_left_to_right_unit(
    qtbot: QtBot, speak: object
) -> None:
    # Issue 22 item 10: "60% / 0%" beside a right-to-left label read "0% / 60%".
    speak("ar")  # type: ignore[operator]
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.controller.open_example()
    label = window.results.values["levels"]
    qtbot.waitUntil(lambda: "60%" in label.text())
    assert label.text() == "\u206660% / 0%\u2069"
    # Each signed figure elsewhere is isolated too: its minus stays on its left.
    assert "\u2066-0.016%\u2069" in window.results.margin_call_price.text()


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_every_language_fits_a_1024_by_600_screen(qtbot: QtBot, speak: object, code: str) -> None:
    # Issue 22 item 11 in every language: Spanish labels made the window 1,152 pixels wide at
    # least, wider than the screen, and the imported statement's panel was cut.
    speak(code)  # type: ignore[operator]
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.controller.import_statement(mt5_html(mt5_rows()), "ReportHistory.html")
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024
    assert hint.height() <= 560
