"""Every fxmargin command the docs show runs, and prints what they show (docs/command-line.md,
docs/statements.md): a shown line is found in the output, in order; "..." and "…" stand for
lines left out."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from core.cli import main
from tests.core.statement_files import mt4_statement, mt5_html, mt5_rows

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "docs").glob("*.md"))
ELIDED = {"...", "…"}


def examples(page: Path) -> list[tuple[str, list[str]]]:
    """Each ``$ fxmargin ...`` of an indented block with the lines shown under it (to the
    block's end: the next line of text that is not indented)."""
    found: list[tuple[str, list[str]]] = []
    open_block = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("    $ fxmargin "):
            found.append((line[len("    $ ") :], []))
            open_block = True
        elif open_block and line.startswith("    "):
            found[-1][1].append(line[4:].rstrip())
        elif line.strip():
            open_block = False
    return found


def commands(page: Path) -> list[str]:
    """The commands a page shows without output: ``fxmargin ...`` lines of indented blocks
    that name real files (not the synopsis's FILE and STATEMENT)."""
    found = []
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("    fxmargin ") and not re.search(r"\b[A-Z]{4,}\b|\[", line):
            found.append(line[4:].split("#")[0].strip())
    return found


EXAMPLES = [(page.name, *example) for page in DOCS for example in examples(page)]
COMMANDS = [(page.name, command) for page in DOCS for command in commands(page)]


def run(capsys: pytest.CaptureFixture[str], command: str) -> tuple[int, str]:
    args = shlex.split(command)[1:]
    code = main(args) if args and args[0] != "--version" else 0
    return code, capsys.readouterr().out


@pytest.mark.parametrize(("page", "command", "shown"), EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_an_example_prints_what_the_docs_show(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    page: str,
    command: str,
    shown: list[str],
) -> None:
    monkeypatch.chdir(ROOT)
    code, output = run(capsys, command)
    assert code == 0
    lines = [line.rstrip() for line in output.splitlines()]
    at = 0
    for expected in shown:
        if expected.strip() in ELIDED or not expected.strip():
            continue
        assert expected in lines[at:], f"{page}: {expected!r} is not printed (after line {at})"
        at = lines.index(expected, at) + 1


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[c[1] for c in COMMANDS])
def test_a_command_the_docs_show_runs(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    page: str,
    command: str,
) -> None:
    # The statements the pages name, written by the tests in the formats they stand for.
    (tmp_path / "ReportHistory-70358000.html").write_bytes(mt5_html(mt5_rows()))
    for name in ("Statement.htm", "DetailedStatement.htm"):
        (tmp_path / name).write_bytes(mt4_statement().encode("cp1252"))
    monkeypatch.chdir(tmp_path)
    code, _ = run(capsys, command)
    assert code == 0, f"{page}: {command}"


def test_the_docs_show_examples_and_commands() -> None:
    assert len(EXAMPLES) >= 3
    assert len(COMMANDS) >= 3
