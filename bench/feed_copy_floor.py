#!/usr/bin/env python3
"""The floor beside a feed throughput run: the rows that run left in the database, loaded again
by PostgreSQL's COPY alone into empty tables of the same shape and indexes, timed. Not a test,
never in CI (docs/benchmarks.md, "Feed throughput").

What is copied, for the run's sources (source_code LIKE PATTERN): its feed records (with their
outcomes), the children they created or linked with everything matching and search keep of them
(identifiers, parents and carers, search keys, former names and spellings, address history), their involvements,
the link log, and the sources' audit entries with their details. It is a generous floor: an
updated child's whole rows are loaded, where the run wrote only what changed.

  python3 bench/feed_copy_floor.py --database contactpoint_feed --pattern 'BENCH-T1765%'

Prints rows per table, the load's wall time, rows per second and PostgreSQL's CPU for it, and
records per second (the run's feed records over the load's time).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpclient import psql  # noqa: E402
from feed_throughput import Sampler  # noqa: E402


def selections(pattern):
    run = ("SELECT r.id FROM feed_record r JOIN feed_batch b ON b.id = r.batch_id"
           f" WHERE b.source_code LIKE '{pattern}'")
    children = f"SELECT DISTINCT child_id FROM feed_record WHERE id IN ({run}) AND child_id IS NOT NULL"
    entries = ("SELECT id FROM audit_entry WHERE actor_username LIKE 'source:' || "
               f"'{pattern}'")
    return [
        ("feed_record", f"SELECT * FROM feed_record WHERE id IN ({run})"),
        ("child", f"SELECT * FROM child WHERE id IN ({children})"),
        ("child_identifier", f"SELECT * FROM child_identifier WHERE child_id IN ({children})"),
        ("parent_carer", f"SELECT * FROM parent_carer WHERE child_id IN ({children})"),
        ("child_search_key", f"SELECT * FROM child_search_key WHERE child_id IN ({children})"),
        ("child_former_name", f"SELECT * FROM child_former_name WHERE child_id IN ({children})"),
        ("child_name_spelling", f"SELECT * FROM child_name_spelling WHERE child_id IN ({children})"),
        ("child_address_history", f"SELECT * FROM child_address_history WHERE child_id IN ({children})"),
        ("involvement", f"SELECT * FROM involvement WHERE child_id IN ({children})"),
        ("child_link", f"SELECT * FROM child_link WHERE feed_record_id IN ({run})"),
        ("audit_entry", f"SELECT * FROM audit_entry WHERE id IN ({entries})"),
        ("audit_detail", f"SELECT * FROM audit_detail WHERE entry_id IN ({entries})"),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--pattern", required=True, help="the run's source codes, e.g. BENCH-T1765%%")
    args = parser.parse_args()
    if args.database in ("contactpoint_dev", "contactpoint", "test"):
        raise SystemExit("a benchmark database only")
    if "'" in args.pattern:
        raise SystemExit("a source code pattern has no quotes")
    records = int(psql(args.database, selections(args.pattern)[0][1].replace("SELECT *", "SELECT count(*)")))
    with tempfile.TemporaryDirectory() as scratch:
        files = []
        for table, select in selections(args.pattern):
            path = os.path.join(scratch, table + ".copy")
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", args.database, "-q", "-c",
                            f"\\copy ({select}) TO '{path}'"], check=True)
            with open(path) as f:
                rows = sum(1 for _ in f)
            psql(args.database, f"DROP TABLE IF EXISTS floor_{table}; "
                                f"CREATE TABLE floor_{table} (LIKE {table} INCLUDING DEFAULTS INCLUDING INDEXES)")
            files.append((table, path, rows))
        subprocess.run(["sync"], check=True)
        sampler = Sampler(os.getpid(), every=0.5)
        sampler.start()
        started = time.time()
        for table, path, _ in files:
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", args.database, "-q", "-c",
                            f"\\copy floor_{table} FROM '{path}'"], check=True)
        elapsed = time.time() - started
        sampler.stop.set()
        sampler.join()
        for table, _, _ in files:
            psql(args.database, f"DROP TABLE floor_{table}")
    total = sum(rows for _, _, rows in files)
    for table, _, rows in files:
        print(f"  {table:22} {rows:9,d} rows")
    pg = [s[1] for s in sampler.samples] or [0]
    pg_cpu = sum(pg) / len(pg) / 100 * elapsed
    print(f"FLOOR rows={total} seconds={elapsed:.1f} rows_per_s={total / elapsed:.0f} "
          f"feed_records={records} records_per_s={records / elapsed:.0f} "
          f"postgres_cpu_s={pg_cpu:.1f} postgres_cpu_ms_per_record={pg_cpu * 1000 / max(records, 1):.2f}")


if __name__ == "__main__":
    main()
