"""The short ways the checks take through a sound plan, and the switch that turns them off.

A city plan repeats a handful of values across thousands of features and nearly
all of it is sound, so a check first asks the cheap question that tells a sound
feature apart and leaves the full rules for what might be wrong:

* :class:`QuietValues`: a check whose findings about a feature depend only on a few
  of its values (codes, dimensioning figures) keys those values and looks the key
  up before doing any work.  A key judged sound before is settled by one set lookup;
  only a new combination, or one with something to say, goes through the rules.
  The key holds the values themselves (equal values, equal verdicts), or the very
  objects by identity (kept alive with the key, so their ids stay theirs), never an
  element or a line, and a combination with findings is never remembered.
* Tests on a whole batch of geometries that clear most of it at once (two equal
  coordinates in a row before asking GEOS about repeated vertices; a clean
  coverage's union inside the extent before testing each zone against it).
* A link judged sound is settled for the next feature that gives it by one lookup (a document list
  whose targets are all documents; a plan link, whose membership is still asked per feature), and the
  topology rules take the geometry rules' validity verdicts on the very same geometries; a repeated
  gml:id forgets the links, and a geometry changed for measuring is asked again.
* The raw-XML rules judge only the elements of a feature libxml2 picks out
  (:mod:`validators.xml_candidates`) and the properties the reader has just visited
  (``GmlXmlChecks.read_with``) instead of walking all of them from Python.

:data:`ENABLED` is read when a check is made; ``tests/validators/test_fast_paths.py``
turns it off to show that every manifest plan gets exactly the same findings
without the short ways.
"""

from __future__ import annotations

from collections.abc import Hashable

__all__ = ["ENABLED", "LIST", "QuietValues"]

#: take the short ways (off only to compare them with the full rules)
ENABLED = True

#: marks a list in a key (``(LIST, *items)``), so a list and a tuple of the same items never share a key
LIST = ("list",)


class QuietValues:
    """Keys of value combinations a check found nothing to say about, up to ``limit`` of them."""

    __slots__ = ("_keys", "limit")

    def __init__(self, limit: int = 4096):
        #: each key, with the objects it names by identity (held so that no other object takes their ids)
        self._keys: dict[Hashable, object] = {}
        self.limit = limit if ENABLED else 0

    def __contains__(self, key: Hashable) -> bool:
        try:
            return key in self._keys
        except TypeError:  # a value that cannot be hashed is judged every time
            return False

    def add(self, key: Hashable, objects: object = None) -> None:
        """Remember a sound combination (while there is room: a plan of unique figures fills it once);
        ``objects`` are those the key names by ``id()``."""
        if len(self._keys) < self.limit:
            try:
                self._keys[key] = objects
            except TypeError:
                pass
