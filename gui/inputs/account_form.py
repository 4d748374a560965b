"""Broker and account: scheme preset, account type and platform, money, leverage, levels."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.files.scheme_file import OLDER_PRESETS, preset_advice, presets, scheme_fields
from core.model.choices import ACCOUNT_TYPES, CURRENCIES, LEVERAGES, PLATFORMS
from core.model.scenario import Account
from core.model.scheme import Scheme
from core.problems import PathKey
from gui.common.field_marks import make_quiet, mark
from gui.common.number_text import leverage_text, number_text, parse_leverage, parse_number
from gui.common.wheel_guard import guarded
from gui.common.whole_label import WholeLabel
from gui.i18n import say
from gui.scenario_controller import ScenarioController
from gui.schemes.user_presets import USER_KEY_PREFIX, UserPresets

LEVERAGE_CHOICES = ["Unlimited", *(str(n) for n in LEVERAGES)]
CUSTOM_SCHEME = "__custom__"


class _Binding:
    """One form field bound to one document path."""

    def __init__(
        self,
        widget: QWidget,
        path: tuple[PathKey, ...],
        to_value: Callable[[str], Any],
        to_text: Callable[[Any], str],
        help_text: str,
    ) -> None:
        self.widget, self.path, self.to_value, self.to_text, self.help_text = (
            widget,
            path,
            to_value,
            to_text,
            help_text,
        )


class AccountForm(QGroupBox):
    """The account's fields; each edit goes straight to the controller."""

    def __init__(
        self,
        controller: ScenarioController,
        user_presets: UserPresets,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Broker and account"), parent)
        self.controller = controller
        self.user_presets = user_presets
        self._bindings: list[_Binding] = []
        self._loading = False

        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addLayout(form)

        self.scheme = guarded(QComboBox())
        self.scheme.setObjectName("scheme")
        self.scheme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scheme.setMinimumContentsLength(8)  # the column fits a 1024-pixel screen
        self._fill_schemes()
        self.scheme.currentIndexChanged.connect(self._scheme_chosen)
        user_presets.changed.connect(self._user_presets_changed)
        form.addRow(self.tr("Broker &scheme"), self.scheme)
        self.scheme_note = WholeLabel()
        self.scheme_note.setObjectName("scheme_note")
        self.scheme_note.setWordWrap(True)
        make_quiet(self.scheme_note)
        form.addRow("", self.scheme_note)

        self.account_type = self._combo(
            list(ACCOUNT_TYPES),
            ("account", "type"),
            self.tr("Account type; unlimited leverage and the broker's levels depend on it."),
        )
        form.addRow(self.tr("Account &type"), self.account_type)
        self.platform = self._combo(
            list(PLATFORMS),
            ("account", "platform"),
            self.tr("Trading platform; Exness grants unlimited leverage on MT4 only."),
        )
        form.addRow(self.tr("&Platform"), self.platform)
        # A file without them is read as the model's defaults: shown greyed, as the levels are
        # (an imported statement's account type read blank, and was saved as standard).
        defaults = {f.name: f.default for f in dataclasses.fields(Account)}
        for combo, name in ((self.account_type, "account_type"), (self.platform, "platform")):
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(str(defaults[name]))
        self.currency = self._combo(
            list(CURRENCIES),
            ("account", "currency"),
            self.tr("Account currency: balance, equity and margin are in it. USC = US cents."),
        )
        form.addRow(self.tr("C&urrency"), self.currency)
        self.balance = self._line(
            ("account", "balance"), self.tr("Balance: deposits plus closed profit.")
        )
        form.addRow(self.tr("&Balance"), self.balance)
        self.credit = self._line(
            ("account", "credit"), self.tr("Credit (bonus) the broker adds to equity.")
        )
        form.addRow(self.tr("C&redit"), self.credit)
        self.leverage = self._combo(
            [leverage_text(parse_leverage(text)) for text in LEVERAGE_CHOICES],
            ("account", "leverage"),
            self.tr(
                "The leverage you picked (1:500 or Unlimited). The broker's rules may grant less."
            ),
            to_value=parse_leverage,
            to_text=leverage_text,
        )
        form.addRow(self.tr("&Leverage 1:"), self.leverage)
        trades_row = QHBoxLayout()
        self.closed_trades = self._line(
            ("account", "closed_trades"),
            self.tr("Closed trades so far (pending orders do not count)."),
        )
        self.closed_lots = self._line(
            ("account", "closed_lots"), self.tr("Lots of closed trades so far.")
        )
        trades_row.addWidget(self.closed_trades)
        trades_row.addWidget(QLabel(self.tr("lots")))
        trades_row.addWidget(self.closed_lots)
        form.addRow(self.tr("Closed trades"), trades_row)
        for edit in (self.credit, self.closed_trades, self.closed_lots):
            edit.setPlaceholderText("0")

        self.margin_call = self._line(
            ("account", "margin_call_level"),
            self.tr("Margin call level; empty: the broker's for this account type."),
        )
        self.stop_out = self._line(
            ("account", "stop_out_level"),
            self.tr("Stop-out level; empty: the broker's for this account type."),
        )
        self.levels_in = self._combo(
            [],
            ("account", "levels_in"),
            self.tr("Levels in percent of margin, or as amounts of equity."),
            to_value=lambda _: self.levels_in.currentData(),
            to_text=lambda value: str(value or "percent"),
            editable=False,
        )
        # Filled as the document's values with their words: not an edit of the document.
        self._loading = True
        self.levels_in.addItem(self.tr("percent"), "percent")
        self.levels_in.addItem(self.tr("money"), "money")
        self._loading = False
        call_row = QHBoxLayout()
        call_row.addWidget(self.margin_call, 1)
        call_row.addWidget(self.levels_in)
        form.addRow(self.tr("Margin call"), call_row)
        form.addRow(self.tr("Stop out"), self.stop_out)

        self.restricted = QCheckBox(self.tr("Restricted market"))
        self.restricted.setToolTip(
            self.tr(
                "The broker's caps in volatile periods (Exness: forex and gold 1:200, "
                "silver 1:100, oil 1:20)."
            )
        )
        self.restricted.toggled.connect(self._restricted_toggled)
        form.addRow(self.restricted)  # across both columns: the column stays narrow

        controller.document_replaced.connect(self.reload)
        controller.scheme_changed.connect(self._select_scheme)
        controller.problems_changed.connect(self.show_problems)
        controller.evaluated.connect(self._show_level_defaults)
        self.reload()

    # -- building ---------------------------------------------------------------

    def _line(self, path: tuple[PathKey, ...], help_text: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(str(path[-1]))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        binding = _Binding(edit, path, parse_number, number_text, help_text)
        edit.textEdited.connect(lambda text, b=binding: self._edited(b, text))
        edit.setToolTip(help_text)
        self._bindings.append(binding)
        return edit

    def _combo(
        self,
        items: list[str],
        path: tuple[PathKey, ...],
        help_text: str,
        to_value: Callable[[str], Any] = lambda text: text.strip() or None,
        to_text: Callable[[Any], str] = number_text,
        editable: bool = True,
    ) -> QComboBox:
        combo = guarded(QComboBox())
        combo.setObjectName(str(path[-1]))
        # As wide as the column gives, not as its longest item: the column fits a 1024-pixel
        # screen in every language.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setEditable(editable)
        combo.addItems(items)
        binding = _Binding(combo, path, to_value, to_text, help_text)
        combo.currentTextChanged.connect(lambda text, b=binding: self._edited(b, text))
        combo.setToolTip(help_text)
        self._bindings.append(binding)
        return combo

    # -- document <-> fields ------------------------------------------------------

    def _edited(self, binding: _Binding, text: str) -> None:
        if not self._loading:
            self.controller.set_value(binding.path, binding.to_value(text))

    def _fill_schemes(self) -> None:
        """The shipped presets, then the trader's own, marked as theirs."""
        self.scheme.clear()
        shipped = presets()
        for name, scheme in shipped.items():
            if name not in OLDER_PRESETS:
                self.scheme.addItem(scheme.name, name)
        # Apart, under a title that cannot be picked, each saying what to pick instead: two
        # Exness or two FXTM side by side left the trader guessing.
        self.scheme.insertSeparator(self.scheme.count())
        self.scheme.addItem(self.tr("Older presets and examples:"))
        title = self.scheme.model().item(self.scheme.count() - 1)  # type: ignore[attr-defined]
        title.setEnabled(False)
        for name in OLDER_PRESETS:
            self.scheme.addItem(shipped[name].name, name)
            advice = preset_advice(name)
            if advice is not None:
                self.scheme.setItemData(
                    self.scheme.count() - 1, say(advice), Qt.ItemDataRole.ToolTipRole
                )
        mine = self.user_presets.presets
        if mine:
            self.scheme.insertSeparator(self.scheme.count())
        for key, scheme in sorted(mine.items(), key=lambda item: item[1].name.lower()):
            self.scheme.addItem(
                self.tr("{name} — my preset").format(name=scheme.name), USER_KEY_PREFIX + key
            )

    def _user_presets_changed(self) -> None:
        self._loading = True
        try:
            self._fill_schemes()
        finally:
            self._loading = False
        self._select_scheme()

    def _scheme_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        key = self.scheme.itemData(index)
        if isinstance(key, str) and key.startswith(USER_KEY_PREFIX):
            # Inline, so that the scenario opens on a machine without this preset.
            scheme = self.user_presets.presets[key.removeprefix(USER_KEY_PREFIX)]
            self.controller.set_scheme(scheme_fields(scheme))
        elif key != CUSTOM_SCHEME:
            self.controller.set_scheme(key)
        self._show_scheme_note()

    def current_scheme(self) -> Scheme | None:
        """The scheme the list shows, when it is a shipped or a user preset."""
        key = self.scheme.currentData()
        if isinstance(key, str) and key.startswith(USER_KEY_PREFIX):
            return self.user_presets.presets.get(key.removeprefix(USER_KEY_PREFIX))
        return presets().get(key) if isinstance(key, str) else None

    def _restricted_toggled(self, on: bool) -> None:
        if not self._loading:
            self.controller.set_value(("restricted_market",), on)

    def reload(self) -> None:
        """Show the controller's document in every field."""
        self._loading = True
        try:
            for binding in self._bindings:
                text = binding.to_text(self.controller.value(binding.path))
                if isinstance(binding.widget, QLineEdit):
                    binding.widget.setText(text)
                elif isinstance(binding.widget, QComboBox):
                    if binding.widget.isEditable():
                        binding.widget.setEditText(text)
                    else:
                        index = binding.widget.findData(text or "percent")
                        binding.widget.setCurrentIndex(max(index, 0))
            self.restricted.setChecked(bool(self.controller.value(("restricted_market",), False)))
        finally:
            self._loading = False
        self._select_scheme()

    def _select_scheme(self) -> None:
        """Show the document's scheme in the list: a preset, one of the user's, or the file's."""
        self._loading = True
        try:
            scheme = self.controller.value(("scheme",))
            custom_index = self.scheme.findData(CUSTOM_SCHEME)
            if isinstance(scheme, str):
                if custom_index >= 0:
                    self.scheme.removeItem(custom_index)
                self.scheme.setCurrentIndex(max(self.scheme.findData(scheme), 0))
            elif (user_key := self.user_presets.key_of(scheme)) is not None:
                if custom_index >= 0:
                    self.scheme.removeItem(custom_index)
                self.scheme.setCurrentIndex(self.scheme.findData(USER_KEY_PREFIX + user_key))
            else:
                custom = self.tr("Custom")
                name = scheme.get("name", custom) if isinstance(scheme, dict) else custom
                if custom_index < 0:
                    self.scheme.addItem("", CUSTOM_SCHEME)
                    custom_index = self.scheme.count() - 1
                self.scheme.setItemText(
                    custom_index, self.tr("{name} (in this file)").format(name=name)
                )
                self.scheme.setCurrentIndex(custom_index)
        finally:
            self._loading = False
        self._show_scheme_note()

    def _show_scheme_note(self) -> None:
        scheme_value = self.controller.value(("scheme",))
        scheme = self.current_scheme()
        if scheme is not None:
            self.scheme_note.setText(scheme.description)
            self.scheme.setToolTip(
                self.tr("{description}\n\nSource: {source}").format(
                    description=scheme.description, source=scheme.source
                )
            )
        elif isinstance(scheme_value, dict):
            self.scheme_note.setText(
                str(scheme_value.get("description", self.tr("A scheme defined in this file.")))
            )
            self.scheme.setToolTip(str(scheme_value.get("source", "")))

    def _show_level_defaults(self, _: object = None) -> None:
        dashboard = self.controller.dashboard
        if dashboard is None:
            return
        result = dashboard.result
        call, stop = result.level_texts
        self.margin_call.setPlaceholderText(call)
        self.stop_out.setPlaceholderText(stop)

    def show_problems(self, _: object = None) -> None:
        for binding in self._bindings:
            mark(binding.widget, self.controller.problems_at(binding.path), binding.help_text)
        mark(
            self.scheme,
            self.controller.problems_at(("scheme",)),
            self.scheme.toolTip() if not self.controller.problems_at(("scheme",)) else "",
        )
        mark(
            self.restricted,
            self.controller.problems_at(("restricted_market",)),
            self.restricted.toolTip(),
        )
