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
from plu_model.i18n import Text

__all__ = ["Format", "FormatRegistry"]


@dataclass(frozen=True)
class Format:
    """A named format: its file extensions, labels, priority and the function that does the work."""

    name: str
    extensions: tuple[str, ...]
    caption: Text | str
    func: Callable[..., Any]
    priority: int = 0
    options: dict[str, Any] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        """The format's name for a user (a plain string is a name said alike in every language)."""
        return self.caption.say(language) if isinstance(self.caption, Text) else self.caption

    def filter(self, language: str = "en") -> str:
        """A Qt file-dialog filter such as ``INSPIRE PLU GML (*.gml)``."""
        return f"{self.label(language)} ({' '.join('*' + e for e in self.extensions)})"


class FormatRegistry:
    """Formats by name; the highest priority wins when several claim an extension."""

    def __init__(self, kind: Text):
        self.kind = kind
        self._formats: dict[str, Format] = {}

    def register(
        self,
        name: str,
        *,
        extensions: list[str] | tuple[str, ...],
        label: Text | str,
        priority: int = 0,
        **options: Any,
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
            self._formats[name] = Format(
                name, tuple(e.lower() for e in extensions), label, func, priority, dict(options)
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
            raise UnknownName(Text("plu_model.registry", "no {kind} format {name!r}; known: {known}", kind=self.kind, name=name,
                                   known=known)) from None

    def for_path(self, path: str | Path) -> Format:
        """The format that claims the file's extension (longest extension first)."""
        name = str(path).lower()
        matches = [f for f in self if any(name.endswith(e) for e in f.extensions)]
        if not matches:
            known = ", ".join(sorted({e for f in self for e in f.extensions}))
            raise UnknownName(Text("plu_model.registry", "{path}: no {kind} format for this extension (known: {known})", path=path,
                                   kind=self.kind, known=known))
        return max(matches, key=lambda f: (max(len(e) for e in f.extensions if name.endswith(e)), f.priority))
