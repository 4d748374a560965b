"""The largest values an input may hold: beyond them a figure is not believable, and every
result stays finite."""

from __future__ import annotations

MAX_MAGNITUDE = 1e15
"""No money amount, price or volume beyond this is believable; it keeps every result finite."""
MAX_LOTS = 1e9
"""No position or order is larger than this many lots."""
