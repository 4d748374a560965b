"""The command line without the desktop app: ``compute``, ``curve``, ``import`` and ``presets``
(docs/command-line.md).

Exit status: 0 done; 2 bad input, one line per problem on stderr naming the
field and no traceback; 1 an internal fault.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.analyses.curves import curve_csv, equity_curve, price_curve
from core.evaluate import evaluate
from core.files.file_fields import FieldReader
from core.files.json_files import read_bytes, write_atomically
from core.files.scenario_reader import scenario_from_json
from core.files.scheme_file import OLDER_PRESETS, preset_advice, presets, unknown_preset
from core.live.mt5_link import connect, read_snapshot
from core.messages import Catalog, Message, Translate, language_code, languages
from core.messages import text as render
from core.overview.what_if import order_effect, parse_orders
from core.problems import InputError, Problem
from core.report import order_effect_json, order_effect_table, result_table, result_to_json
from core.statements.importer import import_statement, load_any, statement_json

EXIT_OK, EXIT_FAULT, EXIT_BAD_INPUT = 0, 1, 2
MAX_POINTS = 1_000_000


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as input problems (exit 2, no usage dump)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError([Problem("arguments", Message("{error}", error=message))])


LANGUAGE_VARIABLE = "FXMARGIN_LANGUAGE"
"""The environment's way to ask for a language, as ``--lang`` does (the option wins)."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fxmargin", description="Margin calculator for floating-leverage accounts."
    )
    # Every command takes it: `fxmargin compute f.json --lang ja`.
    language = _Parser(add_help=False)
    language.add_argument(
        "--lang",
        metavar="LANG",
        default=argparse.SUPPRESS,
        help=f"the language of tables, problems and notes: {', '.join(languages())} "
        f"(default: English, or ${LANGUAGE_VARIABLE}); JSON and files stay English",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        made: argparse.ArgumentParser = commands.add_parser(name, parents=[language], help=help)
        return made

    compute = command("compute", help="margin, free margin, levels and warnings of a scenario")
    compute.add_argument("file", nargs="?")
    compute.add_argument(
        "--mt5",
        action="store_true",
        help="the account of the MetaTrader 5 terminal running now, instead of a file",
    )
    compute.add_argument("--scheme", help="with --mt5: a broker preset (default: no tiers)")
    compute.add_argument("--json", action="store_true", help="print JSON instead of a table")
    compute.add_argument(
        "--symbol", help="the symbol whose price the analyses move (default: largest notional)"
    )
    compute.add_argument(
        "--no-orders",
        action="store_true",
        help="leave the scenario's pending orders out: no analysis fills them",
    )
    compute.add_argument(
        "--add",
        action="append",
        metavar="ORDER",
        default=[],
        help='what if this order is placed now: "buy 2 EURUSD", or pending: '
        '"sell stop 0.5 EURUSD at 1.08" (repeat for more orders)',
    )
    curve = command("curve", help="CSV of the account against a price or equity")
    curve.add_argument("file")
    curve.add_argument("--x", choices=("price", "equity"), required=True, dest="axis")
    curve.add_argument("--symbol", help="the symbol whose price moves (with --x price)")
    curve.add_argument("--from", type=float, required=True, dest="start")
    curve.add_argument("--to", type=float, required=True, dest="stop")
    curve.add_argument("--points", type=int, default=101)
    snapshot = command(
        "snapshot", help="the MetaTrader 5 terminal's account now, written as a scenario"
    )
    snapshot.add_argument("-o", "--output", help="the scenario file to write (default: stdout)")
    snapshot.add_argument("--scheme", help="a broker preset (default: no tiers)")
    listing = command("presets", help="the broker presets, with their sources")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    statement = command("import", help="read a MetaTrader statement and write its scenario")
    statement.add_argument("statement")
    statement.add_argument("-o", "--output", help="the scenario file to write (default: stdout)")
    statement.add_argument("--scheme", help="a broker preset (default: a plain scheme)")
    statement.add_argument(
        "--leverage", help="the account's leverage (default: the file's, or inferred)"
    )
    statement.add_argument(
        "--json", action="store_true", help="print what the statement says instead"
    )
    return parser


def _check_symbol(
    symbol: str | None, prices: dict[str, float], flag: str = "--symbol"
) -> list[Problem]:
    if symbol is None:
        return [Problem(flag, Message("required with --x price"))]
    if symbol not in prices:
        return [
            Problem(
                flag,
                Message(
                    "no price for {symbol} in the scenario (priced: {priced})",
                    symbol=repr(symbol),
                    priced=", ".join(sorted(prices)),
                ),
            )
        ]
    return []


def chosen_translation(args: argparse.Namespace) -> Translate | None:
    """The language ``--lang`` or the environment asks for; None for English."""
    asked = getattr(args, "lang", None) or os.environ.get(LANGUAGE_VARIABLE) or "en"
    code = language_code(asked)
    if code is None:
        where = "--lang" if getattr(args, "lang", None) else LANGUAGE_VARIABLE
        raise InputError(
            [
                Problem(
                    where,
                    Message(
                        "unknown language {code} (languages: {codes})",
                        code=repr(asked),
                        codes=", ".join(languages()),
                    ),
                )
            ]
        )
    return None if code == "en" else Catalog.load(code)


def terminal_document(scheme: str | None) -> dict[str, Any]:
    """The running MetaTrader 5 terminal's account as a scenario document (docs/live-link.md)."""
    if scheme is not None and scheme not in presets():
        raise InputError([Problem("--scheme", unknown_preset(scheme))])
    return read_snapshot(connect(), scheme).document


def run_snapshot(args: argparse.Namespace) -> str:
    """``snapshot``: the terminal's account as a scenario (to ``-o`` atomically, or stdout)."""
    text = json.dumps(terminal_document(args.scheme), indent=2, allow_nan=False) + "\n"
    if args.output is None:
        return text
    write_atomically(Path(args.output), text)
    return ""


def run_compute(args: argparse.Namespace) -> str:
    if args.mt5 == (args.file is not None):
        raise InputError(
            [Problem("compute", Message("give a scenario file, or --mt5 for the running terminal"))]
        )
    if args.mt5:
        scenario = scenario_from_json(terminal_document(args.scheme))
    else:
        scenario = load_any(args.file)
    if args.no_orders:
        scenario = scenario.without_orders()
    if args.symbol is not None:
        problems = _check_symbol(args.symbol, dict(scenario.prices))
        if problems:
            raise InputError(problems)
    if args.add:
        orders = parse_orders(args.add, "--add")
        effect = order_effect(scenario, orders, args.symbol, where="--add")
        if args.json:
            return json.dumps(order_effect_json(effect), indent=2, allow_nan=False) + "\n"
        return order_effect_table(effect, args.translate)
    result = evaluate(scenario, args.symbol)
    if args.json:
        return json.dumps(result_to_json(result), indent=2, allow_nan=False) + "\n"
    return result_table(result, args.translate)


def run_curve(args: argparse.Namespace) -> str:
    problems: list[Problem] = []
    if not (2 <= args.points <= MAX_POINTS):
        problems.append(
            Problem("--points", Message("must be from 2 to {most}", most=f"{MAX_POINTS:,}"))
        )
    for flag, value in (("--from", args.start), ("--to", args.stop)):
        if not math.isfinite(value):
            problems.append(Problem(flag, Message("must be a finite number")))
        elif args.axis == "price" and value <= 0:
            problems.append(Problem(flag, Message("a price must be greater than 0")))
    if math.isfinite(args.start) and math.isfinite(args.stop) and args.start >= args.stop:
        problems.append(Problem("--to", Message("must be greater than --from")))
    scenario = load_any(args.file)
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
            [Problem("scenario", Message("the amounts are too large to compute along this range"))]
        )
    return curve_csv(curve)


def run_import(args: argparse.Namespace) -> str:
    """``import``: the scenario as JSON (to ``-o`` atomically, or stdout), or with ``--json``
    what the statement says."""
    leverage = None
    if args.leverage is not None:
        reader = FieldReader()
        parsed = parse_leverage_text(args.leverage)
        leverage = reader.leverage(parsed, "--leverage")
        if reader.problems:
            raise InputError(reader.problems)
    path = Path(args.statement)
    imported = import_statement(read_bytes(path), path.name, args.scheme, leverage)
    if args.json:
        return json.dumps(statement_json(imported), indent=2, allow_nan=False) + "\n"
    text = json.dumps(imported.document, indent=2, allow_nan=False, ensure_ascii=False) + "\n"
    if args.output is None:
        return text
    write_atomically(Path(args.output), text)
    return "".join(
        render(Message("note: {note}", note=note), args.translate) + "\n" for note in imported.notes
    )


def parse_leverage_text(text: str) -> object:
    """``500``, ``1:500`` or ``unlimited`` as a file's leverage value."""
    cleaned = text.strip().lower().removeprefix("1:")
    if cleaned == "unlimited":
        return cleaned
    try:
        return float(cleaned)
    except ValueError:
        return text


def run_presets(args: argparse.Namespace) -> str:
    """``presets``: each preset's name, first sentence, source and the date it was checked."""
    entries = [
        {
            "preset": key,
            "name": scheme.name,
            "description": scheme.description,
            "source": scheme.source,
            "checked": scheme.checked,
            "older": key in OLDER_PRESETS,
            "advice": str(preset_advice(key) or ""),
        }
        for key, scheme in sorted(presets().items(), key=lambda item: item[0] in OLDER_PRESETS)
    ]
    if args.json:
        return json.dumps(entries, indent=2, ensure_ascii=False) + "\n"
    lines = []
    for entry in entries:
        first = str(entry["description"]).split(". ")[0].rstrip(".") + "."
        lines += [
            f"{entry['preset']:<20}{entry['name']}",
            f"{'':<20}{first}",
            f"{'':<20}source: {entry['source']} (checked {entry['checked']})",
        ]
        if entry["advice"]:
            lines.append(f"{'':<20}older: {entry['advice']}")
        lines.append("")
    return "\n".join(lines)


COMMANDS = {
    "compute": run_compute,
    "curve": run_curve,
    "import": run_import,
    "presets": run_presets,
    "snapshot": run_snapshot,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``compute``, ``curve`` or ``import``; returns the exit status."""
    translate: Translate | None = None
    try:
        args = build_parser().parse_args(argv)
        # Read once: each command writes its words with ``args.translate``.
        translate = args.translate = chosen_translation(args)
        # Overflow is caught as an input problem after the fact; numpy's warnings would only
        # add noise on stderr.
        with np.errstate(all="ignore"):
            output = COMMANDS[args.command](args)
    except InputError as error:
        for problem in error.problems:
            message = render(problem.message, translate)
            print(f"{problem.where}: {message}" if problem.path else message, file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # an internal fault: say so, briefly, with exit 1
        print(f"internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAULT
    sys.stdout.write(output)
    return EXIT_OK
