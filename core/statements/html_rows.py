"""The table rows of an HTML report, cell by cell, with lxml's HTML parser (libxml2).

MetaTrader's reports are tables of rows; what matters is each row's cells in order. libxml2
recovers from what real files do (unclosed tags, a file cut off mid-row, ``<th>`` for headers)
and reads a 5 MB report in about 0.1 s, where the standard library's pure-Python parser took
0.8 s. MetaTrader 5's hidden comment cells (``class="hidden"``) are kept but marked, so that
readers can skip them instead of shifting columns.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Characters no HTML document holds: binary junk would stop the parser; a space is harmless.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CELL_TAGS = ("td", "th")
SPAN = re.compile(r"^[1-9][0-9]?$")  # ASCII digits only: "1¹".isdigit() is true


class Cell(NamedTuple):
    """A cell's text, whether MT5 hides it, and its column span (a named tuple: 300,000 of
    them are made for a large statement, at a third of a frozen dataclass's cost)."""

    text: str
    hidden: bool = False
    span: int = 1


def html_rows(text: str) -> list[list[Cell]]:
    """Every table row of the document, in order, as its cells (hidden ones marked)."""
    cleaned = LINE_BREAK.sub(" ", CONTROL.sub(" ", text))
    if not cleaned.strip():
        return []
    parser = etree.HTMLParser(recover=True, remove_comments=True, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(cleaned, parser)
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    rows = []
    for tr in root.iter("tr"):
        cells = []
        for td in tr:
            if td.tag not in CELL_TAGS:
                continue
            raw = td.text if len(td) == 0 else "".join(td.itertext())
            # str.split() splits on every Unicode space (no-break and figure spaces too), a
            # third of the time of a regular expression over 300,000 cells.
            text = " ".join(raw.split()) if raw else ""
            classes = td.get("class")
            span = td.get("colspan")
            cells.append(
                Cell(
                    text,
                    classes is not None and "hidden" in classes.split(),
                    int(span) if span is not None and SPAN.match(span) else 1,
                )
            )
        rows.append(cells)
    return rows


def visible_texts(row: list[Cell]) -> list[str]:
    """A row's visible cell texts, a cell spanning n columns followed by n - 1 empty ones."""
    texts: list[str] = []
    for cell in row:
        if not cell.hidden:
            texts.append(cell.text)
            texts.extend([""] * (cell.span - 1))
    return texts
