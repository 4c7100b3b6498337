"""What a process's open file descriptors are, from ``/proc`` (Linux): for the tests of what a child inherits."""

from __future__ import annotations

import os


def targets(pid: int | str = "self") -> dict[int, str]:
    """What each descriptor of process ``pid`` is (a path, ``pipe:[inode]``, ``socket:[inode]``)."""
    found = {}
    for name in os.listdir(f"/proc/{pid}/fd"):
        try:
            found[int(name)] = os.readlink(f"/proc/{pid}/fd/{name}")
        except OSError:  # the listing's own descriptor, closed since
            continue
    return found
