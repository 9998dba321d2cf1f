#!/usr/bin/env bash
# The matching accuracy benchmark: synthetic children with known truth, the
# issue's corruption mix, the production matcher. Not a test, never in CI. Arguments go to the
# program: --children N (held, default 200000), --new N (arrivals not held), --seed S.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q install -DskipTests -pl persistence,ejb -am
mvn -q -f bench/matching-accuracy/pom.xml compile exec:java -Dexec.args="$*"
