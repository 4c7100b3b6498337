"""Attribute values between QGIS (QVariant, QDate, JSON lists) and plain Python.

QGIS hands JSON columns over as Python lists and dicts, dates as ``QDate`` and
empty cells as a null ``QVariant``.  Forms, the snapshot writer and the tests
work with plain values (``None``, ``datetime.date``, lists, dicts); this module
is the one place that converts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from qgis.core import NULL, QgsFeature
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

__all__ = ["feature_row", "py_value", "qt_value"]


def py_value(value: Any) -> Any:
    """A plain Python value for what QGIS returns from a feature."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else py_value(value.value())
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, list):
        return [py_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): py_value(v) for k, v in value.items()}
    return value


def qt_value(value: Any) -> Any:
    """The value to hand to ``QgsVectorLayer.changeAttributeValue`` for a plain one."""
    if value is None:
        return NULL
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    return value


def feature_row(feature: QgsFeature) -> dict[str, Any]:
    """Every attribute of a feature by column name, as plain Python values."""
    names = feature.fields().names()
    return {name: py_value(feature.attribute(i)) for i, name in enumerate(names)}
