#!/usr/bin/env python3
"""What the audit trail adds to a record access (the audit issue, item 6), measured against a
running ContactPoint in demo mode (CP_DEMO=true), on H2 or PostgreSQL.

Logs in as demo practitioners, finds Kelly, opens her record N times per user (each opening is
one audited RECORD_ACCESS: chain lock, actor lookup, entry and detail inserts), and reports
 - the client-side latency of the whole record access (p50/p95/p99, throughput), and
 - the server-side duration of the audit writes themselves (GET /api/v1/audit/write-timings, read
   as the demo auditor): the lock on the section's chain, the lookup of the actor, the inserts.

Standard library only. Usage:
  python3 bench/audit_overhead.py [--base https://localhost:8443] [--accesses 500] [--users 1]
"""
import argparse
import base64
import hashlib
import hmac
import http.cookiejar
import json
import ssl
import struct
import threading
import time
import urllib.request
from datetime import date, timedelta

DEMO = {  # the README's demo logins
    "jane": ("jane-demo-2009", "2468", "JANEDEMOTOKENAAAAAAAAAAAAAAAAAAA"),
    "paul": ("paul-demo-2009", "1357", "PAULDEMOTOKENAAAAAAAAAAAAAAAAAAA"),
    "tim": ("tim-demo-2009", "8642", "TIMDEMOTOKENAAAAAAAAAAAAAAAAAAAA"),
    "libby": ("libby-demo-2009", "9753", "LIBBYDEMOTOKENAAAAAAAAAAAAAAAAAA"),
    "auditor": ("auditor-demo-2009", "8765", "AUDITORDEMOTOKENAAAAAAAAAAAAAAAA"),
}


def totp(secret, step):
    key = base64.b32decode(secret)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


class Session:
    def __init__(self, base):
        self.base = base
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), urllib.request.HTTPSHandler(context=context))

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json", "Accept": "application/json"})
        with self.opener.open(request) as response:
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="https://localhost:8443")
    parser.add_argument("--accesses", type=int, default=500, help="record openings per user")
    parser.add_argument("--users", type=int, default=1, choices=range(1, 5), help="concurrent demo practitioners (1-4)")
    args = parser.parse_args()

    users = ["jane", "paul", "tim", "libby"][: args.users]
    sessions = []
    for user in users:
        session = Session(args.base)
        session.login(user)
        sessions.append(session)
    born = date.today() - timedelta(days=90)
    born = born.replace(year=born.year - 15)
    rows = sessions[0].call("POST", "/api/v1/children/search", {"name": "Kelly Mason", "dateOfBirth": born.isoformat()})
    kelly = rows["results"][0]["id"]
    reason = {"reason": "COORDINATE_SUPPORT"}
    for session in sessions:  # warm-up
        for _ in range(30):
            session.call("POST", f"/api/v1/children/{kelly}/access", reason)

    latencies, lock = [], threading.Lock()

    def run(session):
        mine = []
        for _ in range(args.accesses):
            started = time.perf_counter()
            session.call("POST", f"/api/v1/children/{kelly}/access", reason)
            mine.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(s,)) for s in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started

    auditor = Session(args.base)
    auditor.login("auditor")
    writes = auditor.call("GET", "/api/v1/audit/write-timings")
    print(f"record accesses: {len(latencies)} by {len(users)} user(s) in {elapsed:.1f} s = {len(latencies) / elapsed:.0f}/s")
    print(f"record access, client side:  p50 {percentile(latencies, .50):.1f} ms  p95 {percentile(latencies, .95):.1f} ms"
          f"  p99 {percentile(latencies, .99):.1f} ms")
    print(f"audit write, server side:    p50 {writes['p50Micros'] / 1000:.2f} ms  p95 {writes['p95Micros'] / 1000:.2f} ms"
          f"  p99 {writes['p99Micros'] / 1000:.2f} ms  max {writes['maxMicros'] / 1000:.2f} ms"
          f"  (last {writes['samples']} writes on the node)")


if __name__ == "__main__":
    main()
