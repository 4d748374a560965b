"""The start-up baseline: a bare PySide6 window with one pyqtgraph plot (start, show, grab, save, exit)."""

import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
x = np.linspace(1.0, 1.2, 600)
plot.plot(x, np.sin(x * 40))
window.setCentralWidget(plot)
window.resize(1440, 900)
window.show()
for _ in range(5):
    app.processEvents()
window.grab().save(sys.argv[1], "PNG")
