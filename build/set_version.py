"""Set the project's version, the one place it lives (pyproject.toml), from a release tag.

    python build/set_version.py v1.2.0        # the release workflow passes the tag

Everything else reads the version from the package metadata: ``fxmargin --version``, the
About box, the macOS bundle, the Windows installer and the Linux metainfo.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
TAG = re.compile(r"^v?(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)$")
VERSION_LINE = re.compile(r'^version = "[^"]*"$', re.MULTILINE)


def set_version(tag: str, pyproject: Path = PYPROJECT) -> str:
    """Write the tag's version (``v1.2.0`` -> ``1.2.0``) into pyproject.toml; returns it."""
    match = TAG.match(tag.strip())
    if match is None:
        raise ValueError(f"{tag!r} is not a release tag such as v1.2.0 or v1.2.0rc1")
    version = match.group(1)
    text = pyproject.read_text(encoding="utf-8")
    new_text, count = VERSION_LINE.subn(f'version = "{version}"', text, count=1)
    if count != 1:
        raise ValueError(f"{pyproject} has no version line")
    pyproject.write_text(new_text, encoding="utf-8")
    return version


if __name__ == "__main__":
    try:
        print(set_version(sys.argv[1]))
    except (IndexError, ValueError) as error:
        print(f"set_version: {error or 'usage: set_version.py TAG'}", file=sys.stderr)
        sys.exit(2)
