"""Help -> About fxmargin: the version, the licence, and where the preset numbers come from."""

from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.files.scheme_file import presets
from core.resources import resources_dir
from gui.i18n import translate
from gui.main import version

NOTICES = "THIRD-PARTY-NOTICES.md"


def notices_text() -> str:
    """The bundled libraries' licences: beside ``resources/`` in a checkout and in the bundle."""
    path = Path(resources_dir()).parent / NOTICES
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return translate(
            "AboutDialog",
            "The list of bundled libraries and their licences is missing from this copy.",
        )


def presets_html() -> str:
    rows = "".join(
        "<p>"
        + translate("AboutDialog", "<b>{name}</b> ({key}), checked {date}").format(
            name=html.escape(scheme.name), key=html.escape(key), date=html.escape(scheme.checked)
        )
        + f"<br>{html.escape(scheme.source)}</p>"
        for key, scheme in presets().items()
    )
    intro = translate(
        "AboutDialog",
        "Brokers change their terms: check yours. Each preset's numbers were read in the "
        "source below on the date given.",
    )
    return f"<p>{intro}</p>" + rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About fxmargin"))
        what = self.tr(
            "Margin, free margin, margin level, and the prices where margin call and stop out "
            "come, for accounts with floating leverage. Offline: nothing is sent anywhere."
        )
        licence = self.tr(
            "MIT licence. Qt and PySide6 under the GNU LGPL 3.0, other libraries under their "
            "own licences (Licences tab)."
        )
        self.header = QLabel(
            f"<h2>fxmargin {html.escape(version())}</h2><p>{what}</p><p>{licence}</p>"
            f"<p>Qt {html.escape(qVersion())}, PySide6 {html.escape(PySide6.__version__)}</p>"
        )
        self.header.setWordWrap(True)
        self.sources = QTextBrowser()
        self.sources.setHtml(presets_html())
        self.licences = QTextBrowser()
        self.licences.setMarkdown(notices_text())
        tabs = QTabWidget()
        tabs.addTab(self.sources, self.tr("Where the preset numbers come from"))
        tabs.addTab(self.licences, self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
