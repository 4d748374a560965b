"""The ``fxmargin`` command: ``compute`` and ``curve`` go to the core; anything else opens the app.

Qt is imported only when the app is asked for, so the command line starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

CORE_COMMANDS = ("compute", "curve", "import", "presets", "snapshot")


def version() -> str:
    """The version from the package metadata (the bundle carries it too), else, in a checkout
    run without installing, from pyproject.toml: it lives in one place."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("fxmargin")
    except PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CORE_COMMANDS:
        from core.cli import main as core_main

        return core_main(args)
    parser = argparse.ArgumentParser(
        prog="fxmargin",
        description="Margin calculator for floating-leverage accounts. "
        "Also: fxmargin compute FILE [--json], fxmargin curve FILE ...",
    )
    parser.add_argument(
        "file", nargs="?", help="a scenario file to open (default: the built-in example)"
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="open offscreen, save a picture of the window, exit"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    options = parser.parse_args(args)
    if options.version:
        print(f"fxmargin {version()}")
        return 0
    from gui.app import run_app

    return run_app(options.file, options.screenshot)


if __name__ == "__main__":
    sys.exit(main())
