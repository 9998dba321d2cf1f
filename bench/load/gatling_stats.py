#!/usr/bin/env python3
"""Per-request figures of Gatling runs, from the js/stats.js of their HTML reports (kept by
bench/load_benchmark.sh as results/<run>.stats.js): count, failures, p50/p75/p95/p99/max in ms and
requests per second (Gatling's mean over the run, login phase included).

  python3 bench/load/gatling_stats.py bench/load/target/results/*.stats.js
"""
import json
import re
import sys


def load(path):
    text = open(path).read()
    text = text[text.index("{"):text.index("function fillStats")]
    text = text[:text.rindex("}") + 1]
    text = re.sub(r"^(\s*)(type|name|path|pathFormatted|stats|contents):", r'\1"\2":', text, flags=re.M)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return json.loads(text)


def row(name, s):
    st = s["stats"]
    t = lambda k: st[k]["total"]
    return (f"| {name} | {t('numberOfRequests')} | {st['numberOfRequests']['ko']} | {t('percentiles1')} | {t('percentiles2')} | "
            f"{t('percentiles3')} | {t('percentiles4')} | {t('maxResponseTime')} | {t('meanNumberOfRequestsPerSecond')} |")


if __name__ == "__main__":
    for path in sys.argv[1:]:
        data = load(path)
        print(f"{path}\n| request | count | failed | p50 | p75 | p95 | p99 | max | req/s |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        print(row("all", data))
        for child in data["contents"].values():
            print(row(child["name"], child))
