#!/usr/bin/env python3
"""Move every English/Bulgarian pair written at a call into the catalogue, and rewrite the call.

PLU Studio says a text in one way (:mod:`plu_model.i18n`): the call names the English
source and its context, the Bulgarian lives in ``resources/i18n/plu_studio_bg.ts``.  This
codemod turns the older ways into that one, mechanically:

* ``t(EN, BG)`` (the CLI)                          → ``say(CONTEXT, EN, **values)``
* ``_tr(language, EN, BG)`` (a few app modules)    → ``say_in(language, CONTEXT, EN, **values)``
* ``AnyCall(EN, ..., bg=BG)`` (errors)             → ``AnyCall(Text(CONTEXT, EN, **values), ...)``
* ``AnyCall(..., EN, BG, ...)`` (findings, helpers) → ``AnyCall(..., Text(CONTEXT, EN, **values), ...)``
* ``message_en=EN, message_bg=BG``                 → ``text=Text(CONTEXT, EN, **values)``
* ``label_en=EN, label_bg=BG`` (any ``X_en``/``X_bg``) → ``label=Text(CONTEXT, EN, **values)``
* ``(EN, BG)``, a pair kept as data               → ``Text(CONTEXT, EN, **values)``
* ``BG if lang == "bg" else EN`` (or ``bg``)       → ``say_in(lang, CONTEXT, EN, **values)``
* ``{"bg": {key: BG}, "en": {key: EN}}``          → ``Words(CONTEXT, {key: EN})`` (``WORDS[lang][key]``)

where EN and BG are string literals or f-strings, BG has Cyrillic and EN has none.  The
context is the module's dotted path.  An f-string's ``{expression}`` becomes a named
placeholder ``{name}`` (conversion and format spec kept) whose value is passed as a
keyword; the Bulgarian f-string must use the same expressions (where it does not, the
site is listed and left alone, to be rewritten by hand).  Each pair's Bulgarian is added
to the catalogue as a finished translation.

It is idempotent: run it again after merging branches that added new pairs, and it
rewrites only those (and lists what it could not).  Functions that took ``en, bg``
parameters are changed by hand to take one :class:`~plu_model.i18n.Text`; the
completeness test (``tests/test_translation_completeness.py``) says what is left.

    python scripts/i18n_codemod.py [--dry-run] [FILE_OR_FOLDER ...]
"""

from __future__ import annotations

import argparse
import ast
import keyword
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from update_translations import CATALOGUE, read_ts, write_catalogue  # noqa: E402

PACKAGES = ("app", "plu_cli", "plu_model", "validators", "exporters", "participation", "register", "services")
CYRILLIC = re.compile("[А-Яа-яЁё]")


class Unfit(Exception):
    """A pair the codemod cannot rewrite safely; it is listed for a hand rewrite."""


@dataclass
class Said:
    """A literal turned into a catalogue source: text with ``{name}`` placeholders and their values."""

    text: str
    values: dict[str, str] = field(default_factory=dict)  # name -> expression source
    names: dict[str, str] = field(default_factory=dict)  # expression dump -> name


def _is_text(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr)


def _has_cyrillic(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and CYRILLIC.search(n.value) for n in ast.walk(node)
    )


def _literal_parts(node: ast.AST) -> bool:
    """True when the node's own literal parts (not its expressions) are mostly Cyrillic: a Bulgarian text.

    An English text may quote a Bulgarian word ("a reference like ПУП-2026-0042"); it stays English.
    """
    if isinstance(node, ast.Constant):
        text = node.value
    else:
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))  # type: ignore[attr-defined]
    cyrillic = len(CYRILLIC.findall(text))
    latin = len(re.findall("[A-Za-z]", text))
    return cyrillic > 0 and cyrillic >= latin / 2


def _words(node: ast.AST) -> bool:
    """True when a literal has English words: not a colour (#F3DE8A) or a format (%d.%m.%Y) beside a name."""
    if isinstance(node, ast.Constant):
        text = node.value
    else:
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))  # type: ignore[attr-defined]
    return bool(re.search(r"(?<![#%0-9A-Fa-f])[A-Za-z]{2,}", text)) and not re.fullmatch(r"#[0-9A-Fa-f]{6}", text)


def _name_of(expr: ast.AST) -> str:
    """A readable placeholder name for an f-string expression."""
    node = expr
    if isinstance(node, ast.Call):
        func = node.func
        fname = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if fname == "len" and node.args:
            return "n_" + _name_of(node.args[0])
        if node.args and isinstance(node.args[0], (ast.Name, ast.Attribute)):
            node = node.args[0]
        elif isinstance(func, ast.Attribute) and fname in ("join", "format", "strip", "lower", "upper", "name"):
            return _name_of(func.value)
        else:
            return fname.strip("_") or "value"
    if isinstance(node, ast.BinOp):
        return _name_of(node.left)
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Name):
        name = node.id
    elif isinstance(node, ast.Attribute):
        name = node.attr
    else:
        return "value"
    name = name.strip("_") or "value"
    return name if name.isidentifier() and not keyword.iskeyword(name) else "value"


def _error_of(expr: ast.AST) -> ast.AST:
    """``message_of(exc, 'bg')``, ``exc.message('en')``, ``fmt.label('bg')`` → ``exc``, ``fmt``.

    An error, a format, a code-list value or a rule is said in the language of the text it is filled into.
    """
    if isinstance(expr, ast.Call):
        args = expr.args
        if isinstance(expr.func, ast.Name) and expr.func.id == "message_of" and len(args) in (1, 2):
            return args[0]
        if (
            isinstance(expr.func, ast.Attribute)
            and expr.func.attr in ("message", "label", "title")
            and len(args) <= 1
            and all(isinstance(a, ast.Constant) for a in args)
        ):
            return expr.func.value
    return expr


def _dump(expr: ast.AST) -> str:
    return ast.dump(_error_of(expr), annotate_fields=False, include_attributes=False)


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _spec(node: ast.AST | None) -> str:
    if node is None:
        return ""
    if isinstance(node, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in node.values):
        return ":" + "".join(v.value for v in node.values)  # type: ignore[attr-defined]
    raise Unfit("a format spec with an expression in it")


def _said(node: ast.AST, source: str, names: Said | None = None) -> Said:
    """The catalogue text of a literal; with ``names`` (the English side), reuse its placeholder names."""
    if isinstance(node, ast.Constant):
        return Said(node.value if names is None or not names.values else _escape(node.value))
    assert isinstance(node, ast.JoinedStr)
    if not any(isinstance(v, ast.FormattedValue) for v in node.values):
        text = "".join(v.value for v in node.values)  # type: ignore[attr-defined]
        return Said(text if names is None or not names.values else _escape(text))
    out = Said("") if names is None else Said("", names.values, names.names)
    parts = []
    for v in node.values:
        if isinstance(v, ast.Constant):
            parts.append(_escape(v.value))
            continue
        assert isinstance(v, ast.FormattedValue)
        key = _dump(v.value)
        if names is not None:
            if key not in names.names:
                raise Unfit("the Bulgarian fills in an expression the English does not")
            name = names.names[key]
        elif key in out.names:
            name = out.names[key]
        else:
            base = _name_of(_error_of(v.value))
            name, n = base, 2
            while name in out.values:
                name, n = f"{base}{n}", n + 1
            segment = ast.get_source_segment(source, _error_of(v.value))
            if segment is None:
                raise Unfit("no source for an f-string expression")
            out.names[key], out.values[name] = name, segment
        conversion = "" if v.conversion == -1 else "!" + chr(v.conversion)
        parts.append("{" + name + conversion + _spec(v.format_spec) + "}")
    out.text = "".join(parts)
    return out


def quote(text: str, mark: str = '"') -> str:
    """A Python string literal of ``text`` in the given quote mark."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == mark:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif not ch.isprintable() and ch != " ":
            out.append(repr(ch)[1:-1])
        else:
            out.append(ch)
    return mark + "".join(out) + mark


def literal(text: str, mark: str, column: int | None) -> str:
    """``text`` as one literal, or as implicitly concatenated lines that end before column 120."""
    width = 116 - column if column is not None else 0
    if column is None or len(text) + 2 <= max(width, 60):
        return quote(text, mark)
    width = max(width, 50)
    pieces, line = [], ""
    for word in re.split(r"(?<= )", text):
        if line and len(line) + len(word) > width:
            pieces.append(line)
            line = ""
        line += word
    pieces.append(line)
    return ("\n" + " " * column).join(quote(p, mark) for p in pieces)


def _call(head: str, context: str, said: Said, mark: str, column: int | None, lead: str = "") -> str:
    """``head(CONTEXT, SOURCE, name=value...)`` starting at ``column`` (None: on one line, in an f-string)."""
    prefix = f"{head}({lead}{quote(context, mark)}, "
    inner = None if column is None else column + len(prefix)
    text = prefix + literal(said.text, mark, inner)
    values = ", ".join(f"{name}={expr}" for name, expr in said.values.items())
    if values:
        last = text.rsplit("\n", 1)[-1]
        start = 0 if "\n" in text or column is None else column
        if column is not None and start + len(last) + len(values) + 3 > 118:
            text += ",\n" + " " * inner + values  # type: ignore[operator]
        else:
            text += ", " + values
    return text + ")"


@dataclass
class Edit:
    start: int
    end: int
    text: str
    entry: tuple[str, str, str]  # context, source, translation
    needs: str  # the name imported from plu_model.i18n
    group: int = 0  # edits of one call, applied together or not at all
    more: tuple[tuple[str, str, str], ...] = ()  # further entries (a table of words)


class Module:
    def __init__(self, path: Path):
        self.path = path
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source)
        rel = path.resolve().relative_to(ROOT).with_suffix("")
        self.context = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        starts, total = [], 0
        for line in self.source.splitlines(keepends=True):
            starts.append(total)
            total += len(line)
        self.starts = starts
        self.edits: list[Edit] = []
        self.unfit: list[str] = []
        self.fstring_marks: list[tuple[int, int, str]] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.JoinedStr):
                a, b = self.span(node)
                head = self.source[a : a + 4].lstrip("rRfFbBuU")
                self.fstring_marks.append((a, b, head[:1]))

    def offset(self, line: int, col: int) -> int:
        # ast columns count UTF-8 bytes
        start = self.starts[line - 1]
        text = self.source[start : start + col + 200]
        return start + len(text.encode("utf-8")[:col].decode("utf-8", errors="ignore"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (
            self.offset(node.lineno, node.col_offset),  # type: ignore[attr-defined]
            self.offset(node.end_lineno, node.end_col_offset),
        )  # type: ignore[attr-defined]

    def mark(self, start: int, end: int) -> tuple[str, bool]:
        """The quote mark to use at a place, and whether it is inside an f-string's braces."""
        inner = [m for a, b, m in self.fstring_marks if a < start and end < b]
        if not inner:
            return '"', False
        return ("'" if inner[-1] == '"' else '"'), True

    def column(self, offset: int) -> int:
        return offset - (self.source.rfind("\n", 0, offset) + 1)

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{node.lineno}"  # type: ignore[attr-defined]

    def pair(self, en: ast.AST, bg: ast.AST) -> tuple[Said, str]:
        said = _said(en, self.source)
        translated = _said(bg, self.source, said)
        if said.values and not set(said.values) <= set(re.findall(r"\{(\w+)", translated.text)):
            raise Unfit("the Bulgarian leaves out a value the English fills in")
        return said, translated.text

    def is_pair(self, en: ast.AST, bg: ast.AST) -> bool:
        return _is_text(en) and _is_text(bg) and _literal_parts(bg) and not _literal_parts(en) and _words(en)

    def visit(self) -> None:
        for node in ast.walk(self.tree):
            try:
                if isinstance(node, ast.Call):
                    self.visit_call(node)
                elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and self.is_pair(*node.elts):
                    self.visit_tuple(node)
                elif isinstance(node, ast.IfExp):
                    self.visit_choice(node)
                elif isinstance(node, ast.Dict):
                    self.visit_table(node)
                elif isinstance(node, (ast.Tuple, ast.List)) and len(node.elts) > 2 and self.bracketed(node):
                    self.visit_items(node.elts)  # a table row; a bare ``a, b, c = EN, BG, x`` is by hand
            except Unfit as exc:
                self.unfit.append(f"{self.where(node)}: {exc}")

    def language_of(self, test: ast.AST, node: ast.AST) -> tuple[str, bool] | None:
        """``(language expression, is Bulgarian when true)`` of ``lang == "bg"``, ``bg`` (``bg = lang == "bg"``)."""
        if (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == "bg"
            and isinstance(test.ops[0], (ast.Eq, ast.NotEq))
        ):
            return ast.get_source_segment(self.source, test.left) or "", isinstance(test.ops[0], ast.Eq)
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            found = self.language_of(test.operand, node)
            return (found[0], not found[1]) if found else None
        if isinstance(test, ast.Name):
            for assign in ast.walk(self.tree):
                if (
                    isinstance(assign, ast.Assign)
                    and len(assign.targets) == 1
                    and isinstance(assign.targets[0], ast.Name)
                    and assign.targets[0].id == test.id
                    and assign.lineno <= node.lineno
                ):  # type: ignore[attr-defined]
                    found = self.language_of(assign.value, node)
                    if found:
                        return found
        return None

    def visit_choice(self, node: ast.IfExp) -> None:
        """``BG if lang == "bg" else EN`` → ``say_in(lang, CONTEXT, EN, **values)``."""
        found = self.language_of(node.test, node)
        if found is None:
            return
        lang, bg_when_true = found
        bg_node, en_node = (node.body, node.orelse) if bg_when_true else (node.orelse, node.body)
        if not self.is_pair(en_node, bg_node):
            return
        said, bg = self.pair(en_node, bg_node)
        start, end = self.span(node)
        before = self.source[:start].rstrip()
        if (
            before.endswith("(")
            and self.source[end:].lstrip().startswith(")")
            and not re.search(r"[\w)\]]\s*\($", before)
        ):  # wrapping parentheses, not a call's
            start, end = len(before) - 1, end + self.source[end:].index(")") + 1
        mark, nested = self.mark(start, end)
        text = _call("say_in", self.context, said, mark, None if nested else self.column(start), lead=f"{lang}, ")
        self.add(start, end, text, said, bg, "say_in")

    def visit_table(self, node: ast.Dict) -> None:
        """``{"bg": {key: BG...}, "en": {key: EN...}}`` → ``Words(CONTEXT, {key: EN...})``."""
        keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
        if sorted(k for k in keys if isinstance(k, str)) != ["bg", "en"] or len(keys) != 2:
            return
        tables = dict(zip(keys, node.values, strict=True))
        en, bg = tables["en"], tables["bg"]
        if not (isinstance(en, ast.Dict) and isinstance(bg, ast.Dict)):
            return

        def plain(d: ast.Dict) -> dict[str, str] | None:
            out = {}
            for k, v in zip(d.keys, d.values, strict=True):
                if not (isinstance(k, ast.Constant) and isinstance(v, ast.Constant) and isinstance(v.value, str)):
                    return None
                out[k.value] = v.value
            return out

        en_words, bg_words = plain(en), plain(bg)
        if en_words is None or bg_words is None or set(en_words) != set(bg_words):
            raise Unfit("a language table whose two sides differ, or are not plain texts")
        if not any(CYRILLIC.search(v) for v in bg_words.values()):
            return
        start, end = self.span(node)
        column = self.column(start)
        lines = [f"Words({quote(self.context)}, {{"]
        lines += [" " * (column + 4) + f"{quote(k)}: {quote(v)}," for k, v in en_words.items()]
        text = "\n".join(lines) + "\n" + " " * column + "})"
        entries = [(self.context, source, bg_words[key]) for key, source in en_words.items()]
        self.edits.append(Edit(start, end, text, entries[0], "Words", len(self.edits) + 1, tuple(entries[1:])))

    def bracketed(self, node: ast.AST) -> bool:
        return self.source[self.span(node)[0]] in "(["

    def visit_tuple(self, node: ast.Tuple) -> None:
        """``(EN, BG)`` (a pair kept as data, said later) → ``Text(CONTEXT, EN, **values)``."""
        start, end = self.span(node)
        if self.source[start] != "(":
            return  # a bare tuple (``return en, bg``) is rewritten by hand
        mark, nested = self.mark(start, end)
        said, bg = self.pair(*node.elts)
        self.add(
            start,
            end,
            _call("Text", self.context, said, mark, None if nested else self.column(start)),
            said,
            bg,
            "Text",
        )

    def visit_call(self, node: ast.Call) -> None:
        fname = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        start, end = self.span(node)
        mark, nested = self.mark(start, end)
        column = None if nested else self.column(start)
        if fname == "t" and isinstance(node.func, ast.Name) and len(node.args) == 2 and not node.keywords:
            if self.is_pair(*node.args):
                said, bg = self.pair(*node.args)
                self.add(start, end, _call("say", self.context, said, mark, column), said, bg, "say")
            return
        if fname == "_tr" and len(node.args) == 3 and not node.keywords:
            if self.is_pair(node.args[1], node.args[2]):
                said, bg = self.pair(node.args[1], node.args[2])
                lang = ast.get_source_segment(self.source, node.args[0])
                text = _call("say_in", self.context, said, mark, column, lead=f"{lang}, ")
                self.add(start, end, text, said, bg, "say_in")
            return
        keywords = {k.arg: k for k in node.keywords if k.arg}
        if "bg" in keywords and node.args and self.is_pair(node.args[0], keywords["bg"].value):
            said, bg = self.pair(node.args[0], keywords["bg"].value)
            a, b = self.span(node.args[0])
            ka = self.keyword_span(keywords["bg"])
            # the bg= keyword and the comma before it go; the first argument becomes the Text
            text = _call("Text", self.context, said, mark, None if nested else self.column(a))
            self.add_many([(a, b, text), (*ka, "")], said, bg)
            return
        for key in [k for k in keywords if k.endswith("_en") and k[:-3] + "_bg" in keywords]:
            en, bgk = keywords[key], keywords[key[:-3] + "_bg"]
            if self.is_pair(en.value, bgk.value):
                said, bg = self.pair(en.value, bgk.value)
                a, _ = self.keyword_span(en, comma=False)
                _, b = self.span(en.value)
                name = "text" if key == "message_en" else key[:-3]
                column = None if nested else self.column(a) + len(name) + 1
                text = f"{name}=" + _call("Text", self.context, said, mark, column)
                self.add_many([(a, b, text), (*self.keyword_span(bgk), "")], said, bg)
            return
        if fname in ("say", "say_in", "Text", "Words", "translate", "translate_to", "UndoText"):
            return  # already said the one way (its source may quote a Bulgarian word: "Кинт (mean)")
        if fname not in ("replace", "get", "setdefault", "sub"):  # str.replace("feature", "обект") is no pair
            self.visit_items(node.args)

    def visit_items(self, items: list[ast.expr]) -> None:
        """Each ``EN, BG`` side by side in a call's arguments or a table row becomes one ``Text``."""
        i = 0
        while i < len(items) - 1:
            en, bg_node = items[i], items[i + 1]
            if not self.is_pair(en, bg_node):
                i += 1
                continue
            said, bg = self.pair(en, bg_node)
            a, _ = self.span(en)
            _, b = self.span(bg_node)
            mark, nested = self.mark(a, b)
            text = _call("Text", self.context, said, mark, None if nested else self.column(a))
            self.add(a, b, text, said, bg, "Text")
            i += 2

    def keyword_span(self, kw: ast.keyword, comma: bool = True) -> tuple[int, int]:
        """Where ``name=value`` is, from the comma before it when ``comma``."""
        a, b = self.span(kw)
        if comma:
            before = self.source[:a].rstrip()
            if before.endswith(","):
                a = len(before) - 1
        return a, b

    def add(self, start: int, end: int, text: str, said: Said, bg: str, needs: str) -> None:
        self.add_many([(start, end, text)], said, bg, needs)

    def add_many(self, spans: list[tuple[int, int, str]], said: Said, bg: str, needs: str = "Text") -> None:
        group = len(self.edits) + 1
        for a, b, text in spans:
            self.edits.append(Edit(a, b, text, (self.context, said.text, bg), needs, group))

    def rewritten(self, catalogue: dict[tuple[str, str], tuple[str, bool]]) -> tuple[str, set[str]]:
        """The new source (edits that overlap an earlier one wait for the next pass)."""
        groups: dict[int, list[Edit]] = {}
        for edit in self.edits:
            groups.setdefault(edit.group, []).append(edit)
        chosen: list[Edit] = []
        for group in sorted(groups.values(), key=lambda g: max(e.end for e in g) - min(e.start for e in g)):
            if any(e.start < edit.end and edit.start < e.end for e in chosen for edit in group):
                continue
            entries = [group[0].entry, *group[0].more]
            clash = [
                (ctx, src, bg)
                for ctx, src, bg in entries
                if (ctx, src) in catalogue and catalogue[(ctx, src)][1] and catalogue[(ctx, src)][0] != bg
            ]
            if clash:
                ctx, src, bg = clash[0]
                self.unfit.append(
                    f"{self.path.relative_to(ROOT)}: {src[:50]!r} already has another Bulgarian "
                    f"in {ctx} ({catalogue[(ctx, src)][0][:40]!r} ≠ {bg[:40]!r})"
                )
                continue
            for ctx, src, bg in entries:
                catalogue[(ctx, src)] = (bg, True)
            chosen.extend(group)
        text, needs = self.source, set()
        for edit in sorted(chosen, key=lambda e: e.start, reverse=True):
            text = text[: edit.start] + edit.text + text[edit.end :]
            if edit.text:
                needs.add(edit.needs)
        return text, needs


def add_import(text: str, names: set[str]) -> str:
    """``from plu_model.i18n import ...`` with the names the rewrite needs, after the module's imports."""
    tree = ast.parse(text)
    have: set[str] = set()
    last = 0
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "plu_model.i18n":
            have |= {a.name for a in node.names}
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last = node.end_lineno or node.lineno
        elif isinstance(node, ast.Expr) and last == 0:
            last = node.end_lineno or node.lineno  # the docstring
        elif last:
            break
    missing = names - have
    if not missing:
        return text
    lines = text.splitlines(keepends=True)
    lines.insert(last, f"from plu_model.i18n import {', '.join(sorted(missing))}\n")
    return "".join(lines)


def files(args: list[str]) -> list[Path]:
    roots = [Path(a).resolve() for a in args] or [ROOT / p for p in PACKAGES] + [ROOT / "main.py"]
    out = []
    for r in roots:
        out.extend(sorted(r.rglob("*.py")) if r.is_dir() else [r])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--dry-run", action="store_true", help="list what would change, change nothing")
    args = parser.parse_args(argv)
    catalogue = read_ts(CATALOGUE)
    changed: list[Path] = []
    unfit: list[str] = []
    for path in files(args.paths):
        for _ in range(5):  # nested pairs (a t() inside an error's f-string) take another pass
            module = Module(path)
            module.visit()
            if not module.edits:
                break
            text, needs = module.rewritten(catalogue)
            if text == module.source:
                break
            text = add_import(text, needs)
            if not args.dry_run:
                path.write_text(text, encoding="utf-8")
            if path not in changed:
                changed.append(path)
            if args.dry_run:
                break
        unfit.extend(dict.fromkeys(module.unfit))
    if not args.dry_run and changed:
        write_catalogue(catalogue)
        ruff = [sys.executable, "-m", "ruff", "check", "--quiet", "--fix", "--select", "F401,I001"]
        subprocess.run([*ruff, *map(str, changed)], cwd=ROOT, check=False)
    for line in unfit:
        print("by hand:", line)
    print(f"{len(changed)} files rewritten, {len(unfit)} sites to rewrite by hand")
    return 0


if __name__ == "__main__":
    sys.exit(main())
