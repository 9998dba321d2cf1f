#!/usr/bin/env python3
"""Feed throughput on PostgreSQL at scale: RECORDS feed records, in batches of
the API's largest size (10,000), into a database made by bench/generate_england.sh, through the
running benchmark server (bench/bench_server.sh). Records per second end to end: from the first
POST to the moment the last batch reports "done".

The mix (each record drawn independently, seeded):
  45 %  a held child sent with its NHS number (found by the trusted identifier)
  20 %  a held child without the NHS number (found by the weights: names, birth date, gender,
        postcode, carers); a quarter of them moved house (a new address: "updated")
  10 %  a record this source sent in an earlier batch of the run, sent again (found by the
        source's own id; the first batch has none)
  22 %  a child not held (a new record)
   3 %  bad: a wrong NHS check digit, a malformed postcode, or a field outside the data set
Held children are drawn at random from the database (SQL over psql, as postgres); their names,
birth dates and postcodes travel only in request bodies, never in URLs or in this script's output.

The source's key is made here, in the benchmark database only (the digest SecretHasher.digest
stores: base64 of SHA-256, unpadded), and the source is made live (no trial): what the admin API
and the data-quality team's approval would do, done in SQL because a benchmark database has no
demo accounts. Never against contactpoint_dev.

  python3 bench/feed_throughput.py --records 100000 [--sources 1] [--database contactpoint_bench]
      [--profile-seconds 60]   # a JFR recording of the WildFly JVM while the feed runs
      [--statements 25]        # PostgreSQL's own account of the run, statement by statement
                               # (pg_stat_statements: needs shared_preload_libraries, see
                               # docs/benchmarks.md "Where PostgreSQL's time goes in a feed")
"""
import argparse
import base64
import csv
import hashlib
import io
import json
import os
import random
import secrets
import string
import subprocess
import sys
import threading
import time
import urllib.error

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpclient import Session, psql  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.environ.get("CP_BENCH_URL", "https://localhost:8943")
BATCH = 10_000



def open_source(database, code):
    key = secrets.token_urlsafe(32)
    digest = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode().rstrip("=")
    psql(database, f"""
      INSERT INTO source_system_key (id, source_code, key_digest, created_at) VALUES (nextval('cp_seq'), '{code}', '{digest}', now());
      INSERT INTO feed_source (id, source_code, status, approved_by, approved_at, version)
        VALUES (nextval('cp_seq'), '{code}', 'LIVE', 'bench', now(), 1);""")
    return key


def held_children(database, count, seed):
    # A random sample of held children with what a source would send about them.
    held = int(psql(database, "SELECT reltuples::bigint FROM pg_class WHERE relname = 'child'"))
    percent = min(100.0, count * 130.0 / max(held, 1))
    sql = f"""
      SELECT c.given_names, c.family_name, c.birth_date, c.gender, c.address_line1, c.town, c.postcode, s.code,
             (SELECT i.id_value FROM child_identifier i WHERE i.child_id = c.id AND i.id_type = 'NHS_NUMBER' LIMIT 1),
             (SELECT p.full_name FROM parent_carer p WHERE p.child_id = c.id ORDER BY p.list_index LIMIT 1),
             (SELECT p.relationship FROM parent_carer p WHERE p.child_id = c.id ORDER BY p.list_index LIMIT 1)
        FROM child c TABLESAMPLE BERNOULLI ({percent}) REPEATABLE ({seed}) JOIN la_section s ON s.id = c.section_id
       WHERE c.archived_on IS NULL AND NOT c.shielded AND c.postcode IS NOT NULL AND c.merged_into_id IS NULL
         AND c.address_status = 'CURRENT'
       LIMIT {count}"""
    return list(csv.reader(io.StringIO(psql(database, sql, csv_out=True))))[1:]


def word(rng, n):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n)).capitalize()


def postcode(rng, area="LS"):
    return "%s%d %d%s%s" % (area, 1 + rng.randrange(20), rng.randrange(10), rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
                            rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


def nhs_number(rng):
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def held_record(row, record_id, rng, with_nhs, moved):
    given, family, born, gender, line1, town, pc, section, nhs, carer, relationship = row
    record = {"recordId": record_id, "localAuthority": section,
              "name": {"given": given.split()[0], "family": family}, "dateOfBirth": born, "gender": gender,
              "address": {"lines": [line1], "town": town, "postcode": pc, "status": "CURRENT"}}
    if moved:
        record["address"] = {"lines": ["%d %s Road" % (1 + rng.randrange(200), word(rng, 6))], "town": town,
                             "postcode": pc.split()[0] + " %d%s%s" % (rng.randrange(10), rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
                                                                   rng.choice("ABDEFGHJLNPQRSTUWXYZ")), "status": "CURRENT"}
    if with_nhs and nhs:
        record["nhsNumber"] = nhs
    if carer:
        record["parentsCarers"] = [{"name": carer, "relationship": relationship}]
    return record


def new_record(record_id, rng, sections):
    return {"recordId": record_id, "localAuthority": rng.choice(sections),
            "name": {"given": word(rng, 3 + rng.randrange(5)), "family": word(rng, 4 + rng.randrange(6))},
            "dateOfBirth": "%d-%02d-%02d" % (2009 + rng.randrange(17), 1 + rng.randrange(12), 1 + rng.randrange(28)),
            "gender": rng.choice(["FEMALE", "MALE"]), "nhsNumber": nhs_number(rng),
            "address": {"lines": ["%d %s Street" % (1 + rng.randrange(200), word(rng, 6))], "town": "Leeds",
                        "postcode": postcode(rng), "status": "CURRENT"},
            "parentsCarers": [{"name": word(rng, 5) + " " + word(rng, 7), "relationship": "MOTHER"}]}


def bad_record(record_id, rng, sections):
    record = new_record(record_id, rng, sections)
    kind = rng.randrange(3)
    if kind == 0:
        record["nhsNumber"] = record["nhsNumber"][:9] + str((int(record["nhsNumber"][9]) + 1) % 10)
    elif kind == 1:
        record["address"]["postcode"] = "NOT A PC"
    else:
        record["notes"] = "free text is not part of the data set"
    return record


def make_records(total, rows, sections, rng):
    """The records of the run, in order, and what each was meant to be."""
    records, kinds, sent = [], [], []
    held = iter(rows)
    for i in range(total):
        roll = rng.random()
        record_id = "BENCH-%07d" % i
        if roll < 0.10 and sent and i >= BATCH:
            earlier = sent[rng.randrange(min(len(sent), (i // BATCH) * BATCH))]  # from an earlier batch
            records.append(dict(earlier)); kinds.append("again")
            continue
        if roll < 0.55:
            record = held_record(next(held), record_id, rng, True, False); kind = "held-nhs"
        elif roll < 0.75:
            record = held_record(next(held), record_id, rng, False, rng.random() < 0.25); kind = "held-weights"
        elif roll < 0.97:
            record = new_record(record_id, rng, sections); kind = "new"
        else:
            record = bad_record(record_id, rng, sections); kind = "bad"
        records.append(record); kinds.append(kind)
        if kind != "bad":
            sent.append(record)
    return records, kinds


class Sampler(threading.Thread):
    """CPU (ps: % of one core over the last interval, from /proc ticks) of WildFly and PostgreSQL."""

    def __init__(self, wildfly_pid, every=2.0):
        super().__init__(daemon=True)
        self.wildfly, self.every, self.samples, self.stop = wildfly_pid, every, [], threading.Event()

    @staticmethod
    def ticks(pids):
        total = 0
        for pid in pids:
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
            except OSError:
                pass
        return total

    @staticmethod
    def postgres_pids():
        return [p for p in os.listdir("/proc") if p.isdigit() and _comm(p) == "postgres"]

    def run(self):
        hz = os.sysconf("SC_CLK_TCK")
        last = (time.time(), self.ticks([self.wildfly]), self.ticks(self.postgres_pids()))
        while not self.stop.wait(self.every):
            now = (time.time(), self.ticks([self.wildfly]), self.ticks(self.postgres_pids()))
            span = now[0] - last[0]
            self.samples.append(((now[1] - last[1]) / hz / span * 100, max(0, now[2] - last[2]) / hz / span * 100))
            last = now


def _comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return ""


STATEMENT_COLUMNS = """calls, round(total_exec_time::numeric, 0) AS total_ms,
       round((total_exec_time / calls)::numeric, 3) AS mean_ms, rows,
       shared_blks_hit + shared_blks_read AS blocks, shared_blks_dirtied AS dirtied,
       regexp_replace(left(query, 160), '\\s+', ' ', 'g') AS statement"""


def statements_reset(database):
    # The statements are the server's, normalised ($1 for every value): no personal data.
    psql(database, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()")


def statements_report(database, top, records):
    user = "(SELECT oid FROM pg_roles WHERE rolname = 'contactpoint')"
    totals = psql(database, f"""SELECT sum(calls), round(sum(total_exec_time)::numeric, 0),
        sum(shared_blks_hit + shared_blks_read) FROM pg_stat_statements
        WHERE userid = {user} AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""").split("|")
    print(f"statements (pg_stat_statements, the server's user): {int(totals[0]):,} calls, "
          f"{int(totals[0]) / records:.1f} per record; executing {int(totals[1]) / 1000:.1f} s, "
          f"{int(totals[1]) / records:.2f} ms per record; {int(totals[2]) / records:.0f} buffer reads per record")
    print(psql(database, f"""SELECT {STATEMENT_COLUMNS} FROM pg_stat_statements
        WHERE userid = {user} AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        ORDER BY total_exec_time DESC LIMIT {top}""", csv_out=True), flush=True)


def wildfly_pid():
    return subprocess.run([os.path.join(ROOT, "bench", "bench_server.sh"), "pid"], capture_output=True, text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=1, help="source systems sending at once (batches split between them)")
    parser.add_argument("--database", default="contactpoint_bench")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile-seconds", type=int, default=0)
    parser.add_argument("--poll", type=float, default=5.0)
    parser.add_argument("--statements", type=int, default=0, help="print the N statements PostgreSQL spent most time on")
    args = parser.parse_args()
    if args.database in ("contactpoint_dev", "contactpoint", "test"):
        raise SystemExit("a benchmark database only")
    rng = random.Random(args.seed)

    autovacuum = psql(args.database, "SHOW autovacuum").strip()
    print(f"autovacuum: {autovacuum}" + ("" if autovacuum == "on" else
          " (production's default is on; without it the tables a feed fills are planned as empty and"
          " its figures are not production's: docs/benchmarks.md, \"Where PostgreSQL's time goes in a feed\")"),
          flush=True)
    sections = psql(args.database, "SELECT code FROM la_section ORDER BY code").split()
    rows = held_children(args.database, int(args.records * 0.8), args.seed)
    rng.shuffle(rows)
    records, kinds = make_records(args.records, rows, sections, rng)
    mix = {k: kinds.count(k) for k in sorted(set(kinds))}
    print(f"{len(records)} records: {mix}", flush=True)

    run = "T%d%s" % (int(time.time()), word(rng, 3).upper())
    feeds = []
    for s in range(args.sources):
        code = f"BENCH-{run}-{s}"
        feeds.append((code, Session(BASE, bearer=open_source(args.database, code))))
    batches = [records[i:i + BATCH] for i in range(0, len(records), BATCH)]
    # Records sent again keep their first record id, so they must go to the same source: with
    # several sources, a batch goes to source (batch number mod sources) and a record sent again is
    # only looked up by its id in its own source; it then counts as a held child found by weights.
    pid = wildfly_pid()
    sampler = Sampler(int(pid)) if pid else None
    if sampler:
        sampler.start()
    if args.profile_seconds and pid:
        jfr = os.path.join(ROOT, "ear", "target", f"feed-{run}.jfr")
        subprocess.run(["jcmd", pid, "JFR.start", f"duration={args.profile_seconds}s", f"filename={jfr}", "settings=profile"],
                       check=True, capture_output=True)
        print(f"JFR recording for {args.profile_seconds} s: {jfr}", flush=True)

    if args.statements:
        statements_reset(args.database)
    started = time.time()
    posted = []
    for n, batch in enumerate(batches):
        code, feed = feeds[n % len(feeds)]
        t = time.time()
        feed.call("POST", f"/api/v1/feeds/{code}/batches", {"batchId": f"b{n}", "records": batch})
        posted.append(time.time() - t)
    print(f"{len(batches)} batches posted in {time.time() - started:.1f} s (each stored in {min(posted):.2f}-{max(posted):.2f} s)",
          flush=True)
    # Progress is read in the database (cheap); a batch's report (GET, every record's outcome) is
    # asked for once its records all have an outcome, and the run ends when the last says "done".
    # Reading the reports every few seconds instead slows the feed itself (see docs/benchmarks.md).
    counts, done, progress = {}, set(), []
    like = f"BENCH-{run}-%"
    while len(done) < len(batches):
        time.sleep(args.poll)
        applied = int(psql(args.database, "SELECT count(*) FROM feed_record r JOIN feed_batch b ON b.id = r.batch_id"
                                          f" WHERE b.source_code LIKE '{like}' AND r.outcome IS NOT NULL"))
        progress.append((time.time() - started, applied))
        if applied < len(records):
            continue
        for n in range(len(batches)):
            if n in done:
                continue
            code, feed = feeds[n % len(feeds)]
            report = feed.call("GET", f"/api/v1/feeds/{code}/batches/b{n}")
            if report["status"] == "done":
                done.add(n)
                for k, v in report["counts"].items():
                    counts[k] = counts.get(k, 0) + v
    for (t0, a0), (t1, a1) in zip(progress[::12], progress[12::12]):
        print(f"  {t0:6.0f}-{t1:4.0f} s: {(a1 - a0) / (t1 - t0):6.0f} records/s", flush=True)
    elapsed = time.time() - started
    if sampler:
        sampler.stop.set()
        sampler.join()
    print(f"sources: {like} (bench/feed_copy_floor.py --pattern '{like}' for the floor)")
    print(f"RESULT records={len(records)} sources={args.sources} seconds={elapsed:.1f} records_per_s={len(records) / elapsed:.0f}")
    print(f"outcomes: {counts}")
    if sampler and sampler.samples:
        wf = [s[0] for s in sampler.samples]
        pg = [s[1] for s in sampler.samples]
        print(f"CPU (% of one core; 200 = both cores): WildFly mean {sum(wf) / len(wf):.0f} max {max(wf):.0f}; "
              f"PostgreSQL mean {sum(pg) / len(pg):.0f} max {max(pg):.0f}")
    if args.statements:
        statements_report(args.database, args.statements, len(records))


if __name__ == "__main__":
    main()
