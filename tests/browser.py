"""Open a page in a real headless Chromium and say what it loaded, logged and showed.

Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them), driven by Selenium.
Tests that need the browser skip where either is missing. Name resolution is switched off in the
browser (``--host-resolver-rules``), so a page that asks for a URL on the network fails to get it
instead of reaching out; the request is still seen and reported.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost")

# What the page shows of each <img>: loaded, decoded to a real size, laid out with a size.
_IMAGES_JS = """return Array.from(document.images).map(i => {
  const r = i.getBoundingClientRect();
  return {src: i.getAttribute('src').slice(0, 40), complete: i.complete,
          natural_width: i.naturalWidth, width: r.width, height: r.height};
});"""

_ALIGN_JS = """return [...new Set(Array.from(document.querySelectorAll('table.discourse td'))
  .map(td => getComputedStyle(td).textAlign))];"""


@dataclass
class PageVisit:
    """What happened when the page was opened."""

    requests: list[str] = field(default_factory=list)  # every URL the page asked for (cut)
    console_errors: list[str] = field(default_factory=list)  # console messages of level SEVERE
    images: list[dict] = field(default_factory=list)  # see _IMAGES_JS
    text: str = ""  # the page's visible text
    cell_alignments: list[str] = field(default_factory=list)  # text-align of our tables' cells

    def remote_requests(self) -> list[str]:
        """Requests for anything but the page's own file and inline ``data:`` content."""
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]

    def hidden_images(self) -> list[dict]:
        return [i for i in self.images
                if not (i["complete"] and i["natural_width"] > 0 and i["width"] > 0 and i["height"] > 0)]


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("src"):
            self.found.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.found.append(attrs["href"])
        self.found += _CSS_URL.findall(attrs.get("style") or "")
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.found += _CSS_URL.findall(data)


_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


def external_references(html: str) -> list[str]:
    """Every ``src``, ``<link href>`` and CSS ``url()``/``@import`` of a page that is neither
    inline (``data:``) nor an anchor in the page: what the page would load from elsewhere."""
    parser = _References()
    parser.feed(html)
    return [ref for ref in parser.found if not ref.startswith(("data:", "#"))]


def browser_paths() -> tuple[str, str]:
    """Chromium and chromedriver, or skip the test."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("headless Chromium is not installed (apt-get install chromium chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip("selenium is not installed")
    return chromium, driver


def visit(page: Path, *, screenshot: Path | None = None, width: int = 1280) -> PageVisit:
    """Open ``page`` (a local file) in headless Chromium; optionally save a full-page PNG."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    chromium, driver_path = browser_paths()
    profile = tempfile.mkdtemp(prefix="discourse-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.set_page_load_timeout(60)
        driver.get(Path(page).resolve().as_uri())
        WebDriverWait(driver, 30).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
        visit_ = PageVisit(images=driver.execute_script(_IMAGES_JS),
                           text=driver.execute_script("return document.body.innerText"),
                           cell_alignments=driver.execute_script(_ALIGN_JS))
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            # the page's requests only (not those of the browser's own start page)
            if (message["method"] == "Network.requestWillBeSent"
                    and message["params"].get("documentURL", "").startswith("file:")):
                visit_.requests.append(message["params"]["request"]["url"][:200])
        visit_.console_errors = [e["message"] for e in driver.get_log("browser")
                                 if e["level"] == "SEVERE"]
        if screenshot is not None:
            shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                          {"format": "png", "captureBeyondViewport": True})
            Path(screenshot).write_bytes(base64.b64decode(shot["data"]))
        return visit_
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
