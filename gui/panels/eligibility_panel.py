"""The unlimited-leverage checklist: each rule with a tick or a cross, value, requirement, what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from core.formatting import format_leverage, format_lots, format_money
from core.model.scheme import UNLIMITED
from core.overview.dashboard import Dashboard
from gui.common.field_marks import set_text
from gui.common.steady_label import hold
from gui.i18n import QT_TRANSLATE_NOOP, say
from gui.scenario_controller import ScenarioController

RULE_NAMES = {
    "account_type": QT_TRANSLATE_NOOP("EligibilityPanel", "Account type"),
    "platform": QT_TRANSLATE_NOOP("EligibilityPanel", "Platform"),
    "equity": QT_TRANSLATE_NOOP("EligibilityPanel", "Equity"),
    "closed_trades": QT_TRANSLATE_NOOP("EligibilityPanel", "Closed trades"),
    "closed_lots": QT_TRANSLATE_NOOP("EligibilityPanel", "Closed lots"),
}


class EligibilityPanel(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlimited leverage checklist"), parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(hold(self.verdict))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(3, 1)
        layout.addLayout(self.grid)
        self.rows: list[tuple[QLabel, ...]] = []
        controller.evaluated.connect(self.show_dashboard)
        controller.problems_changed.connect(lambda _: self.setEnabled(controller.is_valid))
        controller.emptied.connect(self.clear)

    def _row(self, row: int) -> tuple[QLabel, ...]:
        """The labels of one checklist row, made once and reused."""
        while len(self.rows) <= row:
            index = len(self.rows)
            cells = tuple(QLabel() for _ in range(4))
            cells[2].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[3].setWordWrap(True)
            for column, cell in enumerate(cells):
                self.grid.addWidget(hold(cell), index, column)
            self.rows.append(cells)
        return self.rows[row]

    def clear(self) -> None:
        """Another document that cannot be computed yet: no verdict of the last one stays."""
        set_text(self.verdict, "-")
        for cells in self.rows:
            for cell in cells:
                cell.hide()

    def show_dashboard(self, dashboard: Dashboard) -> None:
        result = dashboard.result
        eligibility = result.eligibility
        checks = eligibility.checks if eligibility is not None else ()
        if eligibility is None:
            verdict = self.tr("This scheme has no conditions for unlimited leverage.")
        elif eligibility.eligible:
            verdict = self.tr("<b>Eligible</b> for unlimited leverage.")
        elif result.selected_leverage == UNLIMITED:
            verdict = self.tr("<b>Not eligible</b>: picking Unlimited gives {leverage}.").format(
                leverage=say(format_leverage(result.granted_leverage))
            )
        else:
            verdict = self.tr(
                "<b>Not eligible</b> for unlimited leverage (you picked a fixed leverage)."
            )
        set_text(self.verdict, verdict)
        for row, check in enumerate(checks):
            value = check.value
            if check.rule == "equity" and isinstance(value, float):
                shown = f"{format_money(value)} {result.scheme_currency}"
            elif check.rule == "closed_lots" and isinstance(value, float):
                shown = format_lots(value)
            else:
                shown = str(value)
            cells = self._row(row)
            required = say(check.required)
            texts = (
                "✔" if check.ok else "✘",
                self.tr(RULE_NAMES[check.rule]) if check.rule in RULE_NAMES else check.rule,
                shown,
                f"{required}: {say(check.missing)}" if check.missing else required,
            )
            for column, (cell, text) in enumerate(zip(cells, texts, strict=True)):
                cell.setObjectName(f"check_{check.rule}_{column}")
                set_text(cell, text)
            colour = "#2e7d32" if check.ok else "#c62828"
            style = f"color: {colour}; font-weight: bold;"
            if cells[0].styleSheet() != style:
                cells[0].setStyleSheet(style)
            for cell in cells:
                cell.show()
        for cells in self.rows[len(checks) :]:
            for cell in cells:
                cell.hide()

    def visible_rows(self) -> list[tuple[QLabel, ...]]:
        return [cells for cells in self.rows if not cells[0].isHidden()]
