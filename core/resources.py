"""Where the shipped data files (catalog, presets, examples, translations, icons) live: the
``resources/`` folder of a checkout, the bundle's when frozen, or the installed package
``fxmargin_resources`` (the same folder, shipped inside the wheel)."""

from __future__ import annotations

import sys
from functools import cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder of the shipped data files."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parents[1] / "resources"
    if checkout.is_dir():
        return checkout
    return Path(str(files("fxmargin_resources")))


@cache
def docs_dir() -> Path:
    """The folder of the user guide's pages (docs/), as `resources_dir` finds its own."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "docs"
    checkout = Path(__file__).resolve().parents[1] / "docs"
    if checkout.is_dir():
        return checkout
    # A folder of pages, with no __init__.py: a namespace package, found by its spec.
    spec = find_spec("fxmargin_docs")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(locations[0]) if locations else checkout
