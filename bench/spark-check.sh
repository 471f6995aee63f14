#!/bin/sh
# The release tarball as a map stage under Apache Spark, the way a cluster
# runs it: the tarball is unpacked into a fresh temporary folder, PATH is
# stripped of every /opt/swift entry (no Swift toolchain, no checkout, no
# KIEMDIEM_HOME), and PySpark in local mode (pip, in a venv; Java from Debian
# when missing) pipes JSON Lines shards of a synthetic corpus through
#     kiemdiem extract --jobs 1 --format jsonl -
# with RDD.pipe. The records must equal those of one machine's
#     kiemdiem extract DIR
# run with the same unpacked binary, compared by id (sorted), with two
# documented differences ignored:
#   - source.path: "-" under the pipe, the shard's path in the direct run;
#   - cross_article_mismatch findings: the streaming mode writes each record as
#     soon as it is ready and has no other articles to compare with, so it
#     omits them (run the cross-article check over the store: kiemdiem run).
# Exit status 0 when every record matches.
#
# Usage: bench/spark-check.sh [TARBALL] [N]
#   TARBALL  default: dist/kiemdiem-*-linux-x86_64.tar.gz (built by scripts/package.sh when absent)
#   N        synthetic articles, default 2000;  PARTITIONS=4;  VENV=bench/out/venv-spark (pyspark cache)
set -eu
cd "$(dirname "$0")/.."
REPO=$(pwd)
TARBALL=${1:-}
N=${2:-2000}
PARTITIONS=${PARTITIONS:-4}
VENV=${VENV:-$REPO/bench/out/venv-spark}
if [ -z "$TARBALL" ]; then
    TARBALL=$(ls dist/kiemdiem-*-linux-x86_64.tar.gz 2>/dev/null | tail -n 1 || true)
    [ -n "$TARBALL" ] || TARBALL=$(scripts/package.sh dist | tail -n 1)
fi
TARBALL=$(cd "$(dirname "$TARBALL")" && pwd)/$(basename "$TARBALL")

# Java for Spark: Debian's, when there is none.
if ! command -v java >/dev/null 2>&1; then
    apt-get install -y openjdk-17-jre-headless >/dev/null
fi
# PySpark, cached in a venv (created with the python3 on the caller's PATH).
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pyspark' 2>/dev/null; then
    mkdir -p "$(dirname "$VENV")"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q pyspark >/dev/null
fi

# A fresh folder, the unpacked release, and a PATH without the toolchain.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kiemdiem-spark.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
tar -C "$WORK" -xzf "$TARBALL"
RELEASE=$(ls -d "$WORK"/kiemdiem-*-linux-x86_64)
CLEAN_PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/opt/swift' | paste -sd: -)
export PATH="$RELEASE/bin:$CLEAN_PATH"
unset KIEMDIEM_HOME
cd "$WORK"
if command -v swift >/dev/null 2>&1; then echo "spark-check: swift is still on PATH ($(command -v swift))" >&2; exit 1; fi
if ldd "$RELEASE/bin/kiemdiem" | grep -q '/opt/swift'; then echo "spark-check: the binary needs /opt/swift" >&2; exit 1; fi
echo "spark-check: $(basename "$TARBALL") unpacked in $WORK; kiemdiem is $(command -v kiemdiem); PATH has no /opt/swift" >&2

python3 "$REPO/bench/make_synthetic_corpus.py" -n "$N" --corpus "$REPO/corpus" --out "$WORK/posts" >/dev/null
kiemdiem extract --quiet --jobs 2 "$WORK/posts" > "$WORK/direct.jsonl"
PYSPARK_PYTHON="$VENV/bin/python" "$VENV/bin/python" - "$WORK/posts" "$WORK/piped.jsonl" "$PARTITIONS" <<'PY'
import glob, os, sys, time
from pyspark.sql import SparkSession
folder, out, parts = sys.argv[1], sys.argv[2], int(sys.argv[3])
spark = (SparkSession.builder.master("local[2]").appName("kiemdiem-pipe")
         .config("spark.ui.enabled", "false").config("spark.driver.memory", "1g").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
shards = ",".join(os.path.abspath(p) for p in sorted(glob.glob(folder + "/posts-*.jsonl")))
t = time.perf_counter()
posts = spark.sparkContext.textFile(shards, minPartitions=parts)
# RDD.pipe starts the command with only the environment it is given: PATH
# alone (the unpacked release's bin/ first, no /opt/swift), no KIEMDIEM_HOME.
records = posts.pipe("kiemdiem extract --jobs 1 --format jsonl -", env={"PATH": os.environ["PATH"]})
n = 0
with open(out, "w", encoding="utf-8") as f:
    for line in records.toLocalIterator():
        f.write(line + "\n")
        n += 1
print(f"spark local[2]: {posts.getNumPartitions()} partitions, {n} records in {time.perf_counter() - t:.1f} s", file=sys.stderr)
spark.stop()
PY
python3 - "$WORK/direct.jsonl" "$WORK/piped.jsonl" <<'PY'
import json, sys
def load(path):
    out = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        r["source"].pop("path", None)
        r["findings"] = [f for f in r["findings"] if f["rule"] != "cross_article_mismatch"]
        out.append(r)
    return sorted(out, key=lambda r: r["id"])
direct, piped = load(sys.argv[1]), load(sys.argv[2])
bad = sum(1 for a, b in zip(direct, piped) if a != b)
print(f"direct {len(direct)} records, piped {len(piped)} records, {bad} differ (ignoring source.path and cross_article_mismatch)")
sys.exit(0 if len(direct) == len(piped) and bad == 0 and direct else 1)
PY
echo "spark-check: OK"
