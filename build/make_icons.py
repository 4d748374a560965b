"""Draw the fxmargin icon and write it for each platform (PNG for the window, ICO, ICNS).

Run once after changing the design: python build/make_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.fxmargin.fxmargin"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    painter.setBrush(QColor("#17324d"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # A leverage ladder: margin steps up as tiers are crossed.
    steps = [
        (40, 190),
        (100, 190),
        (100, 150),
        (150, 150),
        (150, 100),
        (200, 100),
        (200, 60),
        (222, 60),
    ]
    path = QPainterPath(QPointF(steps[0][0] * s, steps[0][1] * s))
    for x, y in steps[1:]:
        path.lineTo(x * s, y * s)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(
            QColor("#f9a825"),
            18 * s,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.drawPath(path)
    painter.setPen(QPen(QColor("#ffffff"), 10 * s, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(40 * s, 214 * s), QPointF(222 * s, 214 * s))
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    draw(256).save(str(ROOT / "resources" / "icons" / "fxmargin.png"), "PNG")
    draw(256).save(str(ROOT / "build" / "icons" / "fxmargin.ico"), "ICO")
    draw(512).save(str(ROOT / "build" / "icons" / "fxmargin.icns"), "ICNS")
    # Linux desktops look icons up by size in the hicolor theme.
    for size in HICOLOR_SIZES:
        folder = ROOT / "build" / "linux" / "icons" / f"{size}x{size}"
        folder.mkdir(parents=True, exist_ok=True)
        draw(size).save(str(folder / f"{APP_ID}.png"), "PNG")
    del app


if __name__ == "__main__":
    main()
