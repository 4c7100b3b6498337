"""The Bulgarian user guide shows every picture the screenshot set makes for it, and only those."""

from __future__ import annotations

import re
from pathlib import Path

from test_screenshot_set import GUIDE

ROOT = Path(__file__).resolve().parents[2]
GUIDE_FILE = ROOT / "docs" / "bg" / "README.md"


def test_the_guide_shows_the_regenerated_pictures_and_nothing_else():
    text = GUIDE_FILE.read_text(encoding="utf-8")
    shown = set(re.findall(r"!\[[^\]]*\]\(img/([\w-]+)\.png\)", text))
    assert shown == GUIDE
    for name in shown:
        assert (GUIDE_FILE.parent / "img" / f"{name}.png").stat().st_size > 2000


def test_the_guide_is_in_bulgarian_and_walks_through_the_day():
    text = GUIDE_FILE.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    for task in ("Отваряне", "чертане", "Проверка", "Износ", "Обществено обсъждане", "Отговори"):
        assert any(task.lower() in h.lower() for h in headings), task
    letters = re.findall(r"[A-Za-zА-Яа-я]", re.sub(r"`[^`]*`|\([^)]*\)", "", text))
    assert sum("А" <= c <= "я" for c in letters) > 0.85 * len(letters)
