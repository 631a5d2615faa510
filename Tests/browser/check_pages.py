#!/usr/bin/env python3
"""Open Arvio's generated pages in a real browser and check them as a reader's browser would.

For every HTML file given (or found under the folders given):
  - headless Chromium loads it from disk with the network blocked, and the page must log no console error;
  - it is rendered to PNG (a screenshot) and PDF (print), next to the page as NAME.png and NAME.pdf unless --keep-none;
  - axe-core (shipped by the PyPI package selenium-axe-python, 4.9) runs the WCAG 2.0/2.1 A and AA rules, and every
    violation is printed with its rule, impact and the offending elements.

Needs Debian's chromium and chromium-driver, and `pip install selenium selenium-axe-python`.
Exit status: 0 when every page passes, 1 when any check fails, 2 when the browser cannot be started.
Usage: python3 Tests/browser/check_pages.py report/ [site/] [--out DIR]
"""

import argparse
import base64
import json
import sys
import time
from pathlib import Path

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pages(paths):
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(path.rglob("*.html"))
        else:
            yield path


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                 # The pages are self-contained: any request to the network is a bug, so none can succeed; only
                 # loopback, where check_served.py runs `arvio serve`, is reached.
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def axe_script():
    """axe-core as shipped by selenium-axe-python (axe-core 4.9); axe-selenium-python's 3.1 is too old to finish."""
    import selenium_axe_python

    return (Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js").read_text("utf8")


def check(driver, page, out, axe):
    """One page: a file (a Path) or an address served by `arvio serve` (a str)."""
    problems = []
    started = time.monotonic()
    driver.get(page if isinstance(page, str) else page.resolve().as_uri())
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"console error: {entry.get('message')}")
    if not driver.execute_script("return document.documentElement.lang"):
        problems.append("the page has no lang attribute")
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(height, 800), 16000))
        stem = Path(page).stem
        driver.save_screenshot(str(out / (stem + ".png")))
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
        (out / (stem + ".pdf")).write_bytes(base64.b64decode(pdf["data"]))
        driver.set_window_size(1280, 1600)
    driver.execute_script(axe)
    driver.set_script_timeout(120)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(WCAG_TAGS)}}}}}).then(done);")
    for violation in result["violations"]:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        more = len(violation["nodes"]) - len(targets)
        problems.append(
            f"axe {violation['id']} ({violation['impact']}): {violation['help']} — "
            + "; ".join(targets) + (f" and {more} more" if more > 0 else ""))
    checked = len(result["passes"])
    # A phone: at 360 CSS px no page may scroll sideways (wide tables scroll inside their own region), and axe again.
    driver.set_window_size(360, 800)
    width, viewport = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    if width > viewport:
        wide = driver.execute_script(
            "const w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
            ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.scroll'))"
            ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''))")
        problems.append(f"at 360 px the page is {width} px wide and scrolls sideways; too wide: {', '.join(wide)}")
    narrow = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(WCAG_TAGS)}}}}}).then(done);")
    for violation in narrow["violations"]:
        problems.append(f"axe at 360 px {violation['id']} ({violation['impact']}): {violation['help']}")
    driver.set_window_size(1280, 1600)
    return problems, checked, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="HTML files or folders holding them")
    parser.add_argument("--out", help="where PNG and PDF renderings go (default: beside each page's folder, in browser/)")
    parser.add_argument("--keep-none", action="store_true", help="do not write PNG and PDF renderings")
    args = parser.parse_args()

    files = list(pages(args.paths))
    if not files:
        print("check_pages: no HTML files found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    try:
        driver = browser()
    except Exception as error:  # the browser or its driver is missing or broken
        print(f"check_pages: cannot start headless Chromium: {error}\n"
              "  help: apt-get install chromium chromium-driver; pip install selenium selenium-axe-python",
              file=sys.stderr)
        return 2
    failed = 0
    try:
        axe = axe_script()
        for page in files:
            out = None if args.keep_none else Path(args.out) if args.out else page.parent / "browser"
            problems, rules, seconds = check(driver, page, out, axe)
            status = "ok" if not problems else "FAILED"
            print(f"{page}: {status} ({rules} axe rules passed, {seconds:.1f} s)")
            for problem in problems:
                print(f"  {page}: {problem}")
            failed += bool(problems)
    finally:
        driver.quit()
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
