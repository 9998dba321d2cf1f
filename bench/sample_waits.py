#!/usr/bin/env python3
"""What the benchmark server's request threads and the database's backends wait for, sampled
during a load run (docs/benchmarks.md, "Load benchmark": why 50 users do less than 10). Until it
gets SIGTERM or SIGINT it samples, every INTERVAL seconds, PostgreSQL's pg_stat_activity for
DATABASE (each backend's state and wait event) and pg_locks (locks not granted), and every
DUMP_EVERY samples a thread dump of the WildFly JVM (jcmd Thread.print), classifying each
request thread (Undertow's "default task-N") by what it is doing; then prints the tallies.
Standard library, psql and jcmd only; the statements' texts are never read (they may name people).

  python3 bench/sample_waits.py DATABASE WILDFLY_PID [INTERVAL] [DUMP_EVERY] > waits.txt &   ...   kill $!
"""
import collections
import re
import signal
import subprocess
import sys
import time

database, pid = sys.argv[1], sys.argv[2]
interval = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
dump_every = int(sys.argv[4]) if len(sys.argv) > 4 else 10

ACTIVITY = ("SELECT state || ' ' || coalesce(wait_event_type || ':' || wait_event, 'on CPU') FROM pg_stat_activity "
            "WHERE datname = '%s' AND pid <> pg_backend_pid() AND backend_type = 'client backend';" % database)
LOCKS = ("SELECT l.locktype || ' ' || l.mode || ' ' || coalesce(c.relname, '') FROM pg_locks l "
         "LEFT JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted;")
END = "__end__"

psql = subprocess.Popen(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-qAt"],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
backends = collections.Counter()   # "active IO:DataFileRead" -> samples
locks = collections.Counter()
threads = collections.Counter()    # category -> threads seen in dumps
frames = collections.Counter()     # category + top application frame -> threads
samples = dumps = 0
stop = False


def query(sql):
    psql.stdin.write(sql + "\n\\echo " + END + "\n")
    rows = []
    for line in psql.stdout:
        line = line.rstrip("\n")
        if line == END:
            return rows
        rows.append(line)
    return rows


def category(state, stack):
    text = "\n".join(stack)
    if "EnhancedQueueExecutor" in text and len(stack) <= 8 and state != "RUNNABLE":
        return "idle (no request)"
    if state == "BLOCKED":
        return "blocked on a monitor"
    if "org.postgresql" in text and "NioSocketImpl" in text:
        # A write to a local socket only waits when the thread loses its CPU: on a full machine
        # both directions measure the wait for a core as much as PostgreSQL's work.
        return "in the PostgreSQL driver: socket " + ("write" if "PgBufferedOutputStream.flush" in text else "read")
    if ("org.jboss.jca" in text or "ironjacamar" in text) and state != "RUNNABLE":
        return "waiting for a pooled connection"
    if state == "RUNNABLE":
        return "runnable (on CPU or ready)"
    return "waiting: " + state


def top_frame(stack):
    for frame in stack:
        if "uk.contactpoint" in frame or "org.postgresql" in frame or "org.jboss.jca" in frame:
            return frame.strip()
    return stack[0].strip() if stack else ""


def dump():
    out = subprocess.run(["jcmd", pid, "Thread.print"], capture_output=True, text=True).stdout
    for block in out.split("\n\n"):
        if not block.startswith('"default task-'):
            continue
        state_match = re.search(r"java.lang.Thread.State: (\w+)", block)
        state = state_match.group(1) if state_match else "?"
        stack = [line.strip()[3:] for line in block.splitlines() if line.strip().startswith("at ")]
        c = category(state, stack)
        threads[c] += 1
        if not c.startswith("idle"):
            frames[c + " | " + top_frame(stack)] += 1


def finish(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, finish)
signal.signal(signal.SIGINT, finish)
while not stop:
    started = time.monotonic()
    for row in query(ACTIVITY):
        backends[row] += 1
    for row in query(LOCKS):
        locks[row] += 1
    samples += 1
    if samples % dump_every == 0:
        dump()
        dumps += 1
    time.sleep(max(0.0, interval - (time.monotonic() - started)))

print(f"WAITS {samples} samples of pg_stat_activity every {interval} s, {dumps} thread dumps")
print("PostgreSQL backends of %s, mean per sample, by state and wait event:" % database)
for key, n in backends.most_common():
    print(f"  {n / samples:6.2f}  {key}")
print("Locks not granted, mean per sample:" + ("" if locks else " none seen"))
for key, n in locks.most_common():
    print(f"  {n / samples:6.2f}  {key}")
if dumps:
    print("WildFly request threads (default task-N), mean per thread dump:")
    for key, n in threads.most_common():
        print(f"  {n / dumps:6.2f}  {key}")
    print("  busiest places (category | first application, driver or pool frame), mean per dump:")
    for key, n in frames.most_common(15):
        print(f"  {n / dumps:6.2f}  {key}")
