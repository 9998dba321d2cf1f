#!/usr/bin/env python3
"""One table for a run of bench/load_benchmark.sh: per Gatling run its requests a second and p95,
the CPU each request cost WildFly, PostgreSQL and the rest of the machine (the load tool, mostly),
and beside it the database-only ceiling of the same request's SQL measured in the same run
(bench/sql_floor.py, the floor-* files) with the ratio of the two.

  python3 bench/load/run_summary.py bench/load/target/results

CPU per request is the run's mean CPU (bench/sample_usage.py, % of one core) divided by its rate:
the samples span the whole Gatling run, its start included, so it understates a little and the
same way for every run. A run's rate is the sum over its request kinds but login and logout (the
login run: logins), as Gatling reports it over the run.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gatling_stats import load  # noqa: E402

CORES = os.cpu_count() or 2
# Which floor a run is compared with: the same request's SQL at the nearest concurrency measured.
FLOOR_OF = {"search-10": "floor-search-10", "search-50": "floor-search-50", "search-rate-200": "floor-search-50",
            "access-rate-100": "floor-access-50"}


def usage(path):
    if not os.path.exists(path):
        return None
    line = open(path).read()
    values = dict(re.findall(r"(\w+)=([\d.]+)", line))
    return {k: float(values[k]) for k in ("wildfly_cpu_mean", "postgres_cpu_mean", "machine_busy_mean") if k in values}


def floor(results, name):
    path = os.path.join(results, name + ".txt")
    if not os.path.exists(path):
        return None, None
    text = open(path).read()
    tps = re.search(r"^tps = ([\d.]+)", text, re.M)
    statements = re.findall(r"^(.+): (\d+) statements", text, re.M)
    return (float(tps.group(1)) if tps else None), statements


def summary(results):
    print("| run | requests/s | p95 ms (slowest kind) | CPU ms per request: WildFly / PostgreSQL / rest | SQL floor requests/s | server ÷ floor |")
    print("| --- | ---: | ---: | --- | ---: | ---: |")
    for stats in sorted(f for f in os.listdir(results) if f.endswith(".stats.js")):
        run = stats[: -len(".stats.js")]
        if run == "warmup":
            continue
        data = load(os.path.join(results, stats))
        logins = run.startswith("login")
        kinds = [c for c in data["contents"].values()
                 if (c["name"] == "login" if logins else c["name"] not in ("login", "logout"))]
        rate = sum(float(c["stats"]["meanNumberOfRequestsPerSecond"]["total"]) for c in kinds)
        p95 = max((c["stats"]["percentiles3"]["total"] for c in kinds), default=0)
        cpu = usage(os.path.join(results, run + ".usage"))
        if cpu and rate:
            rest = max(0.0, cpu["machine_busy_mean"] * CORES - cpu["wildfly_cpu_mean"] - cpu["postgres_cpu_mean"])
            per = " / ".join(f"{v * 10 / rate:.1f}" for v in (cpu["wildfly_cpu_mean"], cpu["postgres_cpu_mean"], rest))
        else:
            per = "not measured"
        tps, _ = floor(results, FLOOR_OF.get(run, ""))
        ratio = f"{100 * rate / tps:.0f} %" if tps else ""
        print(f"| {run} | {rate:.1f} | {p95} | {per} | {f'{tps:.0f} ({FLOOR_OF[run]})' if tps else ''} | {ratio} |")
    for name in sorted(set(FLOOR_OF.values())):
        tps, statements = floor(results, name)
        if tps:
            cpu = usage(os.path.join(results, name + ".usage"))
            pg = f", PostgreSQL {cpu['postgres_cpu_mean'] * 10 / tps:.2f} ms CPU per request" if cpu else ""
            by_kind = {}  # "search year 3" -> "search year": several captures of a kind
            for marker, n in statements:
                by_kind.setdefault(re.sub(r" \d+$", "", marker), []).append(int(n))
            listed = "; ".join(f"{k} {min(v)}" + (f"–{max(v)}" if max(v) != min(v) else "") + (f" ({len(v)} captured)" if len(v) > 1 else "")
                               for k, v in by_kind.items())
            print(f"{name}: {tps:.0f} requests/s{pg}; statements: {listed}")


if __name__ == "__main__":
    summary(sys.argv[1] if len(sys.argv) > 1 else "bench/load/target/results")
