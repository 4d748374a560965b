"""Where the app keeps its own files: the error log and autosaved work.

``FXMARGIN_DATA_DIR`` overrides the platform's user data folder (tests, portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_dir() -> Path:
    override = os.environ.get("FXMARGIN_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        folder = Path(location) if location else Path.home() / ".fxmargin"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_path() -> Path:
    return data_dir() / "fxmargin.log"


def autosave_dir() -> Path:
    folder = data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
