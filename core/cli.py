"""The command line without the desktop app: ``compute`` and ``curve`` (SPEC 9).

Exit status: 0 done; 2 bad input, one line per problem on stderr naming the
field and no traceback; 1 an internal fault.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence

import numpy as np

from core.analyses.curves import curve_csv, equity_curve, price_curve
from core.evaluate import evaluate
from core.files.scenario_file import load_scenario
from core.problems import InputError, Problem
from core.report import result_table, result_to_json

EXIT_OK, EXIT_FAULT, EXIT_BAD_INPUT = 0, 1, 2
MAX_POINTS = 1_000_000


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as input problems (exit 2, no usage dump)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError([Problem("arguments", message)])


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fxmargin", description="Margin calculator for floating-leverage accounts."
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    compute = commands.add_parser(
        "compute", help="margin, free margin, levels and warnings of a scenario"
    )
    compute.add_argument("file")
    compute.add_argument("--json", action="store_true", help="print JSON instead of a table")
    compute.add_argument(
        "--symbol", help="the symbol whose price the analyses move (default: largest notional)"
    )
    curve = commands.add_parser("curve", help="CSV of the account against a price or equity")
    curve.add_argument("file")
    curve.add_argument("--x", choices=("price", "equity"), required=True, dest="axis")
    curve.add_argument("--symbol", help="the symbol whose price moves (with --x price)")
    curve.add_argument("--from", type=float, required=True, dest="start")
    curve.add_argument("--to", type=float, required=True, dest="stop")
    curve.add_argument("--points", type=int, default=101)
    return parser


def _check_symbol(
    symbol: str | None, prices: dict[str, float], flag: str = "--symbol"
) -> list[Problem]:
    if symbol is None:
        return [Problem(flag, "required with --x price")]
    if symbol not in prices:
        return [
            Problem(
                flag,
                f"no price for {symbol!r} in the scenario (priced: {', '.join(sorted(prices))})",
            )
        ]
    return []


def run_compute(args: argparse.Namespace) -> str:
    scenario = load_scenario(args.file)
    if args.symbol is not None:
        problems = _check_symbol(args.symbol, dict(scenario.prices))
        if problems:
            raise InputError(problems)
    result = evaluate(scenario, args.symbol)
    if args.json:
        return json.dumps(result_to_json(result), indent=2, allow_nan=False) + "\n"
    return result_table(result)


def run_curve(args: argparse.Namespace) -> str:
    problems: list[Problem] = []
    if not (2 <= args.points <= MAX_POINTS):
        problems.append(Problem("--points", f"must be from 2 to {MAX_POINTS:,}"))
    for flag, value in (("--from", args.start), ("--to", args.stop)):
        if not math.isfinite(value):
            problems.append(Problem(flag, "must be a finite number"))
        elif args.axis == "price" and value <= 0:
            problems.append(Problem(flag, "a price must be greater than 0"))
    if math.isfinite(args.start) and math.isfinite(args.stop) and args.start >= args.stop:
        problems.append(Problem("--to", "must be greater than --from"))
    scenario = load_scenario(args.file)
    if args.axis == "price":
        problems += _check_symbol(args.symbol, dict(scenario.prices))
    if problems:
        raise InputError(problems)
    curve = (
        price_curve(scenario, args.symbol, args.start, args.stop, args.points)
        if args.axis == "price"
        else equity_curve(scenario, args.start, args.stop, args.points)
    )
    if not all(np.isfinite(values).all() for values in (curve.equity, curve.margin)):
        raise InputError(
            [Problem("scenario", "the amounts are too large to compute along this range")]
        )
    return curve_csv(curve)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``compute`` or ``curve``; returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
        # Overflow is caught as an input problem after the fact; numpy's warnings would only
        # add noise on stderr.
        with np.errstate(all="ignore"):
            output = run_compute(args) if args.command == "compute" else run_curve(args)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # an internal fault: say so, briefly, with exit 1
        print(f"internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAULT
    sys.stdout.write(output)
    return EXIT_OK
