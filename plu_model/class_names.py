"""What the four PLU feature classes are called when features are counted, in either language.

English keeps the INSPIRE class names (``35 ZoningElement``): that is how English readers and
the schema know them.  Bulgarian says what they are (``устройствени зони: 35``), the names the
desktop's layers use; a count comes after its name there, so no plural form is needed.
One feature (a line of a diff) is named in the singular (``устройствена зона``).
"""

from __future__ import annotations

from collections.abc import Mapping

from plu_model.i18n import Text, say_in

__all__ = ["class_counts", "class_label", "feature_class_name"]

_NAMES = {
    "SpatialPlan": Text("plu_model.class_names", "SpatialPlan"),
    "ZoningElement": Text("plu_model.class_names", "ZoningElement"),
    "SupplementaryRegulation": Text("plu_model.class_names", "SupplementaryRegulation"),
    "OfficialDocumentation": Text("plu_model.class_names", "OfficialDocumentation"),
}

#: one feature's class, as a line about that feature names it (``устройствена зона zhs-01``)
_ONE = {
    "SpatialPlan": Text("plu_model.class_names#one", "SpatialPlan"),
    "ZoningElement": Text("plu_model.class_names#one", "ZoningElement"),
    "SupplementaryRegulation": Text("plu_model.class_names#one", "SupplementaryRegulation"),
    "OfficialDocumentation": Text("plu_model.class_names#one", "OfficialDocumentation"),
}


def feature_class_name(class_name: str, language: str) -> str:
    """What one feature of a class is called (``устройствена зона``; unknown names stay as they are)."""
    text = _ONE.get(class_name)
    return text.say(language) if text is not None else class_name


def class_label(class_name: str, language: str) -> str:
    """A class's name as a count of its features is headed (unknown names stay as they are)."""
    text = _NAMES.get(class_name)
    return text.say(language) if text is not None else class_name


def class_counts(counts: Mapping[str, int], language: str) -> str:
    """``1 SpatialPlan, 35 ZoningElement`` / ``устройствени планове: 1, …``: the plan first, documents last."""
    order = {name: i for i, name in enumerate(_NAMES)}
    ordered = sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    return ", ".join(say_in(language, "plu_model.class_names", "{n} {name}", n=n, name=class_label(name, language))
                     for name, n in ordered)
