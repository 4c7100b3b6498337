"""pygeoapi's web pages of the download service, looked at in headless Chromium (Debian's)."""

from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"


@pytest.mark.browser
def test_the_items_page_lists_the_zones(service_stack, tmp_path):
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} is not installed")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            # no network here: the page's map library and tiles from the web stay away, the table must not
            page.route("**/*", lambda route: route.abort() if "127.0.0.1" not in route.request.url
                       else route.continue_())
            page.goto(f"{service_stack}/ogcapi/collections/ZoningElement/items?f=html&lang=bg&plan=pup-north",
                      wait_until="domcontentloaded", timeout=60000)
            page.screenshot(path=str(tmp_path / "items.png"), full_page=True)
            text = page.inner_text("body")
        finally:
            browser.close()
    assert "d2-w" in text and "d2-e" in text
    assert "Устройствени зони" in text
