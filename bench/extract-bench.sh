#!/bin/sh
# Extraction and run throughput: kiemdiem extract / run over a synthetic corpus,
# beside the Python pipeline a user would otherwise script.
#
# Builds kiemdiem in release, writes synthetic corpora of SIZES articles
# (bench/make_synthetic_corpus.py: ~3.2 KB each, JSON Lines shards of 5,000),
# and measures on JOBS threads (default 2, the machine's cores):
#   kiemdiem extract --jobs JOBS DIR > /dev/null      articles/s, MB/s, peak RSS
#   kiemdiem extract --format jsonl - < shards         (streaming map stage)
#   kiemdiem run DIR --db FRESH.sqlite --no-report     articles/s, peak RSS
# Peak memory is "Maximum resident set size" from /usr/bin/time -v. MB/s counts
# the articles' text (UTF-8, MB = 2^20 bytes). Times are wall clock for the whole
# process (lexicons and models loading included), one run each.
#
# Then, in the same run, the Python pipeline over the first PEER_N articles
# (default 300) of the same corpus: dateparser.search.search_dates(text,
# languages=['vi']) plus pyvi ViTokenizer.tokenize(text) per article, timed in
# Python after imports and a warm-up; pip-installed into bench/out/venv-extract.
# It runs on one core (it has no parallelism of its own), so the ratio is given
# against kiemdiem on 2 threads and per core.
#
# Usage: bench/extract-bench.sh            SIZES="10000 100000" JOBS=2 PEER_N=300
#        SKIP_PEERS=1 (kiemdiem only)  SKIP_RUN=1 (no SQLite run)
set -eu
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT"
SIZES=${SIZES:-"10000 100000"}
JOBS=${JOBS:-2}
PEER_N=${PEER_N:-300}

swift build -c release --product kiemdiem >/dev/null
BIN=.build/release/kiemdiem
now() { date +%s.%N; }

measure() { # label N BYTES command...  -> prints one line, returns wall seconds in $T
    label=$1; n=$2; bytes=$3; shift 3
    T0=$(now)
    /usr/bin/time -v -o "$OUT/time.txt" "$@"
    T1=$(now)
    T=$(echo "$T1 - $T0" | bc -l)
    RSS=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$OUT/time.txt")
    awk -v l="$label" -v n="$n" -v b="$bytes" -v t="$T" -v r="$RSS" 'BEGIN {
        printf "%-40s %7d art  %8.2f s  %8.0f art/s  %6.2f MB/s  peak %6.1f MB\n", l, n, t, n / t, b / 1048576 / t, r / 1024 }'
}

for N in $SIZES; do
    DIR=$OUT/synthetic-$N
    if [ ! -f "$DIR/posts-0000.jsonl" ] || [ "$(cat "$DIR"/posts-*.jsonl | wc -l)" != "$N" ]; then
        python3 bench/make_synthetic_corpus.py -n "$N" --out "$DIR"
    fi
    BYTES=$(python3 -c 'import json,sys,glob; print(sum(len(json.loads(l)["text"].encode()) for f in sorted(glob.glob(sys.argv[1]+"/posts-*.jsonl")) for l in open(f, encoding="utf-8")))' "$DIR")
    echo "corpus: $DIR, $N articles, $BYTES bytes of text; --jobs $JOBS on $(nproc) cores"
    measure "extract --jobs $JOBS (folder)" "$N" "$BYTES" sh -c "$BIN extract --jobs $JOBS '$DIR' > '$OUT/extract-$N.jsonl'"
    measure "extract --jobs $JOBS --format jsonl - (stream)" "$N" "$BYTES" sh -c "cat '$DIR'/posts-*.jsonl | $BIN extract --jobs $JOBS --format jsonl - > /dev/null"
    if [ "${SKIP_RUN:-0}" != 1 ]; then
        rm -f "$OUT/run-$N.sqlite" "$OUT/run-$N.sqlite-wal" "$OUT/run-$N.sqlite-shm"
        measure "run --jobs $JOBS into SQLite" "$N" "$BYTES" sh -c "$BIN run --jobs $JOBS '$DIR' --db '$OUT/run-$N.sqlite' --no-report > /dev/null"
    fi
done

if [ "${SKIP_PEERS:-0}" = 1 ]; then exit 0; fi
VENV=$OUT/venv-extract
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import dateparser, pyvi' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q dateparser pyvi >/dev/null
fi
FIRST=$(echo "$SIZES" | awk '{print $1}')
DIR=$OUT/synthetic-$FIRST
head -n "$PEER_N" "$DIR/posts-0000.jsonl" > "$OUT/peer-posts.jsonl"
PEER_BYTES=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")))' "$OUT/peer-posts.jsonl")
PT=$("$VENV/bin/python" - "$OUT/peer-posts.jsonl" <<'PY'
import json, sys, time, warnings
warnings.filterwarnings("ignore")
from dateparser.search import search_dates
from pyvi import ViTokenizer
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
search_dates("ngày 8 tháng 12 năm 2020", languages=["vi"]); ViTokenizer.tokenize("khởi động")
t = time.perf_counter()
found = 0
for text in texts:
    found += len(search_dates(text, languages=["vi"]) or [])
    ViTokenizer.tokenize(text)
print(time.perf_counter() - t)
print(found, file=sys.stderr)
PY
)
KT0=$(now); "$BIN" extract --jobs "$JOBS" "$OUT/peer-posts.jsonl" > /dev/null; KT1=$(now)
KT=$(echo "$KT1 - $KT0" | bc -l)
KT1C0=$(now); "$BIN" extract --jobs 1 "$OUT/peer-posts.jsonl" > /dev/null; KT1C1=$(now)
KT1C=$(echo "$KT1C1 - $KT1C0" | bc -l)
DPV=$("$VENV/bin/pip" show dateparser 2>/dev/null | awk '/^Version/ {print $2}')
PVV=$("$VENV/bin/pip" show pyvi 2>/dev/null | awk '/^Version/ {print $2}')
# kiemdiem's own rate on the big corpus is the fair figure (startup amortized); the
# small-subset run is printed too.
awk -v n="$PEER_N" -v b="$PEER_BYTES" -v pt="$PT" -v kt="$KT" -v k1="$KT1C" -v dv="$DPV" -v pv="$PVV" -v j="$JOBS" 'BEGIN {
    printf "python dateparser %s search_dates(vi) + pyvi %s: %d articles in %.2f s = %.1f art/s (%.3f MB/s), one core\n", dv, pv, n, pt, n / pt, b / 1048576 / pt
    printf "kiemdiem extract, same %d articles:  --jobs %d %.2f s = %.0f art/s;  --jobs 1 %.2f s = %.0f art/s (startup included)\n", n, j, kt, n / kt, k1, n / k1
    printf "ratio kiemdiem/python: %.0fx on %d threads, %.0fx per core\n", (n / kt) / (n / pt), j, (n / k1) / (n / pt)
}'
