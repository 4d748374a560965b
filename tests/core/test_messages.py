"""What the core says: structured messages, their translation without Qt, and `--lang`."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from core.messages import Catalog, Message, language_code, languages, text
from core.report import left, width
from core.resources import resources_dir
from tests.core.builders import Cli

EXAMPLES = resources_dir() / "examples"
SMALL = EXAMPLES / "exness-unlimited-small-account.json"
TIER = EXAMPLES / "gbpusd-volume-tier.json"
TRANSLATED = [code for code in languages() if code != "en"]


def test_a_message_is_its_english_sentence_and_renders_in_another_language() -> None:
    message = Message("must be greater than {limit}", limit="0")
    assert str(message) == "must be greater than 0"
    assert message == "must be greater than 0"  # a message equals its English sentence
    assert message == Message("must be greater than {limit}", limit="0")
    assert message != Message("must be greater than {limit}", limit="1")
    assert message.render({"must be greater than {limit}": "必须大于 {limit}"}.get) == "必须大于 0"


def test_values_that_are_messages_or_lists_are_said_in_the_same_language() -> None:
    words = {
        "{state}, {level}": "{level} / {state}",
        "OK": "正常",
        "margin call": "追加预付款",
        "stop out": "强制平仓",
    }
    nested = Message("{state}, {level}", state=Message("OK"), level=Message("margin call"))
    assert nested.render(lambda key: words.get(key, key)) == "追加预付款 / 正常"
    listed = Message("{state}, {level}", state="x", level=(Message("margin call"), "y"))
    assert str(listed) == "x, margin call; y"
    assert listed.render(lambda key: words.get(key, key)) == "追加预付款; y / x"


def test_a_broken_translation_falls_back_to_english() -> None:
    """A translation that lost a place or its braces must not crash what shows it."""
    message = Message("lots must be at most {most}", most="1,000")
    for broken in ("最多 {mots}", "最多 {most", "最多 {0}"):
        assert message.render(lambda _, b=broken: b) == "lots must be at most 1,000"


def test_the_formatters_words_are_said_in_the_language() -> None:
    catalog = Catalog.load("ja")
    assert text("unlimited", catalog) == "無制限"
    assert text("1:500", catalog) == "1:500"
    assert text("unlimited") == "unlimited"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalog_reads_the_cores_sentences_from_its_source(code: str) -> None:
    """The command line reads the .ts source without Qt: every sentence of the core's
    (unnamed) context is there, finished."""
    catalog = Catalog.load(code)
    root = ElementTree.parse(resources_dir() / "translations" / f"fxmargin_{code}.ts").getroot()
    keys = [
        message.findtext("source")
        for context in root.iter("context")
        if not context.findtext("name")
        for message in context.iter("message")
    ]
    assert len(keys) > 150
    for key in keys:
        assert catalog(str(key)) == catalog.translations[str(key)]


@pytest.mark.parametrize(
    ("asked", "code"),
    [("zh_CN", "zh_CN"), ("zh-cn", "zh_CN"), ("zh", "zh_CN"), ("pt", "pt_BR"), ("JA", "ja"),
     ("en_US", "en"), ("xx", None)],
)  # fmt: skip
def test_language_names_a_trader_types(asked: str, code: str | None) -> None:
    assert language_code(asked) == code


def test_compute_speaks_the_language_asked_for(cli: Cli) -> None:
    code, out, _ = cli("compute", str(SMALL), "--lang", "ja")
    assert code == 0
    for word in ("有効証拠金", "必要証拠金", "余剰証拠金", "証拠金維持率", "無制限レバレッジ"):
        assert word in out
    assert "Free margin" not in out
    # The numbers are the same as in English.
    _, english, _ = cli("compute", str(SMALL))
    assert english.splitlines()[1].split()[-2:] == out.splitlines()[1].split()[-2:]


def test_the_environment_asks_and_the_option_wins(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FXMARGIN_LANGUAGE", "ru")
    _, out, _ = cli("compute", str(SMALL))
    assert "Свободная маржа" in out
    _, out, _ = cli("compute", str(SMALL), "--lang", "en")
    assert "Free margin" in out


def test_json_stays_english_whatever_the_language(cli: Cli) -> None:
    _, english, _ = cli("compute", str(TIER), "--json")
    _, chinese, _ = cli("compute", str(TIER), "--json", "--lang", "zh_CN")
    assert chinese == english
    warnings = json.loads(chinese)["warnings"]
    assert warnings
    assert all(w["message"].isascii() for w in warnings)


def test_problems_are_said_in_the_language(tmp_path: Path, cli: Cli) -> None:
    document = json.loads(TIER.read_text())
    document["positions"][0]["lots"] = 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    code, out, err = cli("compute", str(bad), "--lang", "es")
    assert (code, out) == (2, "")
    assert err == "positions[0].lots: debe ser mayor que 0\n"


def test_an_unknown_language_is_an_input_problem(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = cli("compute", str(SMALL), "--lang", "klingon")
    assert (code, out) == (2, "")
    assert err.startswith("--lang: unknown language 'klingon' (languages: en, ar, es,")
    monkeypatch.setenv("FXMARGIN_LANGUAGE", "xx")
    code, _, err = cli("compute", str(SMALL))
    assert code == 2
    assert err.startswith("FXMARGIN_LANGUAGE: unknown language 'xx'")


def test_tables_line_up_in_wide_and_combining_scripts() -> None:
    assert width("证拠金") == 6
    assert width("มาร์จิ้น") == 5  # three of the eight are marks above or below
    assert width(left("必要証拠金", 16)) == 16
    assert left("a label longer than its column", 8).endswith("column ")
