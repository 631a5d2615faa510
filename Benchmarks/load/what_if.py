#!/usr/bin/env python3
"""What-if on `arvio serve`: how long the results page takes to recompute the ranking and the gate for new weights.

Run from a copy of the project whose database has no coordinator (the script fills it):

    swift build -c release --product arvio
    python3 Benchmarks/load/what_if.py .build/release/arvio

It adds a round of every catalog solution (33) under the weight model of all five areas (hankinta-toimittaja: every
criterion, 39) scored by two assessors with seeded random scores (synthetic benchmark data, in the copy only),
reveals it, starts the server and signs in the coordinator with the setup link. Then, for that round and for the
sample round lapit-2021:
  - one client asks for the what-if page 200 times, each with other area weights and three criteria's weights
    within their area moved: p50/p99 of the whole request;
  - wrk on 50 kept-alive connections for 10 s, asking for one what-if link (a link people send each other), then
    for new area weights on every request, each connection asking again as soon as it has its answer (the most
    the server can do), and then the same as 50 readers who pause 0–1 s before each new what-if (one every 0.5 s
    on average, still far quicker than people move weights): requests/s and p50/p99 of each.
Loopback only, bounded in count and time.
"""

import argparse
import csv
import io
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "browser"))
from webclient import sign_up, start_server  # noqa: E402

WRK_SCRIPT = r"""
function init(args) cookie = args[1] end
function request() return wrk.format("GET", nil, {["Cookie"] = cookie}) end
"""
# Every request other area weights (101 values each): each reader a what-if nobody asked before.
WRK_VARIED = r"""
function init(args)
  cookie = args[1]; areas = {}
  for a in string.gmatch(args[2], "[^,]+") do table.insert(areas, a) end
  math.randomseed(16)
end
function request()
  local q = {}
  for _, a in ipairs(areas) do table.insert(q, "w." .. a .. "=" .. math.random(0, 100)) end
  return wrk.format("GET", wrk.path .. "?" .. table.concat(q, "&"), {["Cookie"] = cookie})
end
"""
# The same, but as people read: each reader waits 0–1,000 ms (0.5 s on average) before asking the next what-if.
WRK_READERS = WRK_VARIED + r"""
function delay() return math.random(0, 1000) end
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arvio")
    parser.add_argument("--port", type=int, default=18500)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    run = lambda *a: subprocess.run([args.arvio, *a], capture_output=True, text=True)  # noqa: E731
    catalog = list(csv.DictReader(io.StringIO(run("catalog", "--format", "csv").stdout)))
    model = "hankinta-toimittaja"
    rows = [row for row in csv.DictReader(io.StringIO(run("criteria", "--model", model, "--format", "csv").stdout))
            if row["level"] == "criterion"]
    criteria = [row["id"] for row in rows]
    # Must-have criteria score 4–5, so that the gate passes most solutions and the ranking has something to rank.
    must = {row["id"] for row in rows if row["must_have"]}
    solutions = [row["id"] for row in catalog]
    rng = random.Random(16)
    for assessor in ["bench-a", "bench-b"]:
        run("assessor", "add", assessor, "--name", assessor, "--role", "benchmark", "--areas", "U,T,I,V,C")
    run("round", "new", "big", "--model", model, "--solutions", ",".join(solutions))
    with tempfile.TemporaryDirectory() as folder:
        scores = Path(folder) / "scores.csv"
        lines = ["round,solution,criterion,assessor,score,rationale,evidence"]
        lines += [f"big,{s},{c},{a},{rng.randint(4, 5) if c in must else rng.randint(0, 5)},synthetic benchmark score,"
                  for s in solutions for c in criteria for a in ["bench-a", "bench-b"]]
        scores.write_text("\n".join(lines) + "\n")
        imported = run("import", str(scores), "--lang", "en")
        assert imported.returncode == 0, imported.stderr
    run("round", "reveal", "big")
    print(f"round 'big': {len(solutions)} solutions × {len(criteria)} criteria × 2 assessors "
          f"({len(solutions) * len(criteria) * 2} scores), revealed")
    server, setup = start_server(args.arvio, args.port)
    try:
        coordinator = sign_up(base, setup, "koordinaattori", "K", "mitä jos testin salasana")
        cookie = f"arvio={coordinator.cookie()}"
        for round_id in ["lapit-2021", "big"]:
            status, _, html = coordinator.request(f"/tulokset/{round_id}")
            assert status == 200, status
            areas = list(dict.fromkeys(re.findall(r'name="w\.(\w+)" type="number"', html)))
            inner = list(dict.fromkeys(re.findall(r'name="c\.(\w+)" type="number"', html)))
            ranked = len(re.findall(r"<tr><td>\d+</td>", html))
            timings = []
            for _ in range(args.requests):
                weights = {f"w.{a}": rng.randint(0, 100) for a in areas}
                weights |= {f"c.{c}": rng.randint(0, 100) for c in rng.sample(inner, 3)}
                begun = time.monotonic()
                status, _, _ = coordinator.request(f"/tulokset/{round_id}?" + urllib.parse.urlencode(weights))
                timings.append(time.monotonic() - begun)
                assert status == 200, status
            timings.sort()
            p50, p99 = statistics.median(timings), timings[min(len(timings) - 1, int(len(timings) * 0.99))]
            link = f"{base}/tulokset/{round_id}?" + urllib.parse.urlencode({f"w.{a}": 20 for a in areas})
            loads = []
            for name, script, url, extra in [("one link", WRK_SCRIPT, link, []),
                                             ("new weights each", WRK_VARIED, f"{base}/tulokset/{round_id}", [",".join(areas)]),
                                             ("readers pausing 0.5 s on average, new weights each", WRK_READERS,
                                              f"{base}/tulokset/{round_id}", [",".join(areas)])]:
                with tempfile.TemporaryDirectory() as folder:
                    (Path(folder) / "get.lua").write_text(script)
                    result = subprocess.run(["wrk", "-t2", "-c50", f"-d{args.seconds}s", "--latency", "-s",
                                             str(Path(folder) / "get.lua"), url, "--", cookie, *extra],
                                            capture_output=True, text=True, timeout=args.seconds + 60).stdout
                rate = re.search(r"Requests/sec:\s+(\S+)", result).group(1)
                latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", result, re.M))
                refused = re.search(r"Non-2xx or 3xx responses: (\d+)", result)
                loads.append(f"{name}: {rate} pages/s, p50 {latency.get('50')}, p99 {latency.get('99')}, "
                             f"{refused.group(1) if refused else 0} refused")
            print(f"{round_id}: {ranked} ranked, {len(areas)} area and {len(inner)} criterion weights; one client, "
                  f"{args.requests} what-ifs: p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms; wrk, 50 connections, "
                  f"{args.seconds} s, " + "; ".join(loads))
    finally:
        server.terminate()
        server.wait(timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
