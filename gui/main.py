"""The ``fxmargin`` command: ``compute`` and ``curve`` go to the core; anything else opens the app.

Qt is imported only when the app is asked for, so the command line starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

CORE_COMMANDS = ("compute", "curve")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CORE_COMMANDS:
        from core.cli import main as core_main

        return core_main(args)
    if args and args[0] == "--version":
        from importlib.metadata import version

        print(f"fxmargin {version('fxmargin')}")
        return 0
    print(
        "fxmargin: the desktop app is not built yet; use 'fxmargin compute FILE' or 'fxmargin curve FILE'",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
