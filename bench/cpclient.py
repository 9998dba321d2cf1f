"""A small ContactPoint API client for the benchmark scripts: the README's demo logins with their
TOTP codes, a cookie session over the self-signed certificate, Bearer keys for source systems.
Standard library only."""
import base64
import hashlib
import hmac
import http.cookiejar
import json
import ssl
import struct
import subprocess
import time
import urllib.error
import urllib.request

DEMO = {  # the README's demo logins: password, PIN, TOTP secret
    "jane": ("jane-demo-2009", "2468", "JANEDEMOTOKENAAAAAAAAAAAAAAAAAAA"),
    "paul": ("paul-demo-2009", "1357", "PAULDEMOTOKENAAAAAAAAAAAAAAAAAAA"),
    "tim": ("tim-demo-2009", "8642", "TIMDEMOTOKENAAAAAAAAAAAAAAAAAAAA"),
    "libby": ("libby-demo-2009", "9753", "LIBBYDEMOTOKENAAAAAAAAAAAAAAAAAA"),
    "manager": ("manager-demo-2009", "4321", "MANAGERDEMOTOKENAAAAAAAAAAAAAAAA"),
    "admin": ("admin-demo-2009", "5678", "ADMINDEMOTOKENAAAAAAAAAAAAAAAAAA"),
    "auditor": ("auditor-demo-2009", "8765", "AUDITORDEMOTOKENAAAAAAAAAAAAAAAA"),
}


def totp(secret, step):
    key = base64.b32decode(secret)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


class Session:
    def __init__(self, base, bearer=None):
        self.base = base
        self.bearer = bearer
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), urllib.request.HTTPSHandler(context=context))

    def call(self, method, path, body=None, content_type="application/json", raw=None):
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        headers = {"Content-Type": content_type, "Accept": "application/json"}
        if self.bearer:
            headers["Authorization"] = "Bearer " + self.bearer
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        with self.opener.open(request, timeout=300) as response:
            text = response.read().decode()
            return json.loads(text) if text else None

    def login(self, user):
        password, pin, secret = DEMO[user]
        # A code is accepted once per user: try this step and the next two.
        step = int(time.time()) // 30
        for attempt in range(3):
            try:
                return self.call("POST", "/api/v1/session", {"username": user, "password": password, "pin": pin,
                                                             "code": totp(secret, step + attempt)})
            except urllib.error.HTTPError as refused:
                if attempt == 2:
                    raise SystemExit(f"login of {user} refused ({refused.code}); wait 30 s and run again")


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered) + 0.5)) - 1))]


def psql(database, sql, csv_out=False):
    """One statement (or several) as postgres on 127.0.0.1, its rows unaligned (or as CSV)."""
    command = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt"]
    if csv_out:
        command += ["--csv"]
    return subprocess.run(command + ["-c", sql], check=True, capture_output=True, text=True).stdout
