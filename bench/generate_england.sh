#!/usr/bin/env bash
# England-scale synthetic data: creates a PostgreSQL database, gives it
# production's schema (the EAR's own Flyway migration) and loads N children with parents/carers,
# schools, GP surgeries and involvements by COPY; then prints load time, rows, sizes and the
# search plans at that scale. Not a test, never in CI. See docs/benchmarks.md.
#
#   bench/generate_england.sh [CHILDREN [DATABASE]] [generator options]
#   bench/generate_england.sh 1000000 contactpoint_bench --seed 1
#   bench/generate_england.sh 1000000 contactpoint_bench --explain-only   # plans again, no load
#
# CHILDREN defaults to 1000000, DATABASE to contactpoint_bench. An existing DATABASE is dropped
# and made again (never contactpoint_dev or test). Needs psql as postgres on 127.0.0.1 and the
# role contactpoint (password contactpoint, or CP_DB_PASSWORD). The production modules come from
# the local Maven repository: `mvn install -DskipTests -pl persistence,ejb -am` once if absent.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), BENCH_HEAP (4g), BENCH_NO_BUILD (1: run what is built).
# Do not run it under `flock /tmp/cp-maven.lock`: its own build takes that lock, and would wait
# for ever on the caller's.
set -euo pipefail
cd "$(dirname "$0")/.."

children=${1:-1000000}
database=${2:-contactpoint_bench}
shift $(( $# > 2 ? 2 : $# ))
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
password=${CP_DB_PASSWORD:-contactpoint}

case "$database" in
  contactpoint_dev|test|postgres|template0|template1|contactpoint)
    echo "Refusing to drop and reload the database $database" >&2; exit 2 ;;
esac
[[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "Database names here are lower-case letters, digits and _" >&2; exit 2; }

module=bench/england-data
# Build in the module's own target/; offline first, online once if a dependency is missing.
# The lock keeps parallel Maven builds on this machine from running at once.
# The build copies the production jars from the local repository into target/lib; it runs again
# when the module or those jars changed (BENCH_NO_BUILD=1 skips it: the lock may be held by a
# long test run).
build() { flock /tmp/cp-maven.lock nice -n 19 mvn "$@" -q -f "$module/pom.xml" compile; }
stamp="$module/target/.built"
if [[ -z "${BENCH_NO_BUILD:-}" ]] && [[ ! -f "$stamp" || -n "$(find "$module/src" "$module/pom.xml" \
      "$HOME/.m2/repository/uk/contactpoint" -newer "$stamp" \( -name '*.java' -o -name '*.xml' -o -name '*.txt' -o -name '*.jar' \) -print -quit)" ]]; then
  build -o || build
  touch "$stamp"
fi

psql_admin() { psql -h "$host" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
if [[ " $* " == *" --explain-only "* ]]; then
  echo "Search plans only, on the loaded database $database"
else
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database OWNER contactpoint"
  echo "Database $database created; $(df -h --output=avail "$(psql_admin -d postgres -Atc 'SHOW data_directory')" | tail -1 | tr -d ' ') free on its disk"
fi

start=$(date +%s)
nice -n 19 java -Xmx"${BENCH_HEAP:-4g}" -cp "$module/target/classes:$module/target/lib/*" \
  uk.contactpoint.bench.england.EnglandData --children "$children" \
  --url "jdbc:postgresql://$host:$port/$database" --user contactpoint --password "$password" "$@"
echo "generate_england.sh: $(( $(date +%s) - start )) s from start to end of the generator"
