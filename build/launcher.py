"""Entry script of the frozen app: the same ``fxmargin`` command as the console script."""

import sys

from gui.main import main

if __name__ == "__main__":
    sys.exit(main())
