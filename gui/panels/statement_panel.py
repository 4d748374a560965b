"""What an imported MetaTrader statement held: the account's history, the terminal's printed
figures beside fxmargin's (a difference over a cent marked), the symbols still to map, and the
notes on what was skipped or guessed."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.formatting import format_money
from core.model.instruments import catalog
from core.overview.dashboard import Dashboard
from gui.common.field_marks import make_bold, make_quiet, set_role, set_text
from gui.common.wheel_guard import guarded
from gui.i18n import say
from gui.scenario_controller import ScenarioController


class StatementPanel(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Imported statement"), parent)
        self.setObjectName("statement_panel")
        self.controller = controller
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("statement_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # First, in words: whether fxmargin's figures are the terminal's, and if not, why.
        self.verdict = QLabel()
        self.verdict.setObjectName("statement_verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)

        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(8)
        titles = ("", self.tr("Statement"), "fxmargin", self.tr("Difference"))
        self.headers: list[QLabel] = []
        for column, title in enumerate(titles):
            header = QLabel(title)
            self.headers.append(header)
            header.setWordWrap(True)  # on two lines in a language of long words, not wider
            make_quiet(header)
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figures.addWidget(header, 0, column)
        self.figure_cells: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        layout.addLayout(self.figures)
        self.search_again = QPushButton(self.tr("Find the broker's rule again"))
        self.search_again.setObjectName("find_rule_again")
        self.search_again.setToolTip(
            self.tr(
                "Search again for the leverage, margin price, hedging and caps that reproduce "
                "the printed margin, with the prices, the leverage and the scheme as you have "
                "them now (a leverage you changed and a preset you picked are kept)"
            )
        )
        self.search_again.clicked.connect(controller.find_rule_again)
        layout.addWidget(self.search_again, 0, Qt.AlignmentFlag.AlignLeft)

        self.mapping_box = QWidget()
        self.mapping = QVBoxLayout(self.mapping_box)
        self.mapping.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mapping_box)
        self._mapping_rows: dict[str, QComboBox] = {}

        self.notes = QLabel()
        self.notes.setObjectName("statement_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.notes)

        controller.statement_imported.connect(self._show_import)
        controller.evaluated.connect(self._show_figures)
        controller.problems_changed.connect(self._show_problems)
        controller.document_replaced.connect(self._refresh)
        controller.positions_changed.connect(self._show_mapping)
        self._refresh()

    def _refresh(self) -> None:
        self._show_import(self.controller.imported)
        self._show_mapping()
        if self.controller.dashboard is not None and self.controller.is_valid:
            self._show_figures(self.controller.dashboard)
        else:
            self._show_problems()

    def _show_import(self, _: object = None) -> None:
        imported = self.controller.imported
        printed = self.controller.printed_figures()
        self.setVisible(imported is not None or bool(printed))
        self.search_again.setVisible(imported is not None)
        source = self.controller.value(("source",), {}) or {}
        live = isinstance(source, dict) and bool(source.get("live"))
        # A live reading is the terminal's, not a statement's: say whose figures they are.
        self.setTitle(self.tr("MetaTrader 5, live") if live else self.tr("Imported statement"))
        set_text(self.headers[1], self.tr("Terminal") if live else self.tr("Statement"))
        if live:
            text = self.tr(
                "Live from MetaTrader 5: {server}, account {account}, read at {time}"
            ).format(
                server=source.get("server", ""),
                account=source.get("account", ""),
                time=source.get("time", ""),
            )
        elif isinstance(source, dict) and source:
            # A file name may break after its separators, or it would widen the whole column.
            file_name = re.sub(r"([_\-.])", "\\1\u200b", str(source.get("file", "")))
            what = (
                self.tr("{platform} statement {file}")
                .format(platform=source.get("platform", ""), file=file_name)
                .strip()
            )
            account = (
                self.tr(", account {account}").format(account=source["account"])
                if source.get("account")
                else ""
            )
            when = f", {source['time']}" if source.get("time") else ""
            text = f"{what}{account}{when}"
        else:
            text = ""
        if imported is not None:
            s = imported.statement
            lots = f"{s.closed_lots:g}"
            counts = (
                self.tr("1 open position")
                if len(s.positions) == 1
                else self.tr("{count} open positions").format(count=len(s.positions)),
                self.tr("1 closed trade ({lots} lots)").format(lots=lots)
                if s.closed_trades == 1
                else self.tr("{count} closed trades ({lots} lots)").format(
                    count=s.closed_trades, lots=lots
                ),
                self.tr("1 pending order")
                if s.pending_orders == 1
                else self.tr("{count} pending orders").format(count=s.pending_orders),
            )
            text += "\n" + "; ".join(counts)
            notes = "".join(f"&bull; {html.escape(say(note))}<br>" for note in imported.notes)
            set_text(self.notes, notes)
        else:
            set_text(self.notes, "")
        self.notes.setVisible(bool(self.notes.text()))
        set_text(self.summary, text, numbers=False)  # the file's name, account and time

    def _show_problems(self, _: object = None) -> None:
        """A scenario that cannot be computed: the printed figures alone, none of fxmargin's."""
        if self.controller.is_valid:
            return
        printed = self.controller.printed_figures()
        for key, cells in self.figure_cells.items():
            value = printed.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                set_text(cells[1], format_money(value))
            for cell in cells[2:]:
                set_text(cell, "-")
            set_role(cells[3], "agrees")
            cells[3].setToolTip("")
        self._show_verdict(None)

    def _show_verdict(self, dashboard: Dashboard | None) -> None:
        if self.controller.imported is None and not self.controller.printed_figures():
            # No statement, nothing printed, no headline; the statement code stays unloaded.
            self.verdict.hide()
            return
        from core.statements.reproduction import verdict

        figures = dashboard.printed if dashboard is not None else None
        said = verdict(
            self.controller.imported,
            self.controller.value((), {}),
            figures,
            self.controller.problems,
        )
        self.verdict.setVisible(said is not None)
        if said is None:
            return
        set_text(self.verdict, say(said.headline))
        set_role(
            self.verdict,
            {"reproduced": "state-ok", "near": "state-call"}.get(said.state, "state-stop"),
        )

    def _show_figures(self, dashboard: Dashboard) -> None:
        figures = dashboard.printed
        shown = set()
        for row, figure in enumerate(figures, start=1):
            cells = self.figure_cells.get(figure.key)
            if cells is None:
                cells = (QLabel(say(figure.label)), QLabel(), QLabel(), QLabel())
                cells[0].setWordWrap(True)
                for column, cell in enumerate(cells):
                    if column:
                        cell.setAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    self.figures.addWidget(cell, row, column)
                make_bold(cells[2])
                if figure.key in ("equity", "free_margin", "floating_pnl"):
                    cells[2].setToolTip(
                        self.tr(
                            "Added up as the terminal does: each position's P/L rounded to the "
                            "cent (a yen) first, as the positions table shows it. The Results "
                            "panel adds them unrounded, so it may differ by a few cents."
                        )
                    )
                cells[3].setObjectName(f"difference_{figure.key}")
                self.figure_cells[figure.key] = cells
            set_text(cells[1], format_money(figure.printed))
            set_text(cells[2], format_money(figure.computed))
            set_text(cells[3], self.tr("agrees") if figure.agrees else f"{figure.difference:+,.2f}")
            set_role(cells[3], "agrees" if figure.agrees else "differs")
            cells[3].setToolTip(
                self.tr("fxmargin and the statement agree to the printed unit")
                if figure.agrees
                else self.tr(
                    "fxmargin differs from the terminal's figure by more than the printed unit "
                    "(a cent, or one yen): see the headline and the notes"
                )
            )
            shown.add(figure.key)
        for key, cells in self.figure_cells.items():
            for cell in cells:
                cell.setVisible(key in shown)
        self._show_verdict(dashboard)

    def _show_mapping(self) -> None:
        """One row per imported symbol the catalog does not know: pick the catalog's symbol."""
        unmapped = self.controller.unmapped_symbols()
        for symbol in list(self._mapping_rows):
            if symbol not in unmapped:
                row = self._mapping_rows.pop(symbol).parentWidget()
                if row is not None:
                    row.deleteLater()
        for symbol in unmapped:
            if symbol in self._mapping_rows:
                continue
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(self.tr("{symbol} is").format(symbol=symbol))
            choice = guarded(QComboBox())
            choice.setEditable(True)
            choice.addItems(sorted(catalog()))
            choice.setCurrentText("")
            completer = choice.completer()
            if completer is not None:
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            choice.setToolTip(
                self.tr(
                    "The catalog symbol the broker's {symbol} stands for; or complete its "
                    "instrument (class, base, quote, contract and pip size) in the scenario file"
                ).format(symbol=symbol)
            )
            button = QPushButton(self.tr("Map"))
            button.clicked.connect(
                lambda _=False, s=symbol, c=choice: self._map(s, c.currentText().strip().upper())
            )
            line.addWidget(label)
            line.addWidget(choice, 1)
            line.addWidget(button)
            self.mapping.addWidget(row)
            self._mapping_rows[symbol] = choice
        self.mapping_box.setVisible(bool(unmapped))

    def _map(self, broker_symbol: str, symbol: str) -> None:
        if symbol in catalog():
            self.controller.map_symbol(broker_symbol, symbol)
