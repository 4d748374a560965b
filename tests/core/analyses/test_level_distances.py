"""Margin-call and stop-out prices in pips and money, and the state line's "what is near"."""

import json

import pytest

from core.evaluate import evaluate
from core.files.scenario_reader import load_scenario
from core.report import result_to_json, state_text
from core.resources import resources_dir
from tests.core.builders import buy, scenario

EXAMPLE = resources_dir() / "examples" / "exness-unlimited-small-account.json"


def exness_trap(closed_trades: int, spread: float = 0.00007) -> dict:
    """$900 on Exness, 40 lots EURUSD; eligible for unlimited leverage with 10 closed trades."""
    return {
        "scheme": "exness",
        "balance": 900,
        "leverage": "unlimited",
        "account": {
            "type": "standard",
            "platform": "MT4",
            "closed_trades": closed_trades,
            "closed_lots": 5,
        },
        "prices": {"EURUSD": {"bid": 1.08400, "ask": 1.08400 + spread}},
        "positions": [buy("EURUSD", 40, 1.08400)],
    }


def test_the_example_is_near_a_margin_call_from_a_gain() -> None:
    result = evaluate(load_scenario(EXAMPLE))
    nearness = result.nearest_level
    assert nearness is not None
    d = nearness.distance
    assert (d.level, d.side) == ("margin call", "above")
    assert d.pips == pytest.approx(0.8, abs=0.05)
    # Equity 688 reaches 1,000 there: the tier's threshold is the margin call.
    assert d.equity_change == pytest.approx(312.0, abs=1e-6)
    assert nearness.near  # no spread in the file: ten pips is near
    assert state_text(result) == (
        "NEAR: margin call 0.8 pips away (a rise to 1.08415); "
        "stop out 1.7 pips away (a fall to 1.08390)"
    )


def test_the_exness_trap_at_900_usd() -> None:
    # 40 lots make $400 a pip. Bid 1.08400, ask 1.08407: the mid is 1.084035 and the buy
    # closes at the bid, half a spread below it. Equity reaches $1,000 when the bid is 0.25
    # pips above the open price, 1.084025, so at a mid of 1.08406: 0.25 pips from now.
    result = evaluate(scenario(**exness_trap(closed_trades=10)))
    assert not result.margin_call
    nearness = result.nearest_level
    assert nearness is not None
    assert nearness.distance.side == "above"
    assert nearness.distance.price == pytest.approx(1.08406, abs=1e-9)
    assert nearness.distance.pips == pytest.approx(0.25, abs=1e-5)
    assert nearness.distance.equity_change == pytest.approx(100.0, abs=1e-6)
    assert nearness.near_pips == pytest.approx(7.0)  # ten spreads of 0.7 pips
    assert nearness.near
    assert str(state_text(result)).startswith("NEAR: margin call 0.2 pips away (a rise to 1.0840")


def test_at_margin_call_the_stop_out_is_what_is_near() -> None:
    result = evaluate(scenario(**exness_trap(closed_trades=0)))  # not eligible: 1:2000
    assert result.margin_call
    nearness = result.nearest_level
    assert nearness is not None
    assert nearness.distance.level == "stop out"
    # Stop out at 0%: all 900.00 of equity gone; $400 a pip, from the bid.
    assert nearness.distance.equity_change == pytest.approx(-900.0, abs=1e-6)
    assert str(state_text(result)).startswith("MARGIN CALL: stop out 2.")


def test_far_levels_are_not_near() -> None:
    result = evaluate(
        scenario(
            scheme="fixed-50",
            balance=100_000,
            prices={"EURUSD": {"bid": 1.1, "ask": 1.1001}},
            positions=[buy("EURUSD", 1, 1.1)],
        )
    )
    nearness = result.nearest_level
    assert nearness is not None
    assert abs(nearness.distance.pips) > 1000
    assert not nearness.near
    # The money at each level price: equity there minus equity now, the mid (1.10005) moved.
    for d in result.level_distances:
        assert d.equity_change == pytest.approx(100_000 * (d.price - 1.10005), rel=1e-9)


def test_no_level_without_positions_and_none_once_stopped_out() -> None:
    assert evaluate(scenario(balance=100)).nearest_level is None
    stopped = evaluate(
        scenario(
            scheme="fixed-30",
            balance=100,
            prices={"EURUSD": 1.1},
            positions=[buy("EURUSD", 10, 1.1)],
        )
    )
    assert stopped.stop_out
    assert stopped.nearest_level is None
    assert state_text(stopped) == "STOP OUT"


def test_json_carries_distances_and_nearness() -> None:
    data = json.loads(json.dumps(result_to_json(evaluate(load_scenario(EXAMPLE)))))
    assert {d["level"] for d in data["level_distances"]} == {"margin call", "stop out"}
    assert set(data["level_distances"][0]) == {
        "level",
        "side",
        "price",
        "pips",
        "percent",
        "equity_change",
    }
    assert data["nearest_level"]["near"] is True


def test_the_price_plot_frames_a_near_danger_zone() -> None:
    from core.overview.dashboard import DashboardRequest, dashboard

    s = load_scenario(EXAMPLE)
    # Margin call and stop out 1.7 pips below, margin call 0.8 above: within 1% of the price.
    zoomed = dashboard(s, DashboardRequest()).price_curve
    whole = dashboard(s, DashboardRequest(danger_zoom=False)).price_curve
    assert zoomed is not None
    assert whole is not None
    zoomed_pips = (zoomed.x[-1] - zoomed.x[0]) / 0.0001
    whole_pips = (whole.x[-1] - whole.x[0]) / 0.0001
    # Twice the farthest (1.7 pips) would be under the 10-pip minimum: 10 each side, rounded out.
    assert 20 <= zoomed_pips <= 30
    assert zoomed.x[0] < 1.08390 < 1.08415 < zoomed.x[-1]
    # The whole view reaches the $5,000 tier, 10.8 pips up ($4,312 at $400 a pip), and more.
    assert whole.x[-1] > 1.08407 + 0.00108
    assert whole_pips > zoomed_pips


def test_a_what_if_price_moves_every_figure_but_not_the_frame() -> None:
    from core.overview.dashboard import DashboardRequest, dashboard

    s = load_scenario(EXAMPLE)
    market = dashboard(s, DashboardRequest())
    moved = dashboard(s, DashboardRequest(price_override=("EURUSD", 1.0842)))
    assert moved.what_if_price is not None
    assert moved.what_if_price.pips == pytest.approx(1.3)
    # 40 lots x 100,000 x 0.00013 = 520 more equity: past $1,000, into 1:2000.
    assert moved.result.equity == pytest.approx(688 + 520)
    assert moved.result.margin_call
    assert market.price_curve is not None
    assert moved.price_curve is not None
    assert list(moved.price_curve.x) == list(market.price_curve.x)


def test_a_drag_keeps_its_frame_and_gives_the_same_figures() -> None:
    from core.overview.dashboard import DashboardRequest, dashboard

    s = load_scenario(EXAMPLE)
    override = ("EURUSD", 1.0842)
    framed = dashboard(s, DashboardRequest(price_override=override, price_frame=(1.08, 1.09)))
    free = dashboard(s, DashboardRequest(price_override=override))
    assert framed.price_curve is not None
    assert (framed.price_curve.x[0], framed.price_curve.x[-1]) == (1.08, 1.09)
    assert framed.result == free.result
    # Without a what-if price the frame is the usual one: a frame alone changes nothing.
    plain = dashboard(s, DashboardRequest(price_frame=(1.08, 1.09)))
    assert plain.price_curve is not None
    assert plain.price_curve.x[0] != 1.08
