"""The scripts under build/, loaded by path: build/ is scripts, not a package (and "build" is
also a PyPI package's name)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def build_script(name: str) -> ModuleType:
    """build/<name>.py as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "build" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
