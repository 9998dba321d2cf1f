#!/usr/bin/env python3
"""The load benchmark's searches done the naive way: an ILIKE '%…%' over the
child table, as a system without search keys would, timed in psql on the benchmark database.
Two forms per search kind of bench/load_feeders.py's CSV: the name alone (what a naive "find by
name" does: a scan of every child) and the name with the kind's other criterion as a plain
predicate (date of birth, year of birth or postcode: the planner may use an index on those).
Prints median and p95 in ms per kind and form, and one plan of each.

  python3 bench/naive_search.py DATABASE SEARCHES.csv [PER_KIND]
"""
import csv
import re
import statistics
import subprocess
import sys

database, feeder = sys.argv[1], sys.argv[2]
per_kind = int(sys.argv[3]) if len(sys.argv) > 3 else 10
if database in ("contactpoint_dev", "contactpoint", "test"):
    raise SystemExit("a benchmark database only")


def q(value):
    return "'" + value.replace("'", "''") + "'"


def queries(row):
    given, family = row["name"].split(" ", 1)
    if row["kind"] == "typo":
        family = row["typo"].split(" ", 1)[1]
    name = f"given_names ILIKE {q('%' + given + '%')} AND family_name ILIKE {q('%' + family + '%')}"
    other = {"exact": f"birth_date = {q(row['dob'])}", "typo": f"birth_date = {q(row['dob'])}",
             "year": f"birth_date BETWEEN {q(row['dob'][:4] + '-01-01')} AND {q(row['dob'][:4] + '-12-31')}",
             "postcode": f"postcode = {q(row['postcode'])}"}[row["kind"]]
    select = "SELECT id, public_id, given_names, family_name, birth_date, gender, town FROM child WHERE archived_on IS NULL AND "
    return {"name only": select + name + " LIMIT 200", "name + " + row["kind"]: select + name + " AND " + other + " LIMIT 200"}


def timed(sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-qAt", "-c", "\\timing on", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return float(re.findall(r"Time: ([\d.]+) ms", out)[-1])


rows = list(csv.DictReader(open(feeder)))
results, plans = {}, {}
for kind in ["exact", "typo", "year", "postcode"]:
    chosen = [r for r in rows if r["kind"] == kind][:per_kind]
    for row in chosen:
        for form, sql in queries(row).items():
            results.setdefault((kind, form), []).append(timed(sql))
            if (kind, form) not in plans:
                plans[(kind, form)] = subprocess.run(
                    ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-qAt", "-c", "EXPLAIN (ANALYZE, COSTS OFF) " + sql],
                    check=True, capture_output=True, text=True).stdout
for (kind, form), times in results.items():
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times) + 0.5)) - 1)]
    print(f"NAIVE kind={kind} form='{form}' n={len(times)} p50={statistics.median(times):.1f}ms p95={p95:.1f}ms")
for (kind, form), plan in plans.items():
    print(f"--- plan: {kind}, {form}")
    print("\n".join(line for line in plan.splitlines() if not line.startswith("Planning") or True))
