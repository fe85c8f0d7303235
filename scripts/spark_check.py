#!/usr/bin/env python3
"""A real Spark run of `podium parse --stdin-jsonl`: every file under CORPUS, as JSON Lines of
{"id": path, "content_base64": bytes}, goes through RDD.pipe("PODIUM parse --stdin-jsonl --jobs 1") in
Spark's local[2] mode; each result line must equal what `podium parse FILE --format jsonl` prints for that
file, and each file that podium refuses must come back as an error line with the same reason.

usage: spark_check.py PODIUM CORPUS WORKDIR
Prints the timings and exits 1 when a result differs.
"""
import base64
import json
import os
import subprocess
import sys
import time


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    podium, corpus, workdir = (os.path.abspath(a) for a in sys.argv[1:])
    files = sorted(
        os.path.relpath(os.path.join(folder, name), corpus)
        for folder, _, names in os.walk(corpus)
        for name in names
        if os.path.isfile(os.path.join(folder, name))
    )
    lines = os.path.join(workdir, "corpus.jsonl")
    with open(lines, "w") as out:
        for path in files:
            with open(os.path.join(corpus, path), "rb") as f:
                content = base64.b64encode(f.read()).decode("ascii")
            out.write(json.dumps({"id": path, "content_base64": content}) + "\n")
    size = sum(os.path.getsize(os.path.join(corpus, p)) for p in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB, every file under {corpus}")

    from pyspark import SparkConf, SparkContext

    started = time.time()
    conf = SparkConf().setMaster("local[2]").setAppName("podium-spark-check").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    context_ready = time.time()
    command = f"{podium} parse --stdin-jsonl --jobs 1"
    results = sc.textFile(lines, minPartitions=2).pipe(command).collect()
    finished = time.time()
    partitions = sc.textFile(lines, minPartitions=2).getNumPartitions()
    sc.stop()
    print(f"spark local[2]: textFile({os.path.basename(lines)}, {partitions} partitions).pipe({command!r}).collect(): "
          f"{finished - context_ready:.2f} s (SparkContext start {context_ready - started:.2f} s)")

    problems = []
    by_id = {}
    for line in results:
        record = json.loads(line)
        by_id[record["id"]] = record
    if len(results) != len(files) or set(by_id) != set(files):
        problems.append(f"{len(results)} result lines for {len(files)} files")
    transcripts = errors = 0
    for path in files:
        direct = subprocess.run([podium, "parse", os.path.join(corpus, path), "--format", "jsonl"], capture_output=True)
        record = by_id.get(path, {})
        if direct.returncode == 0:
            transcripts += 1
            if record.get("transcript") != json.loads(direct.stdout):
                problems.append(f"{path}: the Spark result differs from podium parse")
        else:
            errors += 1
            reason = direct.stderr.decode().strip().split(": ", 2)[-1]
            if direct.returncode != 65 or record.get("error") != reason:
                problems.append(f"{path}: podium parse exits {direct.returncode} ({reason}); Spark gave {str(record)[:200]}")
    for problem in problems[:20]:
        print("  " + problem)
    print(f"{transcripts} transcripts equal to podium parse, {errors} error lines equal to its errors: "
          + ("ok" if not problems else f"{len(problems)} problems"))

    for jobs in (1, 2):
        started = time.time()
        walk = subprocess.run([podium, "parse", corpus, "--glob", "*", "--format", "jsonl", "--jobs", str(jobs)],
                              capture_output=True, text=True)
        elapsed = time.time() - started
        print(f"podium parse CORPUS --glob '*' --format jsonl --jobs {jobs}: {elapsed:.2f} s "
              f"({walk.stderr.strip().splitlines()[-1]})")
    with open(lines, "rb") as stdin:
        started = time.time()
        subprocess.run([podium, "parse", "--stdin-jsonl", "--jobs", "2"], stdin=stdin, capture_output=True, check=True)
        print(f"podium parse --stdin-jsonl --jobs 2 < corpus.jsonl: {time.time() - started:.2f} s")
    # Other work on the machine slows every line above; say how busy it was.
    print("load average over the last minute, 5 and 15 minutes: " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} cores")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
