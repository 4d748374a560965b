"""Small MetaTrader statements that the tests write themselves, in the layouts terminals save.

Made row by row as MT4's report template lays them out (one table, section titles, colspans),
with English or translated labels, in any code page.
"""

from __future__ import annotations

from html import escape

ENGLISH = {
    "account": "Account:",
    "name": "Name:",
    "currency": "Currency:",
    "leverage": "Leverage:",
    "closed": "Closed Transactions:",
    "open": "Open Trades:",
    "working": "Working Orders:",
    "summary": "Summary:",
    "deposit": "Deposit/Withdrawal:",
    "credit": "Credit Facility:",
    "closed_pl": "Closed Trade P/L:",
    "floating": "Floating P/L:",
    "margin": "Margin:",
    "balance": "Balance:",
    "equity": "Equity:",
    "free": "Free Margin:",
    "total": "Total Trades:",
    "short": "Short Positions (won %):",
    "long": "Long Positions (won %):",
    "drawdown": "Absolute Drawdown:",
    "maximal": "Maximal Drawdown:",
}
# A Japanese broker's template: every label translated, no credit in the summary.
JAPANESE = {
    **{key: f"{value[:-1]}訳:" for key, value in ENGLISH.items()},
    "account": "ログインID:",
    "name": "顧客氏名:",
    "currency": "基準通貨:",
    "closed": "決済情報:",
    "open": "オープンポジション情報:",
    "working": "注文情報:",
    "summary": "レポート概要:",
    "balance": "資産合計（残高）:",  # noqa: RUF001 - full-width brackets, as the template writes
    "equity": "純資産（有効証拠金）:",  # noqa: RUF001
    "total": "総トレード数:",
}


def _row(*cells: str | tuple[str, int]) -> str:
    parts = []
    for cell in cells:
        text, span = cell if isinstance(cell, tuple) else (cell, 1)
        extra = f' colspan="{span}"' if span > 1 else ""
        parts.append(f"<td{extra}>{escape(text)}</td>")
    return "<tr align=right>" + "".join(parts) + "</tr>\n"


def mt4_statement(
    labels: dict[str, str] = ENGLISH,
    *,
    currency: str = "USD",
    leverage: str = "1:500",
    name: str = "Jürgen Müller",
    with_credit: bool = True,
    detailed: bool = True,
) -> str:
    """An MT4 Detailed Statement: 3 closed trades (2.5 lots), a cancelled pending order, a deposit,
    an archive row, an EA comment sub-row, 2 open trades (EURUSD buy 1.0 at 1.08000, gold sell
    0.5 at 2 655.00), 1 working order; balance 10 234.56, credit 100, equity 9 900.00, margin
    1 234.50, free margin 8 665.50, floating P/L -334.56."""
    t = labels
    header = ["Ticket", "Open Time", "Type", "Size", "Item", "Price", "S / L", "T / P"]
    html = ["<html><head><title>Statement</title></head><body><table>\n"]
    html.append(
        _row(
            (f"{t['account']} 12345678", 2),
            (f"{t['name']} {name}", 5),
            (f"{t['currency']} {currency}", 2),
            (f"{t['leverage']} {leverage}" if leverage else t["leverage"], 2),
            ("2024 March 5, 11:48", 3),
        )
    )
    html.append(_row((t["closed"], 14)))
    html.append(_row(*header, "Close Time", "Price", "Commission", "Taxes", "Swap", "Profit"))
    closed = [
        (
            "1001",
            "2024.03.01 10:00:00",
            "buy",
            "1.00",
            "eurusd.",
            "1.08000",
            "0.00000",
            "0.00000",
            "2024.03.01 12:00:00",
            "1.08100",
            "-7.00",
            "0.00",
            "0.00",
            "100.00",
        ),
        (
            "1002",
            "2024.03.01 11:00:00",
            "sell",
            "1.00",
            "gbpusd.",
            "1.26000",
            "0.00000",
            "0.00000",
            "2024.03.02 09:00:00",
            "1.27634",
            "-7.00",
            "0.00",
            "-1.20",
            "-1 634.00",
        ),
        (
            "1003",
            "2024.03.02 11:00:00",
            "buy",
            "0.50",
            "xauusd.",
            "2 050.00",
            "0.00",
            "0.00",
            "2024.03.02 15:00:00",
            "2 060.00",
            "-3.50",
            "0.00",
            "0.00",
            "500.00",
        ),
    ]
    for cells in closed:
        html.append(_row(*cells))
        if cells[0] == "1002":
            html.append(_row("", ("EA 42: breakout", 13)))  # an EA's magic and comment sub-row
    html.append(
        _row(
            "1004",
            "2024.03.03 08:00:00",
            "buy limit",
            "2.00",
            "eurusd.",
            "1.07000",
            "0.00000",
            "0.00000",
            "2024.03.03 20:00:00",
            "1.08000",
            ("cancelled", 4),
        )
    )
    html.append(_row("1005", "2024.03.03 09:00:00", "balance", ("Deposit", 4), ("10 000.00", 7)))
    html.append(
        _row(
            "1006",
            "2024.03.03 09:30:00",
            "buy",
            "0.10",
            "profit",
            "0.00",
            "0.00",
            "0.00",
            "2024.03.03 09:30:00",
            "0.00",
            "0.00",
            "0.00",
            "0.00",
            "12.00",
        )
    )
    html.append(_row(("", 10), "-17.50", "0.00", "-1.20", "-1 034.00"))
    html.append(_row(("Closed P/L:", 10), ("-1 052.70", 4)))
    html.append(_row((t["open"], 14)))
    html.append(_row(*header, "", "Price", "Commission", "Taxes", "Swap", "Profit"))
    html.append(
        _row(
            "2001",
            "2024.03.04 10:00:00",
            "buy",
            "1.00",
            "EURUSDm",
            "1.08000",
            "0.00000",
            "0.00000",
            "",
            "1.07700",
            "-7.00",
            "0.00",
            "-2.06",
            "-300.00",
        )
    )
    html.append(
        _row(
            "2002",
            "2024.03.04 11:00:00",
            "sell",
            "0.50",
            "GOLD",
            "2 655.00",
            "0.00",
            "0.00",
            "",
            "2 655.50",
            "-3.50",
            "0.00",
            "0.00",
            "-25.00",
        )
    )
    html.append(_row(("", 10), "-10.50", "0.00", "-2.06", "-325.00"))
    html.append(_row(("", 10), (t["floating"], 2), ("-334.56", 2)))
    html.append(_row((t["working"], 14)))
    html.append(_row(*header, "Market Price", ("", 5)))
    html.append(
        _row(
            "3001",
            "2024.03.05 09:00:00",
            "sell stop",
            "1.00",
            "usdjpy",
            "148.000",
            "0.000",
            "0.000",
            "150.100",
            ("", 5),
        )
    )
    html.append(_row((t["summary"], 14)))
    first = [(t["deposit"], 3), ("10 000.00", 2)]
    if with_credit:
        first += [(t["credit"], 4), ("100.00", 5)]
    html.append(_row(*first))
    html.append(
        _row(
            (t["closed_pl"], 3),
            ("-1 052.70", 2),
            (t["floating"], 4),
            ("-334.56", 1),
            (t["margin"], 3),
            ("1 234.50", 1),
        )
    )
    html.append(
        _row(
            (t["balance"], 3),
            ("10 234.56", 2),
            (t["equity"], 4),
            ("9 900.00", 1),
            (t["free"], 3),
            ("8 665.50", 1),
        )
    )
    if detailed:
        html.append(_row((t["drawdown"], 3), ("0", 2), (t["maximal"], 4), ("105 (0.00%)", 5)))
        html.append(
            _row(
                (t["total"], 3),
                ("3", 2),
                (t["short"], 4),
                ("1 (0.00%)", 2),
                (t["long"], 3),
                ("2 (100.00%)", 2),
            )
        )
    html.append("</table></body></html>\n")
    return "".join(html)
