"""Test configuration shared by every test: Qt runs offscreen with stable pixel sizes."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")
