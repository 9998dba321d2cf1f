#!/usr/bin/env python3
"""The searches of the load benchmark (bench/load_benchmark.sh): children drawn at random from a
benchmark database, one search each, the kinds in turn - exact (given + family name and date of
birth), typo (one letter of the family name changed, date of birth), year (name and year of
birth), postcode (name and full postcode) - with the child's id, to open its record and to count
how often the wanted child is among the results. Writes CSV (personal data of synthetic children:
kept under target/, never in URLs or logs).

  python3 bench/load_feeders.py DATABASE COUNT OUT.csv [SEED]
"""
import csv
import io
import random
import subprocess
import sys

database, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
if database in ("contactpoint_dev", "contactpoint", "test"):
    raise SystemExit("a benchmark database only")
held = int(subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-qAtc",
                           "SELECT reltuples::bigint FROM pg_class WHERE relname = 'child'"], check=True, capture_output=True,
                          text=True).stdout)
percent = min(100.0, count * 150.0 / held)
sql = f"""SELECT split_part(given_names, ' ', 1), family_name, birth_date, postcode, public_id
            FROM child TABLESAMPLE BERNOULLI ({percent}) REPEATABLE ({seed})
           WHERE NOT shielded AND archived_on IS NULL AND merged_into_id IS NULL AND postcode IS NOT NULL LIMIT {count}"""
rows = list(csv.reader(io.StringIO(subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-qA", "--csv", "-c", sql],
                                                  check=True, capture_output=True, text=True).stdout)))[1:]
rng = random.Random(seed)
rng.shuffle(rows)


def typo(name):
    if len(name) < 4:
        return name + "e"
    i = 1 + rng.randrange(len(name) - 2)
    letters = "aeioulnrst"
    return name[:i] + rng.choice([c for c in letters if c != name[i].lower()]) + name[i + 1:]


kinds = ["exact", "typo", "year", "postcode"]
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["kind", "name", "typo", "dob", "postcode", "childId"])
    for n, (given, family, born, postcode, public_id) in enumerate(rows):
        w.writerow([kinds[n % 4], f"{given} {family}", f"{given} {typo(family)}", born, postcode, public_id])
print(f"{len(rows)} searches written to {out}")
