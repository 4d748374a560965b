"""The app's languages: which one to speak, and loading its translation at start-up.

Translations are Qt Linguist files: ``resources/translations/fxmargin_<code>.ts`` are the
sources (``build/translations.py update`` refreshes them from the code), and the build
compiles them to ``.qm`` files beside them (``build/translations.py release``), which are
what the app loads. Where no ``.qm`` was compiled (an install from source or a wheel), the
app reads the ``.ts`` itself. A language is chosen in the Language menu and kept in the settings;
until one is chosen, the system's language is used when the app has it, else English.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from core.messages import Message, text
from core.problems import Problem
from core.resources import resources_dir

# Each language under its own name, as a trader looks for it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "id": "Bahasa Indonesia",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "ru": "Русский",
    "ja": "日本語",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
SETTING = "language"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation in ``context`` and returns it as it is; translate it
    where it is shown (``QCoreApplication.translate(context, source)`` or ``self.tr``). Qt's own
    is typed as returning ``object``."""
    return source


STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)
"""The standard buttons' words, as Qt asks for them: Qt's own translations have no
Indonesian, Vietnamese or Thai, so the app's carry them (Qt's win where it has them)."""


translate = QCoreApplication.translate
"""``translate("Context", "text")``: the text in the app's language (lupdate reads the call)."""


NUMBER = re.compile(
    r"(?<![\w.,])([-+\u2212]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(%?)(?![.,]?\d)"
)
"""A number as the core writes it, with its thousands commas or its decimal point (1,234.50,
1.08500), its sign and percent; not a date (2024.03.05), a version (6.12.0) nor a leverage
(1:500)."""
ISOLATE = "\u2066{}\u2069"
"""Left-to-right isolation: in a right-to-left text a number keeps its sign on its left."""


def isolated(text: str) -> str:
    """``text`` kept whole, left to right, in a right-to-left window: a pair of figures such
    as ``60% / 0%`` reads in the order of its label, as numbers are read in Arabic."""
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return ISOLATE.format(text)
    return text


def local_numbers(
    text: str, locale: QLocale | None = None, right_to_left: bool | None = None
) -> str:
    """The core's numbers in ``text`` with the locale's separators: 1,234.50 reads 1.234,50
    in German and 1 234,50 in French. In a right-to-left window each number is isolated left
    to right, so that -96.00 does not read 96.00-."""
    locale = locale or QLocale()
    if right_to_left is None:
        right_to_left = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if (group, point) == (",", ".") and not right_to_left:
        return text
    swap = str.maketrans({",": group, ".": point})

    def local(match: re.Match[str]) -> str:
        number = match.group(1) + match.group(2).translate(swap) + match.group(3)
        return ISOLATE.format(number) if right_to_left else number

    return NUMBER.sub(local, text)


def say(message: Message | str) -> str:
    """What the core says (a problem, a warning, a note), in the app's language."""
    return text(message, lambda key: QCoreApplication.translate("", key))


def problem_text(problem: Problem) -> str:
    """A problem as a message box lists it: where, then what, in the app's language."""
    message = say(problem.message)
    return f"{problem.where}: {message}" if problem.path else message


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """The app's language nearest the system's: its exact name (pt_BR, zh_CN), else the
    language alone (es_MX -> es), else English."""
    name = (locale or QLocale.system()).name()  # e.g. "pt_BR"
    if name in LANGUAGES:
        return name
    language = name.split("_")[0]
    if language in LANGUAGES:
        return language
    # Portuguese and Chinese elsewhere than Brazil and the mainland: the one we have.
    return next((code for code in LANGUAGES if code.split("_")[0] == language), "en")


def chosen_language(settings: QSettings | None) -> str:
    """The language kept in the settings, else the system's."""
    saved = settings.value(SETTING) if settings is not None else None
    return saved if isinstance(saved, str) and saved in LANGUAGES else system_language()


class SourceTranslator(QTranslator):
    """A language read straight from its ``.ts`` source: what the compiled ``.qm`` would
    give, for an install that did not compile it."""

    def __init__(self, path: Path, parent: QApplication) -> None:
        super().__init__(parent)
        self.texts: dict[tuple[str, str], str] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source and translation is not None and translation.get("type") is None:
                    self.texts[(name, source)] = translation.text or ""

    def translate(
        self, context: str, source: str, _disambiguation: str | None = None, _n: int = -1
    ) -> str:
        return self.texts.get((context, source), "")

    def isEmpty(self) -> bool:
        return not self.texts


def app_translator(app: QApplication, code: str) -> QTranslator | None:
    """The app's translation into ``code``: the compiled one, else its source."""
    translator = QTranslator(app)
    if translator.load(f"fxmargin_{code}", str(translations_dir())):
        return translator
    source = translations_dir() / f"fxmargin_{code}.ts"
    return SourceTranslator(source, app) if source.exists() else None


def install(app: QApplication, code: str) -> list[QTranslator]:
    """Speak ``code``: the app's translation, Qt's own (the buttons of standard dialogs) when
    it is there, and right-to-left where it is written so. Numbers keep the system's
    format: a trader reading English in Germany still writes 1.234,5. Returns the
    translators installed (the application owns them; a caller may remove them again)."""
    installed: list[QTranslator] = []
    if code != "en":
        own = app_translator(app, code)
        qt = QTranslator(app)
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for translator in (own, qt if qt.load(f"qtbase_{code}", str(qt_folder)) else None):
            if translator is not None:
                app.installTranslator(translator)
                installed.append(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    return installed
