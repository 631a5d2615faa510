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
        request = urllib.request.Request(self.base + path, data=data, method="POST" if data is not None else "GET")
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
