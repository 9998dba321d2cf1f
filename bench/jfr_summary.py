#!/usr/bin/env python3
"""Where a JFR recording's CPU samples of request threads go, by layer: reads `jfr print --events
jdk.ExecutionSample` of a recording made on the benchmark server (bench/load_benchmark.sh with
BENCH_JFR=<run>) and prints, for the threads whose name matches THREADS (Undertow's request workers
by default), the share of samples per layer. A sample counts for the layer of its innermost frame
that is not the JDK's own (java., jdk., sun.): the JDK's work is charged to the code that asked
for it (a HashMap lookup inside EclipseLink is EclipseLink's). A second table counts each layer
once per sample anywhere on the stack (inclusive: shares add up to more than 100 %).

  python3 bench/jfr_summary.py RECORDING.jfr [THREADS_REGEX]
"""
import collections
import re
import subprocess
import sys

LAYERS = [
    ("uk.contactpoint.", "ContactPoint (own code)"),
    ("org.eclipse.persistence.", "EclipseLink"),
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("org.jboss.jca.", "IronJacamar (pool, enlistment)"),
    ("org.jboss.as.connector.", "IronJacamar (pool, enlistment)"),
    ("com.arjuna.", "Narayana (transactions)"),
    ("org.jboss.narayana.", "Narayana (transactions)"),
    ("org.jboss.resteasy.", "RESTEasy"),
    ("org.eclipse.yasson.", "JSON binding (Yasson)"),
    ("org.eclipse.parsson.", "JSON (Parsson)"),
    ("org.jboss.weld.", "Weld (CDI)"),
    ("io.undertow.", "Undertow"),
    ("org.xnio.", "Undertow"),
    ("org.wildfly.security.", "Elytron"),
    ("org.wildfly.elytron.", "Elytron"),
    ("org.wildfly.clustering.", "distributable sessions (WildFly clustering, Infinispan)"),
    ("org.infinispan.", "distributable sessions (WildFly clustering, Infinispan)"),
    ("org.glassfish.soteria.", "Jakarta Security (Soteria)"),
    ("org.jboss.as.ejb3.", "EJB container"),
    ("org.jboss.invocation.", "EJB container"),
    ("org.jboss.as.ee.", "EJB container"),
    ("org.jboss.as.weld.", "Weld (CDI)"),
    ("org.jboss.logmanager.", "logging"),
    ("org.jboss.logging.", "logging"),
    ("org.bouncycastle.", "Bouncy Castle (hashing)"),
    ("org.wildfly.openssl.", "TLS"),
    ("javax.net.ssl.", "TLS"),
]
JDK = ("java.", "jdk.", "sun.", "javax.", "com.sun.")


def layer(frame):
    for prefix, name in LAYERS:
        if frame.startswith(prefix):
            return name
    if "ssl" in frame.lower():
        return "TLS"
    return None if frame.startswith(JDK) else "other: " + ".".join(frame.split(".")[:3])


def main():
    recording = sys.argv[1]
    threads = re.compile(sys.argv[2] if len(sys.argv) > 2 else r"default task-|default I/O")
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                          check=True, capture_output=True, text=True).stdout
    self_counts, inclusive, total = collections.Counter(), collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        if not thread or not threads.search(thread.group(1)):
            continue
        frames = re.findall(r"^\s+([\w$.<>]+)\(", event.split("stackTrace = [", 1)[-1], re.M)
        if not frames:
            continue
        total += 1
        layers = [layer(f) for f in frames]
        own = next((l for l in layers if l), "JDK only")
        self_counts[own] += 1
        for l in set(l for l in layers if l):
            inclusive[l] += 1
    print(f"samples of matching threads: {total}")
    print("| layer | self (innermost non-JDK frame) | anywhere on the stack |")
    print("| --- | ---: | ---: |")
    for name, count in self_counts.most_common():
        print(f"| {name} | {100.0 * count / total:.1f} % | {100.0 * inclusive.get(name, 0) / total:.1f} % |")


if __name__ == "__main__":
    main()
