"""The observable layer between the core and the widgets.

Holds the scenario document being edited (the JSON form of docs/scenario-files.md), validates
it with the core's own file reader after every edit, asks the core for a
`Dashboard`, and tells the widgets. Edits made in one event-loop turn cause
one recompute. No widget here; tests drive it directly.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.analyses.required_prices import PriceNeed, required_prices
from core.files.file_fields import FieldReader
from core.files.json_files import parse_json, read_bytes, scenario_text, write_atomically
from core.files.scenario_fields import ACCOUNT, POSITION, VERSION
from core.files.scenario_reader import scenario_from_json
from core.files.scenario_writer import scenario_to_json
from core.files.scheme_file import presets, read_scheme
from core.formatting import price_decimals
from core.messages import Message
from core.model.instruments import catalog
from core.model.scenario import Scenario
from core.overview.dashboard import Dashboard, DashboardRequest, dashboard
from core.problems import InputError, PathKey, Problem
from core.resources import resources_dir
from core.statements.file_kind import looks_like_statement, refuse_unknown
from gui.i18n import say

if TYPE_CHECKING:
    from core.statements.importer import Imported

DEFAULT_EXAMPLE = resources_dir() / "examples" / "exness-unlimited-small-account.json"


def blank_document() -> dict[str, Any]:
    """A new scenario: an empty USD account on the exness preset."""
    return {
        "format": "fxmargin-scenario",
        "version": VERSION,
        "account": {
            "currency": "USD",
            "balance": 1000,
            "credit": 0,
            "type": "standard",
            "platform": "MT4",
            "closed_trades": 0,
            "closed_lots": 0,
            "leverage": "unlimited",
            "levels_in": "percent",
        },
        "scheme": "exness",
        "restricted_market": False,
        "prices": {},
        "positions": [],
    }


def editable_shape(document: Any) -> list[Problem]:
    """Problems that stop the forms from showing a document at all (not mere bad values)."""
    if not isinstance(document, dict):
        return [Problem("", Message("a scenario must be a JSON object"))]
    problems = []
    for key, kind in (("account", dict), ("prices", dict), ("positions", list), ("orders", list)):
        if key in document and not isinstance(document[key], kind):
            problems.append(
                Problem(
                    key,
                    Message("must be an array") if kind is list else Message("must be an object"),
                )
            )
    for rows in ("positions", "orders"):
        if isinstance(document.get(rows), list):
            for i, item in enumerate(document[rows]):
                if not isinstance(item, dict):
                    problems.append(Problem((rows, i), Message("must be an object")))
    version = document.get("version")
    if isinstance(version, int | float) and not isinstance(version, bool) and version > VERSION:
        problems.append(
            Problem(
                "version",
                Message(
                    "this file is version {version}, written by a newer fxmargin; this fxmargin "
                    "reads version {supported}",
                    version=f"{version:g}",
                    supported=str(VERSION),
                ),
            )
        )
    return problems


class _Edit(QUndoCommand):
    """One edit of the document, undone and redone by putting back the whole document as it
    was before or after it (a copy is a fraction of a millisecond for 200 positions)."""

    def __init__(
        self,
        controller: ScenarioController,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        path: tuple[PathKey, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self.controller, self.before, self.after = controller, before, after
        self.path = path
        self.done = True  # pushed once the edit is made: the first redo has nothing to do

    def id(self) -> int:
        """Edits of one field merge (a field commits as it is typed: 2, 25, 250, 2500)."""
        return 1 if self.path is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.path != self.path:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def undo(self) -> None:
        self.controller._put_back(self.before)

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.controller._put_back(self.after)


class ScenarioController(QObject):
    """The current scenario document, its validation problems and its Dashboard."""

    evaluated = Signal(object)  # Dashboard
    problems_changed = Signal(object)  # tuple[Problem, ...]
    document_replaced = Signal()  # New or Open: every form reloads
    emptied = Signal()  # a new document that cannot be computed: no figure of the old one stays
    positions_changed = Signal()  # rows added, removed or reordered (or a new document)
    orders_changed = Signal()  # pending orders added or removed
    scheme_changed = Signal()  # another scheme chosen, or the scheme edited
    dirty_changed = Signal(bool)
    statement_imported = Signal(object)  # Imported | None: what the last import read
    path_changed = Signal(object)  # Path | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: dict[str, Any] = blank_document()
        self._problems: tuple[Problem, ...] = ()
        self._dashboard: Dashboard | None = None
        self._request = DashboardRequest()
        self._price_needs: tuple[PriceNeed, ...] = ()
        self._path: Path | None = None
        self.is_example = False  # the built-in example, opened but not saved anywhere
        self._dirty = False
        # An imported statement nobody has edited: unsaved, yet nothing is lost by replacing it
        # (the statement is still on disk).
        self._untouched_import = False
        self.imported: Imported | None = None
        self.statement_path: Path | None = None  # the file the open import was read from
        self.live = False  # the document follows a running MetaTrader 5 terminal
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute)
        self.recompute_count = 0
        # Every change of the document counts up; the scenario read at a revision is kept, so
        # that a change of the request alone (a drag of the price line) does not read it again.
        self._revision = 0
        self._read: tuple[int, Scenario] | None = None
        self._dashboard_revision = -1
        # Undo and redo of every edit of the document (a new document starts a new history);
        # back where it was saved, the document is no longer unsaved.
        self.undo_stack = QUndoStack(self)
        self._committed = copy.deepcopy(self._document)
        # A method, not a lambda: Qt drops the connection with the controller, and the stack
        # said "clean" once more while both were being deleted.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # -- reading ----------------------------------------------------------------

    @property
    def document(self) -> dict[str, Any]:
        """A copy of the document: edits go through `set_value` and friends."""
        return copy.deepcopy(self._document)

    def value(self, path: tuple[PathKey, ...], default: Any = None) -> Any:
        node: Any = self._document
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def problems_at(self, path: tuple[PathKey, ...]) -> list[str]:
        """Messages of the problems at this field (or below it), in the app's language."""
        return [say(p.message) for p in self._problems if p.path[: len(path)] == path]

    @property
    def scenario(self) -> Scenario | None:
        """The document as a scenario, when it reads without problems (else None)."""
        if self._problems or self._read is None or self._read[0] != self._revision:
            return None
        return self._read[1]

    @property
    def dashboard(self) -> Dashboard | None:
        """The last good Dashboard (kept while the input is invalid)."""
        return self._dashboard

    @property
    def is_valid(self) -> bool:
        return not self._problems

    @property
    def revision(self) -> int:
        """Counts every change of the document (not of the request)."""
        return self._revision

    @property
    def price_needs(self) -> tuple[PriceNeed, ...]:
        return self._price_needs

    @property
    def request(self) -> DashboardRequest:
        return self._request

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def unsaved_work(self) -> bool:
        """Whether replacing the document would lose work: unsaved edits, or an unsaved
        document that is more than a statement imported as it is."""
        return self._dirty and not self._untouched_import

    # -- editing ----------------------------------------------------------------

    def set_value(self, path: tuple[PathKey, ...], value: Any) -> None:
        """Set one field; None removes an optional field."""
        if self.value(path, default=_MISSING) == value and value is not None:
            return
        node: Any = self._document
        for key in path[:-1]:
            if (
                isinstance(key, str)
                and isinstance(node, dict)
                and not isinstance(node.get(key), dict | list)
            ):
                node[key] = {}
            node = node[key]
        last = path[-1]
        if value is None:
            if isinstance(node, dict):
                node.pop(last, None)
        else:
            node[last] = value
        self._edited(self._edit_name(path), path)

    def _edit_name(self, path: tuple[PathKey, ...]) -> str:
        """What Edit > Undo names: "Balance", "position 2: Lots"."""
        fields = {"account": ACCOUNT, "positions": POSITION}.get(str(path[0]), ())
        labels = {f.key: say(f.label) for f in fields}
        name = labels.get(str(path[-1]), str(path[-1]))
        if path[0] == "positions" and len(path) == 3 and isinstance(path[1], int):
            return self.tr("position {row}: {field}").format(row=path[1] + 1, field=name)
        if path[0] == "orders" and len(path) == 3 and isinstance(path[1], int):
            names = {
                "symbol": self.tr("Symbol"),
                "type": self.tr("Type"),
                "lots": self.tr("Lots"),
                "price": self.tr("Price"),
                "stop": self.tr("Stop"),
            }
            return self.tr("pending order {row}: {field}").format(
                row=path[1] + 1, field=names.get(str(path[2]), str(path[2]))
            )
        return name

    def set_scheme(self, scheme: str | dict[str, Any]) -> None:
        self._document["scheme"] = copy.deepcopy(scheme)
        self._edited(self.tr("change of scheme"))
        self.scheme_changed.emit()

    def add_position(self, position: dict[str, Any] | None = None, row: int | None = None) -> int:
        """Insert a position (default: a copy of the last one, or 0.01 lot EURUSD); returns its row."""
        positions = self._positions()
        if position is None:
            position = (
                copy.deepcopy(positions[-1])
                if positions
                else {"symbol": "EURUSD", "side": "buy", "lots": 0.01}
            )
            symbol = position.get("symbol")
            if isinstance(symbol, str):
                # Opened now: a buy at the ask, a sell at the bid (docs/rules.md#one-position).
                side = "ask" if position.get("side") != "sell" else "bid"
                price, _ = self.price_side(symbol, side)
                if price is not None:
                    position["open_price"] = price
        row = len(positions) if row is None else row
        positions.insert(row, position)
        self.positions_changed.emit()
        self._edited(self.tr("new position"))
        return row

    def duplicate_position(self, row: int) -> int:
        return self.add_position(copy.deepcopy(self._positions()[row]), row + 1)

    def remove_positions(self, rows: list[int]) -> None:
        positions = self._positions()
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(positions):
                del positions[row]
        self.positions_changed.emit()
        self._edited(self.tr("removal of positions"))

    def add_order(self, order: dict[str, Any] | None = None, row: int | None = None) -> int:
        """Insert a pending order (default: a copy of the last one, or a 0.01-lot sell stop on
        the first position's symbol 20 pips under its bid); returns its row."""
        orders = self._orders()
        if order is None:
            order = copy.deepcopy(orders[-1]) if orders else self._first_order()
        row = len(orders) if row is None else row
        orders.insert(row, order)
        self.orders_changed.emit()
        self._edited(self.tr("new pending order"))
        return row

    def _first_order(self) -> dict[str, Any]:
        positions = [p for p in self._positions() if isinstance(p, dict)]
        symbol = positions[0].get("symbol") if positions else "EURUSD"
        order: dict[str, Any] = {"symbol": symbol, "type": "sell_stop", "lots": 0.01}
        bid, _ = self.price_side(str(symbol), "bid")
        if isinstance(bid, int | float) and not isinstance(bid, bool) and str(symbol) in catalog():
            pip = catalog()[str(symbol)].pip_size
            order["price"] = round(bid - 20 * pip, price_decimals(pip))
        return order

    def duplicate_order(self, row: int) -> int:
        return self.add_order(copy.deepcopy(self._orders()[row]), row + 1)

    def remove_orders(self, rows: list[int]) -> None:
        orders = self._orders()
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(orders):
                del orders[row]
        if not orders:
            self._document.pop("orders", None)
        self.orders_changed.emit()
        self._edited(self.tr("removal of pending orders"))

    def _orders(self) -> list[Any]:
        orders = self._document.get("orders")
        if not isinstance(orders, list):
            orders = self._document["orders"] = []
            self._document["version"] = VERSION  # orders came with version 2
        return orders

    def set_price(self, symbol: str, value: Any) -> None:
        """Set a symbol's whole price (a number, or ``{"bid", "ask"}``); None removes it."""
        prices = self._document.setdefault("prices", {})
        if value is None:
            prices.pop(symbol, None)
        else:
            prices[symbol] = value
        self._edited(self.tr("price of {symbol}").format(symbol=symbol))

    def price_side(self, symbol: str, side: str) -> tuple[Any, bool]:
        """(the bid or ask as typed, whether it is implied): a one-number price is both its bid
        and its ask, and its ask is shown as implied."""
        price = self.value(("prices", symbol))
        if isinstance(price, dict):
            return price.get(side), False
        return price, side == "ask" and price is not None

    def set_price_side(self, symbol: str, side: str, value: float | str | None) -> None:
        """Type a bid or an ask, as a trader expects of a price list:

        - a bid on a one-number price moves the whole price (it has no spread yet);
        - an ask makes it two-sided, an ask equal to the bid one-sided again;
        - clearing the ask leaves the bid as the price; clearing the bid removes the price.
        """
        price = self.value(("prices", symbol))
        bid, ask = (
            (price.get("bid"), price.get("ask")) if isinstance(price, dict) else (price, None)
        )
        if side == "bid":
            if value is None:
                self.set_price(symbol, None)
                return
            bid = value
        else:
            ask = value
        if bid is None:
            self.set_price(symbol, ask)
        elif ask is None or ask == bid:
            self.set_price(symbol, bid)
        else:
            self.set_price(symbol, {"bid": bid, "ask": ask})

    def set_request(self, request: DashboardRequest) -> None:
        if request != self._request:
            self._request = request
            self._schedule()

    def _positions(self) -> list[Any]:
        positions = self._document.setdefault("positions", [])
        assert isinstance(positions, list)
        return positions

    def _edited(self, text: str, path: tuple[PathKey, ...] | None = None) -> None:
        self._untouched_import = False
        self._revision += 1
        self._set_dirty(True)
        # One copy: the snapshots are never changed once taken (putting one back copies it).
        before, self._committed = self._committed, copy.deepcopy(self._document)
        self.undo_stack.push(_Edit(self, before, self._committed, text, path))
        self._schedule()

    def _put_back(self, document: dict[str, Any]) -> None:
        """The document as an undo or a redo finds it: every form, table and figure follows."""
        self._document = copy.deepcopy(document)
        self._committed = document
        self._untouched_import = False
        self._revision += 1
        self.document_replaced.emit()
        self.positions_changed.emit()
        self.scheme_changed.emit()
        self._schedule()

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    # -- files ------------------------------------------------------------------

    def new_document(self, document: dict[str, Any] | None = None) -> None:
        self._document = copy.deepcopy(document) if document is not None else blank_document()
        self.is_example = False
        self._path = None
        self._set_imported(None)
        self._replaced(dirty=False)

    def restore(self, document: dict[str, Any], path: Path | None) -> None:
        """Bring back autosaved work: the document as it was, unsaved, tied to its file."""
        self._document = copy.deepcopy(document)
        self._path = path
        self._replaced(dirty=True)

    def open_example(self) -> None:
        """The built-in example: a small Exness account that a 0.01% gain puts at margin call."""
        self.open_file(DEFAULT_EXAMPLE)
        self._path = None
        self.is_example = True
        self.path_changed.emit(None)

    def open_file(self, path: str | Path, statement: bool = False) -> None:
        """Open a scenario file, or import a MetaTrader statement (``statement``: only that).
        Files with bad values open (the forms mark them); files the forms cannot show raise
        `InputError` and leave the current document as it was."""
        file_path = Path(path)
        data = read_bytes(file_path)
        if statement or looks_like_statement(data):
            self.import_statement(data, file_path.name)
            self.statement_path = file_path
            return
        refuse_unknown(data, str(file_path))
        document = parse_json(scenario_text(data, str(file_path)), str(file_path))
        shape = editable_shape(document)
        if shape:
            raise InputError(
                [
                    Problem(f"{file_path}: {p.where}" if p.path else str(file_path), p.message)
                    for p in shape
                ]
            )
        self._document = document
        self._path = file_path
        self.is_example = False
        self._set_imported(None)
        self._replaced(dirty=False)

    def import_statement(self, data: bytes, name: str) -> None:
        """A MetaTrader statement as a new, unsaved scenario (`InputError` leaves the current
        one as it was)."""
        # The statement readers load on the first import, not at start-up (docs/performance.md).
        from core.statements.importer import import_statement

        imported = import_statement(data, name)
        self._document = copy.deepcopy(imported.document)
        self._path = None
        self.statement_path = None  # open_file names it
        self._set_imported(imported)
        self._replaced(dirty=True)
        self._untouched_import = True

    def apply_live(self, document: dict[str, Any]) -> None:
        """A reading of the MetaTrader 5 terminal (docs/live-link.md): its account, positions,
        orders, prices and instruments. The first reading is a new, unsaved scenario; later
        ones keep the scheme the trader picked and leave the undo history alone."""
        fresh = copy.deepcopy(document)
        if not self.live:
            self.live = True
            self._document = fresh
            self._path = None
            self._set_imported(None)
            self._replaced(dirty=True)
            self._untouched_import = True
            return
        fresh["scheme"] = copy.deepcopy(self._document.get("scheme"))
        self._put_back(fresh)
        # Nothing is lost by closing it: the terminal holds the account.
        self._untouched_import = True

    def find_rule_again(self) -> None:
        """Search again for the broker's rule of the imported statement, on the scenario as the
        trader has it now (docs/statements.md, "Finding the rule again")."""
        if self.imported is None:
            return
        from core.statements.importer import find_rule_again

        again = find_rule_again(self.imported, self._document)
        self._document = copy.deepcopy(again.document)
        self._set_imported(again)
        self._replaced(dirty=True)

    def _set_imported(self, imported: Imported | None) -> None:
        self.imported = imported
        if imported is None:
            self.statement_path = None
        self.statement_imported.emit(imported)

    def map_symbol(self, broker_symbol: str, symbol: str) -> None:
        """Give an imported symbol the catalog's instrument: its positions and price move to
        ``symbol`` and the instrument left to complete goes."""
        for position in self._positions():
            if isinstance(position, dict) and position.get("symbol") == broker_symbol:
                position["symbol"] = symbol
        prices = self._document.get("prices")
        if isinstance(prices, dict) and broker_symbol in prices:
            prices.setdefault(symbol, prices.pop(broker_symbol))
        instruments = self._document.get("instruments")
        if isinstance(instruments, dict):
            instruments.pop(broker_symbol, None)
            if not instruments:
                self._document.pop("instruments")
        self.positions_changed.emit()
        self._edited(
            self.tr("{symbol} read as {instrument}").format(symbol=broker_symbol, instrument=symbol)
        )

    def unmapped_symbols(self) -> list[str]:
        """Imported symbols still waiting for an instrument: left empty under "instruments"."""
        instruments = self._document.get("instruments")
        if not isinstance(instruments, dict):
            return []
        return [symbol for symbol, fields in instruments.items() if fields == {}]

    def printed_figures(self) -> dict[str, object]:
        """What the imported statement printed, from the document's ``source``."""
        source = self._document.get("source")
        printed = source.get("printed") if isinstance(source, dict) else None
        return printed if isinstance(printed, dict) else {}

    def save(self, path: str | Path | None = None) -> Path:
        """Save atomically: the canonical form when the scenario is valid, the document as it
        stands otherwise (nothing typed is lost). Returns the path written."""
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file name to save to")
        self._timer.stop()
        self.recompute()
        try:
            content: Any = scenario_to_json(scenario_from_json(copy.deepcopy(self._document)))
        except InputError:
            content = self._document
        write_atomically(target, json.dumps(content, indent=2, allow_nan=False) + "\n", backup=True)

        self._path = target
        self.path_changed.emit(target)
        self.undo_stack.setClean()
        self._set_dirty(False)
        return target

    def _replaced(self, dirty: bool) -> None:
        self._untouched_import = False
        self._revision += 1
        # A new history: the document opened is where undo stops; an unsaved one (an
        # import, recovered work) is unsaved whatever is undone.
        self._committed = copy.deepcopy(self._document)
        self.undo_stack.clear()
        if dirty:
            self.undo_stack.resetClean()
        self._dashboard = None
        self._problems = ()
        self.path_changed.emit(self._path)
        self._set_dirty(dirty)
        self.document_replaced.emit()
        self.positions_changed.emit()
        self._timer.stop()
        self.recompute()
        if self._dashboard is None:
            self.emptied.emit()

    def _clean_changed(self, clean: bool) -> None:
        self._set_dirty(not clean)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- computing --------------------------------------------------------------

    def recompute(self) -> None:
        """Validate the document and ask the core for a Dashboard; emits what changed."""
        self.recompute_count += 1
        read = self._read if self._read is not None and self._read[0] == self._revision else None
        if read is None:
            self._price_needs = tuple(self._needs_of_document())
        try:
            # The reader copies what it keeps, so the document needs no copy here.
            scenario = read[1] if read is not None else scenario_from_json(self._document)
            self._read = (self._revision, scenario)
            request = self._request
            if (
                request.analysis_symbol is not None
                and request.analysis_symbol not in scenario.prices
            ):
                request = replace(request, analysis_symbol=None)
            last = self._dashboard if self._dashboard_revision == self._revision else None
            with np.errstate(all="ignore"):  # overflow comes back as an input problem
                result = dashboard(scenario, request, last)

        except InputError as error:
            self._problems = tuple(error.problems)
            self.problems_changed.emit(self._problems)
            return
        self._problems = ()
        self._dashboard = result
        self._dashboard_revision = self._revision
        self.problems_changed.emit(self._problems)
        self.evaluated.emit(result)

    def _needs_of_document(self) -> list[PriceNeed]:
        """Needed prices from a document that may not be valid yet."""
        account = self.value(("account",), {}) or {}
        currency = account.get("currency", "USD") if isinstance(account, dict) else "USD"
        value = self.value(("scheme",))
        scheme = (
            presets().get(value)
            if isinstance(value, str)
            else read_scheme(FieldReader(), value, "scheme")
        )
        scheme_currency = (
            scheme.currency if scheme is not None and scheme.counts_in_own_currency else None
        )
        symbols = [p.get("symbol") for p in self._positions() if isinstance(p, dict)]
        # Only which symbols are priced matters for the chains, not the values.
        prices = {
            k: 1.0
            for k, v in (self.value(("prices",), {}) or {}).items()
            if isinstance(v, int | float | dict)
        }
        return required_prices(
            currency if isinstance(currency, str) else "USD",
            scheme_currency,
            [s for s in symbols if isinstance(s, str)],
            prices,
            catalog(),
        )


_MISSING = object()
