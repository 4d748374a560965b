"""Results: the account's figures, its state, the stop-out and margin-call prices, warnings."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.formatting import format_leverage, format_money, format_pips, format_price
from core.overview.dashboard import Dashboard
from core.report import (
    MARGIN_BASIS,
    level_lines,
    margin_level_text,
    spread_level_text,
    state_text,
)
from gui.common.field_marks import make_bold, set_role, set_text
from gui.common.problem_words import problem_words
from gui.common.steady_label import hold
from gui.common.wheel_guard import guarded
from gui.i18n import QT_TRANSLATE_NOOP, isolated, say
from gui.scenario_controller import ScenarioController

# (key, label, tooltip with the formula); translated where they are shown
FIGURES = (
    (
        "balance",
        QT_TRANSLATE_NOOP("ResultsPanel", "Balance"),
        QT_TRANSLATE_NOOP("ResultsPanel", "Deposits plus closed profit."),
    ),
    (
        "floating_pnl",
        QT_TRANSLATE_NOOP("ResultsPanel", "Floating P/L"),
        QT_TRANSLATE_NOOP(
            "ResultsPanel",
            "Sum over positions of side x (close - open) x lots x contract size, converted at "
            "mids, + swap + commission. A buy closes at the bid, a sell at the ask.",
        ),
    ),
    (
        "equity",
        QT_TRANSLATE_NOOP("ResultsPanel", "Equity"),
        QT_TRANSLATE_NOOP("ResultsPanel", "Balance + credit + floating P/L."),
    ),
    (
        "margin",
        QT_TRANSLATE_NOOP("ResultsPanel", "Margin"),
        QT_TRANSLATE_NOOP(
            "ResultsPanel",
            "Sum of the positions' margins: margined notional / leverage, volume tiers blended "
            "in. A buy is priced at the ask and a sell at the bid, or at its open price (MT5).",
        ),
    ),
    (
        "margin_price",
        QT_TRANSLATE_NOOP("ResultsPanel", "Margin basis"),
        QT_TRANSLATE_NOOP(
            "ResultsPanel",
            "The price margin is computed at: the current bid or ask (MetaTrader 4), or each "
            "position's open price (MetaTrader 5 and brokers that fix margin at opening).",
        ),
    ),
    (
        "free_margin",
        QT_TRANSLATE_NOOP("ResultsPanel", "Free margin"),
        QT_TRANSLATE_NOOP("ResultsPanel", "Equity - margin."),
    ),
    (
        "margin_level",
        QT_TRANSLATE_NOOP("ResultsPanel", "Margin level"),
        QT_TRANSLATE_NOOP("ResultsPanel", "Equity / margin x 100%. None without margin."),
    ),
    (
        "leverage",
        QT_TRANSLATE_NOOP("ResultsPanel", "Leverage"),
        QT_TRANSLATE_NOOP(
            "ResultsPanel",
            "min(the leverage granted after the unlimited-leverage rules, the equity tier's "
            "leverage). Where volume tiers or class caps charge the open positions at another "
            "leverage, their average on the notional follows.",
        ),
    ),
    (
        "levels",
        QT_TRANSLATE_NOOP("ResultsPanel", "Margin call / stop out"),
        QT_TRANSLATE_NOOP(
            "ResultsPanel",
            "Margin call when equity <= margin call level x margin; stop out likewise (or "
            "equity <= an amount with money levels).",
        ),
    ),
)
FIGURE_HELP = {key: tip for key, _, tip in FIGURES}


class ResultsPanel(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Results"), parent)
        self.controller = controller
        layout = QVBoxLayout(self)

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        set_role(self.problems, "problems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)

        state_row = QHBoxLayout()
        state_row.addWidget(QLabel(self.tr("State")), 0, Qt.AlignmentFlag.AlignTop)
        self.state = QLabel("-")
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.state.setToolTip(
            self.tr(
                "What is near: the margin call (or, at margin call, the stop out) at its nearer "
                "price. Orange when it is closer than ten of the symbol's current spreads (ten "
                "pips without a spread): a news release or the rollover can move that far at once."
            )
        )
        state_row.addWidget(hold(self.state), 1)
        # First, and outside the greyed body: stale results must say so in words.
        layout.insertLayout(0, state_row)
        self.what_if = QLabel()
        self.what_if.setObjectName("what_if_price")
        self.what_if.setWordWrap(True)
        set_role(self.what_if, "what-if")
        self.what_if.hide()
        layout.insertWidget(0, hold(self.what_if))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for key, label, tip in FIGURES:
            value = QLabel("-")
            value.setObjectName(key)
            make_bold(value)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setToolTip(self.tr(str(tip)))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # "10,000.00 USD + 50.00 credit" fits a 1024-pixel screen
            name = QLabel(self.tr(str(label)))
            name.setToolTip(self.tr(str(tip)))
            form.addRow(name, hold(value))
            self.values[key] = value
        body.addLayout(form)

        levels_box = QGroupBox(self.tr("Margin call and stop-out prices"))
        levels = QFormLayout(levels_box)
        self.symbol = guarded(QComboBox())
        self.symbol.setObjectName("analysis_symbol")
        self.symbol.setToolTip(
            self.tr(
                "The symbol whose price moves; all other prices stay fixed. Default: the "
                "largest notional."
            )
        )
        self.symbol.currentIndexChanged.connect(self._symbol_chosen)
        levels.addRow(self.tr("Moving"), self.symbol)
        self.margin_call_price = QLabel("-")
        self.margin_call_price.setObjectName("margin_call_price")
        self.stop_out_price = QLabel("-")
        self.stop_out_price.setObjectName("stop_out_price")
        tip = self.tr(
            "The nearest mid prices below and above where the level is reached, the spread kept "
            "and every rule re-applied at each price; distances in pips and percent."
        )
        for price_label in (self.margin_call_price, self.stop_out_price):
            price_label.setWordWrap(True)  # the column stays narrow enough for 1280 px
            price_label.setToolTip(tip)
            price_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        levels.addRow(self.tr("Margin call"), hold(self.margin_call_price))
        levels.addRow(self.tr("Stop out"), hold(self.stop_out_price))
        body.addWidget(levels_box)

        self.spread_box = QGroupBox(self.tr("Spread widening (rollover, news)"))
        spreads = QFormLayout(self.spread_box)
        self.spread_now = QLabel("-")
        self.spread_now.setObjectName("spread_now")
        self.margin_call_spread = QLabel("-")
        self.margin_call_spread.setObjectName("margin_call_spread")
        self.stop_out_spread = QLabel("-")
        self.stop_out_spread.setObjectName("stop_out_spread")
        spread_tip = self.tr(
            "The smallest spread of the moving symbol, its mid fixed, at which the level is "
            "reached: positions close at the bid or the ask, so a wide spread alone can do it."
        )
        for spread_label in (self.margin_call_spread, self.stop_out_spread):
            spread_label.setToolTip(spread_tip)
        spreads.addRow(self.tr("Spread now"), hold(self.spread_now))
        spreads.addRow(self.tr("Margin call at"), hold(self.margin_call_spread))
        spreads.addRow(self.tr("Stop out at"), hold(self.stop_out_spread))
        body.addWidget(self.spread_box)

        warnings_box = QGroupBox(self.tr("Warnings"))
        warnings_layout = QVBoxLayout(warnings_box)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        warnings_layout.addWidget(hold(self.warnings))
        body.addWidget(warnings_box)
        body.addStretch()

        self._updating_symbols = False
        controller.evaluated.connect(self.show_dashboard)
        controller.problems_changed.connect(self.show_problems)
        controller.emptied.connect(self.clear)

    def _symbol_chosen(self, index: int) -> None:
        if self._updating_symbols or index < 0:
            return
        symbol = self.symbol.itemData(index)
        self.controller.set_request(replace(self.controller.request, analysis_symbol=symbol))

    def clear(self) -> None:
        """Another document that cannot be computed yet: none of the last one's figures stay."""
        for label in (
            *self.values.values(),
            self.margin_call_price,
            self.stop_out_price,
            self.spread_now,
            self.margin_call_spread,
            self.stop_out_spread,
        ):
            set_text(label, "-")
        set_text(self.warnings, "")

    def show_problems(self, _: object = None) -> None:
        problems = self.controller.problems
        valid = not problems
        self.body.setEnabled(valid)
        self.problems.setVisible(not valid)
        if problems:
            set_text(self.state, self.tr("NOT UP TO DATE: fix the marked fields"))
            set_role(self.state, "state-stale")
            lines = [problem_words(p) for p in problems[:8]]
            if len(problems) > 8:
                lines.append(self.tr("... and {count} more").format(count=len(problems) - 8))
            self.problems.setText(
                self.tr("Fix these to update the results:") + "\n" + "\n".join(lines)
            )

    def show_dashboard(self, dashboard: Dashboard) -> None:
        result = dashboard.result
        what_if = dashboard.what_if_price
        self.what_if.setVisible(what_if is not None)
        if what_if is not None:
            pip = result.analysis_pip_size
            set_text(
                self.what_if,
                self.tr(
                    "WHAT IF {symbol} were at {price}: {pips} pips from the market "
                    "({market}). Not the market: Market (or Esc on the plots) goes back."
                ).format(
                    symbol=what_if.symbol,
                    price=format_price(what_if.mid, pip),
                    pips=("+" if what_if.pips >= 0 else "-") + format_pips(abs(what_if.pips)),
                    market=format_price(what_if.market_mid, pip),
                ),
            )
        c = result.currency
        v = self.values
        set_text(
            v["balance"],
            f"{format_money(result.balance)} {c}"
            + (
                self.tr(" + {amount} credit").format(amount=format_money(result.credit))
                if result.credit
                else ""
            ),
        )
        set_text(v["floating_pnl"], f"{format_money(result.floating_pnl)} {c}")
        set_text(v["equity"], f"{format_money(result.equity)} {c}")
        set_text(v["margin"], f"{format_money(result.margin)} {c}")
        set_text(v["free_margin"], f"{format_money(result.free_margin)} {c}")
        set_text(v["margin_level"], say(margin_level_text(result)))
        leverage = say(format_leverage(result.effective_leverage))
        if result.equity_tier is not None:
            leverage = self.tr("{leverage} (tier {tier})").format(
                leverage=leverage, tier=result.equity_tier + 1
            )
        if result.charged_text is not None:
            leverage = f"{leverage}; {say(result.charged_text)}"
        set_text(v["leverage"], leverage)
        v["leverage"].setToolTip(
            self.tr(FIGURE_HELP["leverage"])
            + "\n"
            + self.tr("Picked {selected}, granted {granted}.").format(
                selected=say(format_leverage(result.selected_leverage)),
                granted=say(format_leverage(result.granted_leverage)),
            )
        )
        set_text(v["levels"], isolated(result.levels_text))
        set_text(v["margin_price"], say(MARGIN_BASIS[result.margin_price]))

        near = result.nearest_level is not None and result.nearest_level.near
        if result.stop_out:
            role = "state-stop"
        elif result.margin_call:
            role = "state-stop" if near else "state-call"
        else:
            role = "state-near" if near else "state-ok"
        set_text(self.state, say(state_text(result)))
        set_role(self.state, role)

        self._show_symbols(dashboard)
        for label, level in (
            (self.margin_call_price, "margin call"),
            (self.stop_out_price, "stop out"),
        ):
            set_text(
                label,
                "\n".join(say(line) for line in level_lines(result, level))
                or self.tr("no open positions"),
            )
        stress = result.spread_stress
        self.spread_box.setVisible(stress is not None)
        if stress is not None:
            set_text(
                self.spread_now,
                self.tr("{pips} pips ({symbol})").format(
                    pips=f"{stress.current_pips:,.1f}", symbol=stress.symbol
                ),
            )
            set_text(
                self.margin_call_spread, say(spread_level_text(stress.margin_call_pips, stress))
            )
            set_text(self.stop_out_spread, say(spread_level_text(stress.stop_out_pips, stress)))
        items = [html.escape(say(n.message)) for n in result.notices]
        set_text(
            self.warnings,
            "<br>".join(f"&bull; {m}" for m in items) if items else self.tr("None."),
        )

    def _show_symbols(self, dashboard: Dashboard) -> None:
        symbols = sorted({p.symbol for p in dashboard.result.positions})
        largest = (
            dashboard.result.analysis_symbol
            if self.controller.request.analysis_symbol is None
            else None
        )
        items: list[tuple[str, str | None]] = [
            (
                self.tr("Largest notional ({symbol})").format(symbol=largest)
                if largest
                else self.tr("Largest notional"),
                None,
            )
        ]

        items += [(s, s) for s in symbols]
        current = [
            (self.symbol.itemText(i), self.symbol.itemData(i)) for i in range(self.symbol.count())
        ]
        self._updating_symbols = True
        try:
            if current != items:
                self.symbol.clear()
                for text, data in items:
                    self.symbol.addItem(text, data)
            self.symbol.setCurrentIndex(
                max(self.symbol.findData(self.controller.request.analysis_symbol), 0)
            )
        finally:
            self._updating_symbols = False
