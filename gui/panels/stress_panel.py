"""Stress tests: the account after each what-if market move, in a table (computed by the core
while the table is on screen)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.analyses.stress_tests import DEFAULT_GAP_PIPS, StressRow
from core.formatting import format_money
from core.overview.dashboard import Dashboard
from gui.common.field_marks import make_quiet
from gui.common.wheel_guard import guarded
from gui.i18n import QT_TRANSLATE_NOOP, local_numbers, say
from gui.scenario_controller import ScenarioController

COLUMNS = (
    QT_TRANSLATE_NOOP("StressPanel", "What if"),
    QT_TRANSLATE_NOOP("StressPanel", "Equity"),
    QT_TRANSLATE_NOOP("StressPanel", "Margin"),
    QT_TRANSLATE_NOOP("StressPanel", "Level"),
    QT_TRANSLATE_NOOP("StressPanel", "Change"),
    QT_TRANSLATE_NOOP("StressPanel", "State"),
)
"""Free margin is equity - margin; it is in the exported CSV, left out here for room."""
STATE_COLOURS = {"margin call": QColor(249, 168, 37, 110), "stop out": QColor(198, 40, 40, 110)}
"""Translucent: readable under light and dark themes."""
STATES = {
    "ok": QT_TRANSLATE_NOOP("StressPanel", "ok"),
    "margin call": QT_TRANSLATE_NOOP("StressPanel", "MARGIN CALL"),
    "stop out": QT_TRANSLATE_NOOP("StressPanel", "STOP OUT"),
}


def row_cells(row: StressRow) -> list[str]:
    """A stress row as the table shows it: money to the cent."""
    level = (
        QCoreApplication.translate("StressPanel", "none")
        if row.margin_level is None
        else f"{row.margin_level:,.2f}%"
    )
    change = ("+" if row.equity_change >= 0 else "-") + format_money(abs(row.equity_change))
    return [
        say(row.name),
        format_money(row.equity),
        format_money(row.margin),
        level,
        change,
        QCoreApplication.translate("StressPanel", STATES[row.state]),
    ]


class StressPanel(QWidget):
    """The stress table; the weekend gap is typed in pips."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.gap = guarded(QDoubleSpinBox())
        self.gap.setObjectName("gap_pips")
        self.gap.setRange(0.0, 100_000.0)
        self.gap.setDecimals(1)
        self.gap.setValue(DEFAULT_GAP_PIPS)
        self.gap.setSuffix(self.tr(" pips"))
        self.gap.setToolTip(
            self.tr(
                "A weekend gap: every symbol opens this many of its pips against your net "
                "position in it (0: no gap row)."
            )
        )
        self.gap.valueChanged.connect(self._request)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Weekend gap")))
        top.addWidget(self.gap)
        self.currency_note = QLabel()
        make_quiet(self.currency_note)
        self.currency_note.setWordWrap(True)  # on two lines in a narrow column, never cut
        top.addWidget(self.currency_note, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("stress_table")
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        rows_height = self.table.fontMetrics().height() + 6
        self.table.verticalHeader().setDefaultSectionSize(rows_height)
        level_header = self.table.horizontalHeaderItem(3)
        if level_header is not None:
            level_header.setToolTip(self.tr("Margin level: equity / margin x 100%"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(
            self.tr(
                "Each row re-prices the whole account with every rule (tiers, eligibility, "
                "conversions): each symbol alone moved; the account currency stronger or weaker "
                "against every other currency at once; each spread widened to the one that "
                "brings a margin call; a weekend gap against every position at once. In the "
                "results CSV too."
            )
        )
        note.setWordWrap(True)
        make_quiet(note)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        controller.evaluated.connect(self.show_dashboard)
        controller.emptied.connect(lambda: self.table.setRowCount(0))

    # Computed only while on screen: a table nobody looks at costs every edit time.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._request()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.controller.set_request(replace(self.controller.request, stress_gap_pips=None))

    def _request(self, _: object = None) -> None:
        if self.isVisible():
            self.controller.set_request(
                replace(self.controller.request, stress_gap_pips=self.gap.value())
            )

    def show_dashboard(self, dashboard: Dashboard) -> None:
        if not self.isVisible():
            return
        rows = dashboard.stress
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            colour = STATE_COLOURS.get(row.state)
            for c, text in enumerate(row_cells(row)):
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(r, c, item)
                item.setText(local_numbers(text))
                if c == 0:
                    item.setToolTip(text)
                else:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setBackground(QBrush(colour) if colour is not None else QBrush())
        currency = next(
            (str(row.name.values["currency"]) for row in rows if row.kind == "currency"), None
        )
        amounts = self.tr("amounts in {currency}").format(currency=dashboard.result.currency)
        self.currency_note.setText(
            amounts
            + (
                self.tr("; the currency rows move {currency}").format(currency=currency)
                if currency
                else ""
            )
        )
