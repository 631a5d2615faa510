#!/usr/bin/env python3
"""A whole scoring round in a real browser, driven by keyboard, one assessor with JavaScript and one without.

Run in a copy of the project whose database has no coordinator (the script uses the server's setup link):

    python3 Tests/browser/check_flow.py /path/to/.build/debug/arvio [--port 18400]

  1. The CLI adds two assessors in area T and an open round of two solutions; `arvio serve` starts on loopback.
  2. Headless Chromium (network blocked): the setup link makes the coordinator, who invites both assessors with the
     invitation form; each takes their link, declares no conflict of interest and scores every item of the first
     two criteria — Assessor A with JavaScript on (each choice saves itself: no Save button is pressed), Assessor B
     with JavaScript off (Save pressed on each form). Everything is done with the keyboard: Tab, Space, arrows, Enter.
     On every page type, every link, button and field is reached by Tab.
  3. `arvio round reveal`, then `arvio export` holds exactly the scores given in the browser, and `arvio rank
     --round` ranks the round exactly as it ranks a second round given the same scores with `arvio score`.
  4. `arvio audit verify` passes, and every score of the round has its assessor's own account as its audit actor.

Exit status 0 when every check passes.
"""

import argparse
import csv
import io
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from webclient import start_server  # noqa: E402

PASSWORD = "selaimen kulkutesti"


def browser(javascript):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Keyboard:
    """One person at one browser, using only the keyboard."""

    def __init__(self, driver, base, problems):
        self.driver, self.base, self.problems = driver, base, problems

    def open(self, path):
        self.driver.get(self.base + path)

    def tab_to(self, css, limit=400):
        """Press Tab until the element matching `css` has the focus; it must be reachable."""
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        target = self.driver.find_element("css selector", css)
        for _ in range(limit):
            if self.driver.switch_to.active_element == target:
                return target
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
        raise AssertionError(f"{css} on {self.driver.current_url} is not reachable with Tab")

    def type(self, css, text):
        self.tab_to(css).send_keys(text)

    def press(self, css, key="enter"):
        from selenium.webdriver.common.keys import Keys
        old = self.driver.find_element("tag name", "html")
        self.tab_to(css).send_keys(Keys.ENTER if key == "enter" else Keys.SPACE)
        return old

    def wait_for_new_page(self, old, seconds=30):
        from selenium.common.exceptions import StaleElementReferenceException
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                old.tag_name
            except StaleElementReferenceException:
                return
            time.sleep(0.05)
        raise AssertionError(f"no new page after the form on {self.driver.current_url}")

    def submit(self, css):
        self.wait_for_new_page(self.press(css))

    def every_focusable_is_reached(self):
        """Tab from the top of the page through all of it: every visible link, button and field gets the focus."""
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        focusable = [e for e in self.driver.find_elements(
            "css selector", "a[href], button, input:not([type=hidden]), select, textarea, [tabindex='0']")
            if e.is_displayed() and e.is_enabled()]
        # Radio buttons of one group take one Tab stop (arrows move inside the group): one per group is enough.
        groups, wanted = set(), []
        for element in focusable:
            if element.get_attribute("type") == "radio":
                key = (element.get_attribute("form") or element.find_element("xpath", "ancestor::form").id,
                       element.get_attribute("name"))
                if key in groups:
                    continue
                groups.add(key)
                wanted.append(("group", key))
            else:
                wanted.append(("element", element))
        seen, seen_groups = [], set()
        for _ in range(len(focusable) * 2 + 10):
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
            active = self.driver.switch_to.active_element
            if active.get_attribute("type") == "radio":
                seen_groups.add((active.get_attribute("form") or active.find_element("xpath", "ancestor::form").id,
                                 active.get_attribute("name")))
            seen.append(active)
        missed = [item for kind, item in wanted
                  if (kind == "group" and item not in seen_groups) or (kind == "element" and item not in seen)]
        if missed:
            self.problems.append(f"{self.driver.current_url}: {len(missed)} of {len(wanted)} focusable elements not "
                                 "reached with Tab")
        return len(wanted)


def sign_up(person, link, account, name):
    person.open(link)
    person.type("#name", name)
    person.type("#id", account)
    person.type("#password", PASSWORD)
    person.type("#repeat", PASSWORD)
    person.submit("form button[type=submit]")


def invite(coordinator, assessor):
    from selenium.webdriver.common.keys import Keys
    coordinator.open("/kutsut")
    coordinator.tab_to("#role").send_keys("a")  # the first role starting with a: arvioija
    select = coordinator.tab_to("#assessor")
    options = [o.get_attribute("value") for o in select.find_elements("tag name", "option")]
    for _ in range(options.index(assessor)):
        select.send_keys(Keys.ARROW_DOWN)
    coordinator.submit("main form button[type=submit]")
    link = coordinator.driver.find_element("css selector", "#link").get_attribute("value")
    return re.sub(r"^https?://[^/]+", "", link)


def score_round(person, round_id, javascript, rng, given, account):
    """Declares, then scores every item of the first two criteria by keyboard; returns the pages it passed."""
    from selenium.webdriver.common.keys import Keys
    person.open(f"/arvioi/{round_id}")
    person.press("#noties", key="space")
    person.submit("main form button[type=submit]")
    pages = {}
    for criterion in ["T1", "T2"]:
        person.open(f"/arvioi/{round_id}/{criterion}")
        pages.setdefault("criterion", person.driver.current_url)
        solutions = [form.get_attribute("id")[2:] for form in person.driver.find_elements("css selector", "form[id^=s-]")]
        for solution in solutions:
            value = rng.randint(0, 5)
            # Tab to the group's first radio, Space chooses 0, Right arrow moves the choice up one at a time.
            radio = person.tab_to(f"#s-{solution} input[name=score]")
            radio.send_keys(Keys.SPACE)
            for _ in range(value):
                person.driver.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
            given[(account, solution, criterion)] = str(value)
            if javascript:
                status = person.driver.find_element("css selector", f"#s-{solution} [data-status]")
                deadline = time.monotonic() + 20
                while status.text != "tallennettu" and time.monotonic() < deadline:
                    time.sleep(0.05)
                if status.text != "tallennettu":
                    person.problems.append(f"{account}: {criterion}/{solution} did not save itself ({status.text!r})")
            else:
                person.submit(f"#s-{solution} button[type=submit]")
                legend = person.driver.find_element("css selector", f"#s-{solution} legend").text
                if "tallennettu" not in legend:
                    person.problems.append(f"{account}: {criterion}/{solution} not shown as saved: {legend!r}")
    return pages


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arvio")
    parser.add_argument("--port", type=int, default=18400)
    args = parser.parse_args()
    arvio = lambda *a: subprocess.run([args.arvio, *a], capture_output=True, text=True)  # noqa: E731
    base = f"http://127.0.0.1:{args.port}"
    problems = []
    assessors = ["flow-a", "flow-b"]
    for assessor in assessors:
        arvio("assessor", "add", assessor, "--name", assessor.upper(), "--role", "security", "--areas", "T")
    arvio("round", "new", "flow", "--solutions", "virtu,omaolo")
    server, setup = start_server(args.arvio, args.port)
    drivers = []
    given = {}
    try:
        if setup is None:
            raise RuntimeError("no setup link: run in a copy of the project whose database has no coordinator")
        coordinator = Keyboard(browser(True), base, problems)
        drivers.append(coordinator.driver)
        sign_up(coordinator, setup, "koordinaattori", "Koordinaattori")
        links = {assessor: invite(coordinator, assessor) for assessor in assessors}
        reached = {"invitations": coordinator.every_focusable_is_reached()}
        print(f"coordinator set up and invited {', '.join(assessors)}")
        for assessor, javascript in zip(assessors, [True, False]):
            person = Keyboard(browser(javascript), base, problems)
            drivers.append(person.driver)
            sign_up(person, links[assessor], assessor, assessor.upper())
            pages = score_round(person, "flow", javascript, random.Random(assessor), given, assessor)
            person.open(pages["criterion"].replace(base, ""))
            reached[f"criterion ({assessor})"] = person.every_focusable_is_reached()
            for path in ["/arvioi", "/taulukko/flow/T", "/tyokirja/flow"]:
                person.open(path)
                reached[f"{path} ({assessor})"] = person.every_focusable_is_reached()
            print(f"{assessor} declared and scored {sum(1 for k in given if k[0] == assessor)} items by keyboard, "
                  f"JavaScript {'on' if javascript else 'off'}")
        print("reached by Tab: " + ", ".join(f"{page} {count}" for page, count in reached.items()))
    finally:
        for driver in drivers:
            driver.quit()
        server.terminate()
        server.wait(timeout=60)

    if arvio("round", "reveal", "flow").returncode != 0:
        problems.append("arvio round reveal failed")
    export = arvio("export", "--round", "flow", "--out", "flow-export", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(Path("flow-export/flow.csv").read_text("utf8")))) if export.returncode == 0 else []
    stored = {(r["assessor"], r["solution"], r["criterion"]): r["score"] for r in rows}
    if stored != given:
        problems.append(f"the export differs from what was given in the browser: {sorted(set(stored.items()) ^ set(given.items()))}")
    # The same scores given with the CLI to a second round: both rank alike.
    arvio("round", "new", "flow-cli", "--solutions", "virtu,omaolo")
    for (assessor, solution, criterion), value in given.items():
        arvio("score", "--round", "flow-cli", "--assessor", assessor, "--solution", solution, "--criterion", criterion,
              "--value", value)
    arvio("round", "reveal", "flow-cli")
    # Two criteria do not decide the must-have rules; the consensus records them met in both rounds alike, so that
    # the ranking is of the scores (a rule that does not cover a solution is refused, and skipped).
    rules = sorted(set(re.findall(r"KO-[A-Z]+\d+", arvio("rank", "--round", "flow", "--format", "csv").stdout)))
    for round_id in ["flow", "flow-cli"]:
        for solution in ["virtu", "omaolo"]:
            for rule in rules:
                arvio("verdict", "--round", round_id, "--solution", solution, "--rule", rule, "--met", "true",
                      "--rationale", "browser flow check")
    ranked = [arvio("rank", "--round", r, "--format", "csv").stdout for r in ["flow", "flow-cli"]]
    if not ranked[0].strip() or ranked[0] != ranked[1]:
        problems.append(f"arvio rank differs between the browser's round and the CLI's:\n{ranked[0]}\n{ranked[1]}")
    else:
        print("arvio rank --round flow ranks exactly as the same scores given with arvio score:\n" + ranked[0].strip())
    verify = arvio("audit", "verify", "--lang", "en")
    if verify.returncode != 0:
        problems.append(f"arvio audit verify failed: {verify.stderr.strip()}")
    actors = sqlite3.connect(".arvio/arvio.sqlite").execute(
        "SELECT entity, actor FROM auditLog WHERE entity LIKE 'score/flow/%'").fetchall()
    wrong = [(entity, actor) for entity, actor in actors if entity.rsplit("/", 1)[1] != actor]
    if not actors or wrong:
        problems.append(f"score entries whose actor is not their assessor's own account: {wrong or 'no entries'}")
    else:
        print(f"audit verify: {verify.stdout.strip().splitlines()[0]}; {len(actors)} score entries, each by its assessor")
    for problem in problems:
        print("FAILED: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
