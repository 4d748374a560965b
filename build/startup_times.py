"""Whole-process start-up of the frozen app against running from source (median of N runs).

    python build/startup_times.py [--runs 9]

Times `--screenshot` (start, lay out, draw, save a picture, exit) and `compute --json` on an
example, alternating frozen and source runs so that both see the same machine load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "fxmargin" / ("fxmargin.exe" if sys.platform == "win32" else "fxmargin")
EXAMPLE = ROOT / "resources" / "examples" / "gbpusd-volume-tier.json"


def timed(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    source = [sys.executable, "-m", "gui.main"]
    with tempfile.TemporaryDirectory() as folder:
        picture = str(Path(folder) / "shot.png")
        cases = {
            "--screenshot": ["--screenshot", picture, str(EXAMPLE)],
            "compute --json": ["compute", str(EXAMPLE), "--json"],
        }
        for name, args in cases.items():
            timed([str(FROZEN), *args])  # warm the file cache for both
            timed([*source, *args])
            frozen_times, source_times = [], []
            for _ in range(runs):
                frozen_times.append(timed([str(FROZEN), *args]))
                source_times.append(timed([*source, *args]))
            f, s = statistics.median(frozen_times), statistics.median(source_times)
            print(
                f"{name:16} frozen {f * 1000:6.0f} ms   source {s * 1000:6.0f} ms   (median of {runs})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
