"""The consultation viewer says "1 day left" / "остава 1 ден": its counting text comes as plural forms.

The viewer fills its own placeholders in JavaScript, so it gets both forms of a counting text
(``participation/viewer_texts.py``) and picks one by the count; the picking is run here in
Node with the viewer's own ``fmt`` and ``t`` functions.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from participation.viewer_texts import viewer_texts

APP = Path(__file__).resolve().parents[2] / "participation" / "viewer" / "app.js"


def test_the_counting_text_comes_with_both_forms_in_each_language():
    texts = viewer_texts()
    assert texts["en"]["open"]["one"].endswith("{n} day left.")
    assert texts["en"]["open"]["other"].endswith("{n} days left.")
    assert texts["bg"]["open"] == {
        "one": "Становища се приемат до {end} включително — ден {day} от {days}, остава {n} ден.",
        "other": "Становища се приемат до {end} включително — ден {day} от {days}, остават {n} дни.",
    }
    assert all(isinstance(v, str) for k, v in texts["bg"].items() if k != "open")


def _function(source: str, name: str) -> str:
    """A function of the viewer, from ``  function name(`` to its closing ``  }`` line."""
    start = source.index(f"\n  function {name}(")
    return source[start:source.index("\n  }\n", start) + 4]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the viewer's code")
@pytest.mark.parametrize(
    ("language", "left", "expected"),
    [("en", 1, "day 29 of 30, 1 day left."), ("en", 2, "day 28 of 30, 2 days left."),
     ("bg", 1, "ден 29 от 30, остава 1 ден."), ("bg", 5, "ден 25 от 30, остават 5 дни."),
     ("bg", 21, "ден 9 от 30, остават 21 дни.")],
)
def test_the_viewer_picks_the_form_of_its_count(language, left, expected):
    source = APP.read_text(encoding="utf-8")
    script = "\n".join([
        f"var T = {json.dumps(viewer_texts(), ensure_ascii=False)};",
        f"var state = {{lang: {json.dumps(language)}}};",
        _function(source, "fmt"),
        _function(source, "t"),
        f"process.stdout.write(t('open', {{end: 'E', day: {30 - left}, days: 30, n: {left}}}));",
    ])
    said = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=60, check=True).stdout
    assert said.endswith(expected), said
