"""File > Connect to MetaTrader 5: the terminal read every second in a worker thread (its
package's calls block), each reading put into the scenario in the window (docs/live-link.md).
A reading that fails keeps the last one on screen, marked with its time."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from core.live.mt5_link import Snapshot, Terminal, connect, read_snapshot
from core.problems import InputError
from gui.i18n import problem_text, translate

INTERVAL_MS = 1000


def package_missing() -> str | None:
    """Why the link cannot be used here, or None where MetaQuotes' package imports."""
    if importlib.util.find_spec("MetaTrader5") is None:
        return translate(
            "LiveLink",
            "Needs MetaQuotes' MetaTrader5 package, which runs on Windows: "
            'pip install "fxmargin[mt5]"',
        )
    return None


class Reader(QObject):
    """Lives in the worker thread: connects, then reads on each tick of its timer."""

    read = Signal(object)  # Snapshot
    failed = Signal(str)

    def __init__(self, connector: Callable[[], Terminal], interval_ms: int) -> None:
        super().__init__()
        self.connector = connector
        self.interval_ms = interval_ms
        self.terminal: Terminal | None = None
        self.timer: QTimer | None = None
        self.specs: dict[str, Any] = {}  # each symbol's specification, read once

    @Slot()
    def start(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(self.interval_ms)
        self.timer.timeout.connect(self.read_now)
        self.read_now()
        self.timer.start()

    @Slot()
    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()

    @Slot()
    def read_now(self) -> None:
        try:
            if self.terminal is None:
                self.terminal = self.connector()
            self.read.emit(read_snapshot(self.terminal, specs=self.specs))
        except InputError as error:
            self.terminal = None  # connect again on the next tick
            self.failed.emit("; ".join(problem_text(p) for p in error.problems))
        except Exception as error:
            # A package of another version may answer in a shape this reader does not know:
            # say so and keep the last reading, rather than stop the link's thread.
            self.terminal = None
            self.failed.emit(
                translate("LiveLink", "the terminal's answer could not be read: {error}").format(
                    error=f"{type(error).__name__}: {error}"
                )
            )


class LiveLink(QObject):
    """The link seen from the window: ``reading`` with each new snapshot, ``lost`` with the
    reason when a reading fails (the last good one stays), ``status`` in words."""

    reading = Signal(object)  # Snapshot
    lost = Signal(str)
    status = Signal(str)

    def __init__(
        self,
        connector: Callable[[], Terminal] = connect,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connector = connector
        self.interval_ms = interval_ms
        self.worker: QThread | None = None
        self.reader: Reader | None = None
        self.last: Snapshot | None = None

    def start(self) -> None:
        if self.worker is not None:
            return
        self.worker = QThread(self)
        self.reader = Reader(self.connector, self.interval_ms)
        self.reader.moveToThread(self.worker)
        self.worker.started.connect(self.reader.start)
        self.reader.read.connect(self._read)
        self.reader.failed.connect(self._failed)
        self.worker.finished.connect(self.reader.deleteLater)
        self.worker.start()
        self.status.emit(self.tr("MetaTrader 5: connecting…"))

    def stop(self) -> None:
        if self.worker is None:
            return
        reader, thread = self.reader, self.worker
        self.reader = self.worker = None
        if reader is not None:
            reader.read.disconnect(self._read)
            reader.failed.disconnect(self._failed)
        thread.quit()
        thread.wait()
        self.status.emit(self.tr("MetaTrader 5: disconnected"))

    def _read(self, snapshot: Snapshot) -> None:
        self.last = snapshot
        source: dict[str, Any] = snapshot.document.get("source", {})
        self.reading.emit(snapshot)
        self.status.emit(
            self.tr("MetaTrader 5: {server}, account {account}, read at {time}").format(
                server=source.get("server", ""),
                account=source.get("account", ""),
                time=snapshot.time,
            )
        )

    def _failed(self, reason: str) -> None:
        self.lost.emit(reason)
        if self.last is None:
            self.status.emit(self.tr("MetaTrader 5: {reason}").format(reason=reason))
        else:
            self.status.emit(
                self.tr("MetaTrader 5: {reason}; showing the reading of {time}").format(
                    reason=reason, time=self.last.time
                )
            )
