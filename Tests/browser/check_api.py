#!/usr/bin/env python3
"""Run schemathesis against `arvio serve`'s JSON API as described by its own OpenAPI document, with two assessors.

Run in a copy of the project whose database has no coordinator (the script uses the server's setup link):

    python3 Tests/browser/check_api.py /path/to/.build/debug/arvio [--port 18300] [--examples 40]

It adds two assessors in the same area and an open round with the CLI, starts the server on loopback, makes the
coordinator, invites and signs up both assessors through the pages, and has each declare no conflict of interest and
save one score through the API. Then schemathesis generates requests for every operation of /api/v1/openapi.yaml as
each of them, with every check it has — the responses' statuses, content types and schemas, authentication that is
not ignored, and object-level authorization: what one assessor reads as their own must not reach the other. Then,
the round revealed, schemathesis again as the coordinator: round life, progress, verdicts, agreed values, exclusions.
Exit status 0 when schemathesis finds nothing.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from webclient import Browser, open_round  # noqa: E402


def api(client, method, path, body=None, csrf=None):
    import urllib.request
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(client.base + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if csrf:
        request.add_header("X-CSRF-Token", csrf)
    status, _, text = client.open(request)
    return status, json.loads(text) if text else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arvio")
    parser.add_argument("--port", type=int, default=18300)
    parser.add_argument("--examples", type=int, default=40, help="schemathesis's examples per operation")
    parser.add_argument("--seed", type=int, default=16, help="schemathesis's seed (fixed, so a CI failure can be replayed)")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    peers = ["api-a", "api-b"]
    server, clients = open_round(args.arvio, args.port, peers, "api", ["virtu", "omaolo"], "rajapinnan testin salasana")
    coordinator = clients.pop("koordinaattori")
    try:
        identities = []
        for peer, client in clients.items():
            status, me = api(client, "GET", "/api/v1/me")
            assert status == 200 and me["assessor"] == peer, (status, me)
            csrf = me["csrfToken"]
            status, _ = api(client, "PUT", "/api/v1/rounds/api/declaration", {"noConflictOfInterest": True}, csrf)
            assert status == 200, status
            status, score = api(client, "PUT", f"/api/v1/rounds/api/scores/{peer}/virtu/T1",
                                {"score": "3", "rationale": f"{peer}'s own", "evidence": []}, csrf)
            assert status == 200 and score["assessor"] == peer, (status, score)
            identities.append({"name": peer, "fixedHeaders": [
                {"name": "Cookie", "value": f"arvio={client.cookie()}"}, {"name": "X-CSRF-Token", "value": csrf}]})
        # Before schemathesis, the object-level rule by hand: neither reads the other's score by its id.
        for reader, owner in [(0, 1), (1, 0)]:
            client = Browser(base)
            client.jar = None
            request_headers = {h["name"]: h["value"] for h in identities[reader]["fixedHeaders"]}
            import urllib.request
            request = urllib.request.Request(f"{base}/api/v1/rounds/api/scores/{peers[owner]}/virtu/T1", headers=request_headers)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            assert status == 404, f"{peers[reader]} read {peers[owner]}'s score: {status}"
        print("two assessors signed up, declared and scored through the API; neither reads the other's score")

        with tempfile.TemporaryDirectory() as folder:
            auth = Path(folder) / "auth.json"
            auth.write_text(json.dumps({"auth": identities}))
            config = Path(folder) / "schemathesis.toml"
            # The round and one item fixed, so that writes reach the checks behind "not found"; the assessor in the
            # path stays generated (and taken from earlier answers), so each identity also tries the other's items.
            config.write_text(f'[auth.wfc]\npath = "{auth}"\npeers = {json.dumps(peers)}\n\n'
                              '[parameters]\n"path.round" = "api"\n"path.solution" = "virtu"\n"path.criterion" = "T1"\n')
            command = ["schemathesis", "--config-file", str(config), "run", f"{base}/api/v1/openapi.yaml", "--url", base,
                       "--checks", "all", "--max-examples", str(args.examples), "--no-color", "--seed", str(args.seed)]
            result = subprocess.run(command, text=True, capture_output=True, timeout=1200)
            print(result.stdout[-6000:])
            if result.returncode != 0:
                print(result.stderr[-3000:], file=sys.stderr)
                return result.returncode
            return coordinator_phase(base, coordinator, Path(folder), args)
    finally:
        server.terminate()
        server.wait(timeout=60)


def coordinator_phase(base, coordinator, folder, args):
    """Then the coordinator's operations as the coordinator: round life, progress, verdicts, agreed values and
    exclusions, on the same round once revealed (the assessors' phase is over). A round moves only forward, so a valid
    request can meet a round already past its state: 409, documented for every such operation, is expected here."""
    status, me = api(coordinator, "GET", "/api/v1/me")
    assert status == 200 and me["role"] == "coordinator", (status, me)
    csrf = me["csrfToken"]
    status, _ = api(coordinator, "PUT", "/api/v1/rounds/api/state", {"state": "revealed"}, csrf)
    assert status == 200, status
    status, agreed = api(coordinator, "PUT", "/api/v1/rounds/api/agreed/virtu/T1", {"value": "3", "rationale": "the meeting"}, csrf)
    assert status == 200 and agreed["recordedBy"] == "koordinaattori", (status, agreed)
    auth = folder / "coordinator.json"
    auth.write_text(json.dumps({"auth": [{"name": "koordinaattori", "fixedHeaders": [
        {"name": "Cookie", "value": f"arvio={coordinator.cookie()}"}, {"name": "X-CSRF-Token", "value": csrf}]}]}))
    config = folder / "coordinator.toml"
    config.write_text(f'[auth.wfc]\npath = "{auth}"\n\n[parameters]\n"path.round" = "api"\n"path.solution" = "virtu"\n"path.criterion" = "T1"\n'
                      '"path.rule" = "KO-T1"\n"path.assessor" = "api-a"\n\n'
                      '[checks.positive_data_acceptance]\nexpected-statuses = ["2xx", "401", "403", "404", "409"]\n\n'
                      # A new round names catalog solutions and a weight model, which the schema cannot list: a
                      # well-formed id that is not in the catalog is refused (422, every problem with its field).
                      '[[operations]]\ninclude-method = "POST"\ninclude-path = "/api/v1/rounds"\n'
                      '[operations.checks.positive_data_acceptance]\n'
                      'expected-statuses = ["2xx", "401", "403", "404", "409", "422"]\n')
    command = ["schemathesis", "--config-file", str(config), "run", f"{base}/api/v1/openapi.yaml", "--url", base,
               "--checks", "all", "--max-examples", str(args.examples), "--no-color", "--seed", str(args.seed)]
    result = subprocess.run(command, text=True, capture_output=True, timeout=1200)
    print("as the coordinator:\n" + result.stdout[-6000:])
    if result.returncode != 0:
        print(result.stderr[-3000:], file=sys.stderr)
    return result.returncode



if __name__ == "__main__":
    sys.exit(main())
