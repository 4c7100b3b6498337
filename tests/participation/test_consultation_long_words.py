"""A comment that is one very long word (a pasted link, a shout) stays whole on paper and on screen.

Browsers and WeasyPrint break a line only where the text allows it; a word with
no such place runs out of its table cell, over its neighbours and off the page,
where the published summary loses it.
"""

from __future__ import annotations

import json
import re
import subprocess
import urllib.request
from datetime import UTC, datetime

from consultation_fixtures import *  # noqa: F403 - fixtures

from participation.comment import Comment
from participation.comment_export import ReceivedComment
from participation.comments_layer import import_comments
from participation.summary import build_summary, write_summary

SHOUT = "НЕ" * 150 + "КРАЙ"  # 304 letters, not one place to break


def test_a_long_word_stays_on_the_page_of_the_summary(tmp_path, plan_gpkg):
    comment = Comment("00000000-0000-4000-8000-0000000000ab", datetime.now(UTC), f"Вижте {SHOUT} моля.")
    import_comments(plan_gpkg, [ReceivedComment(comment)], source="test")
    pdf = write_summary(build_summary(plan_gpkg, language="bg"), tmp_path / "summary.pdf")
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert max(right_edges) <= width - 20, (max(right_edges), width)  # inside the page and its margin
    # the pieces of the shout, in reading order (the decision column's words sit between its lines)
    pieces = [w for w in re.findall(r"<word [^>]*>([^<]*)</word>", boxes) if re.fullmatch("[НЕКРАЙ]+", w)]
    assert "".join(pieces) == SHOUT  # every letter printed, the end too


def test_a_long_word_wraps_in_its_cell_on_the_moderation_page(browser, live_service):
    request = urllib.request.Request(live_service.url + "api/comments", data=json.dumps({"text": SHOUT}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 201
    page = browser.new_page(viewport={"width": 1200, "height": 800},
                            http_credentials={"username": "m", "password": "moderate-me-please"})
    try:
        page.goto(live_service.url + "moderation")
        cell = page.locator("td.text").first
        assert cell.inner_text().replace("\n", "") == SHOUT
        sizes = cell.evaluate("td => [td.scrollWidth, td.clientWidth, document.documentElement.scrollWidth, "
                              "window.innerWidth]")
        assert sizes[0] <= sizes[1] and sizes[2] <= sizes[3], sizes  # no overflow, no sideways scrolling
    finally:
        page.close()
