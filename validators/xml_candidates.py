"""The elements of a feature the raw-XML rules look at, found by libxml2.

:class:`~validators.xml_checks.GmlXmlChecks` judges every property of a feature, every
part of a property's value (three levels down) and every geometry element.  Walking the
whole feature from Python to find them (an lxml proxy, a parent lookup, a tag string and
an attribute lookup for each of its elements) cost about as much as libxml2's XSD check.
Two precompiled XPaths instead return, in document order, only the elements three levels
down (:data:`THREE_DOWN`), and the GML elements, any ``plu:backgroudMapURI`` and the second
of any property whose number a rule counts (:func:`candidate_search`); the rules' own
Python predicates then judge each of them (``GmlXmlChecks._feature_by_search``).

Both are made of location steps only: a predicate costs libxml2 more per element than the
same test costs Python on the few elements the steps leave, and a string function
(``translate``, ``normalize-space``) far more.  The elements three levels down come on
their own so that their tags, which only the others need, are never built.
"""

from __future__ import annotations

import functools

from lxml import etree

from plu_model.xml_names import NS

__all__ = ["THREE_DOWN", "candidate_search"]

_NAMESPACES = {"plu": NS["plu"], "gml": NS["gml"]}

#: the elements three levels down in a feature: the parts of its properties' values
THREE_DOWN = etree.XPath("*/*/*")


@functools.cache
def candidate_search(counted: tuple[str, ...]) -> etree.XPath:
    """The GML elements, every ``plu:backgroudMapURI`` and, of each plu property named in ``counted`` (those
    whose number a rule checks), the second one when there is one."""
    parts = [
        *(f"plu:{name}[2]" for name in counted),
        "descendant-or-self::gml:*",
        "descendant-or-self::plu:backgroudMapURI",
    ]
    return etree.XPath(" | ".join(parts), namespaces=_NAMESPACES, smart_strings=False)
