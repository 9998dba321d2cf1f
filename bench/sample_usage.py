#!/usr/bin/env python3
"""Samples the CPU and memory of the benchmark WildFly (one pid) and of all PostgreSQL processes
every INTERVAL seconds until it gets SIGTERM or SIGINT, then prints one summary line (CPU in %
of one core: 200 = both cores of this machine; RSS in MB; PostgreSQL's RSS counts the shared
buffers each backend touched once per backend, so it overstates). Standard library only.

  python3 bench/sample_usage.py WILDFLY_PID [INTERVAL] > usage.txt &   ...   kill $!
"""
import os
import signal
import sys
import time

pid = sys.argv[1]
interval = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
hz = os.sysconf("SC_CLK_TCK")
page = os.sysconf("SC_PAGE_SIZE")


def stat(p):
    try:
        with open(f"/proc/{p}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12]), int(fields[21]) * page
    except OSError:
        return 0, 0


def postgres():
    ticks = rss = 0
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/comm") as f:
                    if f.read().strip() != "postgres":
                        continue
            except OSError:
                continue
            t, r = stat(p)
            ticks, rss = ticks + t, rss + r
    return ticks, rss


def total_cpu():
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:]]
    return sum(parts), parts[3] + parts[4]


samples = []
stop = False


def done(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, done)
signal.signal(signal.SIGINT, done)
last = (time.time(), stat(pid)[0], postgres()[0], total_cpu())
while not stop:
    time.sleep(interval)
    now = (time.time(), stat(pid)[0], postgres()[0], total_cpu())
    span = now[0] - last[0]
    busy = 1 - (now[3][1] - last[3][1]) / max(1, now[3][0] - last[3][0])
    samples.append(((now[1] - last[1]) / hz / span * 100, max(0, now[2] - last[2]) / hz / span * 100, busy * 100,
                    stat(pid)[1] / 2**20, postgres()[1] / 2**20))
    last = now
if samples:
    mean = [sum(s[i] for s in samples) / len(samples) for i in range(5)]
    peak = [max(s[i] for s in samples) for i in range(5)]
    print(f"USAGE samples={len(samples)} wildfly_cpu_mean={mean[0]:.0f}% max={peak[0]:.0f}% postgres_cpu_mean={mean[1]:.0f}%"
          f" max={peak[1]:.0f}% machine_busy_mean={mean[2]:.0f}% wildfly_rss_max={peak[3]:.0f}MB postgres_rss_max={peak[4]:.0f}MB")
