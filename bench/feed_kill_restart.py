#!/usr/bin/env python3
"""A server killed in the middle of a feed batch finishes it after restart, with nothing lost and
nothing applied twice - tried on the real server, not simulated - and how fast
the feed API takes and applies a batch.

Deploys the EAR in demo mode on embedded H2 (the README's run command without running the
server), starts WildFly, opens a source (key, trial batch, approval by the demo manager), sends one
batch of --records synthetic children, kills WildFly with SIGKILL once --kill-after records have
their outcome, starts it again, waits for the batch to finish, stops the server and counts the
children in the database with H2's own shell: exactly one per record.

Usage (from the repository root, no other server on 8443):
  python3 bench/feed_kill_restart.py [--records 10000] [--kill-after 2000]
"""
import argparse
import glob
import os
import random
import signal
import string
import subprocess
import sys
import time
import urllib.error

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpclient import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER = os.path.join(ROOT, "wildfly-config", "target", "wildfly-39.0.1.Final")
BASE = "https://localhost:8443"


def sh(command, **kwargs):
    print("$", command, flush=True)
    subprocess.run(command, shell=True, check=True, cwd=ROOT, **kwargs)


def start_server(log):
    env = dict(os.environ, CP_DEMO="true")
    process = subprocess.Popen([os.path.join(SERVER, "bin", "standalone.sh")], env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    started = time.time()
    while time.time() - started < 240:
        try:
            Session(BASE).call("GET", "/api/v1/reasons")
        except urllib.error.HTTPError:
            return process, time.time() - started  # 401: the application answers
        except OSError:
            time.sleep(1)
    raise SystemExit("the server did not start in 240 s; see the log")


def kill_server(process, how):
    os.killpg(process.pid, how)
    process.wait(timeout=120)


def word(rng, n):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n)).capitalize()


def record(rng, i):
    born = "%d-%02d-%02d" % (2009 + rng.randrange(17), 1 + rng.randrange(12), 1 + rng.randrange(28))
    postcode = "LS%d %d%s%s" % (rng.choice([1, 6, 8, 11, 12]), rng.randrange(10), rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
                                rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return {"recordId": "K-%06d" % i, "localAuthority": "E08000035",
            "name": {"given": word(rng, 7), "family": word(rng, 8)}, "dateOfBirth": born, "gender": rng.choice(["FEMALE", "MALE"]),
            "address": {"lines": ["%d %s Road" % (1 + rng.randrange(200), word(rng, 6))], "town": "Leeds", "postcode": postcode,
                        "status": "CURRENT"}}


def report(feed, source, batch):
    return feed.call("GET", f"/api/v1/feeds/{source}/batches/{batch}")


def settled(answer):
    return sum(answer["counts"].values())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--kill-after", type=int, default=2_000)
    args = parser.parse_args()
    rng = random.Random()
    source = "KILL-" + word(rng, 6).upper()

    sh("mvn -q -o install -DskipTests")
    sh("CP_DEMO=true mvn -q -o -Prun -DskipTests -Dexec.skip=true package -pl ear")
    log = open(os.path.join(ROOT, "ear", "target", "feed-kill-restart-server.log"), "w")
    server, boot = start_server(log)
    print(f"server up in {boot:.0f} s")

    admin = Session(BASE)
    admin.login("admin")
    key = admin.call("POST", "/api/v1/admin/source-keys", {"sourceCode": source})["key"]
    feed = Session(BASE, bearer=key)
    feed.call("POST", f"/api/v1/feeds/{source}/batches", {"batchId": "trial", "records": [record(rng, 0)]})
    while report(feed, source, "trial")["status"] != "done":
        time.sleep(0.5)
    manager = Session(BASE)
    manager.login("manager")
    manager.call("POST", f"/api/v1/manage/sources/{source}/approval", {})
    while report(feed, source, "trial")["status"] != "done":
        time.sleep(0.5)

    records = [record(rng, i) for i in range(1, args.records + 1)]
    sent = time.time()
    feed.call("POST", f"/api/v1/feeds/{source}/batches", {"batchId": "big", "records": records})
    received = time.time() - sent
    print(f"batch of {args.records} records received (stored) in {received:.1f} s")
    first = time.time()
    while True:
        done = settled(report(feed, source, "big"))
        if done >= args.kill_after:
            break
        time.sleep(0.5)
    rate_before = done / (time.time() - first)
    print(f"{done} records applied ({rate_before:.0f}/s); killing WildFly with SIGKILL")
    kill_server(server, signal.SIGKILL)

    server, boot = start_server(log)
    print(f"server up again in {boot:.0f} s")
    feed = Session(BASE, bearer=key)
    resumed = time.time()
    before = settled(report(feed, source, "big"))
    while True:
        answer = report(feed, source, "big")
        if answer["status"] == "done":
            break
        time.sleep(1)
    rate_after = (settled(answer) - before) / (time.time() - resumed)
    print(f"batch done after restart: {answer['counts']} ({rate_after:.0f}/s after restart, start-up pickup included)")
    kill_server(server, signal.SIGTERM)

    h2 = glob.glob(os.path.join(SERVER, "modules", "**", "h2*.jar"), recursive=True)[0]
    url = "jdbc:h2:" + os.path.join(SERVER, "standalone", "data", "contactpoint", "contactpoint")
    # Every child this source made carries its record id: one child per record id, one record id per child.
    query = (f"SELECT COUNT(DISTINCT i.child_id), COUNT(DISTINCT i.id_value) FROM child_identifier i"
             f" WHERE i.id_type = 'SOURCE_ID' AND i.issuer = '{source}'")
    for attempt in range(30):  # the stopped server lets go of the database file
        shell = subprocess.run(["java", "-cp", h2, "org.h2.tools.Shell", "-url", url, "-user", "contactpoint", "-password",
                                "contactpoint", "-sql", query], capture_output=True, text=True)
        if shell.returncode == 0:
            break
        time.sleep(1)
    counted = shell.stdout
    print(counted.strip())
    numbers = [int(n) for n in counted.split() if n.isdigit()]
    expected = args.records + 1  # and the trial's child
    # A record applied twice would show as a rejection (its source id is unique) or a second child.
    ok = answer["counts"]["created"] == args.records and numbers[:2] == [expected, expected]
    print("PASS: every record applied exactly once" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
