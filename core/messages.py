"""What the core says in words (problems, warnings, notes, reasons), as structured messages.

A `Message` is a key, its English text with ``{named}`` places, and the values for those
places. ``str(message)`` is the English sentence, what the command line prints by default and
what the scenario and result files keep. The app renders the same message in the trader's
language (Qt's translator), and the command line does so with ``--lang``
(`Catalog`, which reads the same translation sources without Qt).

The keys are collected into ``resources/translations/*.ts`` by ``build/translations.py
update``: pyside6-lupdate reads every ``Message("...")`` call as a text to translate, so the
key must be written out in the call, never built.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping

from core.resources import resources_dir

Translate = Callable[[str], str]


class Message:
    """One sentence: ``Message("must be at least {limit}", limit="0")``. Values are texts
    (numbers already formatted, as the core formats them), messages of their own, or a tuple
    of those (said one after the other, separated by "; ")."""

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values: Mapping[str, object] = values

    def render(self, translate: Translate | None = None) -> str:
        """The sentence in the language ``translate`` gives (English when None); a
        translation that lost a place or broke the braces falls back to English."""
        values = {name: _said(value, translate) for name, value in self.values.items()}
        if translate is not None:
            try:
                return translate(self.key).format(**values)
            except (KeyError, IndexError, ValueError):
                pass
        return self.key.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to a message of the same key and values, and to its own English sentence."""
        if isinstance(other, Message):
            return self.key == other.key and dict(self.values) == dict(other.values)
        if isinstance(other, str):
            return str(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))


WORDS = frozenset({"unlimited"})
"""Words the core's formatters write on their own (``format_leverage`` of an unlimited
leverage): said in the trader's language wherever they are shown. Each is marked for
translation in `core.formatting`."""


def _said(value: object, translate: Translate | None) -> object:
    if isinstance(value, Message):
        return value.render(translate)
    if translate is not None and isinstance(value, str) and value in WORDS:
        return translate(value)
    if isinstance(value, tuple):
        return "; ".join(str(_said(item, translate)) for item in value)
    return value


def text(value: Message | str, translate: Translate | None = None) -> str:
    """A message in the language ``translate`` gives, or a plain text as it is (one of the
    formatters' `WORDS` in that language)."""
    return value.render(translate) if isinstance(value, Message) else str(_said(value, translate))


class Catalog:
    """The core's sentences in one language, read from its translation source
    (``fxmargin_<code>.ts``) without Qt, for the command line's ``--lang``."""

    def __init__(self, translations: Mapping[str, str]) -> None:
        self.translations = dict(translations)

    def __call__(self, key: str) -> str:
        return self.translations.get(key) or key

    @classmethod
    @functools.cache
    def load(cls, code: str) -> Catalog:
        """The catalog of language ``code`` (``zh_CN``, ``es``...); English has none to read."""
        if code == "en":
            return cls({})
        path = resources_dir() / "translations" / f"fxmargin_{code}.ts"
        root = ElementTree.parse(path).getroot()
        translations = {}
        for context in root.iter("context"):
            if (context.findtext("name") or "") != "":
                continue  # the app's own texts; the core's are in the unnamed context
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source and translation is not None and translation.get("type") is None:
                    translations[source] = translation.text or ""
        return cls(translations)


def languages() -> list[str]:
    """The languages the command line can speak: English and those with a translation."""
    folder = resources_dir() / "translations"
    return ["en", *sorted(p.stem.removeprefix("fxmargin_") for p in folder.glob("fxmargin_*.ts"))]


def language_code(text: str) -> str | None:
    """The language a trader names (``zh_CN``, ``zh-cn``, ``pt``, ``ES``), as the command
    line has it; None when it has no such language."""
    known = languages()
    wanted = text.strip().replace("-", "_")
    exact = {code.lower(): code for code in known}
    if wanted.lower() in exact:
        return exact[wanted.lower()]
    base = wanted.split("_")[0].lower()
    return next((code for code in known if code.split("_")[0].lower() == base), None)
