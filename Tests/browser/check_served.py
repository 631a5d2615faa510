#!/usr/bin/env python3
"""Start `arvio serve` on loopback and check it as a browser and a hostile client would.

  - it prints its address, answers /health, and serves the toolkit and the report;
  - every response carries the security headers (a CSP without 'unsafe-inline' for scripts, nosniff, no framing);
  - a state-changing request from another site is refused (403), an unknown page is a plain 404, a path that climbs
    out of the site finds nothing;
  - headless Chromium loads the pages with the network blocked: no console error (a CSP violation is one), axe-core
    0 WCAG 2.1 AA violations at desktop width and at 360 px, no sideways scrolling (check_pages.check).

Usage: python3 Tests/browser/check_served.py .build/debug/arvio [--port 18090]
Exit status: 0 when every check passes, 1 otherwise.
"""

import argparse
import queue
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import check_pages  # noqa: E402
from webclient import Browser, field  # noqa: E402


def fetch(url, method="GET", headers=None):
    request = urllib.request.Request(url, method=method, headers=headers or {})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode("utf8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf8")


def walk_the_app(base, setup, problems):
    """First-run setup → the coordinator invites an assessor → the assessor declares and scores one item, without
    JavaScript. Returns the two session cookies (for the browser's accessibility pass) and the pages they reach."""
    import re
    coordinator = Browser(base)
    password = "kolme pitkää sanaa"
    status, _, _ = coordinator.request(setup, {"name": "Koordinaattori", "id": "koordinaattori", "password": password,
                                               "repeat": password})
    if status != 303 or not coordinator.cookie():
        problems.append(f"the setup form answered {status} without a session")
        return None
    _, _, html = coordinator.request("/kutsut")
    status, _, html = coordinator.request("/kutsut", {"csrf": field(html, "csrf"), "role": "assessor", "assessor": "anna"})
    link = re.search(r'value="https?://[^/"]+(/kutsu/[^"]+)"', html)
    if status != 200 or not link:
        problems.append(f"the coordinator's invitation answered {status} without a link")
        return None
    assessor = Browser(base)
    status, _, _ = assessor.request(link.group(1), {"name": "Anna", "id": "anna", "password": password, "repeat": password})
    if status != 303:
        problems.append(f"taking the invitation answered {status}")
        return None
    pages = {"coordinator": ["/oma", "/kutsut", "/jaavaykset", "/kierrokset", "/kierrokset/web-smoke",
                             "/kierrokset/lapit-2021", "/kierrokset/lapit-2021/konsensus", "/tulokset",
                             "/tulokset/lapit-2021", "/tulokset/lapit-2021?w.T=10&w.U=60&w.I=15&w.V=15", "/loki",
                             "/tulokset/lapit-2021/raportti"],
             "assessor": ["/arvioi"]}
    _, _, html = assessor.request("/arvioi")
    round_link = re.search(r'href="(/arvioi/[^"/]+)"', html)
    if round_link:
        status, _, html = assessor.request(round_link.group(1))
        pages["assessor"].append(round_link.group(1))
        status, _, _ = assessor.request(round_link.group(1) + "/esteellisyys", {"csrf": field(html, "csrf"), "noties": "yes"})
        status, headers, _ = assessor.request(round_link.group(1))
        criterion = headers.get("Location", "")
        _, _, html = assessor.request(criterion)
        action = re.search(r'<form method="post" action="(/arvioi/[^"]+)"', html)
        if not action:
            problems.append(f"the criterion page {criterion} has no scoring form")
            return None
        status, _, _ = assessor.request(action.group(1), {"csrf": field(html, "csrf"), "score": "4", "rationale": "Selaintesti.",
                                                          "evidence": ""})
        if status != 303:
            problems.append(f"saving a score answered {status}")
        pages["assessor"].append(criterion)
        print(f"scored through the browser: {action.group(1)} = 4")
        # The second views of the same round: the area grid and the workbook page.
        round_path = round_link.group(1).replace("/arvioi/", "/")
        grid = re.search(r'href="(/taulukko/[^"?]+)', html)
        pages["assessor"] += ([grid.group(1)] if grid else []) + ["/tyokirja" + round_path]
        if not grid:
            problems.append(f"the criterion page {criterion} has no link to an area grid")
        # The assessor is a stakeholder too: their own weights for the round's areas, as points, without JavaScript.
        _, _, html = assessor.request("/painot" + round_path)
        areas = re.findall(r'name="(a-[^"]+)"', html)
        status, _, _ = assessor.request("/painot" + round_path, dict({"csrf": field(html, "csrf")},
                                                                     **{name: str(10 * (k + 1)) for k, name in enumerate(areas)}))
        if not areas or status != 303:
            problems.append(f"giving one's own weights answered {status} for the areas {areas}")
        pages["assessor"] += ["/painot", "/painot" + round_path + "?saved=1"]
    return {"coordinator": coordinator.cookie(), "assessor": assessor.cookie()}, pages


def security_checks(base, walked, problems):
    """What a hostile client tries, with the two people of the walk: cookie flags, the signed-in headers, CSRF, a
    cookie reused after signing out, another role's pages, and whether signing in takes the same time for an unknown
    name and a wrong password (bcrypt at cost 12 either way)."""
    import statistics
    cookies, _ = walked
    coordinator, assessor = Browser(base), Browser(base)
    for browser, value in [(coordinator, cookies["coordinator"]), (assessor, cookies["assessor"])]:
        import http.cookiejar
        browser.jar.set_cookie(http.cookiejar.Cookie(0, "arvio", value, None, False, "127.0.0.1", False, False, "/", True,
                                                     False, None, False, None, None, {}))
    status, headers, html = coordinator.request("/kutsut")
    if headers.get("Cache-Control") != "no-store":
        problems.append(f"a signed-in page is cacheable: Cache-Control {headers.get('Cache-Control')!r}")
    status, _, _ = coordinator.request("/kutsut", {"csrf": "forged", "role": "procurement", "assessor": ""})
    if status != 403:
        problems.append(f"an invitation posted with a forged CSRF token answered {status}, expected 403")
    for browser, path, who in [(assessor, "/kutsut", "an assessor"), (coordinator, "/arvioi", "the coordinator")]:
        status, _, _ = browser.request(path)
        if status != 403:
            problems.append(f"{who} asking for {path} got {status}, expected 403")
    status, _, _ = fetch(base + "/kirjautuminen", method="POST", headers={"Sec-Fetch-Site": "cross-site"})
    if status != 403:
        problems.append(f"a cross-site sign-in post answered {status}, expected 403")

    # Signing in: the cookie's flags, and the same time for an unknown name and a wrong password.
    def sign_in(name, password):
        browser = Browser(base)
        _, _, form = browser.request("/kirjautuminen")
        started = time.monotonic()
        status, headers, _ = browser.request("/kirjautuminen", {"form": field(form, "form"), "id": name, "password": password})
        return status, headers, time.monotonic() - started

    status, headers, _ = sign_in("anna", "kolme pitkää sanaa")
    flags = headers.get("Set-Cookie", "")
    if status != 303 or not all(flag in flags for flag in ["HttpOnly", "SameSite=Lax", "Path=/"]) or "Secure" in flags:
        problems.append(f"signing in answered {status} with the cookie {flags!r}")
    unknown = [sign_in(f"nobody{i}", "kolme pitkää sanaa")[2] for i in range(6)]
    wrong = [sign_in("koordinaattori", f"wrong password {i}")[2] for i in range(6)]
    ratio = statistics.median(unknown) / statistics.median(wrong)
    print(f"sign-in time, median of 6: unknown name {statistics.median(unknown) * 1000:.0f} ms, "
          f"wrong password {statistics.median(wrong) * 1000:.0f} ms (ratio {ratio:.2f})")
    # Without the dummy hash an unknown name answers in milliseconds against bcrypt's hundreds: a ratio near 0.01.
    if not 0.5 < ratio < 2:
        problems.append(f"an unknown name and a wrong password take different times (ratio {ratio:.2f})")

    # Signing out ends the session: the old cookie no longer signs anyone in.
    _, _, html = coordinator.request("/oma")
    status, headers, _ = coordinator.request("/uloskirjautuminen", {"csrf": field(html, "csrf")})
    reused = Browser(base)
    import http.cookiejar
    reused.jar.set_cookie(http.cookiejar.Cookie(0, "arvio", cookies["coordinator"], None, False, "127.0.0.1", False, False, "/",
                                                True, False, None, False, None, None, {}))
    status, headers, _ = reused.request("/oma")
    if status != 303 or not headers.get("Location", "").startswith("/kirjautuminen"):
        problems.append(f"a cookie reused after signing out answered {status}, expected 303 to the sign-in")
    print("security checks: done")


FORM = "/palaute/etavastaanotto-vahva-tunnistus?yksikko=Testi"
MODEL_PAGE = "/models/etavastaanotto-vahva-tunnistus.html"


def responses_on_model_page(base):
    """The model's response count as its page says it ("…; 136 vastausta.")."""
    import re
    _, _, body = fetch(base + MODEL_PAGE)
    found = re.search(r"; (\d+) vastausta\.", body)
    return int(found.group(1)) if found else None


def give_feedback(driver, base, problems):
    """A client answers by keyboard alone (no JavaScript is needed: the form posts as HTML): the answer is thanked,
    no cookie is set, and the model's page counts one more response."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    before = responses_on_model_page(base)
    driver.delete_all_cookies()
    driver.get(base + FORM)
    driver.find_element(By.ID, "s9").send_keys(Keys.SPACE)
    driver.find_element(By.ID, "v-saatavuus-5").send_keys(Keys.SPACE)
    driver.find_element(By.ID, "avoin").send_keys("Selkeä ohje.")
    driver.find_element(By.CSS_SELECTOR, "form.feedback button[type=submit]").send_keys(Keys.ENTER)
    time.sleep(1)
    if not driver.current_url.endswith("/kiitos"):
        problems.append(f"feedback by keyboard did not reach the thanks page: {driver.current_url}")
    if driver.get_cookies():
        problems.append(f"the feedback form set cookies: {driver.get_cookies()}")
    # The same without JavaScript: the page's HTML form, posted as a browser with scripts off posts it.
    client = Browser(base)
    status, headers, page = client.request(FORM)
    status, headers, _ = client.request(FORM, {"form": field(page, "form"), "suositus": "3", "v-turvallisuus": "4", "sivusto": ""})
    if status != 303 or not headers.get("Location", "").endswith("/kiitos") or client.cookie() or "Set-Cookie" in headers:
        problems.append(f"feedback without JavaScript: {status} {headers.get('Location')!r}, cookie {client.cookie()!r}")
    after = responses_on_model_page(base)
    print(f"feedback by keyboard and without JavaScript: model page responses {before} -> {after}")
    if before is None or after != before + 2:
        problems.append(f"the model page's response count went from {before} to {after}, expected two more")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arvio", help="the arvio executable")
    parser.add_argument("--port", type=int, default=18090)
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([args.arvio, "serve", "--port", str(args.port), "--samples", "2000"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    problems = []
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stdout], daemon=True).start()

    def next_line(timeout):
        try:
            return lines.get(timeout=timeout)
        except queue.Empty:
            return None

    try:
        deadline = time.monotonic() + 300
        line = ""
        while time.monotonic() < deadline and base not in line:
            line = next_line(5) or ""
            if not line and server.poll() is not None:
                print(f"check_served: arvio serve exited with {server.returncode}", file=sys.stderr)
                return 1
        if base not in line:
            print("check_served: arvio serve printed no address within 300 s", file=sys.stderr)
            return 1
        print(f"started: {line.strip()}")
        # On a database without a coordinator the next lines give the one-time setup link.
        setup = None
        while (extra := next_line(3)) is not None:
            if f"{base}/kutsu/" in extra:
                setup = extra.strip()[len(base):]
                break
        print(f"setup link: {'found' if setup else 'none (a coordinator exists)'}")
        if setup:
            status, _, body = fetch(base + setup)
            if status != 200 or 'name="password"' not in body:
                problems.append(f"the setup link answered {status} without the account form")

        status, _, body = fetch(base + "/health")
        if (status, body) != (200, "ok\n"):
            problems.append(f"/health answered {status} {body!r}")
        for path in ["/", "/en/", "/report/index.html", "/en/report/index.html", "/filter.js", "/nope.html"]:
            status, headers, _ = fetch(base + path)
            expected = 404 if path == "/nope.html" else 200
            if status != expected:
                problems.append(f"{path}: {status}, expected {expected}")
            policy = headers.get("Content-Security-Policy", "")
            if "script-src 'self'" not in policy or "unsafe-inline" in policy.split("style-src-attr")[0]:
                problems.append(f"{path}: content security policy missing or loose: {policy!r}")
            for name, value in [("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"),
                                ("Referrer-Policy", "same-origin")]:
                if headers.get(name) != value:
                    problems.append(f"{path}: {name} is {headers.get(name)!r}, expected {value!r}")
        status, _, _ = fetch(base + "/", method="POST", headers={"Sec-Fetch-Site": "cross-site"})
        if status != 403:
            problems.append(f"a cross-site POST answered {status}, expected 403")
        status, _, _ = fetch(base + "/%2e%2e/%2e%2e/etc/passwd")
        if status != 404:
            problems.append(f"a path climbing out of the site answered {status}, expected 404")

        driver = check_pages.browser()
        try:
            axe = check_pages.axe_script()
            app_pages = ["/kirjautuminen", "/kirjautuminen?lang=en"] + ([setup, setup + "?lang=en"] if setup else [])
            feedback_pages = [FORM, FORM + "&lang=en", "/models/etavastaanotto-vahva-tunnistus.html",
                              "/en/models/etavastaanotto-vahva-tunnistus.html", "/evidence.html", "/en/evidence.html"]
            for path in ["/", "/en/", "/models/digituki.html", "/en/models/digituki.html", "/solutions/index.html",
                         "/report/index.html", "/en/report/index.html"] + feedback_pages + app_pages:
                found, rules, seconds = check_pages.check(driver, base + path, None, axe)
                # The setup link is a secret until used: never printed whole.
                shown = path.replace(setup.rsplit("/", 1)[-1], "<token>") if setup else path
                print(f"{shown}: {'ok' if not found else 'FAILED'} ({rules} axe rules passed, {seconds:.1f} s)")
                problems += [f"{shown}: {problem}" for problem in found]
            give_feedback(driver, base, problems)
            # The setup link is used up here (after its page was checked above), then the signed-in pages are
            # checked with each person's session cookie, in both languages.
            walked = walk_the_app(base, setup, problems) if setup else None
            if walked:
                security_checks(base, walked, problems)
                cookies, pages = walked
                for person, paths in pages.items():
                    driver.delete_all_cookies()
                    driver.get(base + "/health")
                    driver.add_cookie({"name": "arvio", "value": cookies[person], "path": "/"})
                    for path in paths + [path + ("&" if "?" in path else "?") + "lang=en" for path in paths]:
                        found, rules, seconds = check_pages.check(driver, base + path, None, axe)
                        print(f"{person} {path}: {'ok' if not found else 'FAILED'} ({rules} axe rules passed, {seconds:.1f} s)")
                        problems += [f"{person} {path}: {problem}" for problem in found]
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(timeout=30)
    for problem in problems:
        print(f"  {problem}")
    print("served app: " + ("ok" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
