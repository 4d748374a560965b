"""The trader's own presets: scheme files in a folder of their own, beside the shipped ones.

A preset file is one scheme object (docs/scenario-files.md), as in ``resources/presets/``. Its key is the
file's stem, made from the scheme's name. Importing also takes a scenario file and keeps its
inline scheme, since traders pass schemes around inside scenarios too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from core.files.file_fields import FieldReader
from core.files.json_files import parse_json, read_text, write_atomically
from core.files.scheme_file import read_scheme, scheme_fields
from core.messages import Message
from core.model.scheme import Scheme
from core.problems import InputError, Problem

MAX_KEY_LENGTH = 60


def preset_key(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A file stem for a preset name: lower-case ASCII words joined by ``-``, made unique
    against ``taken`` with ``-2``, ``-3`` ... (``"My FBS (cent)"`` -> ``my-fbs-cent``)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:MAX_KEY_LENGTH]
    stem = stem.strip("-") or "preset"
    key, n = stem, 2
    while key in taken:
        key, n = f"{stem}-{n}", n + 1
    return key


def read_preset_text(text: str, source: str) -> Scheme:
    """A preset from a file's text: a scheme object, or a scenario whose scheme is inline.
    Every problem is named by its field (``scheme.equity_tiers[1].from: ...``)."""
    doc = parse_json(text, source)
    path = "scheme"
    if isinstance(doc, dict) and doc.get("format") == "fxmargin-scenario":
        doc = doc.get("scheme")
        if not isinstance(doc, dict):
            raise InputError(
                [
                    Problem(
                        "scheme",
                        Message(
                            "this scenario names a shipped preset; there is no scheme in it to "
                            "import"
                        ),
                    )
                ]
            )
    reader = FieldReader()
    scheme = read_scheme(reader, doc, path)
    if scheme is None:
        raise InputError(reader.problems)
    return scheme


def read_preset_file(path: Path) -> Scheme:
    """A preset file (or a scenario with an inline scheme), validated."""
    return read_preset_text(read_text(path), str(path))


def preset_text(scheme: Scheme) -> str:
    """A scheme as a preset file's text."""
    return json.dumps(scheme_fields(scheme), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


class PresetLibrary:
    """The presets in one folder, by key. A file that cannot be read is left alone on disk and
    listed in ``broken`` with its problem: one bad file never hides the others."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.presets: dict[str, Scheme] = {}
        self.broken: list[Problem] = []
        self.reload()

    def reload(self) -> None:
        self.presets, self.broken = {}, []
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.json")):
            try:
                self.presets[path.stem] = read_preset_text(read_text(path), "")
            except InputError as error:
                self.broken.extend(
                    Problem(
                        f"{path.name}: {p.where}"
                        if p.path not in ((), (str(path),))
                        else path.name,
                        p.message,
                    )
                    for p in error.problems
                )

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def add(self, scheme: Scheme) -> str:
        """Save ``scheme`` as a new preset; returns its key (from its name, made unique)."""
        taken = set(self.presets) | {p.stem for p in self.folder.glob("*.json")}
        key = preset_key(scheme.name, taken)
        self._write(key, scheme)
        return key

    def replace(self, key: str, scheme: Scheme) -> None:
        """Overwrite an existing preset with a new version of it."""
        self._write(key, scheme)

    def rename(self, key: str, name: str) -> str:
        """Give a preset a new name; its file follows the name. Returns the new key."""
        name = name.strip()
        if not name:
            raise InputError([Problem("name", Message("a preset needs a name"))])
        scheme = replace(self.presets[key], name=name)
        taken = ({p.stem for p in self.folder.glob("*.json")} | set(self.presets)) - {key}
        new_key = preset_key(name, taken)
        self._write(new_key, scheme)
        if new_key != key:
            self._path(key).unlink(missing_ok=True)
            del self.presets[key]
        return new_key

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
        self.presets.pop(key, None)

    def import_file(self, path: Path) -> str:
        """Copy a preset file (or a scenario's inline scheme) into the folder; returns its key."""
        return self.add(read_preset_file(path))

    def export(self, key: str, path: Path) -> None:
        write_atomically(path, preset_text(self.presets[key]))

    def _write(self, key: str, scheme: Scheme) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self._path(key), preset_text(scheme))
        self.presets[key] = scheme
