"""The unlimited-leverage checklist: each rule with a tick or a cross, value, requirement, what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from core.dashboard import Dashboard
from core.money import format_leverage, format_lots, format_money
from core.scheme import UNLIMITED
from gui.scenario_controller import ScenarioController

RULE_NAMES = {
    "account_type": "Account type",
    "platform": "Platform",
    "equity": "Equity",
    "closed_trades": "Closed trades",
    "closed_lots": "Closed lots",
}


class EligibilityPanel(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__("Unlimited leverage checklist", parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(3, 1)
        layout.addLayout(self.grid)
        self.rows: list[tuple[QLabel, ...]] = []
        controller.evaluated.connect(self.show_dashboard)
        controller.problems_changed.connect(lambda _: self.setEnabled(controller.is_valid))

    def show_dashboard(self, dashboard: Dashboard) -> None:
        result = dashboard.result
        eligibility = result.eligibility
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.rows = []
        if eligibility is None:
            self.verdict.setText("This scheme has no conditions for unlimited leverage.")
            return
        if eligibility.eligible:
            self.verdict.setText("<b>Eligible</b> for unlimited leverage.")
        else:
            self.verdict.setText(
                f"<b>Not eligible</b>: picking Unlimited gives {format_leverage(result.granted_leverage)}."
                if result.selected_leverage == UNLIMITED
                else "<b>Not eligible</b> for unlimited leverage (you picked a fixed leverage)."
            )
        for row, check in enumerate(eligibility.checks):
            mark = QLabel("✔" if check.ok else "✘")
            mark.setStyleSheet(f"color: {'#2e7d32' if check.ok else '#c62828'}; font-weight: bold;")
            value = check.value
            if check.rule == "equity" and isinstance(value, float):
                shown = f"{format_money(value)} {result.scheme_currency}"
            elif check.rule == "closed_lots" and isinstance(value, float):
                shown = format_lots(value)
            else:
                shown = str(value)
            cells = (
                mark,
                QLabel(RULE_NAMES.get(check.rule, check.rule)),
                QLabel(shown),
                QLabel(check.required if check.ok else f"{check.required}: {check.missing}"),
            )
            cells[2].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[3].setWordWrap(True)
            for column, cell in enumerate(cells):
                cell.setObjectName(f"check_{check.rule}_{column}")
                self.grid.addWidget(cell, row, column)
            self.rows.append(cells)
