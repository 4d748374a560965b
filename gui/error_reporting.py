"""Unexpected errors in the app: a short dialog, the details in a log file, and the app runs on."""

from __future__ import annotations

import datetime
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from gui.i18n import translate
from gui.user_data import log_path

MAX_LOG_BYTES = 1_000_000


def write_log(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """Append the error with its traceback to the log (restarted past 1 MB); returns the path."""
    path = log_path()
    if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
        path.replace(path.with_suffix(".log.old"))
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {stamp}\n")
        log.writelines(traceback.format_exception(kind, error, trace))
    return str(path)


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook for the app: log, tell the trader briefly, keep running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    try:
        where = write_log(kind, error, trace)
    except OSError as log_error:
        where = translate("ErrorReporting", "(the log could not be written: {error})").format(
            error=log_error
        )
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            translate("ErrorReporting", "fxmargin: unexpected error"),
            translate(
                "ErrorReporting",
                "Something went wrong: {kind}: {error}\n\nYour work is kept; the last good "
                "results stay on screen.\nDetails: {where}",
            ).format(kind=kind.__name__, error=error, where=where),
        )


def install() -> None:
    sys.excepthook = report
