"""Safe files, autosave and crash recovery, unexpected errors, and random edits in the window."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from core.resources import resources_dir
from gui import error_reporting
from gui.autosave import AUTOSAVE_FORMAT, Autosaver, pending_recoveries
from gui.inputs.positions_model import INPUT_COLUMNS
from gui.main_window import MainWindow
from gui.scenario_controller import ScenarioController
from tests.core.files.test_loader_fuzz import mutated_examples

EXAMPLE = resources_dir() / "examples" / "gbpusd-volume-tier.json"


def test_saving_keeps_the_previous_version(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    controller = ScenarioController()
    controller.open_file(EXAMPLE)
    controller.save(target)
    controller.set_value(("account", "balance"), 6000)
    controller.save(target)
    assert json.loads(target.read_text())["account"]["balance"] == 6000
    assert json.loads((tmp_path / "mine.json.bak").read_text())["account"]["balance"] == 5000


def test_autosave_while_unsaved_and_gone_after_saving(qtbot: QtBot, tmp_path: Path) -> None:
    controller = ScenarioController()
    controller.open_file(EXAMPLE)
    autosaver = Autosaver(controller)
    controller.set_value(("account", "balance"), 4321)
    assert autosaver.timer.isActive()
    autosaver.save_now()
    data = json.loads(autosaver.file.read_text())
    assert data["format"] == AUTOSAVE_FORMAT
    assert data["document"]["account"]["balance"] == 4321
    assert data["path"] == str(EXAMPLE)
    controller.save(tmp_path / "saved.json")
    assert not autosaver.file.exists()
    assert not autosaver.timer.isActive()


def test_work_of_a_dead_session_is_offered_back(
    qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = json.loads(EXAMPLE.read_text())
    document["account"]["balance"] = 7777
    (data_dir / "autosave").mkdir(parents=True, exist_ok=True)
    leftover = data_dir / "autosave" / "session-999999999.json"
    leftover.write_text(
        json.dumps(
            {
                "format": AUTOSAVE_FORMAT,
                "saved_at": "2026-11-22T09:00:00",
                "path": str(EXAMPLE),
                "document": document,
            }
        )
    )
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.offer_recovery()
    assert "gbpusd-volume-tier.json" in asked[0]
    assert window.controller.value(("account", "balance")) == 7777
    assert window.controller.dirty
    assert window.controller.path == EXAMPLE
    assert not leftover.exists()
    assert not window.offer_recovery()


def test_autosaves_of_running_sessions_are_not_offered(data_dir: Path, qtbot: QtBot) -> None:
    (data_dir / "autosave").mkdir(parents=True, exist_ok=True)
    mine = data_dir / "autosave" / f"session-{os.getpid()}.json"
    mine.write_text(
        json.dumps({"format": AUTOSAVE_FORMAT, "saved_at": "x", "path": None, "document": {}})
    )
    (data_dir / "autosave" / "session-12.json").write_text("not json")
    assert pending_recoveries() == []


CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from gui.main_window import MainWindow
    window = MainWindow(autosave=True)
    window.controller.open_file(sys.argv[1])
    window.show()
    window.account_form.balance.setText("8888")
    window.account_form.balance.textEdited.emit("8888")
    print("EDITED", flush=True)
    app.exec()
    """
)


def test_killed_mid_edit_the_work_is_offered_back(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, settings: object
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FXMARGIN_DATA_DIR": str(data_dir)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(EXAMPLE)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "EDITED"
        autosave = data_dir / "autosave" / f"session-{child.pid}.json"
        qtbot.waitUntil(autosave.exists, timeout=20_000)  # the app autosaves every 3 s

    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    restarted = MainWindow(autosave=True)
    restarted.controller.open_example()
    assert restarted.offer_recovery()
    qtbot.waitUntil(lambda: restarted.results.values["balance"].text() == "8,888.00 USD")
    assert restarted.account_form.balance.text() == "8888"
    assert restarted.controller.path == EXAMPLE
    restarted.controller.new_document()
    restarted.close()


def test_unexpected_error_shows_a_dialog_and_logs_the_details(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])))
    try:
        raise RuntimeError("something broke")
    except RuntimeError as error:
        error_reporting.report(RuntimeError, error, error.__traceback__)
    log = (data_dir / "fxmargin.log").read_text()
    assert "RuntimeError: something broke" in log
    assert "Traceback" in log
    assert "RuntimeError: something broke" in shown[0]
    assert str(data_dir / "fxmargin.log") in shown[0]


def fields(window: MainWindow) -> list[QLineEdit | QComboBox]:
    return [
        w
        for w in window.findChildren(QLineEdit) + window.findChildren(QComboBox)
        if w.isVisible() and w.isEnabled()
    ]


TEXTS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e308",
            "1e-308",
            "nan",
            "inf",
            "Unlimited",
            "1:500",
            "EURUSD",
            "sell",
            "9" * 30,
            "1,000.5",
        ]
    ),
)
EDITS = st.lists(st.tuples(st.integers(0, 10_000), TEXTS), min_size=1, max_size=12)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=EDITS)
def test_random_edits_never_break_the_window(
    qtbot: QtBot, window: MainWindow, edits: list[tuple[int, str]]
) -> None:
    # pytest-qt fails the test on any exception raised inside a Qt slot or event handler.
    window.controller.open_example()
    model = window.positions_table.model
    for target, text in edits:
        editable = fields(window)
        cells = [(row, column) for row in range(model.rowCount()) for column in INPUT_COLUMNS]
        choice = target % (len(editable) + len(cells) + 1)
        if choice < len(editable):
            widget = editable[choice]
            if isinstance(widget, QLineEdit):
                widget.setText(text)
                widget.textEdited.emit(text)
            elif widget.isEditable():
                widget.setEditText(text)
            else:
                widget.setCurrentIndex(target % max(widget.count(), 1))
        elif choice - len(editable) < len(cells):
            row, column = cells[choice - len(editable)]
            model.setData(model.index(row, column), text)
        else:
            window.positions_table.add()
        qtbot.waitUntil(lambda: not window.controller._timer.isActive(), timeout=5000)
    assert window.results.isVisible()
    assert window.controller.is_valid or window.results.problems.isVisible()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=mutated_examples())
def test_opening_any_file_never_breaks_the_window(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    document: object,
) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: refusals.append(str(args[2])))
    target = tmp_path / "fuzzed.json"
    target.write_text(json.dumps(document))
    opened = window.open_path(target, ask=False)
    qtbot.waitUntil(lambda: not window.controller._timer.isActive(), timeout=5000)
    if opened:
        assert window.controller.path == target
        assert window.controller.is_valid or window.controller.problems
    else:
        assert refusals
