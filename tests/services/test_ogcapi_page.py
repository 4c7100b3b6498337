"""pygeoapi's web pages of the download service, looked at in headless Chromium (Debian's)."""

from __future__ import annotations

import pytest


@pytest.mark.browser
def test_the_items_page_lists_the_zones(service_stack, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    try:
        # no network here: the page's map library and tiles from the web stay away, the table must not
        page.route("**/*", lambda route: route.abort() if "127.0.0.1" not in route.request.url
                   else route.continue_())
        page.goto(f"{service_stack}/ogcapi/collections/ZoningElement/items?f=html&lang=bg&plan=pup-north",
                  wait_until="domcontentloaded", timeout=60000)
        page.screenshot(path=str(tmp_path / "items.png"), full_page=True)
        text = page.inner_text("body")
    finally:
        page.close()
    assert "d2-w" in text and "d2-e" in text
    assert "Устройствени зони" in text
