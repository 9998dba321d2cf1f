#!/usr/bin/env bash
# The load benchmark: Gatling (bench/load) against the benchmark server on an
# England-scale PostgreSQL database made by bench/generate_england.sh. Not a test, never in CI.
# See docs/benchmarks.md, "Load benchmark".
#
#   bench/generate_england.sh 1000000 contactpoint_bench                     # once: the data (3 min)
#   flock /tmp/cp-maven.lock mvn -o -q package -DskipTests -Ppostgres -Prun -Dexec.skip=true   # the server + EAR
#   bench/load_benchmark.sh [DATABASE] [SECONDS]                             # defaults contactpoint_bench, 60
#   BENCH_RUNS="search-1 search-10 search-50" bench/load_benchmark.sh           # some runs only (after the warm-up)
#   BENCH_WAITS=1 BENCH_RUNS="search-50" bench/load_benchmark.sh               # and sample what threads and backends wait for
#   BENCH_JFR="search-50" BENCH_RUNS="search-50" bench/load_benchmark.sh        # and a JFR profile (bench/jfr_summary.py reads it)
#   BENCH_RUNS="access-rate-100 access-rate-100-burst" bench/load_benchmark.sh  # the open model, spread and in bursts
#   BENCH_RUNS="search-10 floor" bench/load_benchmark.sh                       # and the database-only floor (in "all" too)
#
# What it does, in order:
#   1. builds bench/load (Gatling, BenchUsers) and makes or resets 600 practitioner accounts
#      (bench0000-bench0599) in DATABASE with production's hashing and token-secret encryption;
#   2. draws 8,000 children from DATABASE for the searches (bench/load_feeders.py);
#   3. holding /tmp/cp-maven.lock (no Maven build of anyone on this machine during the figures):
#      starts the benchmark server (bench/bench_server.sh: ports + 500, -Xmx2g), warms it up
#      (journeys of 10 users for SECONDS), then runs search-only and journey loads at 1, 10 and 50
#      concurrent users (closed model: each user logged in once, then working without pause for
#      SECONDS), then the open model's searches at 200/s and record accesses at 100/s (a fixed
#      arrival rate, Gatling's pace, the users starting 1/rate s apart), then 400 logins by 10 concurrent users; CPU and memory of WildFly and PostgreSQL
#      sampled every 2 s during each run (bench/sample_usage.py), the heap after each
#      (jcmd GC.heap_info); then the same searches as a naive ILIKE in psql (bench/naive_search.py);
#      captures the SQL of five searches of each kind and a record access (bench/capture_sql.py), stops the server and
#      replays that SQL alone with pgbench (bench/sql_floor.py: the searches at 10 and 50 clients,
#      record access at 50), PostgreSQL's CPU sampled beside it;
#   4. prints one table (bench/load/run_summary.py): per run its rate, p95, CPU per request of
#      WildFly, PostgreSQL and the rest, and the floor of the same SQL with the ratio of the two.
# Each run's Gatling console output is kept in bench/load/target/results/<run>.txt, its per-request
# figures in <run>.stats.js (bench/load/gatling_stats.py prints them) and <run>.simulation.log;
# the HTML reports are deleted but for the last. Accounts are given out so that no account logs in twice
# within 30 s (a TOTP code is accepted once per account).
set -euo pipefail
cd "$(dirname "$0")/.."

database=${1:-contactpoint_bench}
seconds=${2:-60}
out=bench/load/target/results
key=$(sed -n 's/^export BENCH_TOTP_KEY=\${BENCH_TOTP_KEY:-\(.*\)}$/\1/p' bench/bench_server.sh)
case "$database" in contactpoint_dev|test|contactpoint) echo "not a benchmark database: $database" >&2; exit 2 ;; esac

flock /tmp/cp-maven.lock mvn -o -q -f bench/load/pom.xml test-compile
java -cp "bench/load/target/classes:bench/load/target/lib/*" uk.contactpoint.bench.load.BenchUsers \
  "jdbc:postgresql://127.0.0.1:5432/$database" contactpoint "${CP_DB_PASSWORD:-contactpoint}" 600 "${BENCH_TOTP_KEY:-$key}"
python3 bench/load_feeders.py "$database" 8000 bench/load/target/searches.csv
mkdir -p "$out"

# What autovacuum would have done since the last run, where it is off (this machine's PostgreSQL
# has autovacuum = off in conf.d/90-ci.conf): each search and access updates its audit chain's
# head, and a minute of runs leaves tens of thousands of dead versions of a hundred rows, which
# every later lock of a head walks through: each run then measured the runs before it.
vacuum_hot_rows() {
  psql -h 127.0.0.1 -U postgres -d "$database" -qAtc "VACUUM ANALYZE audit_chain, user_account, login_attempt, job_lock, audit_scan" > /dev/null
}

gatling() {  # NAME MODE USERS FIRST_ACCOUNT [extra -D...]
  local name=$1 mode=$2 users=$3 first=$4; shift 4
  vacuum_hot_rows
  local pid; pid=$(bench/bench_server.sh pid)
  python3 bench/sample_usage.py "$pid" 2 > "$out/$name.usage" & local sampler=$!
  local waits=""
  if [[ -n "${BENCH_WAITS:-}" ]]; then python3 bench/sample_waits.py "$database" "$pid" 0.5 10 > "$out/$name.waits" & waits=$!; fi
  if [[ " ${BENCH_JFR:-} " == *" $name "* ]]; then  # 30 s of JFR's profile, from 20 s into the run
    (sleep 20; jcmd "$pid" JFR.start name="$name" settings=profile duration=30s filename="$PWD/$out/$name.jfr" > /dev/null) &
  fi
  mvn -o -q -f bench/load/pom.xml gatling:test -Dmode="$mode" -Dusers="$users" -Dseconds="$seconds" -DfirstUser="$first" \
    -Dfeeder="$PWD/bench/load/target/searches.csv" "$@" > "$out/$name.txt" 2>&1 || echo "gatling $name: failures, see $out/$name.txt"
  kill "$sampler"; wait "$sampler" || true
  if [[ -n "$waits" ]]; then kill "$waits"; wait "$waits" || true; fi
  jcmd "$pid" GC.heap_info > "$out/$name.heap" 2>&1 || true
  # Per-request figures: the report's stats.js (read by bench/load/gatling_stats.py) and its log.
  local report; report=$(ls -dt bench/load/target/gatling/contactpointsimulation-* | head -1)
  cp "$report/js/stats.js" "$out/$name.stats.js"; cp "$report/simulation.log" "$out/$name.simulation.log"
  echo "== $name"; python3 bench/load/gatling_stats.py "$out/$name.stats.js" | tail -n +4
  cat "$out/$name.usage"
  if [[ -n "$waits" ]]; then cat "$out/$name.waits"; fi
  # Keep the newest HTML report only: the figures above are what docs/benchmarks.md cites.
  ls -dt bench/load/target/gatling/contactpointsimulation-* 2>/dev/null | tail -n +2 | xargs -r rm -rf
}

wanted() { [[ " ${BENCH_RUNS:-all} " == *" all "* || " ${BENCH_RUNS:-} " == *" $1 "* ]]; }
run() { wanted "$1" && gatling "$@" || true; }

measure() {
  bench/bench_server.sh start "$database"
  sleep 10
  gatling warmup journey 10 540
  sleep 31  # the warm-up's accounts are not used again; this just lets the machine settle
  run search-1 search 1 0
  run search-10 search 10 1
  run search-50 search 50 11
  run journey-1 journey 1 61
  run journey-10 journey 10 62
  run journey-50 journey 50 72
  # The open model: searches arriving at 200/s, record accesses at 100/s (accounts used here were
  # last used more than 30 s before, so their codes are new).
  # The same with every user starting at once (how these two ran before 2026-12-07): the requests
  # arrive in bursts of all the users every users / rate seconds. Not in the default set.
  if [[ " ${BENCH_RUNS:-} " == *" search-rate-200-burst "* ]]; then
    gatling search-rate-200-burst search-rate 100 300 -Drate=200 -Dburst=true
  fi
  if [[ " ${BENCH_RUNS:-} " == *" access-rate-100-burst "* ]]; then
    gatling access-rate-100-burst access-rate 50 250 -Drate=100 -Dburst=true
  fi
  run search-rate-200 search-rate 100 0 -Drate=200
  run access-rate-100 access-rate 50 200 -Drate=100
  run login-10 login 10 130 -Dlogins=400
  if wanted naive; then
    python3 bench/naive_search.py "$database" bench/load/target/searches.csv 10 > "$out/naive.txt"
    grep NAIVE "$out/naive.txt"
  fi
  # The database-only ceiling of the same requests, in the same run: five searches of each kind
  # and a record access captured from PostgreSQL's log (an account no run used), then replayed
  # with the server stopped, the searches in turn.
  if wanted floor; then
    python3 bench/capture_sql.py "$database" bench/load/target/searches.csv "$out/capture.log" 598 5 > /dev/null
  fi
  bench/bench_server.sh stop
  if wanted floor; then
    floor_run floor-search-10 search 10
    floor_run floor-search-50 search 50
    floor_run floor-access-50 "record access" 50
  fi
}
floor_run() {  # NAME REQUEST CLIENTS: bench/sql_floor.py with PostgreSQL's CPU sampled beside it
  local name=$1 request=$2 clients=$3
  vacuum_hot_rows
  python3 bench/sample_usage.py 0 2 > "$out/$name.usage" & local sampler=$!
  python3 bench/sql_floor.py "$database" "$out/capture.log" "$request" "$clients" "$seconds" "$out/$name" > "$out/$name.txt"
  kill "$sampler"; wait "$sampler" || true
  echo "== $name"; grep -E "statements ->|^tps" "$out/$name.txt"; sed 's/wildfly_cpu[^ ]* max=[^ ]* //; s/ wildfly_rss[^ ]*//' "$out/$name.usage"
}
export -f vacuum_hot_rows gatling wanted run measure floor_run
export database seconds out
flock /tmp/cp-maven.lock bash -c measure
python3 bench/load/run_summary.py "$out"
