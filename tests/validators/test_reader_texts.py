"""The engine reads which attributes the reader could not read from its findings' Text values.

It used to match the English message with regular expressions; this test keeps those
expressions as the reference and checks that the values give the same names for every
reader finding of every manifest and real-world file.
"""

from __future__ import annotations

import re

import pytest
from golden_findings import REALWORLD
from validation_manifest import BROKEN

from plu_model.errors import PluInputError
from plu_model.gml_reader import GmlReader
from validators import engine

_UNREAD = re.compile(r"^\w+\.(\w+) could not be read|^\w+ lacks the required (\w+)")
_LACKS = re.compile(r"^\w+ lacks (?:the required )?(.+?)(?: \(voidable|$)")


def _reader_findings():
    found = []
    for path in sorted(BROKEN.glob("*.gml")) + sorted(REALWORLD.glob("*.gml")):
        reader = GmlReader(path, build_sources=False)
        try:
            for _ in reader.features():
                pass
        except PluInputError:
            pass
        found.extend(reader.findings)
    return found


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
def test_the_values_name_what_the_english_text_named():
    findings = _reader_findings()
    unread = missing = 0
    for f in findings:
        m = _UNREAD.match(f.message_en)
        named = engine._reader_text(f, engine._NOT_READ, engine._LACKS_REQUIRED)
        assert (named["xml"] if named else None) == (m and (m.group(1) or m.group(2))), f.message_en
        if named is not None:
            unread += 1
            assert (f.text.source == engine._NOT_READ) == bool(m.group(1))
        if f.rule in ("READ.MISSING", "READ.MISSING_VOIDABLE"):
            m = _LACKS.match(f.message_en)
            expected = {n.strip() for n in m.group(1).split(",")} if m else set()
            assert engine._missing_names(f) == expected, f.message_en
            missing += bool(expected)
    assert unread >= 5 and missing >= 3  # the manifest has such findings: the comparison is not empty
