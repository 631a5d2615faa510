"""A cookie-keeping HTTP client without JavaScript, for the checks and benchmarks that drive `arvio serve` on loopback
the way a person with scripts off does: form by form, redirects not followed."""

import re
import urllib.error
import urllib.parse
import urllib.request


class Browser:
    """A cookie-keeping client without JavaScript: what a person with scripts off does, form by form."""

    def __init__(self, base):
        import http.cookiejar
        self.base = base
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        return self.open(urllib.request.Request(self.base + path, data=data, method="POST" if data is not None else "GET"))

    def open(self, request):
        """Any request, with this client's cookies: (status, headers, text)."""
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, dict(response.headers), response.read().decode("utf8")
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode("utf8")

    def cookie(self):
        return next((c.value for c in self.jar if c.name == "arvio"), None)


def field(html, name):
    import re
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else ""


def start_server(arvio, port, *extra, timeout=300):
    """Start `arvio serve` on loopback in the current project folder; return the process and the one-time setup link's
    path (None when the database already has a coordinator), read from what the server prints once it listens."""
    import queue
    import subprocess
    import threading
    import time
    server = subprocess.Popen([arvio, "serve", "--port", str(port), *extra], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stdout], daemon=True).start()
    deadline = time.monotonic() + timeout
    listening = False
    while time.monotonic() < deadline:
        try:
            # After the address line the setup link follows at once, if there is one.
            line = lines.get(timeout=5 if listening else max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        listening = listening or f":{port}" in line
        match = re.search(r"(/kutsu/\S+)", line)
        if match:
            return server, match.group(1)
    return server, None


def sign_up(base, link, account, name, password):
    """Take an invitation (or the setup link) through its form; return the signed-in client."""
    client = Browser(base)
    status, _, _ = client.request(link, {"name": name, "id": account, "password": password, "repeat": password})
    if status != 303 or not client.cookie():
        raise RuntimeError(f"the invitation {link.rsplit('/', 1)[0]}/… answered {status} without a session")
    return client


def invite(coordinator, role, assessor=None):
    """The coordinator invites someone with the invitation form; return the link's path."""
    _, _, html = coordinator.request("/kutsut")
    fields = {"csrf": field(html, "csrf"), "role": role}
    if assessor:
        fields["assessor"] = assessor
    status, _, html = coordinator.request("/kutsut", fields)
    link = re.search(r'value="https?://[^/"]+(/kutsu/[^"]+)"', html)
    if status != 200 or not link:
        raise RuntimeError(f"the invitation form answered {status} without a link")
    return link.group(1)


def open_round(arvio, port, assessors, round_id, solutions, password, *serve_args):
    """In a project folder whose database has no coordinator: add the assessors (area T) and an open round with the
    CLI, start `arvio serve`, make the coordinator with the setup link and sign every assessor up by invitation.
    Returns the server process and the signed-in clients by id — the assessors', and the coordinator's under
    `koordinaattori`; the caller stops the server."""
    import subprocess
    for assessor in assessors:
        subprocess.run([arvio, "assessor", "add", assessor, "--name", assessor, "--role", "security", "--areas", "T"],
                       check=True, capture_output=True)
    subprocess.run([arvio, "round", "new", round_id, "--solutions", ",".join(solutions)], check=True, capture_output=True)
    server, setup = start_server(arvio, port, *serve_args)
    try:
        if setup is None:
            raise RuntimeError("no setup link: run in a copy of the project whose database has no coordinator")
        base = f"http://127.0.0.1:{port}"
        coordinator = sign_up(base, setup, "koordinaattori", "K", password)
        clients = {a: sign_up(base, invite(coordinator, "assessor", a), a, a, password) for a in assessors}
        return server, {**clients, "koordinaattori": coordinator}
    except BaseException:
        server.terminate()
        raise
