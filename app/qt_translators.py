"""Install and remove Qt translators without holding Python's lock (the GIL) meanwhile.

``QCoreApplication::installTranslator`` and ``removeTranslator`` wait for Qt's
translator lock, which ``QCoreApplication::translate`` holds while it asks each
translator.  QGIS's map renderer translates from its own thread (unit names, label
settings) many times a frame, and a translator made in Python has to take the GIL
the first time that thread asks it.  PyQt keeps the GIL through
``installTranslator``: with a frame rendering at that moment the main thread waited
for Qt's lock and the renderer for the GIL, for ever (a language switch hung).

Called through :mod:`ctypes`, which lets the GIL go for the call, the wait is one
the renderer can finish.  Where Qt's library cannot be found by that name (not
Linux), PyQt's own call is used, as before.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_VERSION, QCoreApplication, QTranslator

__all__ = ["install", "remove"]

#: Qt's own names of the two functions (Itanium C++ ABI: Linux's compilers)
_SYMBOLS = {
    "install": "_ZN16QCoreApplication17installTranslatorEP11QTranslator",
    "remove": "_ZN16QCoreApplication16removeTranslatorEP11QTranslator",
}


@cache
def _qt_function(which: str) -> Callable[[int | None], bool] | None:
    """Qt's function from the QtCore library already loaded (same soname: same copy), or None."""
    if not sys.platform.startswith("linux"):
        return None
    major = QT_VERSION >> 16
    try:
        function = getattr(ctypes.CDLL(f"libQt{major}Core.so.{major}"), _SYMBOLS[which])
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_void_p]
    function.restype = ctypes.c_bool
    return function


def install(translator: QTranslator) -> bool:
    """``QCoreApplication.installTranslator(translator)``, the GIL free while Qt waits for its lock."""
    function = _qt_function("install")
    if function is None:
        return QCoreApplication.installTranslator(translator)
    return bool(function(sip.unwrapinstance(translator)))


def remove(translator: QTranslator) -> bool:
    """``QCoreApplication.removeTranslator(translator)``, the GIL free while Qt waits for its lock."""
    function = _qt_function("remove")
    if function is None:
        return QCoreApplication.removeTranslator(translator)
    return bool(function(sip.unwrapinstance(translator)))
