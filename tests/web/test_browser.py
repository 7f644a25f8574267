"""The pages in a real browser: Debian's Chromium, headless, driven by Playwright
(never a downloaded browser), against the server on 127.0.0.1.

Under CI a browser that cannot be found or launched fails these tests; elsewhere
they are skipped. A screenshot of each page goes to ``test-artifacts/browser``
(``NEWSDESK_ARTIFACTS`` to put them elsewhere).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "examples" / "seed-eghtesadonline.txt"
ARTIFACTS = Path(os.environ.get("NEWSDESK_ARTIFACTS", ROOT / "test-artifacts" / "browser"))


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests need Chromium under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as driver:
        try:
            launched = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        except Error as err:
            _unavailable(f"Chromium at {CHROMIUM} does not start: {err}")
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh tab that records every dialog (an ``alert`` that ran) and page error."""
    context = browser.new_context(base_url=server, viewport={"width": 1100, "height": 900})
    tab = context.new_page()
    tab.ran: list[str] = []  # type: ignore[misc]
    tab.on("dialog", lambda dialog: (tab.ran.append(dialog.message), dialog.dismiss()))
    tab.on("pageerror", lambda error: tab.ran.append(str(error)))
    yield tab
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_open_article_follow_the_speaker(page: Any) -> None:
    page.goto("/")
    page.get_by_label("Words").fill("talks pressure")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"q=talks"))
    assert page.title() == "Search: talks pressure · newsdesk"
    shot(page, "search")
    page.get_by_role("link", name="Leader: no talks under pressure").click()
    page.wait_for_url(re.compile(r"/article/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Leader: no talks under pressure"
    quote = page.locator("mark.quote").first
    assert "They want to take away our strength" in quote.inner_text()
    colour = quote.evaluate("node => getComputedStyle(node).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    speaker = page.locator(".said-by a").first
    assert speaker.inner_text() == "Ali Khamenei"
    shot(page, "article")
    speaker.click()
    page.wait_for_url(re.compile(r"/entity/"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Ali Khamenei")
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert page.locator("ol.timeline blockquote").count() >= 2
    shot(page, "person")
    assert page.ran == []


def test_paste_the_seed_page_and_see_its_market_rows(page: Any) -> None:
    page.goto("/paste")
    page.get_by_label("The page").fill(SEED.read_text("utf-8"))
    page.get_by_role("button", name="Show the record").click()
    page.wait_for_selector("table.market", timeout=120_000)
    rows = page.locator("table.market tbody tr")
    assert rows.count() >= 3
    assert page.get_by_role("heading", name="Market rows").is_visible()
    assert page.locator("mark.quote").count() >= 1  # the NLP stages ran: quotes highlighted
    shot(page, "paste")
    assert page.ran == []


def test_the_pages_work_with_a_keyboard_alone(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    page.locator("#q").focus()
    page.keyboard.type("sanctions")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=sanctions"))
    assert page.locator("ol.hits li").count() >= 1


def test_a_phone_width_needs_no_sideways_scrolling(browser: Any, server: str) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 375, "height": 740})
    tab = context.new_page()
    for url in ("/?q=Iran", "/paste"):
        tab.goto(url)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, url
    shot(tab, "search-phone")
    context.close()


def test_hostile_markup_never_runs(page: Any, server: str) -> None:
    hostile = page.request.get(f"{server}/api/search?q=pier+council").json()["hits"][0]["id"]
    for name, url in (("hostile-search", "/?q=pier"), ("hostile-article", f"/article/{hostile}")):
        page.goto(url)
        assert "<script>alert(1)</script>" in page.locator("main").inner_text()
        assert page.locator("main script, main img, main [onerror]").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
        assert page.title() != "pwned"
        shot(page, name)
    page.get_by_role("link", name="Marta Quill").first.click()
    page.wait_for_url(re.compile(r"/entity/"))
    assert "onerror" in page.locator("main").inner_text()
    assert page.locator("main img").count() == 0
    assert page.ran == []
    assert page.evaluate("typeof window.alertRan") == "undefined"
