#!/usr/bin/env bash
# Starts or stops the benchmark server: the WildFly that `mvn package -Ppostgres` provisioned in
# wildfly-config/target, with the EAR of ear/target deployed, on a benchmark database (never
# contactpoint_dev), ports + 500 (https://localhost:8943, management 127.0.0.1:10490) so that it
# never meets the integration tests on 8080/8443/9990, and a 2 GB heap (the limit of docs/benchmarks.md).
# Not demo mode: the benchmark database holds England-scale records. Never in CI.
#
#   flock /tmp/cp-maven.lock mvn -o -q package -DskipTests -Ppostgres -Prun -Dexec.skip=true   # build + deploy
#   bench/bench_server.sh start [DATABASE]      # waits until the API answers; log in ear/target/bench-server.log
#   bench/bench_server.sh stop
#   bench/bench_server.sh pid                   # the WildFly JVM's pid (for jcmd, pidstat)
#
# Settings for the benchmark only: CP_TOTP_KEY (a fixed benchmark key: bench users' token secrets
# are encrypted with it by bench/load's BenchUsers), CP_LOGIN_ADDRESS_LIMIT (every virtual user
# logs in from 127.0.0.1; production keeps 50 per address per 5 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

server=wildfly-config/target/wildfly-39.0.1.Final
log=ear/target/bench-server.log
database=${2:-contactpoint_bench}
export BENCH_TOTP_KEY=${BENCH_TOTP_KEY:-YmVuY2gtb25seS1rZXktY29udGFjdHBvaW50LTIwMjY=}

jvm_pid() { pgrep -f "jboss.home.dir=$PWD/$server" | while read -r p; do
  [[ "$(ps -o comm= -p "$p")" == java ]] && echo "$p"; done | head -1; }

case "${1:-}" in
  start)
    case "$database" in contactpoint_dev|test|contactpoint) echo "not a benchmark database: $database" >&2; exit 2 ;; esac
    [[ -z "$(jvm_pid)" ]] || { echo "bench server already running: $(jvm_pid)" >&2; exit 1; }
    CP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database CP_DB_USER=contactpoint CP_DB_PASSWORD=contactpoint \
    CP_TOTP_KEY=$BENCH_TOTP_KEY CP_LOGIN_ADDRESS_LIMIT=${CP_LOGIN_ADDRESS_LIMIT:-1000000} \
    JBOSS_JAVA_SIZING="-Xms2g -Xmx2g -XX:FlightRecorderOptions:stackdepth=256" \
      setsid nohup "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=500 > "$log" 2>&1 < /dev/null &
    for _ in $(seq 240); do
      code=$(curl -sk -o /dev/null -w '%{http_code}' https://localhost:8943/api/v1/reasons || true)
      if [[ "$code" == 401 || "$code" == 200 ]]; then echo "bench server up (pid $(jvm_pid)) on $database"; exit 0; fi
      sleep 1
    done
    echo "bench server did not answer in 240 s; see $log" >&2; exit 1 ;;
  stop)
    p=$(jvm_pid); [[ -n "$p" ]] || { echo "no bench server"; exit 0; }
    kill "$p"; for _ in $(seq 180); do kill -0 "$p" 2>/dev/null || { echo "bench server stopped"; exit 0; }; sleep 1; done
    echo "still running: $p" >&2; exit 1 ;;
  pid) jvm_pid ;;
  *) echo "usage: $0 start [DATABASE] | stop | pid" >&2; exit 2 ;;
esac
