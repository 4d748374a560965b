"""The table rows of an HTML report, cell by cell, with the standard library's HTML parser.

MetaTrader's reports are tables of rows; what matters is each row's cells in order. The parser
forgives what real files do: unclosed tags, a file cut off mid-row, `<th>` for headers, and
MetaTrader 5's hidden comment cells (``class="hidden"``), which are kept but marked so that
readers can skip them instead of shifting columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")


@dataclass(frozen=True)
class Cell:
    text: str
    hidden: bool = False
    span: int = 1


class _RowCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[Cell]] = []
        self._row: list[Cell] | None = None
        self._cell: list[str] | None = None
        self._hidden = False
        self._span = 1
        self._skip = 0  # inside <script> or <style>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            values = dict(attrs)
            self._cell = []
            self._hidden = "hidden" in (values.get("class") or "").split()
            span = values.get("colspan") or "1"
            self._span = int(span) if span.isdigit() and 0 < int(span) < 100 else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            text = SPACES.sub(" ", "".join(self._cell)).strip()
            self._row.append(Cell(text, self._hidden, self._span))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None:
            self.rows.append(self._row)
        self._row = None

    def close(self) -> None:
        super().close()
        self._end_row()


def html_rows(text: str) -> list[list[Cell]]:
    """Every table row of the document, in order, as its cells (hidden ones marked)."""
    collector = _RowCollector()
    collector.feed(text)
    collector.close()
    return collector.rows


def visible_texts(row: list[Cell]) -> list[str]:
    """A row's visible cell texts, a cell spanning n columns followed by n - 1 empty ones."""
    texts: list[str] = []
    for cell in row:
        if not cell.hidden:
            texts.append(cell.text)
            texts.extend([""] * (cell.span - 1))
    return texts
