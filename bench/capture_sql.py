#!/usr/bin/env python3
"""The SQL behind one of each load-benchmark request, for the plans in docs/benchmarks.md: logs in
as a benchmark account (bench/load's BenchLogin formulas), and with PostgreSQL logging every
statement of the benchmark database (log_min_duration_statement = 0 for that database only, the
server's pool flushed so that new connections take it) runs one search of each kind, a record
access with a reason and an involvement added and ended; then switches the logging off again
and copies the statements (with their parameters) from the PostgreSQL log to OUT.

  python3 bench/capture_sql.py DATABASE SEARCHES.csv OUT.log [ACCOUNT_NUMBER] [SEARCHES_PER_KIND]

With SEARCHES_PER_KIND above 1 (the load benchmark's floor takes 5), each kind's searches are
marked "search KIND 1", "search KIND 2", …: one search of a common name can weigh more than all
the others (at 11M, a given name over a year of births), so the floor replays several.
"""
import base64
import csv
import datetime
import hashlib
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpclient import Session, totp  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
database, feeder, out = sys.argv[1], sys.argv[2], sys.argv[3]
account = int(sys.argv[4]) if len(sys.argv) > 4 else 599
per_kind = int(sys.argv[5]) if len(sys.argv) > 5 else 1
if database in ("contactpoint_dev", "contactpoint", "test"):
    raise SystemExit("a benchmark database only")
LOG = "/var/log/postgresql/postgresql-15-main.log"
CLI = [os.path.join(ROOT, "wildfly-config/target/wildfly-39.0.1.Final/bin/jboss-cli.sh"), "-c", "--controller=127.0.0.1:10490",
       "--command=/subsystem=datasources/data-source=ContactPointDS:flush-all-connection-in-pool"]


def psql(sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-qAtc", sql], check=True, capture_output=True)


username = "bench%04d" % account
secret = base64.b32encode(hashlib.sha1(("bench-totp-" + username).encode()).digest()).decode()


def java_hash(text):
    h = 0
    for c in text:
        h = (31 * h + ord(c)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


pin = "%04d" % (java_hash(username) % 9000 + 1000)  # BenchLogin.pin: Math.floorMod(hashCode, 9000) + 1000
rows = {}
for row in csv.DictReader(open(feeder)):
    if len(rows.setdefault(row["kind"], [])) < per_kind:
        rows[row["kind"]].append(row)
start = sum(1 for _ in open(LOG))
psql(f"ALTER DATABASE {database} SET log_min_duration_statement = 0")
subprocess.run(CLI, check=True, capture_output=True)
try:
    s = Session("https://localhost:8943")
    s.call("POST", "/api/v1/session", {"username": username, "password": f"Bench-{username}-load-2026", "pin": pin,
                                       "code": totp(secret, int(time.time()) // 30)})
    for kind, chosen in rows.items():
        for n, row in enumerate(chosen, 1):
            body = {"exact": {"name": row["name"], "dateOfBirth": row["dob"]}, "typo": {"name": row["typo"], "dateOfBirth": row["dob"]},
                    "year": {"name": row["name"], "yearOfBirth": int(row["dob"][:4])},
                    "postcode": {"name": row["name"], "postcode": row["postcode"]}}[kind]
            psql(f"SELECT 'capture: search {kind}'" if per_kind == 1 else f"SELECT 'capture: search {kind} {n}'")
            s.call("POST", "/api/v1/children/search", body)
    child = rows["exact"][0]["childId"]
    psql("SELECT 'capture: record access'")
    s.call("POST", f"/api/v1/children/{child}/access", {"reason": "COORDINATE_SUPPORT"})
    today = datetime.date.today().isoformat()
    psql("SELECT 'capture: involvement add'")
    added = s.call("POST", f"/api/v1/children/{child}/involvements", {"role": "Family support worker", "startDate": today})
    psql("SELECT 'capture: involvement end'")
    s.call("POST", f"/api/v1/children/{child}/involvements/{added['id']}/end", {"endDate": today})
finally:
    psql(f"ALTER DATABASE {database} RESET log_min_duration_statement")
    subprocess.run(CLI, check=True, capture_output=True)
with open(LOG) as f, open(out, "w") as o:
    for n, line in enumerate(f):
        if n >= start:
            o.write(line)
print(f"statements written to {out}")
