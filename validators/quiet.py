"""The values a check already found nothing wrong with: a plan repeats them thousands of times.

A check whose findings about a feature depend only on a few of its values (codes,
dimensioning figures) keys those values and looks the key up before doing any work:
a key it has judged sound before is settled by one set lookup, and only a new
combination, or one with something to say, goes through the detailed rules.  The
key holds the values themselves (equal values, equal verdicts), never an element
or a line, so a finding is never skipped: a combination with findings is never
remembered.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

__all__ = ["LIST", "QuietValues", "key_of"]

#: marks a list in a key, so a list and a tuple of the same items never share a key
LIST = ("list",)


def key_of(value: Any) -> Hashable:
    """A hashable stand-in for a model value: lists become tuples marked as lists."""
    return (LIST, *value) if type(value) is list else value


class QuietValues:
    """Keys of value combinations a check found nothing to say about, up to ``limit`` of them."""

    __slots__ = ("_keys", "limit")

    #: off in the tests that compare every finding with and without the shortcut
    enabled = True

    def __init__(self, limit: int = 4096):
        self._keys: set[Hashable] = set()
        self.limit = limit if self.enabled else 0

    def __contains__(self, key: Hashable) -> bool:
        try:
            return key in self._keys
        except TypeError:  # a value that cannot be hashed is judged every time
            return False

    def add(self, key: Hashable) -> None:
        """Remember a sound combination (while there is room: a plan of unique figures fills it once)."""
        if len(self._keys) < self.limit:
            try:
                self._keys.add(key)
            except TypeError:
                pass
