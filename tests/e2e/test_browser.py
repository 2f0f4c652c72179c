"""The demo page in a real browser: Debian's chromium, driven by Playwright.

Never `playwright install`: the system browser is used (scripts/system-deps.sh installs it).
"""

from __future__ import annotations

import random
import shutil
import uuid
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.middleware.helpers import CVV_REQUESTS, card_message, digits_of

pytestmark = pytest.mark.e2e

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("chromium is not installed: run scripts/system-deps.sh")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser, demo_url: str) -> Iterator[Page]:
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    opened.goto(demo_url + "/")
    conversation = uuid.uuid4().hex
    opened.fill("#conversation", conversation)
    opened.click("#join button")
    for role in ("customer", "agent"):
        pane = opened.locator(f"#{role}")
        expect(pane).to_have_attribute("data-conversation", conversation)
        expect(pane).to_have_attribute("data-ready", "true")
    try:
        yield opened
    finally:
        context.close()


def send(page: Page, role: str, text: str) -> None:
    page.fill(f"#{role} .compose input", text)
    page.press(f"#{role} .compose input", "Enter")


def test_a_card_typed_by_the_customer_shows_only_its_last_four_to_the_agent(page: Page) -> None:
    text, digits = card_message(random.Random(42))
    send(page, "customer", text)
    delivered = page.locator("#agent .message").last
    expect(delivered).to_have_attribute("data-action", "mask")
    expect(delivered.locator(".marker.masked")).to_be_visible()
    shown = delivered.locator(".text").inner_text()
    assert digits[-4:] in digits_of(shown)
    assert digits[:-4] not in digits_of(page.locator("#agent").inner_text())
    assert digits[:-4] not in digits_of(page.locator("#customer").inner_text())


def test_an_agents_cvv_request_is_refused_on_the_page(page: Page) -> None:
    """Needs agent-request detection (issue 4)."""
    send(page, "agent", CVV_REQUESTS[0])
    refusal = page.locator("#agent .message.blocked").last
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text("CARD_SECURITY_CODE")
    expect(refusal.locator(".marker.blocked")).to_be_visible()
    send(page, "agent", "Thanks for waiting.")
    expect(page.locator("#customer .message").last).to_contain_text("Thanks for waiting.")
    assert "CVV" not in page.locator("#customer").inner_text()
