"""Entry script of the frozen command line: ``compute``, ``curve``, ``import`` and ``presets``
run here without Qt (its runtime hook alone costs a Qt load per run); anything else is the
window, so it is handed to the app's own executable beside this one."""

import os
import subprocess
import sys
from pathlib import Path

CORE_COMMANDS = ("compute", "curve", "import", "presets")
APP = "fxmargin.exe" if sys.platform == "win32" else "fxmargin-app"


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] in CORE_COMMANDS:
        from core.cli import main as core_main  # not before: the window need not wait for it

        return core_main(args)
    if args == ["--version"]:  # here, not in the window: on Windows it has no console to print to
        from importlib.metadata import version

        print(f"fxmargin {version('fxmargin')}")
        return 0
    app = Path(sys.executable).with_name(APP)
    if os.name == "posix":
        os.execv(app, [str(app), *args])  # the window replaces this process
    return subprocess.run([str(app), *args], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
