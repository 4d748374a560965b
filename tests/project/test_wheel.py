"""The project installs as a wheel: built from the repository, installed apart from the
checkout, it finds its catalog, presets and examples and computes (docs/development.md,
"Commands and checks")."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IGNORED = (
    ".git",
    ".venv",
    "dist",
    ".pyinstaller",
    ".tools",
    "*.egg-info",
    ".*_cache",
    "__pycache__",
)


def test_every_package_is_listed_for_the_wheel() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        str(init.parent.relative_to(ROOT)).replace(os.sep, ".")
        for folder in ("core", "gui")
        for init in (ROOT / folder).rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_a_wheel_built_from_the_repository_computes_an_example(tmp_path: Path) -> None:
    wheels, target, source = tmp_path / "wheels", tmp_path / "site", tmp_path / "source"
    # Built from a copy: setuptools writes its work files into the tree it builds.
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*IGNORED))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", str(source), "--no-deps", "-w", str(wheels)], check=True)
    (wheel,) = wheels.glob("fxmargin-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    # Run apart from the checkout: the installed packages come first on the path.
    environment = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import sys, core, core.resources as r; from gui.main import main; "
        "print(core.__file__, r.resources_dir(), r.docs_dir(), file=sys.stderr); "
        "sys.exit(main(['compute', '--json', str(r.resources_dir() / 'examples' / "
        "'exness-unlimited-small-account.json')]))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    where, resources, docs = run.stderr.split()[:3]
    assert Path(where).is_relative_to(target)
    assert Path(resources) == target / "fxmargin_resources"
    assert (Path(docs) / "desktop-app.md").is_file()  # the app's user guide
    result = json.loads(run.stdout)
    assert result["currency"] == "USD"
    assert result["margin"] == 0  # the example: eligible for unlimited leverage
