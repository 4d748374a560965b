"""Reading and writing the project's JSON files: bytes and text with every failure said as an
input problem, JSON without NaN, Infinity or duplicate fields, and atomic saving."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from core.messages import Message
from core.problems import InputError, Problem


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed: numbers must be finite")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"field {key!r} appears twice in one object")
        result[key] = value
    return result


def parse_json(text: str, source: str = "scenario") -> Any:
    """JSON text to Python values, refusing NaN, Infinity and duplicate fields."""
    if not text.strip():
        raise InputError([Problem(source, Message("the file is empty"))])
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise InputError(
            [
                Problem(
                    source,
                    Message(
                        "not valid JSON: {error} at line {line} column {column}",
                        error=error.msg,
                        line=str(error.lineno),
                        column=str(error.colno),
                    ),
                )
            ]
        ) from None
    except (ValueError, RecursionError) as error:
        raise InputError(
            [Problem(source, Message("not valid JSON: {error}", error=str(error)))]
        ) from None


def read_bytes(path: Path) -> bytes:
    """A file's bytes, with every way of failing said as an input problem."""
    name = str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(name, Message("no such file"))]) from None
    except IsADirectoryError:
        raise InputError([Problem(name, Message("is a directory, not a file"))]) from None
    except OSError as error:
        raise InputError(
            [Problem(name, Message("cannot be read: {error}", error=str(error.strerror or error)))]
        ) from None


def read_text(path: Path) -> str:
    """A file's text, with every way of failing said as an input problem."""
    return scenario_text(read_bytes(path), str(path))


def scenario_text(data: bytes, name: str) -> str:
    """A scenario file's bytes as text (UTF-8, a byte-order mark allowed)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError([Problem(name, Message("is not a text (UTF-8) file"))]) from None


def write_atomically(path: Path, text: str, backup: bool = False) -> None:
    """Write a file so that a crash leaves either the old or the new file, never half of one.

    With ``backup``, the previous contents are kept first as ``<name>.bak`` (also written
    atomically, so a crash mid-way never loses both)."""
    if backup and Path(path).is_file():
        write_atomically(
            Path(f"{path}.bak"), Path(path).read_text(encoding="utf-8", errors="surrogateescape")
        )

    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a saved file keeps the old one's mode, or
        # gets the user's usual one, as a plain save would.
        os.chmod(temp_name, _file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """The existing file's permissions, else 0666 less the process's umask."""
    import stat

    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
