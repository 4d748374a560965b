"""The translation sources: one per language, every entry finished, in step with the code."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui.i18n import LANGUAGES, RIGHT_TO_LEFT
from tests.build_scripts import build_script

ROOT = Path(__file__).resolve().parents[2]
translations = build_script("translations")

CODES = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every entry of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: an entry without a translation"
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.mark.parametrize("code", CODES)
def test_every_entry_is_finished(code: str) -> None:
    path = translations.ts_file(code)
    assert path.exists(), f"no {path.name}: run build/translations.py update"
    unfinished = [
        source
        for _, source, translation in messages(path)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == [], f"{path.name}: {len(unfinished)} unfinished, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_placeholders_and_one_shortcut(code: str) -> None:
    for _, source, translation in messages(translations.ts_file(code)):
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            f"{code}: {source!r} -> {text!r}"
        )
        assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), (
            f"{code}: {source!r} -> {text!r} (keyboard shortcut)"
        )


def test_the_sources_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Every text the app translates has an entry, and no entry is left for a text gone:
    after changing a text, run build/translations.py update and translate what it adds."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            translations.tool("pyside6-lupdate"),
            *translations.sources(),
            *translations.LUPDATE_OPTIONS,
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    for code in CODES:
        have = {(context, source) for context, source, _ in messages(translations.ts_file(code))}
        assert have == wanted, (
            f"fxmargin_{code}.ts: missing {sorted(wanted - have)[:3]}, "
            f"left over {sorted(have - wanted)[:3]}"
        )


def test_the_languages_and_their_files_agree() -> None:
    on_disk = {p.stem.removeprefix("fxmargin_") for p in translations.FOLDER.glob("*.ts")}
    assert on_disk == set(CODES)
    assert set(LANGUAGES) >= RIGHT_TO_LEFT
    for code in CODES:
        declared = ET.parse(translations.ts_file(code)).getroot().get("language", "")
        assert declared.split("_")[0] == code.split("_")[0]


def test_lrelease_compiles_every_language(tmp_path: Path) -> None:
    for code in CODES:
        target = tmp_path / f"fxmargin_{code}.qm"
        subprocess.run(
            [
                translations.tool("pyside6-lrelease"),
                "-silent",
                str(translations.ts_file(code)),
                "-qm",
                str(target),
            ],
            check=True,
        )
        assert target.stat().st_size > 0


FORMATTED_SOURCE = re.compile(
    r"""(?:\btr|\btranslate|QT_TRANSLATE_NOOP|\bMessage)\((?:\s*"[^"]*",)?\s*f["']"""
)


def test_no_text_to_translate_is_an_f_string() -> None:
    """lupdate reads f"Fix {n} fields" as the text "Fix {n} fields", and the app would then
    look up the filled-in text, which no translation has: the places must be .format()'s."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("gui", "core")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if FORMATTED_SOURCE.search(line)
    ]
    assert offenders == []
    assert FORMATTED_SOURCE.search('self.tr(f"Positions ({currency})")')
    assert FORMATTED_SOURCE.search('Message(f"no price for {symbol}")')
