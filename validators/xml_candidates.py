"""The elements of a feature the raw-XML rules look at, found by libxml2 in one search.

:class:`~validators.xml_checks.GmlXmlChecks` judges every property of a feature, every
part of a property's value (three levels down) and every geometry element.  Walking the
whole feature from Python to find them (an lxml proxy, a parent lookup, a tag string and
an attribute lookup for each of its elements) cost about as much as libxml2's XSD check.
One precompiled XPath per kind of feature instead returns only the elements three
levels down, the GML elements, any ``plu:backgroudMapURI`` and the second of any
property whose number a rule counts, in document order; the rules' own Python
predicates then judge each of them (see ``GmlXmlChecks._feature_by_search``).

The search is made of location steps only: a predicate costs libxml2 more per element
than the same test costs Python on the few elements the steps leave, and a string
function (``translate``, ``normalize-space``) far more.
"""

from __future__ import annotations

import functools

from lxml import etree

from plu_model.xml_names import NS

__all__ = ["candidate_search"]

_NAMESPACES = {"plu": NS["plu"], "gml": NS["gml"]}


@functools.cache
def candidate_search(counted: tuple[str, ...]) -> etree.XPath:
    """The search for one kind of feature: ``counted`` are the local names of the plu properties whose
    number a rule checks (the second one is found when there is one)."""
    parts = [
        *(f"plu:{name}[2]" for name in counted),
        "*/*/*",
        "descendant-or-self::gml:*",
        "descendant-or-self::plu:backgroudMapURI",
    ]
    return etree.XPath(" | ".join(parts), namespaces=_NAMESPACES, smart_strings=False)
