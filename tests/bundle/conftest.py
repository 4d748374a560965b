"""The Linux install test needs the Linux archive; other systems ship other things."""

import sys

collect_ignore = [] if sys.platform.startswith("linux") else ["test_linux_install.py"]
