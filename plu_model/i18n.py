"""The one way PLU Studio says a text in English or Bulgarian: :func:`say` and :class:`Text`.

English is the source language: a text is written once, in English, at the place that
says it, with its *context* (the module's path, or a Qt class name in ``app/``).  The
Bulgarian comes from one catalogue, ``resources/i18n/plu_studio_bg.ts`` (Qt Linguist's
format, so translators keep their tool), read here with the standard library and
:mod:`plu_model.xml_parsing` on the first Bulgarian text asked for — English costs no
read at all, which keeps ``plu --help`` fast.

Placeholders are ``{name}`` with any ``str.format`` conversion or spec (``{area:.1f}``,
``{value!r}``); the values are given as keywords.  A fractional number is written with a
decimal comma in Bulgarian (``{area:,.1f}`` gives ``1 600,5``).  A value that is itself a :class:`Text`
is said in the same language, and so is any value with a ``say(language)`` method, one
of the product's errors (its ``message``) and anything named in each language by a
``label(language)`` or ``title(language)`` method (a format, a code-list value, a rule).  ``tests/test_translation_completeness.py`` proves that
every text given to :func:`say`, :class:`Text` or ``app.i18n.translate`` has a finished
translation with the same placeholders.

A text that counts something is written in both English forms at the call, the count given
as ``n``: ``Text(context, "{n} zone", plural="{n} zones", n=count)``.  Each language picks the
form by its CLDR cardinal rule (:func:`plural_category`); the catalogue keys the text by its
English plural and holds one Bulgarian ``<numerusform>`` per form, as Qt Linguist writes a
``<message numerus="yes">``, so translators keep their tool.  Why not "zones: {n}" everywhere:
Bulgarian nouns agree with the count ("1 зона", "2 зони"; "1 обект е изтрит", "3 обекта са
изтрити") and English says "1 zone", so a label-and-count text only hides the problem.
"""

from __future__ import annotations

import numbers
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = [
    "LANGUAGES",
    "PLURAL_FORMS",
    "ByLanguage",
    "Joined",
    "SaidInBoth",
    "Text",
    "Words",
    "both",
    "catalogue",
    "catalogue_path",
    "language",
    "placeholders",
    "plural_category",
    "plural_forms",
    "say",
    "say_in",
    "set_language",
]

#: the languages the product speaks; English is the source of every text
LANGUAGES = ("en", "bg")

#: the CLDR plural categories of each language, in the order of a catalogue entry's ``<numerusform>``\s
#: (Qt Linguist's order for these languages: singular, then plural)
PLURAL_FORMS: dict[str, tuple[str, ...]] = {"en": ("one", "other"), "bg": ("one", "other")}

#: a catalogue's translation: one text, or one per plural form (a ``numerus="yes"`` entry)
Translation = str | tuple[str, ...]

_state: dict[str, Any] = {"language": "en"}
_catalogues: dict[str, dict[tuple[str, str], Translation]] = {}


def set_language(language: str) -> None:
    """Choose the language :func:`say` speaks in from now on (anything but ``bg`` is English)."""
    _state["language"] = "bg" if language == "bg" else "en"


def language() -> str:
    """The language :func:`say` speaks in now."""
    return str(_state["language"])


def catalogue_path(language: str = "bg") -> Path:
    """The catalogue of a language (``$PLU_RESOURCES`` moves the resources folder, as elsewhere)."""
    env = os.environ.get("PLU_RESOURCES")
    resources = Path(env) if env else Path(__file__).resolve().parent.parent / "resources"
    return resources / "i18n" / f"plu_studio_{language}.ts"


def catalogue(language: str = "bg") -> dict[tuple[str, str], Translation]:
    """``{(context, source): translation}`` of a language's finished entries, read once.

    A plural text's translation is the tuple of its forms (:data:`PLURAL_FORMS`), keyed by its
    English plural.
    """
    if language not in _catalogues:
        _catalogues[language] = _read(catalogue_path(language)) if language != "en" else {}
    return _catalogues[language]


def _read(path: Path) -> dict[tuple[str, str], Translation]:
    """The finished entries of a catalogue file: from its cached copy when the file is unchanged.

    Parsing the ``.ts`` needs lxml and takes tens of milliseconds, which ``plu --lang bg --help``
    would pay on every call; the cache (``$XDG_CACHE_HOME/plu-studio``, keyed by the file's path,
    size and time) is read with :mod:`marshal`.  Any trouble with the cache just means a parse.
    """
    if not path.is_file():
        return {}
    cached = _cache_file(path)
    if cached is not None:
        try:
            import marshal

            return {(c, s): t for c, s, t in marshal.loads(cached.read_bytes())}
        except (OSError, ValueError, EOFError, TypeError):
            pass
    entries = _parse(path)
    if cached is not None:
        _write_cache(cached, entries)
    return entries


def _cache_file(path: Path) -> Path | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    import zlib

    key = f"{zlib.crc32(str(path.resolve()).encode()):08x}-{stat.st_size}-{stat.st_mtime_ns}"
    return Path(base) / "plu-studio" / "i18n" / f"{path.stem}-{key}.marshal"


def _write_cache(target: Path, entries: dict[tuple[str, str], Translation]) -> None:
    import marshal
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as fh:
            fh.write(marshal.dumps([(c, s, t) for (c, s), t in entries.items()]))
        os.replace(fh.name, target)  # atomic: a parallel reader sees the old cache or the new one
    except OSError:
        pass


def _parse(path: Path) -> dict[tuple[str, str], Translation]:
    from plu_model.xml_parsing import parse  # local: lxml is not loaded for English

    out: dict[tuple[str, str], Translation] = {}
    for context in parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):  # a form left empty: the English is said instead
                    out[key] = forms
            elif translation.text:
                out[key] = translation.text
    return out


def plural_category(language: str, n: float) -> str:
    """The CLDR cardinal plural category of the count ``n`` in ``language``: ``"one"`` or ``"other"``.

    English is "one" for an integer 1 only (CLDR ``i = 1 and v = 0``): a float is a measured
    amount written with its decimals, "1.0 hectares", "1.5 hectares".  Bulgarian is "one" for
    a value of exactly 1 (CLDR ``n = 1``, which takes in "1,0 хектар"), so 1.5 is "other"
    ("1,5 хектара").  A negative count takes the form of its absolute value, as in CLDR.  Any
    integer type counts as one (a NumPy sum too).
    """
    if isinstance(n, bool) or not isinstance(n, numbers.Real):
        raise TypeError(f"a plural text counts with a number, not {type(n).__name__}")
    if language == "bg":
        return "one" if abs(n) == 1 else "other"
    return "one" if isinstance(n, numbers.Integral) and abs(n) == 1 else "other"


def placeholders(text: str) -> list[str]:
    """The names of the ``{name}`` placeholders of a text, sorted (the same in both languages)."""
    import string  # local: only the completeness test asks

    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return ["<malformed>"]


def say_in(language: str, context: str, source: str, /, *, plural: str | None = None, **values: Any) -> str:
    """``source`` in ``language``, its placeholders filled with ``values``.

    With ``plural``, ``source`` is the English singular and ``plural`` the English plural of a
    text counting ``values["n"]``; the form the count takes in ``language`` is said.
    """
    if plural is not None:
        text = _plural_form(language, context, source, plural, values)
    else:
        found = catalogue(language).get((context, source), source) if language == "bg" else source
        text = found if isinstance(found, str) else source
    if not values:
        return text
    return text.format_map({k: _said(v, language) for k, v in values.items()})


def plural_forms(language: str, context: str, source: str, /, *, plural: str) -> dict[str, str]:
    """A plural text's forms in ``language`` by CLDR category, placeholders left unfilled.

    For a page that fills its own placeholders: the consultation viewer's JavaScript gets both
    forms and picks "one" for a count of 1 (its counts are whole days), the rule of both languages.
    """
    if language == "bg":
        forms = catalogue(language).get((context, plural))
        if isinstance(forms, tuple) and len(forms) == len(PLURAL_FORMS[language]):
            return dict(zip(PLURAL_FORMS[language], forms, strict=True))
    return dict(zip(PLURAL_FORMS["en"], (source, plural), strict=True))


def _plural_form(language: str, context: str, one: str, other: str, values: dict[str, Any]) -> str:
    """The form of a plural text for its count: the catalogue's, or the English when it has none."""
    if "n" not in values:
        raise TypeError(f"the plural text {other!r} needs its count as n=")
    n = values["n"]
    if language == "bg":
        forms = catalogue(language).get((context, other))
        if isinstance(forms, tuple) and len(forms) == len(PLURAL_FORMS[language]):
            return forms[PLURAL_FORMS[language].index(plural_category(language, n))]
    return one if plural_category("en", n) == "one" else other


def _kept(value: Any) -> Any:
    """A value as a :class:`Text` keeps it: an exception as its text (exceptions need not pickle)."""
    if isinstance(value, BaseException):
        text = getattr(value, "text", None)
        return text if isinstance(text, (Text, str)) else str(value)
    return value


class _DecimalComma(float):
    """A number as Bulgarian writes it: ``1 600,5`` for ``1,600.5`` whatever the format spec asks."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return format(float(self), spec).replace(",", " ").replace(".", ",")

    def __str__(self) -> str:
        return self.__format__("")


def _said(value: Any, language: str) -> Any:
    """A value as filled in: a :class:`Text`, or one of the product's errors, in the text's language.

    A fractional number gets Bulgarian's decimal comma in Bulgarian (an integer needs none).
    """
    if type(value) is not bool and isinstance(value, float):
        return _DecimalComma(value) if language == "bg" else value
    if isinstance(value, Text) or callable(getattr(value, "say", None)):
        return value.say(language)
    if isinstance(value, BaseException) and callable(getattr(value, "message", None)):
        return value.message(language)
    for name in ("label", "title"):  # a format, a code-list value, a rule: named in each language
        method = getattr(value, name, None)
        if callable(method) and not isinstance(value, str):
            return method(language)
    return value


def both(text: Text, separator: str = " / ", bulgarian_first: bool = False) -> str:
    """A text in English and in Bulgarian at once, for a reader no language was chosen for (an HTTP error)."""
    first, second = ("bg", "en") if bulgarian_first else ("en", "bg")
    return f"{text.say(first)}{separator}{text.say(second)}"


def say(context: str, source: str, /, *, plural: str | None = None, **values: Any) -> str:
    """``source`` in the current language (:func:`set_language`), placeholders filled.

    ``plural`` makes it a text counting ``n`` (:func:`say_in`).
    """
    return say_in(language(), context, source, plural=plural, **values)


class Text:
    """A text kept as its source and values, said in either language when it is shown.

    What an error or a finding carries: the JSON report gives both languages, the
    desktop shows the UI's, and ``str()`` is the English (logs and tests read the same
    whatever the language).  Immutable and hashable (findings are compared and folded).

    A text that counts is written in both English forms, its count as ``n``:
    ``Text(context, "{n} zone", plural="{n} zones", n=3)``; ``source`` is then the singular,
    ``plural`` the plural (which keys the catalogue entry).
    """

    __slots__ = ("context", "source", "values", "plural")

    context: str
    source: str
    values: tuple[tuple[str, Any], ...]
    plural: str | None

    def __init__(self, context: str, source: str, /, *, plural: str | None = None, **values: Any):
        if plural is not None and "n" not in values:
            raise TypeError(f"the plural text {plural!r} needs its count as n=")
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "values", tuple((k, _kept(v)) for k, v in values.items()))
        object.__setattr__(self, "plural", plural)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a Text does not change")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.context, self.source, self.values, self.plural) == (
            other.context,
            other.source,
            other.values,
            other.plural,
        )

    def __hash__(self) -> int:
        return hash((self.context, self.source, self.values, self.plural))

    def __repr__(self) -> str:
        plural = f", plural={self.plural!r}" if self.plural is not None else ""
        return f"Text({self.context!r}, {self.source!r}{plural}, values={self.values!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_text, (self.context, self.source, self.values, self.plural))

    def say(self, language: str | None = None) -> str:
        """The text in ``language`` (the current one when not given)."""
        return say_in(
            language or _state["language"], self.context, self.source, plural=self.plural, **dict(self.values)
        )

    def __str__(self) -> str:
        return self.say("en")

    def fill(self, **values: Any) -> Text:
        """The same text with more values (a table of texts filled in where they are used)."""
        return Text(self.context, self.source, plural=self.plural, **dict(self.values), **values)


class Joined:
    """Items joined by a word said in the text's language: ``EPSG:4258 or EPSG:25835``."""

    __slots__ = ("separator", "items")

    def __init__(self, separator: Text, items: tuple[Any, ...]):
        self.separator = separator
        self.items = items

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Joined) and (self.separator, self.items) == (other.separator, other.items)

    def __hash__(self) -> int:
        return hash((self.separator, self.items))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.separator, self.items))

    def say(self, language: str | None = None) -> str:
        language = language or _state["language"]
        return self.separator.say(language).join(str(_said(item, language)) for item in self.items)

    def __str__(self) -> str:
        return self.say("en")


class ByLanguage:
    """A value the code itself words in each language (``partial(citation, limit)``, a label method).

    ``function(language)`` gives the value; it must pickle (a module-level function, a
    ``functools.partial`` of one, a bound method), since findings cross processes.
    """

    __slots__ = ("function",)

    def __init__(self, function: Callable[[str], Any]):
        self.function = function

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ByLanguage) and self.function == other.function

    def __hash__(self) -> int:
        return hash(self.function)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ByLanguage, (self.function,))

    def say(self, language: str | None = None) -> str:
        return str(self.function(language or _state["language"]))

    def __str__(self) -> str:
        return self.say("en")


class Words:
    """A table of texts by key, for a page or a document laid out in one language at a time.

    ``WORDS[language][key]`` is the text of ``key`` in that language (read lazily).
    """

    __slots__ = ("context", "sources")

    def __init__(self, context: str, sources: dict[str, str], /):
        self.context = context
        self.sources = sources

    def __getitem__(self, language: str) -> dict[str, str]:
        return {key: say_in(language, self.context, source) for key, source in self.sources.items()}

    def get(self, language: str, default: Any = None) -> dict[str, str]:
        return self[language]


def _text(context: str, source: str, values: tuple[tuple[str, Any], ...], plural: str | None = None) -> Text:
    """Rebuild a pickled :class:`Text` (findings cross process boundaries in ``validate --jobs``)."""
    return Text(context, source, plural=plural, **dict(values))


class SaidInBoth:
    """``message_en`` and ``message_bg`` of anything with ``message(language)``: the report formats
    and the JSON give both languages of a finding or a repair, whatever the UI's is."""

    __slots__ = ()

    def message(self, language: str = "en") -> str:
        raise NotImplementedError

    @property
    def message_en(self) -> str:
        return self.message("en")

    @property
    def message_bg(self) -> str:
        return self.message("bg")
