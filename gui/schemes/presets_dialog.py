"""Scheme -> My presets…: the trader's own presets, to rename, delete, export and import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.problems import InputError
from gui.common.field_marks import make_quiet
from gui.i18n import QT_TRANSLATE_NOOP
from gui.schemes.user_presets import UserPresets

PRESET_FILTER = QT_TRANSLATE_NOOP(
    "PresetsDialog", "fxmargin presets and scenarios (*.json);;All files (*)"
)


class PresetsDialog(QDialog):
    """Lists the user's presets; each button acts on the selected one."""

    def __init__(self, user_presets: UserPresets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My presets"))
        self.user_presets = user_presets
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _: self._enable())
        folder = QLabel(self.tr("Kept in {folder}").format(folder=user_presets.library.folder))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_quiet(folder)
        self.broken = QLabel()
        self.broken.setWordWrap(True)

        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.import_button = QPushButton("&Import…")
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        side = QVBoxLayout()
        for button in (
            self.rename_button,
            self.delete_button,
            self.export_button,
            self.import_button,
        ):
            side.addWidget(button)
        side.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.broken)
        layout.addWidget(folder)
        layout.addWidget(close)
        self.resize(560, 360)
        user_presets.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        current = select or self.selected_key()
        self.list.clear()
        presets = self.user_presets.presets
        for key, scheme in sorted(presets.items(), key=lambda item: item[1].name.lower()):
            item = QListWidgetItem(scheme.name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(
                "\n".join(
                    part
                    for part in (
                        scheme.description,
                        self.tr("Source: {source}").format(source=scheme.source)
                        if scheme.source
                        else "",
                        self.tr("Checked: {date}").format(date=scheme.checked)
                        if scheme.checked
                        else "",
                        self.tr("File: {file}").format(file=f"{key}.json"),
                    )
                    if part
                )
            )
            self.list.addItem(item)
            if key == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        broken = self.user_presets.library.broken
        self.broken.setText(
            "Files that could not be read (left as they are):\n" + "\n".join(str(p) for p in broken)
            if broken
            else ""
        )
        self.broken.setVisible(bool(broken))
        self._enable()

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _enable(self) -> None:
        chosen = self.selected_key() is not None
        for button in (self.rename_button, self.delete_button, self.export_button):
            button.setEnabled(chosen)

    # -- actions (the buttons ask, these do) ---------------------------------------------

    def rename(self, key: str, name: str) -> None:
        self._try(
            lambda: self.refresh(self.user_presets.rename(key, name)), self.tr("Cannot rename")
        )

    def delete(self, key: str) -> None:
        self._try(lambda: self.user_presets.delete(key), self.tr("Cannot delete"))

    def export(self, key: str, path: Path) -> None:
        self._try(lambda: self.user_presets.export(key, path), self.tr("Cannot export"))

    def import_path(self, path: Path) -> None:
        self._try(lambda: self.refresh(self.user_presets.import_file(path)), "Cannot import")

    def _try(self, act: Callable[[], object], title: str) -> None:
        try:
            act()
        except InputError as error:
            QMessageBox.warning(self, title, "\n".join(str(p) for p in error.problems))
        except OSError as error:
            QMessageBox.warning(self, title, str(error.strerror or error))

    def _ask_rename(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename preset"),
            self.tr("New name:"),
            text=self.user_presets.presets[key].name,
        )
        if ok:
            self.rename(key, name)

    def _ask_delete(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        name = self.user_presets.presets[key].name
        answer = QMessageBox.question(
            self,
            self.tr("Delete preset"),
            self.tr("Delete your preset “{name}”? Scenarios that use it keep it.").format(
                name=name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(key)

    def _ask_export(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export preset"), f"{key}.json", self.tr(PRESET_FILTER)
        )
        if name:
            self.export(key, Path(name))

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import preset"), "", self.tr(PRESET_FILTER)
        )
        if name:
            self.import_path(Path(name))
