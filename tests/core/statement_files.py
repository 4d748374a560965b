"""Small MetaTrader statements that the tests write themselves, in the layouts terminals save.

Made row by row as MT4's report template lays them out (one table, section titles, colspans),
with English or translated labels, in any code page.
"""

from __future__ import annotations

from html import escape

from core.statements.statement import Printed, Statement, StatementPosition

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
    extra_closed: int = 0,
) -> str:
    """An MT4 Detailed Statement: 3 closed trades (2.5 lots), a cancelled pending order, a deposit,
    an archive row, an EA comment sub-row, 2 open trades (EURUSD buy 1.0 at 1.08000, gold sell
    0.5 at 2 655.00), 1 working order; balance 10 234.56, credit 100, equity 9 900.00, margin
    481.50 (both at their open prices at 1:500), free margin 9 418.50, floating P/L -334.56."""
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
    for n in range(extra_closed):  # a long history: more closed trades of 0.01 lots
        html.append(
            _row(str(5000 + n), "2024.02.01 10:00:00", "buy", "0.01", "eurusd.", "1.08000", "0.00000", "0.00000", "2024.02.01 11:00:00", "1.08010", "0.00", "0.00", "0.00", "0.10")
        )  # fmt: skip
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
            ("481.50", 1),
        )
    )
    html.append(
        _row(
            (t["balance"], 3),
            ("10 234.56", 2),
            (t["equity"], 4),
            ("9 900.00", 1),
            (t["free"], 3),
            ("9 418.50", 1),
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


MT5_ENGLISH = {
    "account": "Account:",
    "positions": "Positions",
    "orders": "Orders",
    "deals": "Deals",
    "open": "Open Positions",
    "working": "Working Orders",
    "balance": "Balance:",
    "free": "Free Margin:",
    "credit": "Credit Facility:",
    "margin": "Margin:",
    "floating": "Floating P/L:",
    "level": "Margin Level:",
    "equity": "Equity:",
    "results": "Results",
    "total": "Total Trades:",
    "short": "Short Trades (won %):",
    "long": "Long Trades (won %):",
}
MT5_FRENCH = {
    **MT5_ENGLISH,
    "account": "Compte:",
    "positions": "Positions",
    "orders": "Ordres",
    "deals": "Transactions",
    "open": "Positions ouvertes",
    "working": "Ordres en cours",
    "balance": "Solde:",
    "free": "Marge libre:",
    "credit": "Facilité de crédit:",
    "margin": "Marge:",
    "floating": "Profit flottant:",
    "level": "Niveau de marge:",
    "equity": "Capitaux propres:",
    "results": "Résultats",
    "total": "Total des trades:",
    "short": "Trades courts (gagnés %):",
    "long": "Trades longs (gagnés %):",
}


def mt5_rows(
    labels: dict[str, str] = MT5_ENGLISH, extra_deals: int = 0
) -> list[list[str | tuple[str, str]]]:
    """An MT5 Trade History Report's rows: a closed position, orders, deals (a deposit, a credit
    of 50, two in, one out and one out by, 1.5 lots out), 2 open positions (GBPUSD buy 0.5 at
    1.27000, USDJPY sell 1 at 150.000), 1 working order; balance 10 000.00, credit 50.00, equity
    10 062.02, margin 1 635.00 (at their open prices at 1:100), free margin 8 427.02, floating
    P/L 12.68 (as MT5 prints it: profits without the -0.66 of swap). A ("hidden", text) cell is
    a comment MT5 hides."""
    t = labels
    history = [
        ["2024.02.01 10:00:00", str(9000 + n), "EURUSD.a", "buy" if n % 2 else "sell", "in" if n % 2 else "out", "0.01", "1.08000", "1", "0.00", "0.00", "0.00", "0.00", "10 000.00", ("hidden", "EA")]
        for n in range(extra_deals)
    ]  # fmt: skip
    rows: list[list[str | tuple[str, str]]] = [
        ["Trade History Report"],
        ["Name:", "", "", "", "Jürgen Müller"],
        [t["account"], "", "", "", "70358000 (USD, Broker-Server, real, Hedge)"],
        ["Date:", "", "", "", "2024.03.05 11:48"],
        [t["positions"]],
        ["Time", "Position", "Symbol", "Type", "Volume", "Price", "S / L", "T / P", "Time", "Price", "Commission", "Swap", "Profit"],
        ["2024.03.01 10:00:00", "11", "EURUSD.a", "buy", ("hidden", "EA"), "1", "1.08000", "", "", "2024.03.01 12:00:00", "1.08100", "-7.00", "0.00", "100.00"],
        [t["orders"]],
        ["Open Time", "Order", "Symbol", "Type", "Volume", "Price", "S / L", "T / P", "Time", "State", "", "Comment"],
        ["2024.03.01 10:00:00", "21", "EURUSD.a", "buy", "1 / 1", "1.08000", "", "", "2024.03.01 10:00:00", "filled"],
        ["2024.03.02 10:00:00", "22", "EURUSD.a", "buy limit", "1 / 0", "1.07000", "", "", "2024.03.02 20:00:00", "canceled"],
        [t["deals"]],
        ["Time", "Deal", "Symbol", "Type", "Direction", "Volume", "Price", "Order", "Commission", "Fee", "Swap", "Profit", "Balance", "Comment"],
        ["2024.02.28 09:00:00", "31", "", "balance", "", "", "", "", "0.00", "0.00", "0.00", "10 000.00", "10 000.00", ("hidden", "deposit")],
        ["2024.02.28 09:05:00", "32", "", "credit", "", "", "", "", "0.00", "0.00", "0.00", "50.00", "10 000.00", ""],
        ["2024.03.01 10:00:00", "33", "EURUSD.a", "buy", "in", "1", "1.08000", "21", "-3.50", "0.00", "0.00", "0.00", "10 000.00", ("hidden", "EA")],
        ["2024.03.01 12:00:00", "34", "EURUSD.a", "sell", "out", "1", "1.08100", "23", "-3.50", "0.00", "0.00", "100.00", "10 093.00", ""],
        ["2024.03.02 12:00:00", "35", "EURUSD.a", "sell", "in", "0.5", "1.08200", "24", "0.00", "0.00", "0.00", "0.00", "10 093.00", ""],
        ["2024.03.02 13:00:00", "36", "EURUSD.a", "buy", "out by", "0.5", "1.08300", "25", "0.00", "0.00", "0.00", "-93.00", "10 000.00", ""],
        ["", "", "", "", "", "", "", "", "-7.00", "0.00", "0.00", "7.00", "10 000.00"],
        [t["open"]],
        ["Time", "Position", "Symbol", "Type", "Volume", "Price", "S / L", "T / P", "Market Price", "Swap", "Profit", "Comment"],
        ["2024.03.04 10:00:00", "41", "GBPUSD.a", "buy", "0.5", "1.27000", "", "", "1.27100", "-0.66", "50.00", ""],
        ["2024.03.04 11:00:00", "42", "USDJPY.a", "sell", "1", "150.000", "", "", "150.056", "0.00", "-37.32", ""],
        ["", "", "", "", "", "", "", "", "", "-0.66", "12.68", ""],
        [t["working"]],
        ["Open Time", "Order", "Symbol", "Type", "Volume", "Price", "S / L", "T / P", "Market Price", "State", "", "Comment"],
        ["2024.03.05 09:00:00", "51", "GBPUSD.a", "sell stop", "1 / 0", "1.26000", "", "", "1.27100", "placed"],
        [""],
        [t["balance"], "", "", "10 000.00", "", "", t["free"], "", "", "8 427.02"],
        [t["credit"], "", "", "50.00", "", "", t["margin"], "", "", "1 635.00"],
        [t["floating"], "", "", "12.68", "", "", t["level"], "", "", "615.41%"],
        [t["equity"], "", "", "10 062.02"],
        [""],
        [t["results"]],
        ["Total Net Profit:", "", "", "7.00", "Gross Profit:", "", "", "100.00", "Gross Loss:", "", "", "-93.00"],
        [t["total"], "", "", "2", t["short"], "", "", "1 (0.00%)", t["long"], "", "", "1 (100.00%)"],
    ]  # fmt: skip
    deals = next(i for i, row in enumerate(rows) if row == [t["deals"]]) + 2
    return rows[:deals] + history + rows[deals:]


def mt5_html(rows: list[list[str | tuple[str, str]]]) -> bytes:
    """The report as MT5 saves its HTML: UTF-16 with a byte-order mark, hidden comment cells,
    and here one stray byte at the end, as seen in real files."""
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-16">']
    html.append("</head><body><div><table>\n")
    for row in rows:
        cells = []
        for cell in row:
            if isinstance(cell, tuple):
                cells.append(f'<td class="hidden" colspan="8">{escape(cell[1])}</td>')
            else:
                cells.append(f"<td>{escape(cell)}</td>")
        html.append("<tr align=right>" + "".join(cells) + "</tr>\n")
    html.append("</table></div></body></html>\n")
    return "".join(html).encode("utf-16") + b"\n"


def mt5_xlsx(rows: list[list[str | tuple[str, str]]]) -> bytes:
    """The report as MT5 saves its XLSX: shared strings, numbers as numbers or text, and every
    XML part in UTF-16."""
    import io
    import zipfile

    strings: list[str] = []
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        visible = [c for c in row if not isinstance(c, tuple)]
        for c, text in enumerate(visible):
            if not text:
                continue
            ref = f"{chr(65 + c)}{r}"
            plain = text.replace(" ", "")
            if plain.replace(".", "", 1).lstrip("-").isdigit() and " " not in text:
                cells.append(f'<c r="{ref}"><v>{plain}</v></c>')
            else:
                strings.append(text)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{main}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(
                name, ('<?xml version="1.0" encoding="UTF-16"?>\r\n' + xml).encode("utf-16")
            )
    return out.getvalue()


def read_statement_of(
    positions: list[StatementPosition], leverage: float | None = None, **printed: float
) -> Statement:
    """A USD MT4 statement as the reader gives it: 10,000.00 of balance, these positions, and
    these printed figures (the balance printed too)."""
    return Statement(
        platform="MT4",
        currency="USD",
        leverage=leverage,
        account="1",
        time=None,
        balance=10_000.0,
        credit=0.0,
        closed_trades=0,
        closed_lots=0.0,
        pending_orders=0,
        positions=tuple(positions),
        printed=Printed(balance=10_000.0, **printed),
    )
