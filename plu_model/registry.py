"""A small registry of file formats, shared by the CLI, the GUI menus and the tests.

Readers (in :mod:`plu_model.readers` and importer modules) and writers (in
:mod:`exporters`) register themselves with a decorator; whoever offers a choice
of formats lists them from here rather than keeping its own list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plu_model.errors import UnknownName

__all__ = ["Format", "FormatRegistry"]


@dataclass(frozen=True)
class Format:
    """A named format: its file extensions, labels, priority and the function that does the work."""

    name: str
    extensions: tuple[str, ...]
    label_en: str
    label_bg: str
    func: Callable[..., Any]
    priority: int = 0
    options: dict[str, Any] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        return self.label_bg if language == "bg" else self.label_en

    def filter(self, language: str = "en") -> str:
        """A Qt file-dialog filter such as ``INSPIRE PLU GML (*.gml)``."""
        return f"{self.label(language)} ({' '.join('*' + e for e in self.extensions)})"


class FormatRegistry:
    """Formats by name; the highest priority wins when several claim an extension."""

    def __init__(self, kind: str, kind_bg: str):
        self.kind = kind
        self.kind_bg = kind_bg
        self._formats: dict[str, Format] = {}

    def register(
        self,
        name: str,
        *,
        extensions: list[str] | tuple[str, ...],
        label_en: str,
        label_bg: str,
        priority: int = 0,
        **options: Any,
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
            self._formats[name] = Format(
                name, tuple(e.lower() for e in extensions), label_en, label_bg, func, priority, dict(options)
            )
            return func

        return decorate

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(sorted(self._formats.values(), key=lambda f: (-f.priority, f.name)))

    def names(self) -> list[str]:
        return [f.name for f in self]

    def get(self, name: str) -> Format:
        try:
            return self._formats[name]
        except KeyError:
            known = ", ".join(self.names())
            raise UnknownName(
                f"no {self.kind} format {name!r}; known: {known}",
                f"няма формат {self.kind_bg} {name!r}; познати: {known}",
            ) from None

    def for_path(self, path: str | Path) -> Format:
        """The format that claims the file's extension (longest extension first)."""
        name = str(path).lower()
        matches = [f for f in self if any(name.endswith(e) for e in f.extensions)]
        if not matches:
            known = ", ".join(sorted({e for f in self for e in f.extensions}))
            raise UnknownName(
                f"{path}: no {self.kind} format for this extension (known: {known})",
                f"{path}: няма формат {self.kind_bg} за това разширение (познати: {known})",
            )
        return max(matches, key=lambda f: (max(len(e) for e in f.extensions if name.endswith(e)), f.priority))
