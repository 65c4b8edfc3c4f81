"""Playwright fixtures for the report's browser tests: Debian's Chromium, headless, no network.

Tests here skip (with the reason) when /usr/bin/chromium or the playwright package is missing:
``apt-get install -y chromium`` and ``pip install playwright`` (never ``playwright install``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from report_fixture import write_fixture_report  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright)"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _missing()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class Page:
    """A page plus what it reported: console errors (CSP violations among them), page errors, dialogs."""

    def __init__(self, page):
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)
        # Nothing may leave the machine: any non-file request fails the test.
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:", "blob:"))
                   else (self.errors.append("network request: " + route.request.url), route.abort()))

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str):
        self.page.goto(url)
        self.page.wait_for_selector("html[data-ready]")
        return self.page


@pytest.fixture()
def context(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900}, accept_downloads=True)
    yield context
    context.close()


@pytest.fixture()
def page(context):
    wrapped = Page(context.new_page())
    yield wrapped
    assert not wrapped.dialogs, f"dialogs opened: {wrapped.dialogs}"
    assert not wrapped.errors, f"console/page errors: {wrapped.errors}"


@pytest.fixture()
def report_url(tmp_path) -> str:
    return write_fixture_report(tmp_path / "report.html").resolve().as_uri()


@pytest.fixture()
def report_url_no_claims(tmp_path) -> str:
    return write_fixture_report(tmp_path / "report.html", with_claims=False).resolve().as_uri()
