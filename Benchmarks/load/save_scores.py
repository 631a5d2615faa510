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
Exit status 0 when every check passes.
"""

import argparse
import concurrent.futures
import http.cookiejar
import queue
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "browser"))
from webclient import Browser, field  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arvio")
    parser.add_argument("--assessors", type=int, default=50)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--port", type=int, default=18200)
    parser.add_argument("--deadline", type=int, default=900, help="seconds for the whole run")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    assert base.startswith("http://127.0.0.1:"), "loopback only"
    started_all = time.monotonic()
    ids = [f"load{i:03d}" for i in range(args.assessors)]
    for assessor in ids:
        subprocess.run([args.arvio, "assessor", "add", assessor, "--name", assessor, "--role", "load", "--areas", "T"],
                       check=True, capture_output=True)
    subprocess.run([args.arvio, "round", "new", "load", "--solutions", "virtu,omaolo,teams-ekollega,videovisit,benete"],
                   check=True, capture_output=True)
    server = subprocess.Popen([args.arvio, "serve", "--port", str(args.port), "--samples", "200"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stdout], daemon=True).start()
    setup = None
    try:
        while setup is None:
            line = lines.get(timeout=300)
            match = re.search(r"(/kutsu/\S+)", line)
            setup = match.group(1) if match else None
        password = "kuorma testin salasana"
        coordinator = Browser(base)
        coordinator.request(setup, {"name": "K", "id": "koordinaattori", "password": password, "repeat": password})
        assessors = []
        for assessor in ids:
            _, _, html = coordinator.request("/kutsut")
            _, _, html = coordinator.request("/kutsut", {"csrf": field(html, "csrf"), "role": "assessor", "assessor": assessor})
            link = re.search(r'value="https?://[^/"]+(/kutsu/[^"]+)"', html).group(1)
            client = Browser(base)
            client.request(link, {"name": assessor, "id": assessor, "password": password, "repeat": password})
            _, _, html = client.request("/arvioi/load")
            client.request("/arvioi/load/esteellisyys", {"csrf": field(html, "csrf"), "noties": "yes"})
            _, _, html = client.request("/arvioi/load/T1")
            actions = re.findall(r'<form method="post" action="(/arvioi/load/T1/[^"]+)"', html)
            criteria = re.findall(r'href="/arvioi/load/(T\d+)"', html)
            items = [f"/arvioi/load/{c}/{a.rsplit('/', 1)[1]}" for c in sorted(set(criteria)) for a in actions]
            assessors.append((assessor, client, field(html, "csrf"), items))
        print(f"set up {len(assessors)} assessors with {len(assessors[0][3])} items each in "
              f"{time.monotonic() - started_all:.0f} s")

        last = {}
        latencies = []
        errors = []
        lock = threading.Lock()

        def work(entry):
            assessor, client, csrf, items = entry
            rng = random.Random(assessor)
            for i in range(args.saves):
                item = items[i % len(items)]
                value = str(rng.randint(0, 5))
                begun = time.monotonic()
                status, _, _ = client.request(item, {"csrf": csrf, "score": value, "rationale": f"load {i}", "evidence": ""})
                took = time.monotonic() - begun
                with lock:
                    latencies.append(took)
                    if status != 303:
                        errors.append(status)
                    else:
                        last[(assessor, item)] = value

        begun = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(assessors)) as pool:
            list(pool.map(work, assessors))
        elapsed = time.monotonic() - begun
        count = len(latencies)
        latencies.sort()
        p50, p99 = latencies[count // 2], latencies[min(count - 1, int(count * 0.99))]
        print(f"{count} saves by {len(assessors)} assessors in {elapsed:.1f} s: {count / elapsed:.0f} saves/s, "
              f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, {len(errors)} errors")
    finally:
        server.terminate()
        server.wait(timeout=60)
    database = sqlite3.connect(".arvio/arvio.sqlite")
    stored = {(row[0], f"/arvioi/load/{row[1]}/{row[2]}"): str(int(row[3]))
              for row in database.execute("SELECT assessorID, criterionID, solutionID, points FROM expertScore WHERE roundID = 'load'")}
    lost = [key for key, value in last.items() if stored.get(key) != value]
    extra = [key for key in stored if key not in last]
    verify = subprocess.run([args.arvio, "audit", "verify", "--lang", "en"], capture_output=True, text=True)
    print(f"database: {len(stored)} items, {len(lost)} lost or stale, {len(extra)} unexpected; audit verify: "
          f"{verify.stdout.strip().splitlines()[0] if verify.returncode == 0 else verify.stderr.strip()}")
    ok = not errors and not lost and not extra and verify.returncode == 0 and time.monotonic() - started_all < args.deadline
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
