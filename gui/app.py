"""Starting the desktop app, and ``--screenshot`` (open offscreen, draw, save a PNG, exit)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.problems import InputError

DEFAULT_SIZE = (1440, 900)


def run_app(file: str | None, screenshot: str | None) -> int:
    """Open the main window on ``file`` (default: the built-in example). Returns the exit code."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.linux_libraries import startup_problem

    missing = startup_problem()
    if missing is not None:
        print(missing, file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("fxmargin")
    app.setApplicationName("fxmargin")
    from PySide6.QtGui import QIcon

    from core.resources import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "fxmargin.png")))
    from gui import i18n

    settings = None if screenshot else QSettings()
    # --screenshot speaks the language FXMARGIN_LANGUAGE names (docs' pictures), else English.
    language = (
        i18n.chosen_language(settings)
        if screenshot is None
        else os.environ.get("FXMARGIN_LANGUAGE", "en")
    )
    i18n.install(app, language if language in i18n.LANGUAGES else "en")

    from gui.plots.plot_base import configure_theme

    configure_theme()
    from gui.main_window import MainWindow

    if screenshot is None:
        from gui import error_reporting

        error_reporting.install()
    window = MainWindow(settings=settings, autosave=screenshot is None)
    problem = None
    if file is None:
        window.controller.open_example()
    else:
        try:
            window.controller.open_file(Path(file))
        except InputError as error:
            problem = error
    if problem is not None:
        for line in problem.problems:
            print(line, file=sys.stderr)
        if screenshot is not None:
            return 2
        window.controller.open_example()
    if screenshot is not None:
        return _screenshot(app, window, Path(screenshot))
    window.show()
    window.offer_recovery()
    if problem is not None:
        QMessageBox.warning(
            window,
            i18n.translate("MainWindow", "Cannot open this file"),
            "\n".join(i18n.problem_text(p) for p in problem.problems),
        )
    return app.exec()


def _screenshot(app: object, window: object, path: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    assert isinstance(app, QApplication)
    assert isinstance(window, MainWindow)

    window.resize(*DEFAULT_SIZE)
    window.show()
    # A few turns of the event loop deliver the show and resize events (the plots size their
    # views on them) and let word-wrapped labels settle their height (two turns are not
    # enough); grab() then paints every widget, plots included, itself.
    for _ in range(5):
        app.processEvents()

    image = window.grab()

    if not image.save(str(path), "PNG"):
        print(f"{path}: cannot write the picture", file=sys.stderr)
        return 2
    return 0  # the process ends here; closing the window first would only redo work
