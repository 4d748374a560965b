"""Fixtures the core's tests share."""

from __future__ import annotations

import pytest

from core.cli import main
from tests.core.builders import Cli


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run
