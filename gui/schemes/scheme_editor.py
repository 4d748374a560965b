"""Scheme -> Edit…: every rule of a broker's scheme in forms and tables, checked as typed.

The editor holds what the trader typed and turns it into the scheme's JSON object (docs/scenario-files.md)
on every edit. The core's reader checks it; each problem is shown on the cell or field it
names, in the trader's words ("Equity tiers, row 2, From: ..."), and the step charts redraw
from the tiers that read cleanly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.files.file_fields import FieldReader
from core.files.scheme_file import read_scheme, read_tiers
from core.formatting import format_amount
from core.messages import Message
from core.model.choices import ACCOUNT_TYPES, CURRENCIES, LEVERAGES
from core.model.instruments import FOREX_GROUPS, INSTRUMENT_CLASSES
from core.model.scheme import OTHER, Ladder, Scheme
from core.problems import FieldPath, Problem
from gui.common.field_marks import make_quiet, mark, set_role
from gui.common.number_text import leverage_text, number_text, parse_leverage, parse_number
from gui.common.wheel_guard import guarded
from gui.i18n import QT_TRANSLATE_NOOP, say, translate
from gui.schemes.leverage_chart import LeverageChart
from gui.schemes.rows_table import RowsTable
from gui.schemes.user_presets import UserPresets, ask_preset_name

ALL = "all"
"""The key a table row uses for a rule that covers every position."""
LEVERAGE_CHOICES = ["unlimited", *(str(n) for n in LEVERAGES)]
CLASS_KEYS = [*FOREX_GROUPS, *INSTRUMENT_CLASSES]
HEDGING_RULES = ["none", "net", "larger_leg", "0.5", "0.25"]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "margin_price": [
        ("current", QT_TRANSLATE_NOOP("SchemeEditor", "at the current price")),
        ("open", QT_TRANSLATE_NOOP("SchemeEditor", "at the open price")),
    ],
    "apply_to": [
        ("all", QT_TRANSLATE_NOOP("SchemeEditor", "all positions")),
        ("new", QT_TRANSLATE_NOOP("SchemeEditor", "new positions only")),
    ],
    "volume_unit": [
        ("notional", QT_TRANSLATE_NOOP("SchemeEditor", "notional (account currency)")),
        ("lots", QT_TRANSLATE_NOOP("SchemeEditor", "lots")),
    ],
    "volume_scope": [
        ("account", QT_TRANSLATE_NOOP("SchemeEditor", "the whole account")),
        ("group", QT_TRANSLATE_NOOP("SchemeEditor", "each group (major, minor, exotic, metal…)")),
        ("class", QT_TRANSLATE_NOOP("SchemeEditor", "each class (forex, metal, index…)")),
        ("symbol", QT_TRANSLATE_NOOP("SchemeEditor", "each symbol")),
    ],
    "volume_count": [
        ("margined", QT_TRANSLATE_NOOP("SchemeEditor", "margined lots (after hedging)")),
        ("larger_side", QT_TRANSLATE_NOOP("SchemeEditor", "the larger of buys and sells")),
        ("gross", QT_TRANSLATE_NOOP("SchemeEditor", "buys and sells together")),
    ],
}
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("SchemeEditor", "Name"),
    "description": QT_TRANSLATE_NOOP("SchemeEditor", "Description"),
    "source": QT_TRANSLATE_NOOP("SchemeEditor", "Source"),
    "checked": QT_TRANSLATE_NOOP("SchemeEditor", "Checked on"),
    "margin_price": QT_TRANSLATE_NOOP("SchemeEditor", "Margin priced"),
    "apply_to": QT_TRANSLATE_NOOP("SchemeEditor", "Tiers apply to"),
    "volume_unit": QT_TRANSLATE_NOOP("SchemeEditor", "Volume counted in"),
    "volume_scope": QT_TRANSLATE_NOOP("SchemeEditor", "Counted over"),
    "volume_count": QT_TRANSLATE_NOOP("SchemeEditor", "Counting"),
    "account_types": QT_TRANSLATE_NOOP("SchemeEditor", "Account types"),
    "platforms": QT_TRANSLATE_NOOP("SchemeEditor", "Platforms"),
    "max_equity": QT_TRANSLATE_NOOP("SchemeEditor", "Equity below"),
    "min_closed_trades": QT_TRANSLATE_NOOP("SchemeEditor", "Closed trades at least"),
    "min_closed_lots": QT_TRANSLATE_NOOP("SchemeEditor", "Closed lots at least"),
    "fallback": QT_TRANSLATE_NOOP("SchemeEditor", "Fallback"),
}
"""What the editor calls each field, in problems ("Unlimited: Equity below: ...")."""


@dataclass(frozen=True)
class Place:
    """Where a field of the scheme's JSON sits in the editor, and what the trader calls it."""

    label: str
    widget: QWidget
    table: RowsTable | None = None
    row: int = -1
    column: int | None = None


class SchemeEditor(QDialog):
    """Edits one scheme; ``scheme()`` is the result once accepted."""

    def __init__(
        self,
        fields: dict[str, Any],
        user_presets: UserPresets,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit broker scheme"))
        self.user_presets = user_presets
        self.problems: list[Problem] = []
        self._places: dict[FieldPath, Place] = {}
        self._loading = True

        general = QFormLayout()
        general.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.lines = self._lines(
            general,
            ("name", self.tr("&Name"), self.tr("The scheme's name, as the scheme list shows it.")),
            ("description", self.tr("&Description"), self.tr("One line on what the rules are.")),
            (
                "source",
                self.tr("&Source"),
                self.tr("Where the numbers come from: the broker's page or e-mail."),
            ),
            (
                "checked",
                self.tr("C&hecked on"),
                self.tr("The date you last read the source (YYYY-MM-DD)."),
            ),
        )
        self.lines["checked"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.combos: dict[str, QComboBox] = {}
        self.currency = guarded(QComboBox())
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setToolTip(
            self.tr("The currency the scheme's equity and notional limits are in.")
        )
        self.currency.currentTextChanged.connect(self._edited)
        basis_row = QHBoxLayout()
        basis_row.addWidget(self.currency)
        basis_label = QLabel(self.tr("Margin p&riced"))
        basis_label.setBuddy(self._choice("margin_price"))
        basis_row.addWidget(basis_label)
        basis_row.addWidget(self.combos["margin_price"], 1)
        currency_label = QLabel(self.tr("C&urrency"))
        currency_label.setBuddy(self.currency)
        general.addRow(currency_label, basis_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._equity_tab(), self.tr("&Equity tiers"))
        self.tabs.addTab(self._volume_tab(), self.tr("&Volume tiers"))
        self.tabs.addTab(self._hedging_tab(), self.tr("Hedging and &caps"))
        self.tabs.addTab(self._unlimited_tab(), self.tr("Unlimited and &levels"))

        self.problem_list = QLabel()
        self.problem_list.setWordWrap(True)
        self.problem_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.problem_list, "problems")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(
            self.tr("&Use in this scenario"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = QPushButton(self.tr("Save as &my preset…"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_as_preset)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.buttons)
        self.resize(820, 720)
        self.load(fields)

    # -- building ----------------------------------------------------------------

    def _lines(self, form: QFormLayout, *specs: tuple[str, str, str]) -> dict[str, QLineEdit]:
        """One line edit per (key, label, tooltip), added to ``form``."""
        lines: dict[str, QLineEdit] = {}
        for key, label, tip in specs:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setToolTip(tip)
            edit.textEdited.connect(self._edited)
            lines[key] = edit
            form.addRow(label, edit)
        return lines

    def _choice(self, key: str) -> QComboBox:
        combo = guarded(QComboBox())
        combo.setObjectName(key)
        for value, text in CHOICES[key]:
            combo.addItem(self.tr(text), value)
        combo.currentIndexChanged.connect(self._edited)
        self.combos[key] = combo
        return combo

    def _table(self, columns: list[str], new_row: list[str], **kwargs: Any) -> RowsTable:
        table = RowsTable(columns, new_row, **kwargs)
        table.edited.connect(self._edited)
        return table

    def _equity_tab(self) -> QWidget:
        self.equity_tiers = self._table(
            [self.tr("From (equity)"), self.tr("Leverage 1:")],
            ["", "500"],
            choices={1: LEVERAGE_CHOICES},
            tips={0: self.tr("The equity at which this tier starts; the first starts at 0.")},
        )
        self.equity_chart = LeverageChart()
        return self._ladder_page(
            self.tr("The leverage the account gets at each level of equity. No rows: none."),
            self.equity_tiers,
            self.equity_chart,
            "apply_to",
        )

    def _volume_tab(self) -> QWidget:
        self.volume_tiers = self._table(
            [
                self.tr("Ladder (all, group, class or symbol)"),
                self.tr("From"),
                self.tr("Leverage 1:"),
            ],
            [ALL, "", "500"],
            choices={0: [ALL, *CLASS_KEYS, OTHER], 2: LEVERAGE_CHOICES},
            tips={
                0: self.tr(
                    "Rows with the same key form one ladder. 'all' is one ladder for every "
                    "position; with other ladders it is the ladder for the rest."
                ),
                1: self.tr(
                    "Where this tier starts, in the unit below; each ladder's first starts at 0."
                ),
            },
        )
        self.volume_chart = LeverageChart()
        return self._ladder_page(
            self.tr("Leverage by the volume of open positions, applied tier by tier."),
            self.volume_tiers,
            self.volume_chart,
            "volume_unit",
            "volume_scope",
            "volume_count",
        )

    def _ladder_page(
        self, intro: str, table: RowsTable, chart: LeverageChart, *choices: str
    ) -> QWidget:
        """A tab of tiers: what it is, the table, its options, and its live step chart."""
        form = QFormLayout()
        for key in choices:
            form.addRow(self.tr(FIELD_NAMES[key]), self._choice(key))
        return _column(QLabel(intro), table, form, chart)

    def _hedging_tab(self) -> QWidget:
        self.hedging = self._table(
            [self.tr("Class"), self.tr("Rule")],
            [ALL, "net"],
            choices={0: [ALL, *INSTRUMENT_CLASSES, OTHER], 1: HEDGING_RULES},
            tips={
                1: self.tr(
                    "none: both sides margined; net: only the difference; larger_leg: the "
                    "larger side; a number h: the share of covered lots that is margined."
                ),
            },
        )
        self.hedging.setObjectName("hedging")
        self.class_caps = self._table(
            [self.tr("Class or symbol"), self.tr("Leverage 1:")],
            ["index", "200"],
            choices={0: CLASS_KEYS},
        )
        self.class_caps.setObjectName("class_caps")
        self.restricted_cap = self._table(
            [self.tr("Class or symbol"), self.tr("Leverage 1:")],
            [ALL, "200"],
            choices={0: [ALL, *INSTRUMENT_CLASSES]},
        )
        self.restricted_cap.setObjectName("restricted_cap")
        grid = QGridLayout()
        grid.addWidget(_titled(self.tr("Hedged positions (no rows: none)"), self.hedging), 0, 0)
        grid.addWidget(
            _titled(self.tr("Highest leverage per class or symbol"), self.class_caps), 0, 1
        )
        grid.addWidget(
            _titled(self.tr("In a restricted market (news, weekends)"), self.restricted_cap), 1, 0
        )
        help_text = QLabel(
            self.tr(
                "Hedging, per class or 'all': none, both sides margined; net, only the "
                "difference; larger_leg, the larger side; a number h from 0 to 1, that share of "
                "the covered lots margined (0.5: half)."
            )
            + "\n\n"
            + self.tr(
                "From the terminal's symbol specification: MT4's hedged margin is per lot, so "
                "half the contract size is 0.5. MT5's is per covered pair: one lot's margin "
                "(hedged margin equal to the contract size) is 0.5, half a lot's is 0.25, none "
                "is net; MT5's 'calculate hedged margin using larger leg' is larger_leg."
            )
            + "\n\n"
            + self.tr(
                "Caps: an instrument never gets more leverage than its class's or its symbol's "
                "(symbols in capitals, as XAGUSD); a symbol's entry wins over its class's."
            )
            + "\n\n"
            + self.tr(
                "Restricted market: the caps for positions marked restricted, or for all when "
                "the account form's Restricted market is ticked; 'all' is one cap for every "
                "position."
            )
        )
        help_text.setWordWrap(True)
        help_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        make_quiet(help_text)
        grid.addWidget(help_text, 1, 1)
        page = QWidget()
        page.setLayout(grid)
        return page

    def _unlimited_tab(self) -> QWidget:
        self.unlimited = QGroupBox(self.tr("Unlimited leverage for eligible accounts"))
        self.unlimited.setObjectName("unlimited")
        self.unlimited.setCheckable(True)
        self.unlimited.toggled.connect(self._edited)
        form = QFormLayout(self.unlimited)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.unlimited_lines = self._lines(
            form,
            (
                "account_types",
                self.tr("Account types"),
                self.tr("Comma-separated; empty: every type."),
            ),
            (
                "platforms",
                self.tr("Platforms"),
                self.tr("Comma-separated (MT4, MT5); empty: every platform."),
            ),
            ("max_equity", self.tr("Equity below"), self.tr("Unlimited only below this equity.")),
            ("min_closed_trades", self.tr("Closed trades at least"), ""),
            ("min_closed_lots", self.tr("Closed lots at least"), ""),
            (
                "fallback",
                self.tr("Otherwise 1:"),
                self.tr("The leverage of an account that is not eligible."),
            ),
        )
        for key in ("max_equity", "min_closed_trades", "min_closed_lots", "fallback"):
            self.unlimited_lines[key].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.margin_levels = self._table(
            [self.tr("Account type"), self.tr("Margin call %"), self.tr("Stop out %")],
            ["standard", "100", "50"],
            choices={0: list(ACCOUNT_TYPES)},
        )
        self.margin_levels.setObjectName("margin_levels")
        return _column(
            self.unlimited,
            _titled(self.tr("Margin call and stop out by account type"), self.margin_levels),
        )

    # -- fields <-> widgets ---------------------------------------------------------

    def load(self, fields: dict[str, Any]) -> None:
        """Show a scheme's JSON object (valid or not) in the widgets."""
        self._loading = True
        try:
            for key, edit in self.lines.items():
                edit.setText(str(fields.get(key, "")))
                edit.setCursorPosition(0)  # a long source reads from its start
            self.currency.setEditText(str(fields.get("currency", "USD")))
            for key, combo in self.combos.items():
                index = combo.findData(fields.get(key, CHOICES[key][0][0]))
                combo.setCurrentIndex(max(index, 0))
            self.equity_tiers.set_rows(_tier_rows(fields.get("equity_tiers", [])))
            volume = fields.get("volume_tiers", [])
            ladders = volume if isinstance(volume, dict) else {ALL: volume}
            self.volume_tiers.set_rows(
                [[key, *row] for key, tiers in ladders.items() for row in _tier_rows(tiers)]
            )
            self.hedging.set_rows(_map_rows(fields.get("hedging", "none"), skip="none"))
            self.class_caps.set_rows(_map_rows(fields.get("class_caps", {}), leverage=True))
            self.restricted_cap.set_rows(_map_rows(fields.get("restricted_cap", {}), leverage=True))
            unlimited = fields.get("unlimited")
            self.unlimited.setChecked(isinstance(unlimited, dict))
            rules = unlimited if isinstance(unlimited, dict) else {"fallback": 2000}
            for key, edit in self.unlimited_lines.items():
                value = rules.get(key)
                edit.setText(
                    ", ".join(map(str, value)) if isinstance(value, list) else number_text(value)
                )
            levels = fields.get("margin_levels", {})
            self.margin_levels.set_rows(
                [
                    [str(k), number_text(v.get("margin_call")), number_text(v.get("stop_out"))]
                    for k, v in (levels.items() if isinstance(levels, dict) else [])
                    if isinstance(v, dict)
                ]
            )
        finally:
            self._loading = False
        self._checked_at_start = self.lines["checked"].text().strip()
        self._edited()

    def fields(self) -> dict[str, Any]:
        """The scheme's JSON object from what the widgets hold; records where each field is."""
        places: dict[FieldPath, Place] = {}
        fields: dict[str, Any] = {}
        self._local: list[Problem] = []
        for key, edit in self.lines.items():
            places[("scheme", key)] = Place(_label(key), edit)
            if edit.text().strip() or key == "name":
                fields[key] = edit.text().strip()
        fields["currency"] = self.currency.currentText().strip().upper()
        places[("scheme", "currency")] = Place(self.tr("Currency"), self.currency)
        for key, combo in self.combos.items():
            fields[key] = combo.currentData()
            places[("scheme", key)] = Place(_label(key), combo)

        fields["equity_tiers"] = self._tiers(
            self.equity_tiers, self.tr("Equity tiers"), ("scheme", "equity_tiers"), 0, places
        )
        fields["volume_tiers"] = self._ladders(places)
        hedging = self._keyed(
            self.hedging, self.tr("Hedging"), ("scheme", "hedging"), _hedging_rule, places
        )
        if hedging is not None:
            fields["hedging"] = hedging
        caps = self._keyed(
            self.class_caps, self.tr("Caps"), ("scheme", "class_caps"), parse_leverage, places
        )
        if caps:
            fields["class_caps"] = caps
        restricted = self._keyed(
            self.restricted_cap,
            self.tr("Restricted market"),
            ("scheme", "restricted_cap"),
            parse_leverage,
            places,
        )
        if restricted is not None and restricted != {}:
            fields["restricted_cap"] = restricted
        if self.unlimited.isChecked():
            fields["unlimited"] = self._unlimited(places)
        levels = self._levels(places)
        if levels:
            fields["margin_levels"] = levels
        self._places = places
        return fields

    def _tiers(
        self,
        table: RowsTable,
        title: str,
        path: FieldPath,
        start_column: int,
        places: dict[FieldPath, Place],
        rows: list[tuple[int, list[str]]] | None = None,
    ) -> list[dict[str, object]]:
        """Rows [from, leverage] (from ``start_column`` on) as tier objects; an empty cell
        leaves its field out, so that the core says it is missing."""
        tiers: list[dict[str, object]] = []
        chosen = rows if rows is not None else list(enumerate(table.rows()))
        places[path] = Place(title, table)
        for i, (row, cells) in enumerate(chosen):
            start, leverage = cells[start_column], cells[start_column + 1]
            tier: dict[str, object] = {}
            if start:
                tier["from"] = parse_number(start)
            if leverage:
                tier["leverage"] = parse_leverage(leverage)
            tiers.append(tier)
            where = self.tr("{table}, row {row}").format(table=title, row=row + 1)
            places[(*path, i)] = Place(where, table, table, row)
            places[(*path, i, "from")] = Place(
                self.tr("{place}, From").format(place=where), table, table, row, start_column
            )
            places[(*path, i, "leverage")] = Place(
                self.tr("{place}, Leverage").format(place=where),
                table,
                table,
                row,
                start_column + 1,
            )
        return tiers

    def _ladders(self, places: dict[FieldPath, Place]) -> object:
        by_key: dict[str, list[tuple[int, list[str]]]] = {}
        for row, cells in enumerate(self.volume_tiers.rows()):
            key = OTHER if cells[0].lower() in ("", ALL, OTHER) else cells[0]
            by_key.setdefault(key, []).append((row, cells))
        if list(by_key) == [OTHER]:
            return self._tiers(
                self.volume_tiers,
                self.tr("Volume tiers"),
                ("scheme", "volume_tiers"),
                1,
                places,
                by_key[OTHER],
            )
        places[("scheme", "volume_tiers")] = Place(self.tr("Volume tiers"), self.volume_tiers)
        return {
            key: self._tiers(
                self.volume_tiers,
                self.tr("Volume tiers ({ladder})").format(ladder=key),
                ("scheme", "volume_tiers", key),
                1,
                places,
                rows,
            )
            for key, rows in by_key.items()
        }

    def _keyed(
        self,
        table: RowsTable,
        title: str,
        path: FieldPath,
        to_value: Any,
        places: dict[FieldPath, Place],
    ) -> object:
        """Rows [key, value] as a map; one row keyed ``all`` is a single value. No rows: None."""
        rows = table.rows()
        places[path] = Place(title, table)
        if not rows:
            return None
        if len(rows) == 1 and rows[0][0].lower() in ("", ALL):
            places[path] = Place(
                self.tr("{table}, row {row}").format(table=title, row=1), table, table, 0, 1
            )
            return to_value(rows[0][1])
        result: dict[str, object] = {}
        for row, (key, value) in enumerate(rows):
            if key.lower() == ALL:
                key = OTHER
            where = self.tr("{table}, row {row}").format(table=title, row=row + 1)
            places[(*path, key)] = Place(where, table, table, row)
            if key in result:
                self._local.append(Problem((*path, key), Message("appears in two rows")))
            result[key] = to_value(value)
        return result

    def _unlimited(self, places: dict[FieldPath, Place]) -> dict[str, object]:
        rules: dict[str, object] = {}
        places[("scheme", "unlimited")] = Place(self.tr("Unlimited leverage"), self.unlimited)
        for key, edit in self.unlimited_lines.items():
            text = edit.text().strip()
            places[("scheme", "unlimited", key)] = Place(
                self.tr("Unlimited: {field}").format(field=_label(key)), edit
            )
            if key in ("account_types", "platforms"):
                if text:
                    rules[key] = [part.strip() for part in text.split(",") if part.strip()]
            elif text or key == "fallback":
                rules[key] = parse_leverage(text) if key == "fallback" else parse_number(text)
        return rules

    def _levels(self, places: dict[FieldPath, Place]) -> dict[str, object]:
        levels: dict[str, object] = {}
        table = self.margin_levels
        places[("scheme", "margin_levels")] = Place(self.tr("Levels"), table)
        for row, (account_type, call, stop) in enumerate(table.rows()):
            where = self.tr("{table}, row {row}").format(table=self.tr("Levels"), row=row + 1)
            path: FieldPath = ("scheme", "margin_levels", account_type)
            places[path] = Place(where, table, table, row)
            places[(*path, "margin_call")] = Place(
                self.tr("{place}, Margin call").format(place=where), table, table, row, 1
            )
            places[(*path, "stop_out")] = Place(
                self.tr("{place}, Stop out").format(place=where), table, table, row, 2
            )
            if account_type in levels:
                self._local.append(Problem(path, Message("appears in two rows")))
            entry: dict[str, object] = {}
            if call:
                entry["margin_call"] = parse_number(call)
            if stop:
                entry["stop_out"] = parse_number(stop)
            levels[account_type] = entry
        return levels

    # -- checking ----------------------------------------------------------------------

    def _edited(self, _: object = None) -> None:
        if self._loading:
            return
        fields = self.fields()
        reader = FieldReader()
        scheme = read_scheme(reader, fields, "scheme")
        self.problems = self._local + reader.problems
        self._scheme = scheme if not self.problems else None
        self._show_problems()
        self._draw(fields)

    def _place(self, path: FieldPath) -> Place | None:
        """The widget of a field, or of the nearest field that holds it."""
        while path:
            if path in self._places:
                return self._places[path]
            path = path[:-1]
        return None

    def _show_problems(self) -> None:
        marks: dict[int, dict[tuple[int, int], list[str]]] = {}
        widgets: dict[QWidget, list[str]] = {}
        lines = []
        for problem in self.problems:
            place = self._place(problem.path)
            label = place.label if place is not None else problem.where
            message = say(problem.message)
            lines.append(f"{label}: {message}")
            if place is None:
                continue
            if place.table is not None:
                columns = (
                    [place.column]
                    if place.column is not None
                    else range(place.table.table.columnCount())
                )
                cells = marks.setdefault(id(place.table), {})
                for column in columns:
                    cells.setdefault((place.row, column), []).append(message)
            else:
                widgets.setdefault(place.widget, []).append(message)
        for table in self._tables():
            table.mark(marks.get(id(table), {}))
        for widget in (
            *self.lines.values(),
            *self.unlimited_lines.values(),
            *self.combos.values(),
            self.currency,
            *self._tables(),
        ):
            mark(widget, widgets.get(widget, []), widget.toolTip() if widget not in widgets else "")
        self.problem_list.setText("\n".join(lines))
        self.problem_list.setVisible(bool(lines))
        self.use_button.setEnabled(not self.problems)
        self.save_button.setEnabled(not self.problems)

    def _tables(self) -> tuple[RowsTable, ...]:
        return (
            self.equity_tiers,
            self.volume_tiers,
            self.hedging,
            self.class_caps,
            self.restricted_cap,
            self.margin_levels,
        )

    def _draw(self, fields: dict[str, Any]) -> None:
        """Redraw the step charts from every ladder that reads cleanly on its own."""
        currency = fields.get("currency") or "USD"
        equity = _ladder(fields.get("equity_tiers"))
        self.equity_chart.show_ladders(
            {self.tr("equity tiers"): equity} if equity else {},
            self.tr("Equity ({currency})").format(currency=currency),
        )
        volume = fields.get("volume_tiers")
        ladders = volume if isinstance(volume, dict) else {ALL: volume}
        drawn = {key: ladder for key, tiers in ladders.items() if (ladder := _ladder(tiers))}
        self.volume_chart.show_ladders(
            drawn,
            self.tr("Volume, lots")
            if fields.get("volume_unit") == "lots"
            else self.tr("Volume, notional ({currency})").format(currency=currency),
        )

    # -- results -----------------------------------------------------------------------

    def scheme(self) -> Scheme | None:
        """The edited scheme, when it has no problems."""
        return self._scheme

    def save_as_preset(self) -> None:
        """Ask for a name, then save the scheme into the trader's presets and use it."""
        scheme = self._scheme
        if scheme is None:
            return
        name = ask_preset_name(self, scheme.name)
        if name is None:
            return
        self.lines["name"].setText(name)
        if self.lines["checked"].text().strip() == self._checked_at_start:
            # The date was the copied scheme's, for its numbers: this preset is the trader's.
            self.lines["checked"].clear()
        self._edited()
        if self._scheme is None:
            return
        try:
            self.user_presets.add(self._scheme)
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Cannot save the preset"), str(error.strerror or error)
            )
            return
        self.accept()


def _column(*parts: QWidget | QFormLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for part in parts:
        if isinstance(part, QWidget):
            if isinstance(part, QLabel):
                part.setWordWrap(True)
                make_quiet(part)
            layout.addWidget(part, 1 if isinstance(part, RowsTable | LeverageChart) else 0)
        else:
            layout.addLayout(part)
    return page


def _titled(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


def _label(key: str) -> str:
    """What the editor calls a field, in the app's language."""
    if key in FIELD_NAMES:
        return translate("SchemeEditor", FIELD_NAMES[key])
    return key.replace("_", " ").capitalize()


def _tier_rows(tiers: object) -> list[list[str]]:
    if not isinstance(tiers, list):
        return []
    return [
        [_amount_text(t.get("from")), leverage_text(t.get("leverage")).lower()]
        for t in tiers
        if isinstance(t, dict)
    ]


def _amount_text(value: object) -> str:
    """A tier's start as the table shows it: 2,000,000 rather than 2000000. Where the locale's
    decimal separator is not the dot, without thousands separators: 5.000 would read back as
    five in German."""
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and QLocale().decimalPoint() == "."
    ):
        return format_amount(value)
    return number_text(value)


def _map_rows(value: object, skip: object = None, leverage: bool = False) -> list[list[str]]:
    show = leverage_text if leverage else number_text
    if isinstance(value, dict):
        return [[str(k), show(v).lower()] for k, v in value.items()]
    if value is None or value == skip:
        return []
    return [[ALL, show(value).lower()]]


def _hedging_rule(text: str) -> object:
    return text.lower() if text.lower() in HEDGING_RULES[:3] else parse_number(text)


def _ladder(tiers: object) -> Ladder:
    """A ladder when its rows read cleanly, else none (it is not drawn)."""
    if not isinstance(tiers, list):
        return ()
    return read_tiers(FieldReader(), tiers, "") or ()
