"""The main window: forms on the left, positions and plots in the middle, results on the right."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QProcess,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.files.file_fields import FieldReader
from core.files.json_files import write_atomically
from core.files.scheme_file import presets, read_scheme, scheme_fields
from core.live.mt5_link import Snapshot, Terminal, connect
from core.problems import InputError
from gui import i18n
from gui.autosave import Autosaver, pending_recoveries
from gui.i18n import QT_TRANSLATE_NOOP, local_numbers, problem_text
from gui.inputs.account_form import AccountForm
from gui.inputs.orders_table import OrdersTable
from gui.inputs.positions_table import PositionsTable
from gui.inputs.prices_table import PricesTable
from gui.live_link import LiveLink, package_missing
from gui.panels.eligibility_panel import EligibilityPanel
from gui.panels.order_panel import OrderPanel
from gui.panels.results_panel import ResultsPanel
from gui.panels.statement_panel import StatementPanel
from gui.panels.stress_panel import StressPanel
from gui.panels.tools_panel import ToolsPanel
from gui.plots.plots_panel import PlotsPanel
from gui.scenario_controller import ScenarioController
from gui.schemes.user_presets import UserPresets, ask_preset_name

if TYPE_CHECKING:
    from gui.plots.heat_map_plot import HeatMapPlot
    from gui.schemes.presets_dialog import PresetsDialog
    from gui.schemes.scheme_editor import SchemeEditor

MAX_RECENT = 8
FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow",
    "fxmargin scenarios (*.json);;MetaTrader statements (*.htm *.html *.xlsx);;All files (*)",
)
STATEMENT_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "MetaTrader statements (*.htm *.html *.xlsx);;All files (*)"
)


def fit_width(area: QScrollArea) -> None:
    """Never narrower than the content: a clipped field would hide its right-aligned number."""
    inner = area.widget()
    if inner is not None:
        area.setMinimumWidth(
            inner.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width() + 6
        )


class ColumnArea(QScrollArea):
    """A column of panels that scrolls up and down. Its content is always exactly as tall as
    its panels need at the column's width: no spare height that a layout spreads between
    them (a panel that grew, the New order's sentences, moved every panel below it, under the
    trader's pointer) and none missing (a wrapped scheme note lost its first line)."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.setWidget(inner)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that comes and goes as a panel grows narrows the whole
        # column.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        inner.installEventFilter(self)

    def fit(self) -> None:
        inner = self.widget()
        if inner is None:
            return
        width = self.viewport().width()
        height = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        height = max(height, inner.minimumSizeHint().height())
        if inner.size() != QSize(width, height):
            inner.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.fit()
        return super().eventFilter(watched, event)


def _scrolled(*widgets: QWidget) -> QScrollArea:
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        layout.addWidget(widget)
    area = ColumnArea(inner)
    fit_width(area)
    return area


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: ScenarioController | None = None,
        settings: QSettings | None = None,
        autosave: bool = False,
    ) -> None:
        super().__init__()
        self.controller = controller or ScenarioController(self)
        self.settings = settings
        self.autosaver = Autosaver(self.controller, self) if autosave else None
        self.setMinimumSize(1024, 560)

        self.user_presets = UserPresets(parent=self)
        self.account_form = AccountForm(self.controller, self.user_presets)
        self.prices_table = PricesTable(self.controller)
        self.positions_table = PositionsTable(self.controller)
        self.plots = PlotsPanel(self.controller)
        self.results = ResultsPanel(self.controller)
        self.eligibility = EligibilityPanel(self.controller)
        self.tools = ToolsPanel(self.controller)
        self.statement = StatementPanel(self.controller)
        self.order = OrderPanel(self.controller)
        self.stress = StressPanel(self.controller)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(_scrolled(self.account_form, self.order))
        # In a margin of its own, as the panels above it have: a title at the very edge lost
        # its first letter in Arabic ("أسعار السوق").
        prices_box = QWidget()
        prices_layout = QVBoxLayout(prices_box)
        prices_layout.setContentsMargins(4, 0, 4, 0)
        prices_layout.addWidget(self.prices_table)
        left.addWidget(prices_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)  # room for every needed price without scrolling
        # The book: open positions, and pending orders beside them.
        self.orders_table = OrdersTable(self.controller)
        self.book_tabs = QTabWidget()
        self.book_tabs.setObjectName("book_tabs")
        self.book_tabs.addTab(self.positions_table, "")
        self.book_tabs.addTab(self.orders_table, "")
        self.controller.positions_changed.connect(self._count_book)
        self.controller.orders_changed.connect(self._count_book)
        self._count_book()
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.book_tabs)
        self.analysis_tabs = QTabWidget()
        self.analysis_tabs.addTab(self.plots, self.tr("Plots"))
        self.analysis_tabs.addTab(self.stress, self.tr("Stress tests"))
        # The heat map is built the first time its tab is opened: a plot nobody looked at
        # costs start-up time.
        self._heat_page = QWidget()
        QVBoxLayout(self._heat_page).setContentsMargins(0, 0, 0, 0)
        self._heat_map: HeatMapPlot | None = None
        self.analysis_tabs.addTab(self._heat_page, self.tr("Heat map"))
        self.analysis_tabs.currentChanged.connect(
            lambda _: (
                self.heat_map if self.analysis_tabs.currentWidget() is self._heat_page else None
            )
        )
        middle.addWidget(self.analysis_tabs)
        middle.setStretchFactor(0, 2)
        middle.setStretchFactor(1, 3)
        middle.setSizes([260, 520])
        right = _scrolled(self.statement, self.results, self.eligibility, self.tools)
        # An imported statement's panel may need more room than the column was built with.
        self.controller.evaluated.connect(lambda _: fit_width(right))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 760, 360])
        self.setCentralWidget(self.splitter)

        self.plots.suggest = self.suggested_path
        self.plots.exported.connect(self._remember_save_dir)
        # The terminal's package, or a stand-in in tests (docs/live-link.md).
        self.live_connector: Callable[[], Terminal] = connect
        self.live: LiveLink | None = None
        self.live_status = QLabel()
        self.live_status.setObjectName("live_status")
        self.statusBar().addPermanentWidget(self.live_status)
        self._build_menus()
        self.setAcceptDrops(True)
        self.controller.dirty_changed.connect(self._update_title)
        self.controller.path_changed.connect(self._update_title)
        self._update_title()
        if settings is not None:
            self._restore()
        # Last of everything that follows a new result: see settle_layouts.
        self.controller.evaluated.connect(self.settle_layouts)

    def settle_layouts(self, _: object = None) -> None:
        """Lay out, now, what the new figures changed, so that the window is painted once.

        A label whose text changes asks its layout to be done again, later; that layout then
        asks its parent's, later still; and each pass repainted the whole results column: three
        paints per edit where one will do (docs/performance.md). The layout requests are sent
        now, until none is left (a few passes: one per level that changed size)."""
        for _ in range(8):
            if not QCoreApplication.instance():
                return
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _count_book(self) -> None:
        """The tabs say how many positions and orders there are: "Pending orders (12)"."""
        for index, rows, words in (
            (0, "positions", self.tr("Positions ({count})")),
            (1, "orders", self.tr("Pending orders ({count})")),
        ):
            found = self.controller.value((rows,), []) or []
            count = len(found) if isinstance(found, list) else 0
            self.book_tabs.setTabText(index, local_numbers(words.format(count=count)))

    # -- menus -------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))

        def action(
            text: str, slot: object, keys: QKeySequence | QKeySequence.StandardKey | None = None
        ) -> QAction:
            item = QAction(text, self)
            if keys is not None:
                item.setShortcut(keys)
            item.triggered.connect(slot)
            file_menu.addAction(item)
            return item

        action(self.tr("&New"), self.new_file, QKeySequence.StandardKey.New)
        action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        action(self.tr("&Import statement…"), self.import_dialog, QKeySequence("Ctrl+I"))
        action(self.tr("Open the &example"), self.open_example)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        file_menu.addSeparator()
        action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        action(self.tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        action(self.tr("&Export results (CSV)…"), self.export_results)
        file_menu.addSeparator()
        self.connect_action = action(self.tr("&Connect to MetaTrader 5"), self.connect_live)
        self.disconnect_action = action(self.tr("&Disconnect from MetaTrader 5"), self.stop_live)
        self.disconnect_action.setEnabled(False)
        missing = package_missing()
        if missing is not None and self.live_connector is connect:
            self.connect_action.setEnabled(False)
            self.connect_action.setToolTip(missing)
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._fill_recent()

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        # Both ways a trader knows, on every system (a platform gives one of them or both).
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.copy_text_action = edit_menu.addAction(self.tr("&Copy results"))
        self.copy_text_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_text_action.setToolTip(self.tr("Every figure of the results, as text"))
        self.copy_text_action.triggered.connect(lambda: self.copy_results())
        self.copy_csv_action = edit_menu.addAction(self.tr("Copy results as CS&V"))
        self.copy_csv_action.triggered.connect(lambda: self.copy_results(as_csv=True))
        for item in (self.copy_text_action, self.copy_csv_action):
            self.results.addAction(item)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        scheme_menu = self.menuBar().addMenu(self.tr("&Scheme"))
        for text, slot, keys in (
            (self.tr("&Edit…"), self.edit_scheme, QKeySequence("Ctrl+E")),
            (self.tr("&Save as my preset…"), self.save_scheme_as_preset, None),
            (self.tr("&My presets…"), self.manage_presets, None),
        ):
            item = scheme_menu.addAction(text)
            item.triggered.connect(slot)
            if keys is not None:
                item.setShortcut(keys)
        self._build_language_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(self.tr("&User guide"))
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_user_guide)
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About fxmargin"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)

    def _build_language_menu(self) -> None:
        """Each language under its own name; the choice is kept and spoken from the next start."""
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.chosen_language(self.settings)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            item = menu.addAction(name)
            item.setCheckable(True)
            item.setChecked(code == current)
            group.addAction(item)
            item.triggered.connect(lambda _=False, code=code: self.choose_language(code))
            self.language_actions[code] = item

    def choose_language(self, code: str) -> None:
        """Keep the language for the next start, and say so."""
        if self.settings is None:
            return
        if self.settings.value(i18n.SETTING) == code:
            return
        self.settings.setValue(i18n.SETTING, code)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("fxmargin will speak {language} from its next start.").format(
                # isolated: an Arabic name in an English sentence, or the other way round
                language=f"\u2068{i18n.LANGUAGES[code]}\u2069"
            ),
            parent=self,
        )
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.restart() if button is restart else None)
        box.open()

    def restart(self) -> bool:
        """Close (asking about unsaved work, as closing does), then start again on the same
        file, in the language just chosen. False when the trader keeps the window open."""
        if not self.close():
            return False
        # The file saved, else the statement an import came from (read again).
        path = self.controller.path or self.controller.statement_path
        program_args = [] if getattr(sys, "frozen", False) else [sys.argv[0]]
        QProcess.startDetached(sys.executable, program_args + ([str(path)] if path else []))
        QApplication.quit()
        return True

    def show_user_guide(self) -> QDialog:
        from gui.help_dialogs import UserGuide  # start-up need not load it

        dialog = UserGuide(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        from gui.help_dialogs import ShortcutsDialog

        menus = self.menuBar().findChildren(QMenu)
        actions = [a for menu in menus for a in menu.actions()]
        dialog = ShortcutsDialog(actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        from gui.about_dialog import AboutDialog  # start-up need not load it

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @property
    def heat_map(self) -> HeatMapPlot:
        """The heat map tab's plot, built on first use."""
        if self._heat_map is None:
            from gui.plots.heat_map_plot import HeatMapPlot  # start-up need not load it

            self._heat_map = HeatMapPlot(self.controller)
            self._heat_page.layout().addWidget(self._heat_map)  # type: ignore[union-attr]
        return self._heat_map

    # -- schemes -------------------------------------------------------------------

    def _scheme_fields(self) -> dict[str, object]:
        """The scenario's scheme as a JSON object: a preset's, or the inline one as it is."""
        value = self.controller.value(("scheme",))
        if isinstance(value, str):
            scheme = presets().get(value)
            return scheme_fields(scheme) if scheme is not None else {"name": value}
        return dict(value) if isinstance(value, dict) else {}

    def edit_scheme(self) -> SchemeEditor:
        """Open the scheme editor on the scenario's scheme; on Use or Save, the scenario takes
        the edited scheme (inline: it opens on any machine)."""
        from gui.schemes.scheme_editor import SchemeEditor  # start-up need not load it

        before = self._scheme_fields()
        editor = SchemeEditor(before, self.user_presets, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def use() -> None:
            scheme = editor.scheme()
            if scheme is not None and scheme_fields(scheme) != before:
                self.controller.set_scheme(scheme_fields(scheme))

        editor.accepted.connect(use)
        editor.open()
        return editor

    def save_scheme_as_preset(self) -> None:
        """Keep the scenario's scheme (say, from an imported file) among the user's presets."""
        reader = FieldReader()
        scheme = read_scheme(reader, self._scheme_fields(), "scheme")
        if scheme is None:
            QMessageBox.warning(
                self,
                self.tr("Cannot save the preset"),
                self.tr("The scheme has problems; fix them first (Scheme > Edit…):")
                + "\n"
                + "\n".join(problem_text(p) for p in reader.problems),
            )
            return
        name = ask_preset_name(self, scheme.name)
        if name is not None:
            try:
                # A new preset of the trader's own: its "Checked on" starts blank (the date
                # was the copied preset's, for its numbers, not a check of this one).
                key = self.user_presets.add(replace(scheme, name=name, checked=""))
            except OSError as error:
                QMessageBox.warning(
                    self, self.tr("Cannot save the preset"), str(error.strerror or error)
                )
                return
            self.controller.set_scheme(scheme_fields(self.user_presets.presets[key]))

    def manage_presets(self) -> PresetsDialog:
        from gui.schemes.presets_dialog import PresetsDialog  # start-up need not load it

        dialog = PresetsDialog(self.user_presets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _recent_files(self) -> list[str]:
        if self.settings is None:
            return []
        value = self.settings.value("recent_files", [])
        return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]

    def _remember(self, path: Path) -> None:
        if self.settings is None:
            return
        recent = [str(path)] + [p for p in self._recent_files() if p != str(path)]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_file", str(path))
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._recent_files()
        for path in recent:
            item = self.recent_menu.addAction(path)
            item.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(recent))

    # -- files -------------------------------------------------------------------

    def _update_title(self, _: object = None) -> None:
        path = self.controller.path
        imported = self.controller.imported
        if path:
            name = path.name
        elif imported is not None:
            name = self.tr("{file} (imported)").format(file=imported.document["source"]["file"])
        elif self.controller.is_example:
            name = self.tr("example (unsaved)")
        else:
            name = self.tr("new scenario (unsaved)")
        self.setWindowTitle(f"{name}{' *' if self.controller.dirty else ''} — fxmargin")

    def connect_live(self) -> LiveLink | None:
        """Follow the running MetaTrader 5 terminal: a reading every second (None when the
        trader keeps the scenario open instead)."""
        if self.live is None:
            if not self._may_discard():
                return None
            self.live = LiveLink(self.live_connector, parent=self)
            self.live.reading.connect(self._apply_reading)
            self.live.status.connect(self.live_status.setText)
            self.live.start()
            self.connect_action.setEnabled(False)
            self.disconnect_action.setEnabled(True)
        return self.live

    def _apply_reading(self, snapshot: Snapshot) -> None:
        self.controller.apply_live(snapshot.document)

    def stop_live(self) -> None:
        """Stop following the terminal; the last reading stays, to edit or save."""
        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None
        self.controller.live = False
        self.connect_action.setEnabled(True)
        self.disconnect_action.setEnabled(False)

    def _may_discard(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to go on."""
        if self.live is not None:
            self.stop_live()
        if not self.controller.unsaved_work:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This scenario has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if self._may_discard():
            self.controller.new_document()

    def open_example(self) -> None:
        if self._may_discard():
            self.controller.open_example()

    def open_dialog(self) -> None:
        if not self._may_discard():
            return
        start = str(self.settings.value("last_dir", "")) if self.settings is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open scenario"), start, self.tr(FILE_FILTER)
        )
        if name:
            self.open_path(Path(name), ask=False)

    def import_dialog(self) -> None:
        if not self._may_discard():
            return
        start = str(self.settings.value("last_dir", "")) if self.settings is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a MetaTrader statement"), start, self.tr(STATEMENT_FILTER)
        )
        if name:
            self.open_path(Path(name), ask=False, statement=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A scenario or a statement dropped on the window opens as File > Open would."""
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def open_path(self, path: Path, ask: bool = True, statement: bool = False) -> bool:
        """Open a scenario or a statement (``statement``: read it as one whatever it holds)."""
        if ask and not self._may_discard():
            return False
        try:
            self.controller.open_file(path, statement)
        except InputError as error:
            # A statement the reader refuses: say so, keep the open scenario as it was.
            QMessageBox.warning(
                self,
                self.tr("Cannot open this file"),
                "\n".join(problem_text(p) for p in error.problems),
            )
            return False
        self._remember(path)
        if self.settings is not None:
            self.settings.setValue("last_dir", str(path.parent))
        return True

    def save(self) -> bool:
        if self.controller.path is None:
            return self.save_as()
        return self._save_to(self.controller.path)

    def suggested_path(self, suffix: str) -> Path:
        """Where Save As and the exports start: the folder the trader last saved to (not a
        statement's: the terminal's report folder), else their documents; the file named
        after the scenario, or the statement it was imported from, else "scenario"."""
        folder = str(self.settings.value("save_dir", "")) if self.settings is not None else ""
        if not folder:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        path = self.controller.path
        source = self.controller.value(("source", "file"))
        if path is not None:
            stem = path.stem
        elif isinstance(source, str) and source:
            stem = Path(source).stem
        else:
            stem = "scenario"
        return Path(folder) / f"{stem}{suffix}"

    def save_as(self) -> bool:
        """Ask where to save (see `suggested_path`)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save scenario"),
            str(self.suggested_path(".json")),
            self.tr("fxmargin scenarios (*.json)"),
        )
        return self._save_to(Path(name)) if name else False

    def _save_to(self, path: Path) -> bool:
        try:
            self.controller.save(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), f"{path}: {error.strerror or error}")
            return False
        self._remember(path)
        if self.settings is not None:
            self.settings.setValue("last_dir", str(path.parent))
            self.settings.setValue("save_dir", str(path.parent))
        return True

    def export_results(self) -> None:
        dashboard = self.controller.dashboard
        if dashboard is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            str(self.suggested_path("-results.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            write_atomically(Path(name), self.results_csv())
            self._remember_save_dir(Path(name))

    def _remember_save_dir(self, path: Path) -> None:
        if self.settings is not None:
            self.settings.setValue("save_dir", str(path.parent))

    def results_csv(self) -> str:
        """The results as CSV (docs/desktop-app.md): every figure shown, and the stress tests."""
        dashboard = self.controller.dashboard
        if dashboard is None:
            return ""
        from core.analyses.stress_tests import stress_tests  # only for this export
        from core.files.scenario_reader import scenario_from_json
        from core.report import result_csv

        stress = dashboard.stress
        if not stress and self.controller.is_valid:
            scenario = scenario_from_json(self.controller.document)
            stress = stress_tests(scenario, self.stress.gap.value())
        return result_csv(dashboard.result, stress)

    def copy_results(self, as_csv: bool = False) -> None:
        """The results to the clipboard: as the text `fxmargin compute` prints, in the app's
        language, or as the CSV of Export results."""
        dashboard = self.controller.dashboard
        if dashboard is None:
            return
        if as_csv:
            copied = self.results_csv()
        else:
            from core.report import result_table

            copied = result_table(dashboard.result, lambda key: i18n.translate("", key))
        QApplication.clipboard().setText(copied)

    def offer_recovery(self) -> bool:
        """Offer back work that a crashed or killed session left unsaved; True if restored."""
        recoveries = pending_recoveries()
        if not recoveries:
            return False
        newest, older = recoveries[0], recoveries[1:]
        for stale in older:
            stale.discard()
        name = newest.path.name if newest.path else self.tr("a new scenario")
        answer = QMessageBox.question(
            self,
            self.tr("Restore unsaved work?"),
            self.tr(
                "fxmargin closed on {time} without saving your changes to {name}. Restore them?"
            ).format(time=newest.saved_at.replace("T", " "), name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        restored = answer == QMessageBox.StandardButton.Yes
        if restored:
            self.controller.restore(newest.document, newest.path)
        newest.discard()
        return restored

    # -- window state ------------------------------------------------------------

    def _restore(self) -> None:
        assert self.settings is not None
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        tools = self.tools
        for key, edit in (
            ("stop_pips", tools.stop_pips),
            ("risk", tools.risk),
            ("commission", tools.commission),
        ):
            value = self.settings.value(f"tools/{key}")
            if isinstance(value, str) and value:
                edit.setText(value)
        tools.risk_unit.setCurrentIndex(int(str(self.settings.value("tools/risk_unit", 0))))
        self.plots.tabs.setCurrentIndex(int(str(self.settings.value("plots/tab", 0))))
        self.plots.show_all(
            str(self.settings.value("plots/all_at_once", "false")).lower() == "true"
        )
        tools.refresh_request()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("splitter", self.splitter.saveState())
            tools = self.tools
            for key, edit in (
                ("stop_pips", tools.stop_pips),
                ("risk", tools.risk),
                ("commission", tools.commission),
            ):
                self.settings.setValue(f"tools/{key}", edit.text())
            self.settings.setValue("tools/risk_unit", tools.risk_unit.currentIndex())
            self.settings.setValue("plots/tab", self.plots.tabs.currentIndex())
            self.settings.setValue("plots/all_at_once", self.plots.stack.isVisible())

        if self.autosaver is not None:
            self.autosaver.remove()  # closed on purpose: nothing to offer back next time
        event.accept()
