"""The trader's own presets: saved, renamed, deleted, imported and exported as files."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.files.preset_library import PresetLibrary, preset_key, read_preset_file
from core.files.scheme_file import presets
from core.model.scheme import Scheme, Tier
from core.problems import InputError
from tests.core.builders import doc

TWO_TIERS = Scheme(
    name="My ladder",
    source="my broker's e-mail",
    checked="2026-11-23",
    volume_tiers=(Tier(0, 500), Tier(1_000_000, 100)),
)


def test_a_saved_preset_opens_in_a_new_library_as_it_was(tmp_path: Path) -> None:
    key = PresetLibrary(tmp_path / "presets").add(TWO_TIERS)
    assert key == "my-ladder"
    assert PresetLibrary(tmp_path / "presets").presets == {"my-ladder": TWO_TIERS}


def test_every_shipped_preset_survives_a_save(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path)
    keys = {name: library.add(scheme) for name, scheme in presets().items()}
    reopened = PresetLibrary(tmp_path).presets
    assert {name: reopened[key] for name, key in keys.items()} == dict(presets())


def test_names_that_clash_get_their_own_files(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path)
    assert [library.add(TWO_TIERS) for _ in range(3)] == ["my-ladder", "my-ladder-2", "my-ladder-3"]


@pytest.mark.parametrize(
    ("name", "key"),
    [("My FBS (cent)", "my-fbs-cent"), ("Äpfel 1:500", "apfel-1-500"), ("***", "preset")],
)
def test_preset_keys_are_plain_file_names(name: str, key: str) -> None:
    assert preset_key(name) == key


@given(st.text(max_size=200))
def test_any_name_gives_a_safe_file_name(name: str) -> None:
    key = preset_key(name)
    assert 0 < len(key) <= 60
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in key)
    assert key[0] != "-"
    assert key[-1] != "-"


def test_rename_moves_the_file_and_keeps_the_rules(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path)
    key = library.add(TWO_TIERS)
    new_key = library.rename(key, "FxPro lots")
    assert new_key == "fxpro-lots"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fxpro-lots.json"]
    assert PresetLibrary(tmp_path).presets["fxpro-lots"].volume_tiers == TWO_TIERS.volume_tiers
    with pytest.raises(InputError, match="name: a preset needs a name"):
        library.rename(new_key, "  ")


def test_delete_removes_the_file(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path)
    library.delete(library.add(TWO_TIERS))
    assert not list(tmp_path.iterdir())
    assert library.presets == {}


def test_export_then_import_gives_the_same_scheme(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path / "mine")
    key = library.add(TWO_TIERS)
    library.export(key, tmp_path / "shared.json")
    other = PresetLibrary(tmp_path / "theirs")
    assert other.presets[other.import_file(tmp_path / "shared.json")] == TWO_TIERS


def test_a_scenario_with_an_inline_scheme_imports_as_a_preset(tmp_path: Path) -> None:
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(doc(scheme={"name": "Inline", "equity_tiers": []})))
    assert read_preset_file(path).name == "Inline"
    path.write_text(json.dumps(doc(scheme="exness")))
    with pytest.raises(InputError, match="names a shipped preset"):
        read_preset_file(path)


def test_a_bad_preset_file_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"name": "x", "equity_tiers": [{"from": 5, "leverage": 500}]}')
    with pytest.raises(InputError, match=r"scheme.equity_tiers\[0\].from: the first tier"):
        read_preset_file(path)


def test_a_broken_file_in_the_folder_is_listed_not_fatal(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path)
    library.add(TWO_TIERS)
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "wrong.json").write_text('{"hedging": 2}')
    reopened = PresetLibrary(tmp_path)
    assert list(reopened.presets) == ["my-ladder"]
    assert [p.where for p in reopened.broken] == ["broken.json", "wrong.json: scheme.hedging"]
    assert (tmp_path / "broken.json").read_text() == "{not json"
    # A new preset never overwrites a file it could not read.
    assert reopened.add(Scheme(name="broken")) == "broken-2"
