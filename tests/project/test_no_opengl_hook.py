"""The bundle leaves QtOpenGL out and a runtime hook stands in for it
(docs/development.md#what-the-bundle-leaves-out): with only the stand-ins, pyqtgraph loads and
draws the app's plots, and asking the stand-in for OpenGL says why it cannot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import runpy, sys
runpy.run_path(sys.argv[1])
import numpy as np
from PySide6.QtWidgets import QApplication
app = QApplication(["test", "-platform", "offscreen"])
from gui.plots.price_plot import PricePlot
plot = PricePlot()
plot.resize(600, 400)
plot.margin.setData(np.linspace(1, 2, 50), np.linspace(0, 1, 50))
image = plot.grab().toImage()
assert image.width() == 600, image.width()
import pyqtgraph.Qt.OpenGLHelpers  # its GL widget class is built on the stand-in
assert type(sys.modules["PySide6.QtOpenGL"]).__name__ == "module"
assert not hasattr(sys.modules["PySide6.QtOpenGL"], "__file__")
try:
    sys.modules["PySide6.QtOpenGL"].QOpenGLBuffer
except AttributeError as error:
    print(error)
"""


def test_pyqtgraph_draws_with_the_stand_ins() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "build" / "no_opengl_hook.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "PySide6.QtOpenGL.QOpenGLBuffer: OpenGL is not part of this build" in done.stdout
