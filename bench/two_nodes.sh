#!/usr/bin/env bash
# Two ContactPoint nodes (standalone-ha.xml) on one PostgreSQL database behind haproxy, and the
# checks of the scale-out DESIGN.md section 3 describes:
#   1. the nodes form one cluster (JGroups TCP stack, TCPPING on loopback);
#   2. a scheduled job runs once per firing across the cluster (the job_lock row): both nodes'
#      timers fire at the same second, one runs the job, the other skips;
#   3. a practitioner logs in through the load balancer, the node that served the login is
#      killed (kill -9, as a crash), and the same session cookie keeps working on the other node
#      (the web session is replicated): an API read, and a postback to the search screen with the
#      view state the dead node made; without the cookie the API answers 401; a postback with a
#      view state no node holds opens the screen again with a notice, not an error page;
#   4. a third node started with a wrong cluster secret (and a key store of its own) does not get
#      into the cluster view (JGroups AUTH and SYM_ENCRYPT);
#   5. what the nodes send each other (tcpdump on their JGroups ports while a session is made and
#      replicated) holds neither the username, nor the session id, nor a name typed on a screen.
# Prints PASS/FAIL per check and exits non-zero when one fails. All processes it starts are
# stopped on exit; the logs stay in the work folder.
#
# Usage: bench/two_nodes.sh [--build]
#   --build   rebuild the server and the EAR first (mvn -o -q package -DskipTests -Ppostgres);
#             done anyway when standalone-ha.xml or the EAR is missing.
# Environment (defaults in brackets):
#   CP_HA_DB [contactpoint_ha]      database, dropped and created afresh on every run
#   CP_HA_PG_HOST [127.0.0.1], CP_HA_PG_PORT [5432], CP_HA_PG_ADMIN [postgres] (creates the database)
#   CP_DB_USER [contactpoint], CP_DB_PASSWORD [contactpoint] (the application's role, owner of it)
#   CP_HA_WORK [bench/target/two-nodes]  node folders, haproxy's configuration, logs
#   CP_CLUSTER_SECRET [a random one per run]  the nodes' cluster secret (docs/operations.md)
# Ports: node A offset 300 (HTTPS 8743, management 10290, JGroups 7900), node B offset 400
# (8843, 10390, 8000), node C (the stranger) offset 500 (8943, 10490, 8100), haproxy HTTPS on
# 18443 and its stats on 18080.
set -uo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SERVER=$REPO/wildfly-config/target/wildfly-39.0.1.Final
EAR=$REPO/ear/target/contactpoint.ear
WORK=${CP_HA_WORK:-$REPO/bench/target/two-nodes}
DB=${CP_HA_DB:-contactpoint_ha}
PG_HOST=${CP_HA_PG_HOST:-127.0.0.1}
PG_PORT=${CP_HA_PG_PORT:-5432}
PG_ADMIN=${CP_HA_PG_ADMIN:-postgres}
DB_USER=${CP_DB_USER:-contactpoint}
DB_PASSWORD=${CP_DB_PASSWORD:-contactpoint}
OFFSET_A=300
OFFSET_B=400
OFFSET_C=500
LB_HTTPS=18443
LB_STATS=18080
LB=https://127.0.0.1:$LB_HTTPS
INITIAL_HOSTS="127.0.0.1[$((7600 + OFFSET_A))],127.0.0.1[$((7600 + OFFSET_B))]"

FAILED=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILED=$((FAILED + 1)); }
say() { echo "----  $*"; }
check() { # check <description> <condition result 0/1>
  if [ "$2" -eq 0 ]; then pass "$1"; else fail "$1"; fi
}

# --- build and tools -----------------------------------------------------------------------
if [ "${1:-}" = "--build" ] || [ ! -f "$EAR" ] || ! grep -q TCPPING "$SERVER/standalone/configuration/standalone-ha.xml" 2>/dev/null \
    || ! grep -q SYM_ENCRYPT "$SERVER/standalone/configuration/standalone-ha.xml" \
    || ! grep -q 'driver>postgresql<' "$SERVER/standalone/configuration/standalone-ha.xml"; then
  mkdir -p "$REPO/bench/target"
  say "building (mvn -o -q package -DskipTests -Ppostgres; output in bench/target/two-nodes-build.log)"
  (cd "$REPO" && mvn -o -q package -DskipTests -Ppostgres > "$REPO/bench/target/two-nodes-build.log" 2>&1) \
    || { echo "FAIL  build (see bench/target/two-nodes-build.log)"; exit 2; }
fi
if ! command -v haproxy > /dev/null; then
  say "installing haproxy"
  apt-get install -y -q haproxy > /dev/null || { echo "FAIL  haproxy could not be installed"; exit 2; }
fi
if ! command -v tcpdump > /dev/null; then
  say "installing tcpdump"
  apt-get install -y -q tcpdump > /dev/null || { echo "FAIL  tcpdump could not be installed"; exit 2; }
fi
for tool in curl openssl psql python3 keytool tcpdump; do
  command -v $tool > /dev/null || { echo "FAIL  $tool is missing"; exit 2; }
done

# --- clean up whatever this run started, however it ends ------------------------------------
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null; done
  [ -f "$WORK/tcpdump.pid" ] && kill "$(cat "$WORK/tcpdump.pid")" 2> /dev/null
  for node in node-a node-b node-c; do
    [ -f "$WORK/$node/server.pid" ] && kill -9 "$(cat "$WORK/$node/server.pid")" 2> /dev/null
  done
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2> /dev/null
  wait 2> /dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$WORK"
mkdir -p "$WORK"

# --- one database for both nodes ------------------------------------------------------------
say "database $DB on $PG_HOST:$PG_PORT (dropped and created afresh)"
dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ADMIN" --if-exists "$DB" || { echo "FAIL  could not drop $DB"; exit 2; }
createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ADMIN" -O "$DB_USER" "$DB" || { echo "FAIL  could not create $DB"; exit 2; }
sql() { PGPASSWORD=$DB_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$DB" -qtA -c "$1"; }

# --- the cluster secret and key store -------------------------------------------------------
# The nodes share one secret (CP_CLUSTER_SECRET: JGroups AUTH's token and the key store's
# password) and one key store, cluster.p12, holding the AES key that SYM_ENCRYPT encrypts their
# messages with; both made here as docs/operations.md tells an operator to make them.
make_key_store() { # make_key_store <file> <secret>
  CP_CLUSTER_SECRET=$2 keytool -genseckey -alias cluster -keyalg AES -keysize 256 -storetype PKCS12 \
    -keystore "$1" -storepass:env CP_CLUSTER_SECRET -keypass:env CP_CLUSTER_SECRET > /dev/null 2>&1
}
SECRET=${CP_CLUSTER_SECRET:-$(head -c 32 /dev/urandom | base64 | tr -d '/+=')}
make_key_store "$WORK/cluster.p12" "$SECRET" || { echo "FAIL  keytool could not make the cluster key store"; exit 2; }

# --- the nodes ------------------------------------------------------------------------------
# Each node is the provisioned server with a base directory of its own (configuration, logs,
# data, deployments) and its ports offset.
start_node() { # start_node <name> <offset> [<secret> <key store>]: the cluster's own by default
  local name=$1 offset=$2 base=$WORK/$1 secret=${3:-$SECRET} store=${4:-$WORK/cluster.p12}
  mkdir -p "$base/deployments"
  cp -r "$SERVER/standalone/configuration" "$base/configuration"
  cp "$store" "$base/configuration/cluster.p12"
  cp "$EAR" "$base/deployments/contactpoint.ear"
  JBOSS_PIDFILE=$base/server.pid LAUNCH_JBOSS_IN_BACKGROUND=1 \
  JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" \
  CP_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" CP_DB_USER=$DB_USER CP_DB_PASSWORD=$DB_PASSWORD \
  CP_DEMO=true CP_CLUSTER_SECRET=$secret \
    "$SERVER/bin/standalone.sh" -c standalone-ha.xml \
      -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset="$offset" \
      -Djboss.node.name="$name" \
      -Djboss.cluster.tcp.initial_hosts="$INITIAL_HOSTS" \
      > "$base/console.log" 2>&1 &
  PIDS+=($!)
}

wait_until_up() { # wait_until_up <name> <offset>: the application answers 401 to an anonymous read
  local deadline=$((SECONDS + 300)) pid
  while [ $SECONDS -lt $deadline ]; do
    [ "$(curl -sk -o /dev/null -w '%{http_code}' "https://127.0.0.1:$((8443 + $2))/api/v1/reasons")" = 401 ] && return 0
    pid=$(cat "$WORK/$1/server.pid" 2> /dev/null)
    [ -n "$pid" ] && ! kill -0 "$pid" 2> /dev/null && return 1
    sleep 2
  done
  return 1
}

# Demo data is loaded once: node A loads it; node B, started after A is up, finds it loaded.
say "starting node-a (port offset $OFFSET_A) with demo data"
T0=$SECONDS
start_node node-a $OFFSET_A
wait_until_up node-a $OFFSET_A; check "node-a is up ($((SECONDS - T0)) s)" $?
say "starting node-b (port offset $OFFSET_B)"
T0=$SECONDS
start_node node-b $OFFSET_B
wait_until_up node-b $OFFSET_B; check "node-b is up ($((SECONDS - T0)) s)" $?
[ $FAILED -eq 0 ] || { echo "the nodes did not start; see $WORK/node-*/log/server.log"; exit 1; }

# One cluster: node-b joins the view node-a started (WildFly logs the view it joined), and
# node-a's Infinispan logs node-b joining.
JOINED=$(grep -o "WFLYCLJG0033: .*" "$WORK/node-b/log/server.log" | tail -1)
echo "      node-b: $JOINED"
echo "$JOINED" | grep -q "(2) \[node-a([^)]*), node-b([^)]*)\]" && grep -q "ISPN100000: Node node-b joined the cluster" "$WORK/node-a/log/server.log"
check "the two nodes form one cluster of 2 (JGroups TCP, TCPPING on $INITIAL_HOSTS)" $?

# --- a stranger with the wrong secret -------------------------------------------------------
# Node C is what a host on the cluster network could start: the same server and EAR, the
# nodes' addresses, but not their secret, so a key store of its own made with its own secret.
# It must not get into the view of A and B (AUTH refuses its join; SYM_ENCRYPT drops what it
# sends, encrypted with another key), so it can neither read nor write a session. Its view and
# theirs are read from the running channels (management CLI), after it has had time to join and
# MERGE3 time to try merging the two views (it checks every 10 to 30 s).
view() { # view <offset>: the ee channel's view, as JGroups has it now
  "$SERVER/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + $1)) \
    --command="/subsystem=jgroups/channel=ee:read-attribute(name=view)" 2> /dev/null | sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}
WRONG=wrong-$(head -c 16 /dev/urandom | base64 | tr -d '/+=')
make_key_store "$WORK/stranger.p12" "$WRONG"
say "starting node-c (port offset $OFFSET_C) with a wrong secret and a key store of its own"
T0=$SECONDS
INITIAL_HOSTS="$INITIAL_HOSTS,127.0.0.1[$((7600 + OFFSET_C))]" start_node node-c $OFFSET_C "$WRONG" "$WORK/stranger.p12"
wait_until_up node-c $OFFSET_C; c_up=$?
echo "      node-c up: $([ $c_up -eq 0 ] && echo "yes ($((SECONDS - T0)) s)" || echo no)"
sleep 45
VIEW_A=$(view $OFFSET_A); VIEW_B=$(view $OFFSET_B); VIEW_C=$(view $OFFSET_C)
echo "      views 45 s later: node-a ${VIEW_A:-?}; node-b ${VIEW_B:-?}; node-c ${VIEW_C:-?}"
grep -h "ISPN000094\|WFLYCLJG0033" "$WORK/node-c/log/server.log" | tail -2 | sed 's/^/      node-c log: /'
echo "      node-a's log: $(grep -ci "node-c" "$WORK/node-a/log/server.log") line(s) naming node-c"
[ $c_up -eq 0 ] && [ -n "$VIEW_A" ] && [ -n "$VIEW_C" ] \
  && ! echo "$VIEW_A $VIEW_B" | grep -q "node-c" && ! echo "$VIEW_C" | grep -q "node-a\|node-b" \
  && ! grep -q "ISPN100000: Node node-c joined" "$WORK/node-a/log/server.log" "$WORK/node-b/log/server.log"
check "a third node with the wrong secret, up and running, is not in the cluster's view (nor they in its)" $?
kill -9 "$(cat "$WORK/node-c/server.pid")" 2> /dev/null
rm -f "$WORK/node-c/server.pid"

# --- scheduled jobs: once per firing ----------------------------------------------------------
# Every node's timers fire; a run takes its job's job_lock row (JobLock) or skips. JobLock logs
# each attempt at FINE: switch that category on in both nodes (management CLI) and watch the
# every-minute audit-alerts job. The nightly jobs (record-lifecycle 01:30, account-housekeeping
# 02:15, audit-retention 03:30) take the same lock the same way; TwoNodeJobLockIT races
# record-lifecycle itself on two nodes.
for spec in node-a:$OFFSET_A node-b:$OFFSET_B; do
  "$SERVER/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + ${spec#*:})) \
    --command="/subsystem=logging/logger=uk.contactpoint.shared.control.JobLock:add(level=FINE)" > /dev/null \
    || fail "could not switch on the JobLock log of ${spec%%:*}"
done
count() { grep -c "$2" "$WORK/$1/log/server.log"; }
for round in 1 2; do
  # Free the audit-alerts row (it is held five minutes after a run), then let one minute's
  # timers fire on both nodes.
  sql "UPDATE job_lock SET locked_until = TIMESTAMP '2000-01-01 00:00:00' WHERE name = 'audit-alerts'"
  before=( $(count node-a "Job audit-alerts: lock taken") $(count node-b "Job audit-alerts: lock taken")
           $(count node-a "Job audit-alerts: lock held") $(count node-b "Job audit-alerts: lock held") )
  wait_s=$((60 - $(date +%-S) + 5))
  say "round $round: audit-alerts lock freed; waiting ${wait_s} s for the next minute's timers"
  sleep $wait_s
  after=( $(count node-a "Job audit-alerts: lock taken") $(count node-b "Job audit-alerts: lock taken")
          $(count node-a "Job audit-alerts: lock held") $(count node-b "Job audit-alerts: lock held") )
  ran_a=$((after[0] - before[0])); ran_b=$((after[1] - before[1]))
  skip_a=$((after[2] - before[2])); skip_b=$((after[3] - before[3]))
  echo "      node-a ran $ran_a, skipped $skip_a; node-b ran $ran_b, skipped $skip_b"
  [ $((ran_a + ran_b)) -eq 1 ] && [ $((skip_a + skip_b)) -eq 1 ]
  check "round $round: both nodes' timers fired, the audit-alerts job ran on exactly one" $?
done
echo "      job_lock rows now:"
sql "SELECT '        ' || name || '  locked until ' || locked_until FROM job_lock ORDER BY name"

# --- the load balancer ----------------------------------------------------------------------
# haproxy ends TLS with a certificate of its own (self-signed here), forwards over HTTPS to the
# nodes, keeps a client on one node (its own cookie CPNODE) and, when that node is down, sends
# the client to the other (option redispatch); it sets X-Forwarded-For itself. A node is in
# service when WildFly's readiness check (/health/ready on its management port: server running,
# deployments up) says so.
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 2 \
  -keyout "$WORK/lb.key" -out "$WORK/lb.crt" 2> /dev/null
cat "$WORK/lb.crt" "$WORK/lb.key" > "$WORK/lb.pem"
cat > "$WORK/haproxy.cfg" <<EOF
global
    pidfile $WORK/haproxy.pid
    maxconn 500
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 120s
    retries 2
    option redispatch
    log stdout format raw local0
frontend contactpoint
    bind 127.0.0.1:$LB_HTTPS ssl crt $WORK/lb.pem
    # The nodes trust X-Forwarded-For (10-cluster.cli): only the balancer's own may reach them.
    http-request del-header X-Forwarded-For
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    cookie CPNODE insert indirect nocache secure httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server ssl verify none inter 1s fall 2 rise 2 no-check-ssl
    server node-a 127.0.0.1:$((8443 + OFFSET_A)) cookie a check port $((9990 + OFFSET_A))
    server node-b 127.0.0.1:$((8443 + OFFSET_B)) cookie b check port $((9990 + OFFSET_B))
    http-response set-header X-ContactPoint-Node %[srv_name]
listen stats
    bind 127.0.0.1:$LB_STATS
    stats enable
    stats uri /
EOF
haproxy -f "$WORK/haproxy.cfg" -D || { fail "haproxy did not start"; exit 1; }
say "haproxy on $LB (stats http://127.0.0.1:$LB_STATS/)"
for _ in $(seq 1 20); do
  [ "$(curl -sk -o /dev/null -w '%{http_code}' "$LB/api/v1/reasons")" = 401 ] && break
  sleep 1
done

# --- a session through the balancer, across the loss of its node ------------------------------
JAR=$WORK/cookies.txt
totp() { # RFC 6238, 30 s, 6 digits, HMAC-SHA1: what the demo logins' authenticator app shows
  python3 -c 'import base64,hmac,struct,sys,time
k = base64.b32decode(sys.argv[1]); m = struct.pack(">Q", int(time.time()) // 30)
h = hmac.new(k, m, "sha1").digest(); o = h[-1] & 15
print("%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 1000000))' "$1"
}
read_reasons() { # read_reasons <curl options...>: prints "<status> <node> <seconds>"
  curl -sk -o /dev/null -D "$WORK/headers.txt" -w '%{http_code} %{time_total}' --max-time 150 "$@" "$LB/api/v1/reasons" > "$WORK/answer.txt"
  local node
  node=$(tr -d '\r' < "$WORK/headers.txt" | awk -F': ' 'tolower($1) == "x-contactpoint-node" { print $2 }')
  read -r status secs < "$WORK/answer.txt"
  echo "$status ${node:--} $secs"
}

read -r status node _ <<< "$(read_reasons)"
echo "      GET /api/v1/reasons without a cookie: $status"
[ "$status" = 401 ]; check "without a session the API answers 401" $?

# What the nodes send each other from here on is captured on their JGroups ports: the login's
# session and the screens' view state are replicated through them.
tcpdump -i lo -U -s 0 -w "$WORK/jgroups.pcap" "tcp and (port $((7600 + OFFSET_A)) or port $((7600 + OFFSET_B)))" \
  > "$WORK/tcpdump.log" 2>&1 &
echo $! > "$WORK/tcpdump.pid"
sleep 2

# The demo practitioner jane (README); one login, since a code is accepted once.
CODE=$(totp JANEDEMOTOKENAAAAAAAAAAAAAAAAAAA)
LOGIN=$(curl -sk -o /dev/null -D "$WORK/login-headers.txt" -w '%{http_code}' -c "$JAR" -b "$JAR" \
  -H 'Content-Type: application/json' \
  -d "{\"username\":\"jane\",\"password\":\"jane-demo-2009\",\"pin\":\"2468\",\"code\":\"$CODE\"}" \
  "$LB/api/v1/session")
SERVED=$(tr -d '\r' < "$WORK/login-headers.txt" | awk -F': ' 'tolower($1) == "x-contactpoint-node" { print $2 }')
echo "      POST /api/v1/session: $LOGIN, served by ${SERVED:-?}"
[ "$LOGIN" = 200 ] || [ "$LOGIN" = 201 ]; check "login through the balancer (four factors)" $?
SESSION_BEFORE=$(awk '$6 == "CPSESSION" { print $7 }' "$JAR" | sed 's/\..*//')
ROUTE_BEFORE=$(awk '$6 == "CPSESSION" { print $7 }' "$JAR" | sed -n 's/^[^.]*\././p')

read -r status node _ <<< "$(read_reasons -c "$JAR" -b "$JAR")"
echo "      GET /api/v1/reasons with the session: $status, served by $node"
[ "$status" = 200 ] && [ "$node" = "$SERVED" ]; check "the session reads, on the node that logged it in" $?

# A screen too: the search screen (index.xhtml) puts its view state and its @ViewScoped bean in
# the session; a postback to it after the node's death must find them on the other node. The page
# holds the demo's synthetic names, so it is read for its view state and deleted at once.
status=$(curl -sk -o "$WORK/page.html" -w '%{http_code}' -c "$JAR" -b "$JAR" "$LB/index.xhtml")
VIEWSTATE=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/page.html" | head -1 | sed 's/.*value="//; s/"$//')
rm -f "$WORK/page.html"
echo "      GET /index.xhtml (search screen) with the session: $status"
[ "$status" = 200 ] && [ -n "$VIEWSTATE" ]; check "the search screen opens with a view state" $?

# A name typed on a screen, which the screen's view state (in the session) keeps: a sentinel the
# capture is searched for, with the username and the session id.
SENTINEL=Wiretapsentinel
curl -sk -o "$WORK/page.html" -c "$JAR" -b "$JAR" "$LB/index.xhtml"
VIEWSTATE2=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/page.html" | head -1 | sed 's/.*value="//; s/"$//')
status=$(curl -sk -o "$WORK/page.html" -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "search=search" --data-urlencode "search:name=$SENTINEL" --data-urlencode "search:day=" \
  --data-urlencode "search:month=" --data-urlencode "search:year=" --data-urlencode "search:postcode=" \
  --data-urlencode "search:submit=Search" --data-urlencode "jakarta.faces.ViewState=$VIEWSTATE2" "$LB/index.xhtml")
rm -f "$WORK/page.html"
echo "      POST /index.xhtml, a search for the name $SENTINEL: $status"

# A session's changes reach the other node when its request ends, which is just after the answer
# has been sent (Undertow closes the answer, then ends the session's request; under half a second
# here). A practitioner reads the screen before using it: wait a second, as they would, before
# the crash. A node that dies inside that moment loses that one request's change to the session;
# what the practitioner then sees is checked below ("a screen the survivor does not hold").
sleep 1

case "$SERVED" in
  node-a) VICTIM=node-a; OTHER=node-b ;;
  node-b) VICTIM=node-b; OTHER=node-a ;;
  *) fail "no node named in the login's answer"; exit 1 ;;
esac
say "killing $VICTIM at $(date +%T) (kill -9, as a crash)"
kill -9 "$(cat "$WORK/$VICTIM/server.pid")"
rm -f "$WORK/$VICTIM/server.pid"

read -r status node secs <<< "$(read_reasons -c "$JAR" -b "$JAR")"
echo "      GET /api/v1/reasons with the same cookie: $status, served by $node, in $secs s"
[ "$status" = 200 ] && [ "$node" = "$OTHER" ]; check "the session continues on $OTHER after $VICTIM died" $?
SESSION_AFTER=$(awk '$6 == "CPSESSION" { print $7 }' "$JAR" | sed 's/\..*//')
echo "      session cookie route: ${ROUTE_BEFORE:-?} before, $(awk '$6 == "CPSESSION" { print $7 }' "$JAR" | sed -n 's/^[^.]*\././p') now"
[ -n "$SESSION_BEFORE" ] && [ "$SESSION_BEFORE" = "$SESSION_AFTER" ]
check "it is the same session (same id; only its route suffix may change)" $?

read -r status node secs <<< "$(read_reasons -c "$JAR" -b "$JAR")"
echo "      again: $status, served by $node, in $secs s"
[ "$status" = 200 ]; check "and keeps working" $?

# The postback: an empty search, answered on the same page (an expired view would be an error).
status=$(curl -sk -o "$WORK/page.html" -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "search=search" --data-urlencode "search:name=" --data-urlencode "search:day=" \
  --data-urlencode "search:month=" --data-urlencode "search:year=" --data-urlencode "search:postcode=" \
  --data-urlencode "search:submit=Search" --data-urlencode "jakarta.faces.ViewState=$VIEWSTATE" "$LB/index.xhtml")
grep -q 'id="search"' "$WORK/page.html" && ! grep -qi "ViewExpired" "$WORK/page.html"; page_ok=$?
rm -f "$WORK/page.html"
echo "      POST /index.xhtml with the view state made on $VICTIM: $status"
[ "$status" = 200 ] && [ $page_ok -eq 0 ]; check "the search screen's postback works on $OTHER (view state replicated)" $?

# A postback from a screen the survivor does not hold (as when the node died before the session
# was copied): the same screen again, with its notice, and the search not done — not an error.
status=$(curl -sk -o "$WORK/page.html" -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" \
  --data-urlencode "search=search" --data-urlencode "search:name=" --data-urlencode "search:submit=Search" \
  --data-urlencode "jakarta.faces.ViewState=-1:-1" "$LB/index.xhtml")
echo "      POST /index.xhtml with a view state no node holds: $status"
page_ok=1
if [ "${status%% *}" = 302 ] && [ "${status#* }" = "$LB/index.xhtml" ]; then  # the same page, no data in its address
  curl -sk -o "$WORK/page.html" -c "$JAR" -b "$JAR" "$LB/index.xhtml"
  grep -q 'id="screen-expired"' "$WORK/page.html" && grep -q 'id="search"' "$WORK/page.html"; page_ok=$?
fi
rm -f "$WORK/page.html"
check "a screen the survivor does not hold opens again with its notice (no error page)" $page_ok

read -r status node _ <<< "$(read_reasons)"
[ "$status" = 401 ]; check "without the cookie the survivor answers 401" $?

# Only the postback above found its screen gone: the real one was restored from the copy.
! grep -q "NotSerializableException" "$WORK"/node-*/log/server.log \
  && [ "$(cat "$WORK"/node-*/log/server.log | grep -c "screen the session no longer holds")" -eq 1 ]
check "no session attribute failed to serialize; one screen not held, the made-up one (both nodes' logs)" $?

# --- what went over the wire between the nodes -------------------------------------------------
kill "$(cat "$WORK/tcpdump.pid")" 2> /dev/null
rm -f "$WORK/tcpdump.pid"
sleep 1
PACKETS=$(tcpdump -r "$WORK/jgroups.pcap" 2> /dev/null | wc -l)
BYTES=$(stat -c %s "$WORK/jgroups.pcap" 2> /dev/null || echo 0)
# Counted in the raw capture: the username and the typed name as their characters, the session
# id both as its characters and as the 30 bytes it stands for (the nodes' cache sends it decoded).
read -r SEEN_USER SEEN_SESSION SEEN_NAME <<< "$(python3 -c 'import base64,sys
raw = open(sys.argv[1], "rb").read(); sid = sys.argv[3]
sid_bytes = base64.urlsafe_b64decode(sid + "=" * (-len(sid) % 4)) if sid else b"-"
print(raw.count(sys.argv[2].encode()), raw.count(sid.encode() or b"-") + raw.count(sid_bytes), raw.count(sys.argv[4].encode()))' \
  "$WORK/jgroups.pcap" jane "$SESSION_BEFORE" "$SENTINEL")"
echo "      capture of the JGroups ports: $PACKETS packets, $BYTES bytes; in clear: username $SEEN_USER, session id $SEEN_SESSION, typed name $SEEN_NAME time(s)"
[ "$PACKETS" -gt 20 ] && [ -n "$SESSION_BEFORE" ] && [ "$SEEN_USER" -eq 0 ] && [ "$SEEN_SESSION" -eq 0 ] && [ "$SEEN_NAME" -eq 0 ]
check "the nodes replicated the session, and no username, session id or typed name went over the wire in clear" $?

for _ in $(seq 1 60); do
  grep -q "ISPN100001: Node $VICTIM left the cluster" "$WORK/$OTHER/log/server.log" && break
  sleep 1
done
grep -m1 -o "[0-9:,]* INFO .*ISPN100001: Node $VICTIM left the cluster" "$WORK/$OTHER/log/server.log" | sed 's/^/      /'
grep -q "ISPN100001: Node $VICTIM left the cluster" "$WORK/$OTHER/log/server.log"
check "$OTHER saw $VICTIM leave the cluster" $?

echo
if [ $FAILED -eq 0 ]; then
  echo "ALL CHECKS PASSED (logs: $WORK)"
else
  echo "$FAILED CHECK(S) FAILED (logs: $WORK)"
fi
[ $FAILED -eq 0 ]
