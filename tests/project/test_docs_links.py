"""Every link in README.md and docs/ leads to a file (and heading) inside the project."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)


def anchors(markdown: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    found = set()
    for heading in re.findall(r"^#+\s+(.*)$", CODE.sub("", markdown), re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


def links(path: Path) -> list[str]:
    return LINK.findall(CODE.sub("", path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_resolve_inside_the_project(document: Path) -> None:
    for target in links(document):
        assert "://" not in target, f"{target} points outside the project"
        assert not target.startswith("mailto:"), f"{target} points outside the project"
        file_part, _, anchor = target.partition("#")
        linked = (document.parent / file_part).resolve() if file_part else document
        assert linked.is_relative_to(ROOT), f"{target} leaves the project"
        assert linked.exists(), f"{target}: no such file"
        if anchor and linked.suffix == ".md":
            assert anchor in anchors(linked.read_text(encoding="utf-8")), f"{target}: no heading"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_mention_of_files_a_user_does_not_have(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    for outside in ("../shared", "SPEC.md", "seeds/", "QT-NOTES"):
        assert outside not in text, f"{document.name} mentions {outside}"


def test_the_checker_sees_links_and_headings() -> None:
    sample = "# Command line\n[a](docs/x.md#command-line) ![b](p.png) `[c](skipped)`"
    assert anchors(sample) == {"command-line"}
    assert LINK.findall(CODE.sub("", sample)) == ["docs/x.md#command-line", "p.png"]


SOURCES = [
    *sorted(
        path
        for folder in ("core", "gui", "tests", "build")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in (".py", ".spec", ".sh") and ".venv" not in path.parts
    ),
    ROOT / "pyproject.toml",
    ROOT / "Makefile",
]
REFERENCE = re.compile(r"\bdocs/([\w\-]+\.md)(?:#([\w\-]+))?")


def test_every_reference_in_the_code_leads_to_a_page_and_heading() -> None:
    """The code cites the rules by ``docs/rules.md#hedging``: each such link resolves."""
    cited = 0
    for source in SOURCES:
        if source.name == "test_docs_links.py":
            continue  # its own examples
        for page, anchor in REFERENCE.findall(source.read_text(encoding="utf-8")):
            target = ROOT / "docs" / page
            assert target.exists(), f"{source.relative_to(ROOT)}: docs/{page} does not exist"
            if anchor:
                headings = anchors(target.read_text(encoding="utf-8"))
                assert anchor in headings, f"{source.relative_to(ROOT)}: docs/{page}#{anchor}"
            cited += 1
    assert cited > 100  # the rules are cited, not just this test's own example


def test_the_code_cites_nothing_outside_the_project() -> None:
    for source in SOURCES:
        text = source.read_text(encoding="utf-8")
        for outside in ("SPEC ", "SPEC.md", "QT-NOTES"):
            if source.name == "test_docs_links.py":
                continue
            assert outside not in text, f"{source.relative_to(ROOT)} cites {outside.strip()}"


def test_the_tests_left_out_without_the_statements_folder_exist() -> None:
    """A fresh clone leaves out the tests on the shared statements by their path: it must be
    one that exists (a move of the file would otherwise run them and fail)."""
    import tests.conftest as configuration

    environment = os.environ.pop("FXMARGIN_STATEMENTS", None)
    try:
        importlib.reload(configuration)
        for path in configuration.collect_ignore:
            assert (ROOT / "tests" / path).is_file(), path
        assert configuration.collect_ignore
    finally:
        if environment is not None:
            os.environ["FXMARGIN_STATEMENTS"] = environment
        importlib.reload(configuration)
