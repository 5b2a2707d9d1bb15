#!/usr/bin/env python3
"""Writes a seed corpus per fuzz target (tests/fuzz) into OUT/<target>/, from
tests/data's real profiles, the regression inputs in tests/data/fuzz-regressions,
and a few hand-written inputs for the small parsers. Usage: makeseeds.py OUT"""

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")
MAX_SEED = 512 * 1024  # bigger inputs slow every mutation of them

IMPORTERS = {
    "pprof": ["pprof"],
    "collapsed": ["collapsed"],
    "perfscript": ["perf-script"],
    "chromecpuprofile": ["chrome"],
    "chrometrace": ["chrome"],
    "speedscope": ["speedscope"],
    "flamebearer": ["pyroscope"],
    "gecko": ["firefox"],
    "safari": ["safari"],
    "callgrind": ["callgrind"],
    "stackprof": ["stackprof"],
    "instruments": ["instruments"],
    "papyrus": ["papyrus"],
    "pmcstat": ["pmcstat"],
    "v8proflog": ["v8"],
    "jfr": ["jfr"],
    "ghcprof": ["haskell"],
}

SELECTORS = [
    '{}', '', '{service_name="app"}', '{service_name="app",region=~"eu-.*"}',
    'process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name!="db",x!~"a|b"}',
    '{a="\\"quoted\\" \\\\ \\n"}', '{a=~"(a+)+b"}', '{ a = "b" , }',
]
TIMES = ["now", "now-1h", "now-30min", "now-2M", "1700000000", "1700000000000",
         "1700000000000000", "1700000000000000000", "20231114", "-1", "now+1y", "99999999999999999999"]
SCRAPE_CONFIGS = [
    """scrape-configs:
  - job-name: pyroscope
    enabled-profiles: [cpu, mem]
    scrape-interval: 10s
    scrape-timeout: 5s
    static-configs:
      - application: hotrod
        spy-name: gospy
        targets: ['hotrod:6060', 'hotrod-2:6060']
        labels:
          env: dev
""",
    """scrape-configs:
  - job-name: files
    scheme: https
    file-sd-configs:
      - files: [targets/a.json, /abs/b.yml]
        refresh-interval: 1m
    profiles:
      cpu: {path: /debug/pprof/profile, params: {seconds: ['10']}}
""",
    "scrape-configs:\n  - job-name: j\n    static-configs:\n      - targets: [a, b\n",
]
TARGET_FILES = [
    '[{"targets": ["a:1", "b:2"], "labels": {"zone": "z1"}}, {"application": "app", "targets": ["c:3"]}]',
    "- targets: [d:4]\n  labels: {k: v}\n",
    '[{"targets": ["a:1"]',
]
SAMPLE_TYPE_CONFIGS = [
    '{"cpu":{"units":"nanoseconds","display-name":"cpu"},'
    '"alloc_samples":{"units":"count","display-name":"alloc_samples","cumulative":true}}',
    '{"inuse_space":{"units":"bytes","aggregation":"average","sampled":true}}',
    '{}',
]
QUERIER_METHODS = ["ProfileTypes", "LabelNames", "LabelValues", "Series", "SelectMergeStacktraces",
                   "SelectMergeProfile", "SelectSeries", "Diff"]
CPU = "process_cpu:cpu:nanoseconds:cpu:nanoseconds"
MERGE = ('{"profileTypeID":"%s","labelSelector":"{service_name=\\"app\\"}",'
         '"start":"1700000000000","end":"1700000030000","maxNodes":"16"}' % CPU)
QUERIER_BODIES = {
    "ProfileTypes": ['{"start":"1700000000000","end":"1700000030000"}'],
    "LabelNames": ['{"matchers":["{service_name=\\"app\\"}"]}'],
    "LabelValues": ['{"name":"region","matchers":["{}"]}'],
    "Series": ['{"matchers":["{service_name=\\"app\\"}"],"labelNames":["region"]}'],
    "SelectMergeStacktraces": [MERGE, '{"labelSelector":"{}","stackTraceSelector":{"callSite":[{"name":"main"}]}}'],
    "SelectMergeProfile": [MERGE],
    "SelectSeries": ['{"profileTypeID":"%s","labelSelector":"{}","start":"1700000000000",'
                     '"end":"1700000030000","groupBy":["region"],"step":5,"aggregation":"AVERAGE"}' % CPU],
    "Diff": ['{"left":%s,"right":%s}' % (MERGE, MERGE.replace("app", "db"))],
}


SMALL_SEED = 4096  # libFuzzer's default input cap (./dev fuzz --max-len)


def cut_samples(value, n):
    """The profile with only its first n samples, no markers and one thread: the
    tables the samples index into stay whole, so the copy still reads."""
    if isinstance(value, list):
        return [cut_samples(v, n) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        if key == "threads" and isinstance(v, list):
            out[key] = [cut_samples(t, n) for t in v[:1]]
        elif key == "libs":
            out[key] = []
        elif key in ("samples", "markers") and isinstance(v, dict):
            keep = n if key == "samples" else 0
            cut = {}
            for column, items in v.items():
                cut[column] = items[:keep] if isinstance(items, list) and column != "schema" else items
            if "length" in cut:
                cut["length"] = min(cut["length"], keep)
            out[key] = cut
        else:
            out[key] = cut_samples(v, n)
    return out


def first_stackprof_stacks(document, n):
    """stackprof's raw is [length, frames..., count] records: keep n whole ones."""
    raw, kept, i = document.get("raw", []), [], 0
    for _ in range(n):
        if i >= len(raw):
            break
        length = raw[i]
        kept += raw[i:i + length + 2]
        i += length + 2
    used = {str(f) for f in kept}
    out = dict(document, raw=kept, samples=sum(kept[j + kept[j] + 1] for j in record_starts(kept)))
    for times in ("raw_timestamp_deltas", "raw_sample_timestamps"):
        if isinstance(document.get(times), list):
            out[times] = document[times][:out["samples"]]
    out["frames"] = {k: v for k, v in document.get("frames", {}).items() if k in used}
    return out


def record_starts(raw):
    i = 0
    while i < len(raw):
        yield i
        i += raw[i] + 2


def first_flamebearer_nodes(document, n):
    """Flamebearer levels are flat [offset, total, self, name] quadruples: keep
    the first n levels, each with its first node."""
    fb = document.get("flamebearer") or document.get("flamegraph")
    if not isinstance(fb, dict) or not isinstance(fb.get("levels"), list):
        return None
    names, index = [], {}
    levels = []
    for level in fb["levels"][:n]:
        node = list(level[:4])
        if len(node) == 4 and isinstance(node[3], int) and 0 <= node[3] < len(fb.get("names", [])):
            node[3] = index.setdefault(node[3], len(index))
        levels.append(node)
    names = [fb["names"][old] for old in sorted(index, key=index.get)]
    cut = dict(fb, levels=levels, names=names)
    key = "flamebearer" if "flamebearer" in document else "flamegraph"
    out = dict(document, **{key: cut})
    out.pop("timeline", None)
    return out


def shrunk_json(target, content):
    """Small copies of a JSON profile that still read, for growing sizes while
    they fit SMALL_SEED: a real file's shape in inputs the 4 KB cap keeps whole."""
    if content[:2] == b"\x1f\x8b":
        content = gzip.decompress(content)
    try:
        document = json.loads(content)
    except ValueError:
        return []

    def cut(value, k):  # every array cut: for formats whose arrays index nothing
        if isinstance(value, list):
            return [cut(v, k) for v in value[:k]]
        if isinstance(value, dict):
            return {key: cut(v, k) for key, v in value.items()}
        return value

    copies = []
    for k in (1, 2, 3, 5, 8, 13, 21):
        if target == "gecko":
            small = cut_samples(document, k)
        elif target == "stackprof" and isinstance(document, dict):
            small = first_stackprof_stacks(document, k)
        elif target == "flamebearer" and isinstance(document, dict):
            small = first_flamebearer_nodes(document, k)
        else:
            small = cut(document, k)
        if small is None:
            break
        small = json.dumps(small, separators=(",", ":")).encode()
        if len(small) > SMALL_SEED:
            break
        copies.append(small)
    return copies


def data_files(folder):
    base = os.path.join(DATA, folder)
    for dirpath, _, names in os.walk(base):
        for name in sorted(names):
            path = os.path.join(dirpath, name)
            if os.path.getsize(path) <= MAX_SEED:
                yield path


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(out, target, content):
    if isinstance(content, str):
        content = content.encode()
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(content).hexdigest()), "wb") as f:
        f.write(content)


def zstd(content):
    try:
        return subprocess.run(["zstd", "-q", "-c"], input=content, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def ingest_request(query, content_type, body):
    return query.encode() + b"\n" + content_type.encode() + b"\n" + body


def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)
    all_files = []
    for target, folders in IMPORTERS.items():
        for folder in folders:
            for path in data_files(folder):
                write(out, target, read(path))
                all_files.append(path)
                if os.path.getsize(path) > SMALL_SEED:
                    for small in shrunk_json(target, read(path)):
                        write(out, target, small)
    for path in sorted(set(all_files)):
        write(out, "detect", read(path))

    small = [p for p in sorted(set(all_files)) if os.path.getsize(p) <= 64 * 1024]
    for path in small:
        content = read(path)
        if content[:2] == b"\x1f\x8b":
            write(out, "inputstream", content)
            content = gzip.decompress(content)
        write(out, "inputstream", gzip.compress(content[:4096]))
        packed = zstd(content[:4096])
        if packed:
            write(out, "inputstream", packed)
            write(out, "detect", zstd(content) or packed)
    write(out, "inputstream", b"plain text\n")

    for s in SELECTORS:
        write(out, "labelselector", s)
    for t in TIMES:
        write(out, "pyroscopetime", t)
    for c in SCRAPE_CONFIGS:
        write(out, "scrapeconfig", c)
    for t in TARGET_FILES:
        write(out, "discovery", t)
    for c in SAMPLE_TYPE_CONFIGS:
        write(out, "sampletypeconfig", c)

    query = "name=app.cpu%7Benv%3Dprod%7D&from=1700000000&until=now&spyName=gospy&sampleRate=100"
    for path in data_files("collapsed"):
        if os.path.getsize(path) <= 64 * 1024:
            write(out, "ingest", ingest_request(query + "&format=folded", "text/plain", read(path)))
    for path in data_files("speedscope"):
        write(out, "ingest", ingest_request(query + "&format=speedscope", "", read(path)))
    pprofs = [p for p in data_files("pprof") if os.path.getsize(p) <= 64 * 1024]
    for path in pprofs:
        content = read(path)
        write(out, "ingest", ingest_request(query + "&format=pprof", "", content))
        form = b"profile\n" + content + b"\n--part\nsample_type_config\n" + SAMPLE_TYPE_CONFIGS[0].encode()
        write(out, "ingest", ingest_request(query, "multipart", form))
        form = b"profile\n" + content + b"\n--part\nprev_profile\n" + content
        write(out, "ingest", ingest_request(query, "multipart", form))
    write(out, "ingest", ingest_request(query + "&format=lines", "", b"main\nmain;foo\n"))
    for path in data_files("jfr"):
        form = b"jfr\n" + read(path) + b"\n--part\nlabels\n"
        write(out, "ingest", ingest_request(query + "&format=jfr", "multipart", form))

    for index, method in enumerate(QUERIER_METHODS):
        for body in QUERIER_BODIES[method]:
            write(out, "querier", bytes([index, 0]) + body.encode())
        write(out, "querier", bytes([index, 1]))  # an empty binary message

    regressions = os.path.join(DATA, "fuzz-regressions")
    if os.path.isdir(regressions):
        for target in sorted(os.listdir(regressions)):
            for path in data_files(os.path.join("fuzz-regressions", target)):
                write(out, target, read(path))


if __name__ == "__main__":
    main()
