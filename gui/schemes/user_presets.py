"""The trader's own presets as the app sees them: the core's folder library, with a signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from core.files.preset_library import PresetLibrary
from core.files.scheme_file import scheme_fields
from core.model.scheme import Scheme
from gui.user_data import data_dir

USER_KEY_PREFIX = "user:"
"""Scheme list entries of the trader's presets carry this before their key."""


def presets_dir() -> Path:
    """The trader's presets folder, beside the app's other user data."""
    return data_dir() / "presets"


class UserPresets(QObject):
    """The presets in the user's folder; ``changed`` after any of them is added, renamed,
    deleted or imported, so that every scheme list shows the same ones."""

    changed = Signal()

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = PresetLibrary(folder or presets_dir())

    @property
    def presets(self) -> dict[str, Scheme]:
        return self.library.presets

    def key_of(self, fields: object) -> str | None:
        """The key of the user preset whose scheme is exactly ``fields`` (an inline scheme in
        a scenario), if one is."""
        if not isinstance(fields, dict):
            return None
        for key, scheme in self.presets.items():
            if scheme_fields(scheme) == fields:
                return key
        return None

    def add(self, scheme: Scheme) -> str:
        key = self.library.add(scheme)
        self.changed.emit()
        return key

    def rename(self, key: str, name: str) -> str:
        new_key = self.library.rename(key, name)
        self.changed.emit()
        return new_key

    def delete(self, key: str) -> None:
        self.library.delete(key)
        self.changed.emit()

    def import_file(self, path: Path) -> str:
        key = self.library.import_file(path)
        self.changed.emit()
        return key

    def export(self, key: str, path: Path) -> None:
        self.library.export(key, path)


def ask_preset_name(parent: QWidget, name: str) -> str | None:
    """The name of a new preset of the trader's own, asked in a dialog wide enough for its
    title (one sized to the name field cut it to "Save a… reset"); None when cancelled."""
    ask = QInputDialog(parent)
    ask.setWindowTitle(QCoreApplication.translate("UserPresets", "Save as my preset"))
    ask.setLabelText(QCoreApplication.translate("UserPresets", "Name of your preset:"))
    ask.setTextValue(name)
    ask.setMinimumWidth(ask.fontMetrics().horizontalAdvance(ask.windowTitle()) + 240)
    if ask.exec() != QDialog.DialogCode.Accepted.value:
        return None
    return ask.textValue().strip() or None
