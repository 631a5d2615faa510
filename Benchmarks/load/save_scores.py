#!/usr/bin/env python3
"""Load on `arvio serve`: N assessors at once, each saving M scores through the scoring form with its CSRF token.

Bounded: loopback only, a fixed number of requests, an overall deadline. Run from a project folder whose default
database (.arvio/arvio.sqlite) this script may fill (use a copy of the project):

    swift build -c release --product arvio
    python3 Benchmarks/load/save_scores.py .build/release/arvio --assessors 50 --saves 300

It adds the assessors and an open round with the CLI, starts the server, makes the coordinator with the setup link,
invites and signs up every assessor (bcrypt at cost 12 each, not timed), has each declare no conflict, then times the
saves: throughput and p50/p99 latency. Afterwards it checks the database: every item holds the last value its assessor
sent (no lost or duplicated write) and `arvio audit verify` passes.

With --wrk SECONDS the saves are sent by wrk instead (a C client on kept-alive connections, so the measurement is
of the server rather than of Python): the same sessions and CSRF tokens, every save a new rationale so that each one
writes; afterwards the audit log must hold one entry per acknowledged save (at most one more per connection, for the
saves in flight when wrk stopped) and verify.

With --kill the server is killed with SIGKILL when half the saves have been acknowledged, then started again: every
acknowledged save must be in the database (an item may instead hold the one save that was in flight when the server
died, which may or may not have committed), the restarted server must answer, and the audit chain must verify.
Exit status 0 when every check passes.
"""

import argparse
import concurrent.futures
import random
import re
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "browser"))
from webclient import field, open_round  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arvio")
    parser.add_argument("--assessors", type=int, default=50)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--port", type=int, default=18200)
    parser.add_argument("--deadline", type=int, default=900, help="seconds for the whole run")
    parser.add_argument("--kill", action="store_true", help="SIGKILL the server halfway, restart it, check nothing acknowledged is lost")
    parser.add_argument("--wrk", type=int, metavar="SECONDS",
                        help="instead of the Python client, load the server with wrk (C, keep-alive) for SECONDS")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    assert base.startswith("http://127.0.0.1:"), "loopback only"
    started_all = time.monotonic()
    ids = [f"load{i:03d}" for i in range(args.assessors)]
    server, clients = open_round(args.arvio, args.port, ids, "load", ["virtu", "omaolo", "teams-ekollega", "videovisit", "benete"],
                                 "kuorma testin salasana", "--samples", "200")
    clients.pop("koordinaattori")
    try:
        assessors = []
        for assessor, client in clients.items():
            _, _, html = client.request("/arvioi/load")
            client.request("/arvioi/load/esteellisyys", {"csrf": field(html, "csrf"), "noties": "yes"})
            _, _, html = client.request("/arvioi/load/T1")
            actions = re.findall(r'<form method="post" action="(/arvioi/load/T1/[^"]+)"', html)
            criteria = re.findall(r'href="/arvioi/load/(T\d+)"', html)
            items = [f"/arvioi/load/{c}/{a.rsplit('/', 1)[1]}" for c in sorted(set(criteria)) for a in actions]
            assessors.append((assessor, client, field(html, "csrf"), items))
        print(f"set up {len(assessors)} assessors with {len(assessors[0][3])} items each in "
              f"{time.monotonic() - started_all:.0f} s")

        if args.wrk:
            return run_wrk(args, base, assessors, server)

        last = {}
        in_flight = {}
        latencies = []
        errors = []
        lock = threading.Lock()
        kill_at = args.assessors * args.saves // 2 if args.kill else None
        killed = threading.Event()

        def work(entry):
            assessor, client, csrf, items = entry
            rng = random.Random(assessor)
            for i in range(args.saves):
                item = items[i % len(items)]
                value = str(rng.randint(0, 5))
                with lock:
                    in_flight[(assessor, item)] = value
                begun = time.monotonic()
                try:
                    status, _, _ = client.request(item, {"csrf": csrf, "score": value, "rationale": f"load {i}", "evidence": ""})
                except (urllib.error.URLError, ConnectionError, OSError):
                    if killed.is_set():
                        return  # the server is gone: this save was not acknowledged
                    raise
                took = time.monotonic() - begun
                with lock:
                    if status != 303:
                        if killed.is_set():
                            return
                        errors.append(status)
                        continue
                    latencies.append(took)
                    last[(assessor, item)] = value
                    del in_flight[(assessor, item)]
                    if kill_at is not None and len(latencies) >= kill_at and not killed.is_set():
                        killed.set()
                        server.kill()  # SIGKILL: no shutdown, no flush

        begun = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(assessors)) as pool:
            list(pool.map(work, assessors))
        elapsed = time.monotonic() - begun
        count = len(latencies)
        latencies.sort()
        p50, p99 = latencies[count // 2], latencies[min(count - 1, int(count * 0.99))]
        print(f"{count} saves acknowledged by {len(assessors)} assessors in {elapsed:.1f} s: {count / elapsed:.0f} saves/s, "
              f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, {len(errors)} errors"
              + (f"; the server was killed (SIGKILL) after {kill_at} acknowledged saves" if args.kill else ""))
    finally:
        server.kill() if args.kill else server.terminate()
        server.wait(timeout=60)
    restarted_ok = True
    if args.kill:
        # The same database, opened again after the kill: the server must start and answer.
        again = subprocess.Popen([args.arvio, "serve", "--port", str(args.port)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        try:
            restarted_ok = False
            for _ in range(300):
                try:
                    with urllib.request.urlopen(base + "/health", timeout=5) as response:
                        restarted_ok = response.status == 200
                        break
                except (urllib.error.URLError, ConnectionError, OSError):
                    time.sleep(0.2)
            print(f"restarted after the kill: {'answers' if restarted_ok else 'DOES NOT ANSWER'}")
        finally:
            again.terminate()
            again.wait(timeout=60)
    database = sqlite3.connect(".arvio/arvio.sqlite")
    stored = {(row[0], f"/arvioi/load/{row[1]}/{row[2]}"): str(int(row[3]))
              for row in database.execute("SELECT assessorID, criterionID, solutionID, points FROM expertScore WHERE roundID = 'load'")}
    # An item holds its last acknowledged value, or the value of the save in flight when the server was killed.
    lost = [key for key, value in last.items() if stored.get(key) not in (value, in_flight.get(key))]
    extra = [key for key in stored if key not in last and key not in in_flight]
    verify = subprocess.run([args.arvio, "audit", "verify", "--lang", "en"], capture_output=True, text=True)
    print(f"database: {len(stored)} items, {len(lost)} lost or stale, {len(extra)} unexpected; audit verify: "
          f"{verify.stdout.strip().splitlines()[0] if verify.returncode == 0 else verify.stderr.strip()}")
    ok = not errors and not lost and not extra and verify.returncode == 0 and restarted_ok and time.monotonic() - started_all < args.deadline
    return 0 if ok else 1


WRK_SCRIPT = r"""
local entries = {}
local counter = 0
local index = 0
function init(args)
  for line in io.lines(args[1]) do
    local cookie, csrf, path = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)")
    table.insert(entries, {cookie, csrf, path})
  end
  math.randomseed(tonumber(tostring({}):match("0x(%x+)"), 16) % 2147483647)
  index = math.random(#entries)
end
function request()
  index = index + 1
  counter = counter + 1
  local e = entries[(index % #entries) + 1]
  local body = "csrf=" .. e[2] .. "&score=" .. (counter % 6) .. "&rationale=wrk+" .. counter .. "+" .. index .. "&evidence="
  return wrk.format("POST", e[3], {["Cookie"] = e[1], ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
"""


def run_wrk(args, base, assessors, server):
    """The saves sent by wrk on kept-alive connections; then the audit log counts them."""
    import tempfile
    entries = [f"arvio={client.cookie()}\t{csrf}\t{item}" for _, client, csrf, items in assessors for item in items]
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "entries.tsv").write_text("\n".join(entries) + "\n")
        (Path(folder) / "save.lua").write_text(WRK_SCRIPT)
        before = count_saves()
        result = subprocess.run(
            ["wrk", "-t2", f"-c{len(assessors)}", f"-d{args.wrk}s", "--latency", "--timeout", "10s",
             "-s", str(Path(folder) / "save.lua"), base, "--", str(Path(folder) / "entries.tsv")],
            capture_output=True, text=True, timeout=args.wrk + 120)
    server.terminate()
    server.wait(timeout=60)
    output = result.stdout
    total = int(re.search(r"(\d+) requests in", output).group(1))
    refused = int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1])
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.M))
    rate = re.search(r"Requests/sec:\s+(\S+)", output).group(1)
    written = count_saves() - before
    acknowledged = total - refused
    verify = subprocess.run([args.arvio, "audit", "verify", "--lang", "en"], capture_output=True, text=True)
    print(f"wrk, {len(assessors)} connections, {args.wrk} s: {total} saves, {rate} saves/s, p50 {latency.get('50')}, "
          f"p90 {latency.get('90')}, p99 {latency.get('99')}, {refused} refused")
    print(f"audit log: {written} score entries for {acknowledged} acknowledged saves (at most {len(assessors)} more "
          f"in flight at the end); audit verify: "
          f"{verify.stdout.strip().splitlines()[0] if verify.returncode == 0 else verify.stderr.strip()}")
    ok = refused == 0 and acknowledged <= written <= acknowledged + len(assessors) and verify.returncode == 0
    return 0 if ok else 1


def count_saves():
    database = sqlite3.connect(".arvio/arvio.sqlite")
    try:
        return database.execute(
            "SELECT COUNT(*) FROM auditLog WHERE action = 'score.set' AND entity LIKE 'score/load/%'").fetchone()[0]
    finally:
        database.close()


if __name__ == "__main__":
    sys.exit(main())
