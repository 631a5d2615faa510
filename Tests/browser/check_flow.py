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
  3. The coordinator, in the browser by keyboard: watches the progress (counts per assessor), reveals the round,
     opens the consensus meeting — the planted disagreement (Virtu on T1: 5 against 1) is on the agenda — records
     its agreed value and a must-have verdict, each with a comment. The other must-have rules get verdicts with
     `arvio verdict` (two criteria do not decide them), and a second round gets the same scores, agreed value and
     verdicts with `arvio score`, `round agree` and `verdict`.
  4. Procurement, invited by the coordinator, in the browser by keyboard: the results page ranks exactly as `arvio
     rank --round` prints (weighted sum, to every digit shown); T1's weight within area T is moved just past the
     stability bound the page states and the leader changes to the one it names; the report and the quality points
     (under the moved weights: the best gets the maximum) are downloaded.
  5. `arvio export` holds exactly the scores given in the browser, and `arvio rank --round` ranks the round exactly
     as the second round. `arvio audit verify` passes; every score has its assessor's own account as its audit actor,
     and the reveal, the agreed value and the verdict the coordinator's.

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
# The assessors disagree on Virtu's T1 (5 against 1: the consensus meeting's agenda), and T1 and T2 pull the two
# solutions apart, so that T1's weight within area T has a stability bound that procurement can move past.
PLANTED = {("flow-a", "virtu", "T1"): 5, ("flow-b", "virtu", "T1"): 1, ("flow-a", "omaolo", "T1"): 1,
           ("flow-b", "omaolo", "T1"): 2, ("flow-a", "virtu", "T2"): 1, ("flow-b", "virtu", "T2"): 1,
           ("flow-a", "omaolo", "T2"): 4, ("flow-b", "omaolo", "T2"): 5}
AGREED = ("virtu", "T1", "4", "Konsensuskokous: demo näytti vahvan tunnistuksen")
NAMES = {"virtu": "Virtu.fi ja OmaVirtu", "omaolo": "Omaolo"}


def browser(javascript, downloads=None):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    if downloads:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


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


def invite(coordinator, assessor=None):
    """An invitation link for an assessor, or for procurement when no assessor is named."""
    from selenium.webdriver.common.keys import Keys
    coordinator.open("/kutsut")
    coordinator.tab_to("#role").send_keys("a" if assessor else "h")  # the first role starting so: arvioija, hankinta
    if assessor:
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
            value = PLANTED.get((account, solution, criterion), rng.randint(0, 5))
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


def run_the_meeting(coordinator, reached, problems):
    """The coordinator by keyboard: progress, reveal, the consensus meeting's agreed value and a verdict. Returns the
    rule of the verdict recorded in the browser."""
    from selenium.webdriver.common.keys import Keys
    coordinator.open("/kierrokset/flow")
    rows = [r.text for r in coordinator.driver.find_elements("css selector", "main table tbody tr")]
    ours = [r for r in rows if r.startswith(("FLOW-A (flow-a)", "FLOW-B (flow-b)"))]
    if len(ours) != 2 or not all("kyllä 4 / 22" in r for r in ours):
        problems.append(f"the progress page does not count 4 of 22 items, declared, for each assessor: {rows}")
    reached["progress"] = coordinator.every_focusable_is_reached()
    coordinator.submit("main form button[type=submit]")  # the one form while open: reveal
    if "paljastettu" not in coordinator.driver.find_element("tag name", "main").text:
        problems.append("the round is not shown as revealed after the reveal button")
    coordinator.open("/kierrokset/flow/konsensus")
    agenda = [h.text for h in coordinator.driver.find_elements("css selector", "section.item h3")]
    if not any(h.startswith(f"{NAMES['virtu']}: T1 ") and h.endswith("(1–5)") for h in agenda):
        problems.append(f"the planted disagreement (Virtu T1, 1–5) is not on the agenda: {agenda}")
    reached["consensus"] = coordinator.every_focusable_is_reached()
    solution, criterion, value, why = AGREED
    coordinator.tab_to(f"#v-{solution}-{criterion}").send_keys(value)
    coordinator.type(f"#r-{solution}-{criterion}", why)
    coordinator.submit(f"#k-{solution}-{criterion} button[type=submit]")
    shown = coordinator.driver.find_element("css selector", f"#k-{solution}-{criterion}").text
    if f"Sovittu arvo: {value} – {why}" not in shown:
        problems.append(f"the agreed value is not shown on the agenda item: {shown!r}")
    item = coordinator.tab_to("#item")
    rule = item.get_attribute("value").split("/")[1]
    coordinator.press("input[name=met][value=yes]", key="space")
    coordinator.type("#rationale", "Konsensuskokous: toimittajan näyttö riittää")
    coordinator.submit('form[action="/kierrokset/flow/konsensus"] button[type=submit]')
    verdicts = coordinator.driver.find_element("css selector", "main").text
    if "toimittajan näyttö riittää" not in verdicts:
        problems.append("the verdict recorded in the browser is not listed")
    coordinator.driver.find_element("tag name", "body").send_keys(Keys.HOME)
    print(f"coordinator watched the progress, revealed, agreed {solution} {criterion} = {value} and recorded a verdict on "
          f"{rule}, by keyboard")
    return rule


def record_the_rest(arvio, browser_rule, given):
    """Two criteria do not decide the must-have rules: the other verdicts with `arvio verdict` (met), and a second
    round given the same scores, agreed value and verdicts with the CLI, to rank against."""
    arvio("round", "new", "flow-cli", "--solutions", "virtu,omaolo")
    for (assessor, solution, criterion), value in given.items():
        arvio("score", "--round", "flow-cli", "--assessor", assessor, "--solution", solution, "--criterion", criterion,
              "--value", value)
    arvio("round", "reveal", "flow-cli")
    solution, criterion, value, why = AGREED
    arvio("round", "agree", "flow-cli", "--solution", solution, "--criterion", criterion, "--value", value, "--rationale", why)
    rules = sorted(set(re.findall(r"KO-[A-Z]+\d+", arvio("rank", "--round", "flow", "--format", "csv").stdout))
                   | {browser_rule})
    for round_id in ["flow", "flow-cli"]:
        for solution in ["virtu", "omaolo"]:
            for rule in rules:
                if round_id == "flow" and solution == "virtu" and rule == browser_rule:
                    continue  # recorded in the browser
                arvio("verdict", "--round", round_id, "--solution", solution, "--rule", rule, "--met", "true",
                      "--rationale", "browser flow check")


def explore(person, arvio, downloads, reached, problems):
    """Procurement by keyboard: the ranking as `arvio rank` prints it, a weight moved past its stated bound, and the
    report and quality points downloaded."""
    from selenium.webdriver.common.keys import Keys

    def ranking():
        rows = person.driver.find_elements("css selector", "main table tbody tr")
        return [tuple(c.text for c in r.find_elements("css selector", "td, th")) for r in rows]

    person.open("/tulokset/flow")
    shown = ranking()
    printed = [r for r in __import__("json").loads(arvio("rank", "--round", "flow", "--format", "json").stdout)["rankings"]
               if r["method"] == "weighted-sum"][0]["rows"]
    expected = [(str(r["rank"]), NAMES[r["alternative"]], r["score"]) for r in printed]
    same = len(shown) == len(expected) and all(
        s[0] == e[0] and s[1] == e[1] and abs(float(s[2].replace(",", ".")) - e[2]) <= 0.5 * 10 ** -len(s[2].split(",")[-1])
        for s, e in zip(shown, expected))
    if not same:
        problems.append(f"the results page ranks {shown}, arvio rank --round prints {expected}")
    else:
        print(f"procurement sees the ranking arvio rank --round prints: {shown}")
    reached["results"] = person.every_focusable_is_reached()
    # T1 within area T: open the area's criteria, read the stated range, and type a value just past its bound.
    person.press("details:has(#c-T1) > summary")
    hint = person.driver.find_element("css selector", "#ch-T1").text
    bounds = re.search(r"johtaa, kun paino on ([0-9]+,[0-9])–([0-9]+,[0-9])", hint)
    beyond = re.search(r"(Alempana|Ylempänä) johtaa (.+?)(?:; |\.$)", hint)
    if not bounds or not beyond:
        problems.append(f"T1's hint states no bound with another leader: {hint!r}")
        return
    low, high = (float(b.replace(",", ".")) / 100 for b in bounds.groups())
    share = low - 0.01 if beyond.group(1) == "Alempana" else high + 0.01
    others = sum(float(e.get_attribute("value")) for e in person.driver.find_elements("css selector", "input[type=number][name^='c.T']")
                 if e.get_attribute("name") != "c.T1")
    field = person.tab_to("#c-T1")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(f"{max(0.0, share * others / (1 - share)):.1f}")
    person.submit("main form[method=get] button[type=submit]")
    leader = ranking()[0][1]
    if leader != beyond.group(2):
        problems.append(f"T1 moved past {hint!r}: the leader is {leader}, not {beyond.group(2)}")
    else:
        print(f"T1's weight within T moved past its bound ({hint}): the leader changed to {leader}")
    person.press('a[href="/tulokset/flow/lataa/report.html"]')
    person.press('form[action="/tulokset/flow/laatupisteet.csv"] button[type=submit]')
    deadline = time.monotonic() + 30
    files = {"flow-report.html", "flow-laatupisteet.csv"}
    while time.monotonic() < deadline and not files <= {p.name for p in downloads.iterdir()}:
        time.sleep(0.1)
    if not files <= {p.name for p in downloads.iterdir()}:
        problems.append(f"downloads missing: {sorted(files - {p.name for p in downloads.iterdir()})}")
        return
    report = (downloads / "flow-report.html").read_text("utf8")
    points = list(csv.reader(io.StringIO((downloads / "flow-laatupisteet.csv").read_text("utf8"))))
    if "<!DOCTYPE html>" not in report or "flow" not in report:
        problems.append("the downloaded report is not the round's HTML report")
    best = points[1] if len(points) > 1 else []
    if best[:1] != [{v: k for k, v in NAMES.items()}[leader]] or best[5:6] != ["40"]:
        problems.append(f"the quality points under the moved weights do not give the new leader the maximum: {points}")
    else:
        print(f"downloaded the report and the quality points: {points[1:]}")


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
        browser_rule = run_the_meeting(coordinator, reached, problems)
        record_the_rest(arvio, browser_rule, given)
        downloads = Path("flow-downloads").resolve()
        downloads.mkdir(exist_ok=True)
        procurement = Keyboard(browser(True, downloads), base, problems)
        drivers.append(procurement.driver)
        sign_up(procurement, invite(coordinator), "hankinta", "Hankinta")
        explore(procurement, arvio, downloads, reached, problems)
        print("reached by Tab: " + ", ".join(f"{page} {count}" for page, count in reached.items()))
    finally:
        for driver in drivers:
            driver.quit()
        server.terminate()
        server.wait(timeout=60)

    export = arvio("export", "--round", "flow", "--out", "flow-export", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(Path("flow-export/flow.csv").read_text("utf8")))) if export.returncode == 0 else []
    stored = {(r["assessor"], r["solution"], r["criterion"]): r["score"] for r in rows}
    if stored != given:
        problems.append(f"the export differs from what was given in the browser: {sorted(set(stored.items()) ^ set(given.items()))}")
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
    decisions = sqlite3.connect(".arvio/arvio.sqlite").execute(
        "SELECT action, entity, actor FROM auditLog WHERE actor = 'koordinaattori' AND "
        "(entity = 'round/flow' OR entity LIKE 'agreed/flow/%' OR entity LIKE 'verdict/flow/%')").fetchall()
    expected = {("round.reveal", "round/flow"), ("agreed.set", f"agreed/flow/{AGREED[0]}/{AGREED[1]}"),
                ("verdict.set", f"verdict/flow/virtu/{browser_rule}")}
    if {(a, e) for a, e, _ in decisions} != expected:
        problems.append(f"the coordinator's audit entries are {decisions}, expected {sorted(expected)}")
    else:
        print("the reveal, the agreed value and the verdict are in the audit log under the coordinator")
    for problem in problems:
        print("FAILED: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
