"""The exporter registry: every format PLU Studio can write, for the CLI, the GUI and the tests."""

from __future__ import annotations

from plu_model.i18n import Text
from plu_model.registry import Format, FormatRegistry

__all__ = ["EXPORTERS", "Format", "exporter"]

EXPORTERS = FormatRegistry(Text("exporters.registry", "export"))

#: ``@exporter("inspire-gml", extensions=[".gml"], label=Text(…))`` registers a writer
#: called as ``func(source, path, *, crs=None, progress=None)``; the GML and plan-file writers also take
#: ``keep_source`` and ``report`` (see :mod:`exporters.builtin`).
exporter = EXPORTERS.register
