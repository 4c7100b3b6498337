"""One completeness test over every user-visible text: one catalogue, one way to say a text.

Every text the product shows is written once, in English, at a call of
:func:`plu_model.i18n.say`, ``say_in``, :class:`plu_model.i18n.Text` or, in the desktop
app, ``translate()``/``translate_to()``/``UndoText()``; its Bulgarian is an entry of
``resources/i18n/plu_studio_bg.ts``.  argparse's own words are the ``argparse`` context
of the same catalogue.  This test proves:

* every entry has a finished Bulgarian translation with the same placeholders, all named
  ``{name}`` (no Qt-style ``%1`` filled by hand: translators see one style);
* every text said with ``plural=`` (a count) is a ``numerus="yes"`` entry with every
  Bulgarian plural form translated, each with the placeholders of its English, and no
  other text is one;
* every literal given to those calls (an AST scan of every product package) is an entry;
* no text counts with a plural noun without ``plural=`` ("{count} files written"), but the few
  listed in :data:`COUNTS_NOT_PLURAL` (each with why);
* every message of the running Python's argparse is an entry;
* no other way is left: no ``bg=`` keyword, no ``t(en, bg)``/``_tr(language, en, bg)``,
  no English/Bulgarian pair side by side, no Cyrillic string literal outside the
  catalogue except the data listed in :data:`CYRILLIC_DATA` (each with why).
"""

from __future__ import annotations

import ast
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from update_translations import (  # noqa: E402
    CATALOGUE,
    NUMERUS_FORMS,
    PACKAGES,
    Said,
    argparse_messages,
    numerus_problem,
    read_ts,
    said_in,
)

CYRILLIC = re.compile("[А-Яа-яЁё]")
QT_STYLE = re.compile(r"%\d")
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[sdr]|%%")

#: Cyrillic string literals that are data, not texts of the product: file → (why, the literals).
#: Narrow on purpose (each literal named), and the test fails when a listed literal is gone.
CYRILLIC_DATA: dict[str, tuple[str, tuple[str, ...]]] = {
    "plu_model/dates.py": (
        "the Bulgarian year mark 'г.' dates are read with and written in (a date format)",
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?", " г."),
    ),
    "participation/paper.py": (
        "the same date format, for dates typed on a paper comment",
        (r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$",),
    ),
    "plu_model/importing/rules.py": (
        "yes/no words and a date format a source attribute table may hold in Bulgarian (input data)",
        ("да", "д", "не", "н", "%d.%m.%Y г."),
    ),
    "plu_model/importing/mapping.py": (
        "an example official title in the mapping template (a plan's data)",
        ("'ПУП – ПРЗ …'",),
    ),
    "plu_model/indicators.py": (
        "Bulgarian field names of source data the indicators recognise",
        ("кинт", "плътност", "озеленяване", "височина"),
    ),
    "participation/reference.py": (
        "the default prefix of comment references (ПУП-2026-0042): data of the register "
        "of comments, the same in every language",
        ("ПУП",),
    ),
    "participation/settings.py": ("the same default prefix, as a setting", ("ПУП",)),
    "participation/service/storage.py": ("the same default prefix, for the service's database", ("ПУП",)),
    "app/i18n.py": ("the UI languages, each named in itself in the language menu", ("table:LANGUAGES",)),
    "app/consultation_wizard.py": ("the package's languages, each named in itself", ("table:LANGUAGE_NAMES",)),
    "plu_model/portrayal.py": (
        "the national zone types' names and colours (Наредба № 8 table): code-list data",
        ("table:ZONE_TYPE_STYLES",),
    ),
    "exporters/codelist_registry.py": (
        "the INSPIRE registry's own labels of a status and an extensibility, written as data into a published register",
        ("table:_STATUS_TEXT", "table:_EXTENSIBILITY_TEXT"),
    ),
    "exporters/iso_metadata.py": (
        "the INSPIRE theme's registered name and the regulation's official Bulgarian "
        "title, as data of the metadata record",
        ("table:_THEME_LABEL", "table:_CONFORMITY_SPEC"),
    ),
}

#: files not yet on the one mechanism (text pairs still written at the call).  The list only shrinks:
#: the test fails when a listed file is clean, so that it is taken off.
NOT_YET: dict[str, str] = {}


def _product_files() -> list[Path]:
    return [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))] + [ROOT / "main.py"]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _placeholders(text: str) -> list[str]:
    try:
        return sorted(f"{name}" for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return ["<malformed>"]


CATALOGUE_ENTRIES = read_ts(CATALOGUE)


def _entry_problem(context: str, source: str, translation: str | tuple[str, ...], finished: bool) -> str | None:
    """What is wrong with one catalogue entry, or None (each form of a plural entry checked as a text)."""
    if not finished:
        return f"{context}: {source!r} is not translated"
    if isinstance(translation, tuple):
        return next((p for form in translation if (p := _entry_problem(context, source, form, True))), None)
    if context == "argparse":  # argparse's own %-formatted messages, as its gettext gives them
        if sorted(PERCENT.findall(source)) != sorted(PERCENT.findall(translation)):
            return f"argparse: {source!r} and {translation!r} differ in their % placeholders"
        return None
    if QT_STYLE.search(source) or QT_STYLE.search(translation):
        return f"{context}: {source!r} has a Qt-style %N placeholder; name it {{name}} and fill it by keyword"
    if _placeholders(source) != _placeholders(translation):
        return f"{context}: {source!r} and {translation!r} differ in their placeholders"
    if (
        re.search("[A-Za-z]{4}", re.sub(r"\{[^}]*\}", "", source))
        and not CYRILLIC.search(translation)
        and translation == source
        and not _same_in_both(source)
    ):
        return f"{context}: {source!r} is 'translated' as itself"
    return None


def test_every_entry_has_a_finished_bulgarian_translation_with_the_same_placeholders():
    bad = [
        problem
        for (context, source), (translation, finished) in CATALOGUE_ENTRIES.items()
        if (problem := _entry_problem(context, source, translation, finished)) is not None
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("source", "translation"),
    [("Errors: %1, warnings: %2", "Грешки: %1, предупреждения: %2"), ("Saved %1", "Записан е {path}")],
)
def test_a_qt_style_placeholder_fails_the_catalogue(source, translation):
    assert "Qt-style %N" in (_entry_problem("MainWindow", source, translation, True) or "")
    assert _entry_problem("MainWindow", "Saved {path}", "Записан е {path}", True) is None


def _same_in_both(source: str) -> bool:
    """Texts that are the same in Bulgarian: names, codes, formats ("GeoJSON", "{path}: {text}")."""
    words = re.sub(r"\{[^}]*\}|https?://\S+|[A-Za-z]+:[A-Za-z]\w*|\b[A-Z][A-Za-z0-9]*\b", "", source)
    return not re.search("[a-z]{4}", words)


def _said() -> list[tuple[str, str, str]]:
    return [(f"{_rel(p)}:{said.line}", said.context, said.source) for p in _product_files() for said in said_in(p)]


def test_every_plural_text_has_all_its_forms_and_no_other_text_is_plural():
    """A count said with ``plural=`` needs every Bulgarian form; a text said without it, a plain entry."""
    said = [(f"{_rel(p)}:{s.line}", s) for p in _product_files() for s in said_in(p)]
    plural = {(s.context, s.source) for _, s in said if s.singular is not None}
    bad = [
        f"{place}: {problem}"
        for place, s in said
        if (s.context, s.source) in CATALOGUE_ENTRIES
        and (s.singular is not None or (s.context, s.source) not in plural)
        and (problem := numerus_problem(s.context, s.source, s.singular, CATALOGUE_ENTRIES[(s.context, s.source)][0]))
    ]
    assert bad == []
    assert len(plural) >= 40  # the counts of the product are said as plurals (a floor, not an inventory)


NUMERUS_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en_GB">
 <context>
  <name>MainWindow</name>
  <message numerus="yes">
   <source>{n} features deleted.</source>
   <translation>
FORMS
   </translation>
  </message>
 </context>
</TS>
"""


@pytest.mark.parametrize(
    ("forms", "problem"),
    [
        (["{n} обект е изтрит."], "1 of its 2 plural forms translated"),
        (["{n} обект е изтрит.", ""], "1 of its 2 plural forms translated"),
        (["{n} обект е изтрит.", "{count} обекта са изтрити."], "other placeholders"),
        (["{n} обект е изтрит.", "{n} обекта са изтрити."], None),
    ],
)
def test_a_plural_entry_missing_a_form_or_a_placeholder_fails(tmp_path, forms, problem):
    ts = tmp_path / "plu_studio_bg.ts"
    ts.write_text(NUMERUS_TS.replace("FORMS", "\n".join(f"<numerusform>{f}</numerusform>" for f in forms)), "utf-8")
    translation, finished = read_ts(ts)[("MainWindow", "{n} features deleted.")]
    assert translation == tuple(forms) and NUMERUS_FORMS == 2
    found = numerus_problem("MainWindow", "{n} features deleted.", "{n} feature deleted.", translation)
    assert found is None if problem is None else problem in (found or "")
    assert finished is (len(forms) == 2 and all(forms))
    if not finished:
        assert "not translated" in (_entry_problem("MainWindow", "{n} features deleted.", translation, finished) or "")


def test_a_plural_said_without_plural_or_a_count_said_plainly_fails():
    assert "without plural=" in numerus_problem("C", "{n} zones", None, ("{n} зона", "{n} зони"))
    assert "not numerus" in numerus_problem("C", "{n} zones", "{n} zone", "зони: {n}")
    assert "English singular" in numerus_problem("C", "{n} zones", "one zone", ("{n} зона", "{n} зони"))
    assert numerus_problem("C", "zones: {n}", None, "зони: {n}") is None


def test_every_text_said_is_an_entry_of_the_catalogue():
    missing = [
        f"{place}: {context} {source!r}"
        for place, context, source in _said()
        if (context, source) not in CATALOGUE_ENTRIES
    ]
    assert missing == [], "run scripts/update_translations.py and translate the new entries"


# -- counts said without plural= -------------------------------------------------------------------
#: a placeholder's name that says it holds a number: ``{n}``, ``{count}``, ``{n_kids}``, ``{max_entries}``,
#: ``{MAX_ATTACHMENTS}``, ``{body_limit}``, ``{GetLayerCount}``.  A name of a thing (``{path}``, ``{class_name}``)
#: standing before a noun is a modifier ("{class_name} attributes") or a subject before a verb ("{path}
#: holds"), and English cannot tell a plural noun from a verb ("names", "links", "limits"): the name decides.
COUNT_NAME = re.compile(
    r"n|k|count|number|total|amount|limit|minimum|maximum|max|min|depth|size"
    r"|(?:n|num|max|min)_\w+|\w+_(?:count|total|limit|max|min)|get\w*count",
    re.IGNORECASE,
)
#: a format spec that writes a number (``{total:,}``, ``{area:.1f}``): a measured amount counts as well
#: ("1.0 hectares" is a plural text too, see docs/architecture.md); a date's ``%d.%m.%Y`` does not.
NUMERIC_SPEC = re.compile(r"[<>^=+\- #0-9,_.]*[bdefgnoxEFGX%]|[<>^=+\- #0-9_]*,[0-9.]*[dfg]?")
_FIELD = r"\{(?P<name>[A-Za-z_]\w*)(?:![rsa])?(?::(?P<spec>[^{}]*))?\}"
#: a plural noun, or one faked with "(s)"/"(es)" ("vertex(es)": a plural form written out instead)
_NOUN = r"(?P<noun>[A-Za-z][a-z-]*s|[A-Za-z][a-z-]*\((?:e?s)\))(?![\w(])"
#: what may stand between a count and its noun: a placeholder ("{n} {name} elements"), a name or an
#: abbreviation ("{n} CRS units"), a participle or a common adjective ("{n} repeated vertices") — two at most
_BETWEEN = (
    r"(?:(?:\{[^{}]*\}|[A-Z][A-Za-z0-9]*|[a-z]+(?:ed|ing)|new|duplicate|invalid|empty|other|distinct|unique)\s+){0,2}"
)
#: a count and the noun it counts ("{n} files", "({n} areas)"); and a noun before a count that ends the
#: clause ("features {n}"); "features: {n}" is a label and is fine in both languages
COUNTED_NOUN_AFTER = re.compile(_FIELD + r"\s+" + _BETWEEN + _NOUN)
COUNTED_NOUN_BEFORE = re.compile(r"\b" + _NOUN + r" " + _FIELD + r"(?!\s*\w)")
#: a bound the product sets ("at most {MAX_ATTACHMENTS} files", "more than {depth} levels"): a constant
#: or a setting of hundreds or thousands; a limit of one is worded "exactly one"/"at most one"
BOUND = re.compile(
    r"\b(?:(?:more|fewer|less|longer|larger|shorter|smaller) than|at (?:most|least)|up to)\s+$", re.IGNORECASE
)
#: words ending in s that are no plural noun
NOT_NOUNS = frozenset(
    {"is", "was", "has", "does", "as", "its", "this", "thus", "plus", "less", "unless", "yes", "always"}
)

_NEVER_ONE = "said only for a count of two or more (several where the schema wants one, an ambiguous match)"
_OVER_LIMIT = "said only for a count over a limit of hundreds or thousands (LIMITS, _ANSWER_LIMIT, max_entries)"

#: texts that count without ``plural=`` and are right in both languages as they are: (context, source) → why.
#: Narrow on purpose; the test fails when an entry is no longer said or no longer flagged.
COUNTS_NOT_PLURAL: dict[tuple[str, str], str] = {
    ("plu_model.gml_reader", "{tag} holds {n_kids} geometries ({names}); the schema allows one. All are kept (as "
     "one multi-geometry in the model, verbatim in the export)"): _NEVER_ONE,
    ("exporters.kept_source", "the {n_kids} geometries of {tag} written as one"): _NEVER_ONE,
    ("validators.xml_checks", "{cls} has {n} {name} elements; the INSPIRE validator requires exactly one"): _NEVER_ONE,
    ("validators.xml_checks", "OfficialDocumentation has {n} {name} elements; at most one is allowed"): _NEVER_ONE,
    ("participation.reference", "{lead}{text!r} matches {n_match} comments ({names}); give the full reference"): (
        _NEVER_ONE
    ),
    ("plu_model.importing.ogr_source", "{name}: holds {GetLayerCount} layers ({value}); name one in the mapping "
     "(layers[].name)"): "said only when a source holds other than one layer (none, or several to choose from)",
    ("participation.comment", "is {n_text} characters long; at most {limit} are accepted"): _OVER_LIMIT,
    ("participation.comment", "has {n_value} vertices; at most {vertices} are accepted"): _OVER_LIMIT,
    ("participation.review", "the answer is {n_text} characters long; at most {ANSWER_LIMIT} are kept"): _OVER_LIMIT,
    ("participation.zip_limits", "{n_members} entries (at most {max_entries})"): _OVER_LIMIT,
    ("participation.viewer", "{n} / {max} characters"): (
        "'characters' counts {max}, the comment's limit (thousands); {n} is read as a fraction of it"
    ),
}


def _counts(name: str, spec: str | None, noun: str) -> bool:
    """Whether a placeholder holds the number of ``noun``: by its name, its format spec or a faked plural."""
    return bool(COUNT_NAME.fullmatch(name) or (spec and NUMERIC_SPEC.fullmatch(spec)) or noun.endswith(")"))


def counted_plural(source: str) -> str | None:
    """The part of a text that counts with a plural noun ("{n} files"), or None: such a text needs ``plural=``.

    English says "1 files" and Bulgarian has no singular ("1 файла") unless the text is a plural one.  A
    bound ("at most {limit} files") and a label ("files: {n}") are not counts of this kind.
    """
    for pattern in (COUNTED_NOUN_AFTER, COUNTED_NOUN_BEFORE):
        for match in pattern.finditer(source):
            noun = match["noun"]
            if noun.lower() in NOT_NOUNS or noun.isupper() or BOUND.search(source[: match.start()]):
                continue
            if _counts(match["name"], match["spec"], noun):
                return match[0]
    return None


@pytest.mark.parametrize(
    ("source", "counted"),
    [
        ("{count} files written", "{count} files"),
        ("Deleted ({n} areas).", "{n} areas"),
        ("{n} new parts.", "{n} new parts"),
        ("OfficialDocumentation has {n} {name} elements", "{n} {name} elements"),
        ("{removed} repeated vertex(es) removed", "{removed} repeated vertex(es)"),
        ("{total:,} features read", "{total:,} features"),
        ("{area:.1f} hectares of zoning", "{area:.1f} hectares"),
        ("{n_zones} zones", "{n_zones} zones"),
        ("deleted features {n}", "features {n}"),
        ("files: {n}", None),
        ("Comment on item {n}", None),
        ("feature {n} has no geometry", None),
        ("{class_name} attributes", None),
        ("{path} holds {value}", None),
        ("at most {MAX_ATTACHMENTS} files per objection", None),
        ("elements nest more than {depth} levels deep", None),
        ("the prolog is shorter than {MIN_PROLOG} bytes", None),
        ("{n} is not a number", None),
        ("a tolerance of {tolerance} mm", None),
        ("page {page} of {pages}", None),
        ("minutes of {day:%d.%m.%Y} attached", None),
    ],
)
def test_a_count_with_a_plural_noun_is_found(source, counted):
    assert counted_plural(source) == counted


def plain_counts(said: list[tuple[str, Said]]) -> list[str]:
    """Every text said without ``plural=`` that counts with a plural noun and is not in :data:`COUNTS_NOT_PLURAL`."""
    return [
        f"{place}: {s.context} {s.source!r} counts {counted!r}; say it with plural="
        for place, s in said
        if s.singular is None
        and (s.context, s.source) not in COUNTS_NOT_PLURAL
        and (counted := counted_plural(s.source))
    ]


def test_a_count_said_plainly_in_a_product_file_fails(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(
        'Text("plu_cli.planted", "{count} files written", count=written)\n'
        'Text("plu_cli.planted", "{n} file written", plural="{n} files written", n=written)\n'
        'say("plu_cli.planted", "files written: {count}", count=written)\n',
        encoding="utf-8",
    )
    found = plain_counts([(f"planted.py:{s.line}", s) for s in said_in(planted)])
    assert found == [
        "planted.py:1: plu_cli.planted '{count} files written' counts '{count} files'; say it with plural="
    ]


def test_every_text_that_counts_with_a_plural_noun_is_said_with_plural():
    """A new "{count} files written" said plainly fails here: say it with ``plural=`` (docs/architecture.md)."""
    said = [(f"{_rel(p)}:{s.line}", s) for p in _product_files() for s in said_in(p)]
    assert plain_counts(said) == []
    plain = {(s.context, s.source) for _, s in said if s.singular is None}
    stale = [key for key in COUNTS_NOT_PLURAL if key not in plain or counted_plural(key[1]) is None]
    assert stale == [], "no longer said or no longer a count: take it off COUNTS_NOT_PLURAL"


def test_every_say_and_text_call_names_its_context_and_source_as_literals():
    """A text built at run time cannot be checked (nor found by a translator)."""
    names = {"say": 0, "Text": 0, "say_in": 1, "plural_forms": 1}
    bad = []
    for path in _product_files():
        if _rel(path) in ("plu_model/i18n.py", "app/i18n.py", "plu_cli/argparse_bg.py"):
            continue  # the mechanism itself (translate() is checked by the scan), argparse's words (below)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                first = names.get(name)
                if first is None or isinstance(node.func, ast.Attribute) and name not in ("say_in", "plural_forms"):
                    continue
                args = node.args[first : first + 2] + [k.value for k in node.keywords if k.arg == "plural"]
                if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                    bad.append(f"{_rel(path)}:{node.lineno}")
    assert bad == []


@pytest.mark.parametrize("message", argparse_messages())
def test_every_argparse_message_is_an_entry(message):
    entry = CATALOGUE_ENTRIES.get(("argparse", message))
    assert entry is not None and entry[1], f"argparse says {message!r}; run scripts/update_translations.py"
    assert sorted(PERCENT.findall(entry[0])) == sorted(PERCENT.findall(message))


def test_plu_speaks_bulgarian_in_its_usage_errors():
    result = subprocess.run(
        [sys.executable, "-m", "plu_cli", "--lang", "bg", "package", "x.gml"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "употреба: plu package" in result.stderr
    assert "липсват задължителните аргументи: --out" in result.stderr
    assert "usage" not in result.stderr and "required" not in result.stderr
    assert "Traceback" not in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "plu_cli", "--lang", "bg", "info", "-h"], cwd=ROOT, capture_output=True, text=True
    )
    assert "позиционни аргументи" in result.stdout and "показва тази помощ и излиза" in result.stdout


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            out.add(id(body[0].value))
    return out


def _sources(tree: ast.AST) -> set[int]:
    """The literals given to say/Text/Words: catalogue sources (an English text may quote a Bulgarian word)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in ("say", "Text", "say_in", "Words", "translate", "translate_to", "UndoText", "plural_forms"):
                out.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))
    return out


def _fills_by_hand(call: ast.Call) -> bool:
    """``text.replace("%1", value)``: a Qt-style placeholder filled after the text was said."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    first = call.args[0] if call.args else None
    return (
        name == "replace"
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and QT_STYLE.fullmatch(first.value) is not None
    )


@pytest.mark.parametrize(
    ("code", "by_hand"),
    [
        ('translate("MainWindow", "Saved %1").replace("%1", path)', True),
        ('translate("MainWindow", "Saved {path}", path=path)', False),
        ('url.replace("&", "%26")', False),
    ],
)
def test_a_placeholder_filled_by_hand_is_found(code, by_hand):
    calls = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)]
    assert any(_fills_by_hand(c) for c in calls) is by_hand


def _literal(node: ast.AST) -> bool:
    return isinstance(node, (ast.Constant, ast.JoinedStr))


def _tables(tree: ast.AST, names: set[str]) -> set[int]:
    """The literals of module-level tables named as data in :data:`CYRILLIC_DATA` (``table:NAME``)."""
    out = set()
    for node in getattr(tree, "body", []):
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id in names for t in targets) and node.value is not None:
            out.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return out


def _other_ways(path: Path) -> list[str]:
    """Every place in a file that says a text some other way than the catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tables = {lit[6:] for lit in CYRILLIC_DATA.get(_rel(path), ("", ()))[1] if lit.startswith("table:")}
    docs = _docstrings(tree) | _sources(tree) | _tables(tree, tables)
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if any(k.arg == "bg" or (k.arg or "").endswith("_bg") and _literal(k.value) for k in node.keywords):
                found.append(f"{line}: a bg= keyword")  # data read in both languages (a profile's labels) is not
            if isinstance(node.func, ast.Name) and name in ("t", "_tr", "_t") and len(node.args) >= 2:
                found.append(f"{line}: {name}() with both texts")
            if _fills_by_hand(node):
                found.append(f"{line}: a %N placeholder filled by hand (name it {{name}} and give it as a keyword)")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and CYRILLIC.search(node.value)
        ):
            found.append(f"{line}: a Cyrillic literal {node.value!r}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = {a.arg for a in node.args.args + node.args.kwonlyargs}
            if {"en", "bg"} <= params or any(p.endswith("_bg") and p[:-3] + "_en" in params for p in params):
                found.append(f"{line}: {node.name}() takes an English and a Bulgarian text")
    return found


def _is_data(rel: str, found: str) -> bool:
    literals = CYRILLIC_DATA.get(rel, ("", ()))[1]
    return any(found.endswith(f"a Cyrillic literal {literal!r}") for literal in literals)


def test_no_other_way_to_say_a_text_is_left():
    left = {}
    for path in _product_files():
        rel = _rel(path)
        if rel in ("plu_model/i18n.py",):
            continue
        found = [f for f in _other_ways(path) if not _is_data(rel, f)]
        if found and rel not in NOT_YET:
            left[rel] = found[:5]
    assert left == {}, "say it with plu_model.i18n (scripts/i18n_codemod.py rewrites the usual forms)"


def test_the_lists_of_exceptions_are_still_needed():
    """A file taken off the mechanism's to-do list, or whose data is gone, leaves the lists."""
    stale = [rel for rel in NOT_YET if not [f for f in _other_ways(ROOT / rel) if not _is_data(rel, f)]]
    for rel, (_, literals) in CYRILLIC_DATA.items():
        found = _other_ways(ROOT / rel)
        stale += [
            f"{rel}: {lit!r}"
            for lit in literals
            if not lit.startswith("table:") and not any(_is_data(rel, f) and f.endswith(repr(lit)) for f in found)
        ]
    assert stale == []
