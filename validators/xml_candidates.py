"""The elements of a feature the raw-XML rules look at, found by libxml2.

:class:`~validators.xml_checks.GmlXmlChecks` judges every property of a feature, every
part of a property's value (three levels down) and every geometry element.  Walking the
whole feature from Python to find them (an lxml proxy, a parent lookup, a tag string and
an attribute lookup for each of its elements) cost about as much as libxml2's XSD check.
Instead, a precompiled XPath returns, in document order, only the elements three levels
down (:data:`THREE_DOWN`), and lxml's own tree walk with a tag filter only the GML elements
and any ``plu:backgroudMapURI`` (:data:`CANDIDATE_TAGS`); the properties themselves are the
ones the reader has just visited, with their tags (a check without them, in the second process
of :mod:`validators.xml_worker`, asks :func:`second_search` whether a property a rule counts
came twice).  The rules' own Python predicates then judge each of them
(``GmlXmlChecks._feature_by_search``).

The XPath is made of location steps only: a predicate costs libxml2 more per element than the
same test costs Python on the few elements the steps leave, and a string function
(``translate``, ``normalize-space``) far more.  Without ``regexp`` lxml does not register its
regular-expression functions (which the search does not use) anew for every call.  The GML
elements are no XPath union (``descendant-or-self::gml:* | descendant-or-self::plu:...``): that
walks the feature once per branch and sorts what they found, where ``iter`` walks it once, in
document order.  The elements three levels down come on their own so that their tags, which
only the others need, are never built.
"""

from __future__ import annotations

import functools

from lxml import etree

from plu_model.xml_names import NS

__all__ = ["CANDIDATE_TAGS", "THREE_DOWN", "second_search"]

#: the elements three levels down in a feature: the parts of its properties' values
THREE_DOWN = etree.XPath("*/*/*", regexp=False)

#: ``iter()``'s filter for the GML elements and every ``plu:backgroudMapURI`` of a feature
CANDIDATE_TAGS = (f"{{{NS['gml']}}}*", f"{{{NS['plu']}}}backgroudMapURI")


@functools.cache
def second_search(counted: tuple[str, ...]) -> etree.XPath:
    """Of each plu property named in ``counted`` (those whose number a rule checks), the second one when there
    is one: for a check that has not got the feature's children with their tags from the reader."""
    return etree.XPath(" | ".join(f"plu:{name}[2]" for name in counted), namespaces={"plu": NS["plu"]},
                       smart_strings=False, regexp=False)
