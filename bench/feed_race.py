#!/usr/bin/env python3
"""Two sources racing for the same new children: how many end as two records.

Each of two live sources (a school and a GP surgery, registered as bench/matching_drift.py does)
sends the same N children, new to the register, clean (no corruption), in one batch each, both
batches POSTed at the same moment; the feed applies each source's batch on its own executor
thread, a set of up to 100 records per transaction, so the two sources' sets run side by side.
Afterwards: live child records against N. A record whose twin from the other source is
committed before it is matched links; one matched while the other's set is still open sees
nothing and creates the child again.

  --nhs: the records carry the children's NHS numbers (the database refuses a second child with
         one, so the set is retried and links); without it (half of real records), nothing stops
         the second creation.

Prints counts only. The run needs the benchmark server built (-Ppostgres -Prun) and the Maven lock:

  flock /tmp/cp-maven.lock python3 bench/feed_race.py --children 2000 [--nhs] [--database contactpoint_race]
"""
import argparse
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpclient import psql  # noqa: E402
from matching_drift import NOT_BENCH, Names, fresh_database, new_child, record_json, register, server  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--children", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--nhs", action="store_true")
    parser.add_argument("--database", default="contactpoint_race")
    args = parser.parse_args()
    if args.database in NOT_BENCH or not args.database.replace("_", "").isalnum():
        raise SystemExit(f"not a benchmark database: {args.database}")
    if args.children > 10_000:
        raise SystemExit("one batch per source: at most 10,000 children")
    rng = random.Random(args.seed)
    names = Names(rng)
    children = [new_child(names, rng) for _ in range(args.children)]

    fresh_database(args.database)
    server("start", args.database)
    try:
        sources = register(args.database, 2)
        batches = []
        for code, sends, session in sources:
            records = []
            for n, child in enumerate(children):
                sent = dict(child, nhs=child["nhs"] if args.nhs else None)
                records.append(record_json(f"{code}-{n}", child, sent, sends, rng))
            batches.append((code, session, records))
        started = threading.Barrier(len(batches))

        def send(code, session, records):
            started.wait()
            session.call("POST", f"/api/v1/feeds/{code}/batches", {"batchId": "race", "records": records})

        t0 = time.time()
        threads = [threading.Thread(target=send, args=batch) for batch in batches]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        counts = {}
        for code, session, _ in batches:
            while True:
                report = session.call("GET", f"/api/v1/feeds/{code}/batches/race?size=1")
                if report["status"] == "done":
                    counts[code] = report["counts"]
                    break
                time.sleep(0.5)
        seconds = time.time() - t0
        live = int(psql(args.database, "SELECT count(*) FROM child WHERE merged_into_id IS NULL").strip())
    finally:
        server("stop")
    print(f"RESULT children={args.children} nhs={args.nhs} live_records={live} duplicates={live - args.children} "
          f"seconds={seconds:.0f} outcomes={counts}")


if __name__ == "__main__":
    main()
