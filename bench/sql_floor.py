#!/usr/bin/env python3
"""The database-only ceiling of a request's SQL: the statements one request sent, as
bench/capture_sql.py took them from PostgreSQL's log, replayed by pgbench at a given concurrency
with nothing else in the way (no WildFly, no HTTP, no Java). Its transactions a second are what
PostgreSQL alone could do of that request on this machine; the server's throughput divided by it
is the share of the database's ceiling the whole stack reaches.

  bench/bench_server.sh start contactpoint_bench
  python3 bench/capture_sql.py contactpoint_bench bench/load/target/searches.csv /tmp/capture.log 598
  bench/bench_server.sh stop                      # the floor is measured with the server stopped
  python3 bench/sql_floor.py DATABASE CAPTURE.log REQUEST CLIENTS SECONDS [OUT_DIR]

REQUEST is a marker of the capture ("search exact", "search typo", "search year", "search postcode",
"record access", or "search" for the four searches in turn). Each statement is replayed as the
server sent it (prepared, with the captured parameters: the same plans and pages, so the reads
are as cached as they can be: a ceiling, not a typical case), in the same order and the same
transactions, with one change that lets it repeat: the audit chain it locks and advances is one of
the replay's own per client ('FLOOR<client>'), each entry gets a new id, and its seq follows the
chain's. Those rows are deleted afterwards. pgbench's own CPU is on the same two cores, as the
load tool's is in the server's runs.
"""
import os
import re
import subprocess
import sys
import tempfile

database, capture, request, clients, seconds = sys.argv[1:6]
out_dir = sys.argv[6] if len(sys.argv) > 6 else tempfile.mkdtemp(prefix="sql-floor-")
os.makedirs(out_dir, exist_ok=True)
if database in ("contactpoint_dev", "contactpoint", "test"):
    raise SystemExit("a benchmark database only")


def statements_by_marker(path):
    """{marker: [sql with its parameters in place]} from a PostgreSQL log of log_min_duration_statement = 0."""
    text = open(path).read()
    entries = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", text)
    requests, current = {}, None
    for entry in entries:
        marker = re.search(r"SELECT 'capture: ([^']+)'", entry)
        if marker:
            current = marker.group(1)
            requests[current] = []
            continue
        if current is None:
            continue
        # The parameters of an execute come in an entry of their own, just after it.
        detail = re.search(r"DETAIL:\s+parameters: (.*)$", entry, re.S)
        if detail and requests[current]:
            values = dict(re.findall(r"\$(\d+) = ((?:'(?:[^']|'')*')|NULL)", detail.group(1)))
            requests[current][-1] = re.sub(r"\$(\d+)\b", lambda m: values.get(m.group(1), m.group(0)), requests[current][-1])
            continue
        statement = re.search(r"LOG:\s+duration: [\d.]+ ms\s+(?:execute [^:]*|statement): (.*)$", entry, re.S)
        if statement:
            requests[current].append(" ".join(statement.group(1).split()))
    return requests


def split_top(text):
    """Comma-separated items outside quotes and parentheses."""
    items, depth, quoted, start = [], 0, False, 0
    for i, c in enumerate(text):
        if c == "'":
            quoted = not quoted
        elif not quoted and c == "(":
            depth += 1
        elif not quoted and c == ")":
            depth -= 1
        elif not quoted and depth == 0 and c == ",":
            items.append(text[start:i].strip())
            start = i + 1
    items.append(text[start:].strip())
    return items


CHAIN = "('FLOOR' || :client_id)"


def replayable(sql):
    """The statement as pgbench runs it again and again (see the module's text)."""
    lower = sql.lower()
    if re.search(r"from audit_chain .*for update", lower):
        locked = re.sub(r"(?i)(chain_key\s*=\s*)'[^']*'", r"\1" + CHAIN, sql)
        return locked + " \\gset c_\n\\set seq :c_last_seq + 1\n\\set id random(5000000000000, 9000000000000)"
    insert = re.match(r"(?is)insert into (audit_entry|audit_detail)\s*\((.*?)\)\s*values\s*\((.*)\)\s*$", sql)
    if insert:
        table, columns, values = insert.group(1), split_top(insert.group(2)), split_top(insert.group(3))
        replaced = {"id": ":id", "entry_id": ":id", "seq": ":seq", "chain_key": CHAIN}
        values = [replaced.get(c.lower(), v) for c, v in zip(columns, values)]
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(values)})"
    if lower.startswith("update audit_chain"):
        sql = re.sub(r"(?i)(last_seq\s*=\s*)'?\d+'?", r"\1:seq", sql)
        return re.sub(r"(?i)(chain_key\s*=\s*)'[^']*'", r"\1" + CHAIN, sql)
    return sql


def psql(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-qAtc", sql],
                          check=True, capture_output=True, text=True).stdout


requests = statements_by_marker(capture)
wanted = [k for k in requests if k.startswith(request)] if request == "search" else [request]
scripts = []
for name in wanted:
    if name not in requests:
        raise SystemExit(f"no '{name}' in {capture}: {sorted(requests)}")
    path = os.path.join(out_dir, name.replace(" ", "-") + ".sql")
    with open(path, "w") as f:
        for sql in requests[name]:
            line = replayable(sql)
            f.write(line + "\n" if "\\gset" in line else line + ";\n")
    scripts.append(path)
    print(f"{name}: {len(requests[name])} statements -> {path}")

psql("INSERT INTO audit_chain (chain_key, last_seq, last_hash, first_seq, anchor_hash) "
     f"SELECT 'FLOOR' || g, 0, repeat('0', 64), 1, repeat('0', 64) FROM generate_series(0, {int(clients) - 1}) g "
     "ON CONFLICT (chain_key) DO NOTHING")
try:
    run = subprocess.run(["pgbench", "-h", "127.0.0.1", "-U", "contactpoint", "-n", "-M", "prepared", "-c", clients, "-j", "2",
                          "-T", seconds, "-r"] + [a for s in scripts for a in ("-f", s)] + [database],
                         capture_output=True, text=True, env={**os.environ, "PGPASSWORD": "contactpoint"})
    print(run.stdout)
    if run.returncode != 0:
        print(run.stderr[-3000:])
        raise SystemExit(run.returncode)
finally:
    psql("DELETE FROM audit_detail WHERE entry_id IN (SELECT id FROM audit_entry WHERE chain_key LIKE 'FLOOR%')")
    # The trail refuses deletes (a trigger); the replay's own rows go with the triggers off for this session only.
    psql("SET session_replication_role = replica; DELETE FROM audit_entry WHERE chain_key LIKE 'FLOOR%'")
    psql("DELETE FROM audit_chain WHERE chain_key LIKE 'FLOOR%'")
