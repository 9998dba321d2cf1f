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
import threading
import time
from datetime import date, timedelta

from cpclient import Session, percentile


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
