"""Autosave of unsaved work, and offering it back after a crash or a kill.

While the scenario has unsaved edits, it is written every few seconds to
``<data dir>/autosave/session-<pid>.json`` (atomically), with the file it came
from. Saving, discarding or closing normally removes it. At start, autosaves of
sessions whose process is gone are offered back.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from core.files.json_files import write_atomically
from gui.scenario_controller import ScenarioController
from gui.user_data import autosave_dir

AUTOSAVE_FORMAT = "fxmargin-autosave"
INTERVAL_MS = 3000


@dataclass(frozen=True)
class Recovery:
    """Unsaved work left by a session that ended without saving it."""

    autosave: Path
    document: dict[str, Any]
    path: Path | None
    saved_at: str

    def discard(self) -> None:
        self.autosave.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def pending_recoveries() -> list[Recovery]:
    """Autosaves whose session is no longer running, newest first; unreadable ones are skipped."""
    found = []
    for file in autosave_dir().glob("session-*.json"):
        try:
            pid = int(file.stem.split("-", 1)[1])
            data = json.loads(file.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        if _alive(pid) or not isinstance(data, dict) or data.get("format") != AUTOSAVE_FORMAT:
            continue
        document = data.get("document")
        if not isinstance(document, dict):
            continue
        path = data.get("path")
        found.append(
            Recovery(
                file,
                document,
                Path(path) if isinstance(path, str) else None,
                str(data.get("saved_at", "")),
            )
        )
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes the controller's document while it has unsaved edits."""

    def __init__(self, controller: ScenarioController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.file = autosave_dir() / f"session-{os.getpid()}.json"
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        controller.dirty_changed.connect(self._dirty_changed)

    def _dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self.timer.start()
        else:
            self.timer.stop()
            self.remove()

    def save_now(self) -> None:
        if not self.controller.dirty:
            return
        path = self.controller.path
        data = {
            "format": AUTOSAVE_FORMAT,
            "saved_at": datetime.datetime.now().isoformat(timespec="seconds"),
            "path": str(path) if path is not None else None,
            "document": self.controller.document,
        }
        write_atomically(self.file, json.dumps(data, indent=1, allow_nan=False, default=str))

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)
