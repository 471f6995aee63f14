#!/bin/sh
# Word-segmentation throughput: kiemdiem beside pyvi and underthesea.
#
# Builds kiemdiem in release, makes a >= 20 MB input by repeating the sentence
# text of UD Vietnamese-VTB train+dev, and measures on one core (taskset -c 0):
#   kiemdiem tokenize          normalize + tokenize
#   kiemdiem tokenize --words  normalize + tokenize + segment
#   pyvi ViTokenizer.tokenize and underthesea word_tokenize (pip, in a venv
#   under bench/out/venv), on the first PEER_MB megabytes of the same input
#   (default 1: they run at well under 1 MB/s), timed inside Python after import.
# MB/s counts input bytes (UTF-8, MB = 2^20 bytes); syllables/s counts the
# input's space-separated pieces (syllables and punctuation of the treebank
# text). kiemdiem times are wall-clock for the whole process (model loading
# included), best of RUNS runs (default 3: the machine may be shared); the
# peers run once. Because a shared core slows wall-clock time by whatever else
# runs on it, the CPU time (user+sys, /usr/bin/time) of kiemdiem's fastest run
# is printed too, with the throughput per CPU second; `uptime` load is printed
# before and after.
#
# Usage: bench/segment-bench.sh DATA_DIR   (holding ud-vi-vtb/, as for scripts/train-segmenter.sh)
#   PEER_MB=N  megabytes given to pyvi and underthesea;  SKIP_PEERS=1  kiemdiem only;
#   CORE=N  the core to pin to (default 0);  KIEMDIEM_BIN=PATH  another kiemdiem binary (A/B runs;
#   set KIEMDIEM_HOME to this folder for a binary outside it).
set -eu
cd "$(dirname "$0")/.."
DATA=${1:?usage: bench/segment-bench.sh DATA_DIR (holding ud-vi-vtb/)}
OUT=bench/out
mkdir -p "$OUT"
PEER_MB=${PEER_MB:-1}
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c ${CORE:-0}"

swift build -c release --product kiemdiem >/dev/null
BIN=${KIEMDIEM_BIN:-.build/release/kiemdiem}

python3 - "$DATA" "$OUT/input.txt" "$PEER_MB" "$OUT/peer-input.txt" <<'PY'
import sys
data, out, peer_mb, peer_out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
lines = []
for split in ("train", "dev"):
    with open(f"{data}/ud-vi-vtb/vi_vtb-ud-{split}.conllu", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text"):
                lines.append(line.split("=", 1)[1].strip())
block = ("\n".join(lines) + "\n").encode()
copies = (20 * 1024 * 1024) // len(block) + 1
with open(out, "wb") as f:
    f.write(block * copies)
peer = b""
while len(peer) < peer_mb * 1024 * 1024:
    peer += block
cut = peer[: int(peer_mb * 1024 * 1024)]
cut = cut[: cut.rfind(b"\n") + 1]
with open(peer_out, "wb") as f:
    f.write(cut)
PY

BYTES=$(wc -c < "$OUT/input.txt")
SYL=$(wc -w < "$OUT/input.txt")
now() { date +%s.%N; }
report() { # name bytes syllables seconds
    awk -v n="$1" -v b="$2" -v s="$3" -v t="$4" 'BEGIN {
        printf "%-34s %8.2f MB  %7.3f s  %8.2f MB/s  %12.0f syllables/s\n", n, b / 1048576, t, b / 1048576 / t, s / t }'
}

echo "input: $OUT/input.txt, $BYTES bytes, $SYL syllables; one core ($PIN)"
echo "load before the runs: $(uptime | sed 's/.*load average/load average/')  (the machine may be shared)"
printf "%-34s %11s  %9s  %13s  %23s\n" "segmenter" "input" "time" "throughput" ""
best() { # command... : fastest wall time of RUNS runs; CPU time (user+sys) of the fastest-CPU run in $OUT/cpu
    B=""; C=""
    for _ in $(seq "${RUNS:-3}"); do
        T0=$(now); /usr/bin/time -f "%U %S" -o "$OUT/time.txt" "$@"; T1=$(now)
        T=$(echo "$T1 - $T0" | bc -l)
        U=$(awk '{print $1 + $2}' "$OUT/time.txt")
        if [ -z "$B" ] || [ "$(echo "$T < $B" | bc -l)" = 1 ]; then B=$T; fi
        if [ -z "$C" ] || [ "$(echo "$U < $C" | bc -l)" = 1 ]; then C=$U; fi
    done
    echo "$C" > "$OUT/cpu"
    echo "$B"
}
cpureport() { # name bytes seconds: throughput per CPU second (robust to time-slicing on a shared core)
    awk -v n="$1" -v b="$2" -v t="$3" 'BEGIN {
        printf "%-34s %8.2f MB  %7.3f s CPU  %6.2f MB/s per CPU second\n", n, b / 1048576, t, b / 1048576 / t }'
}
T=$(best sh -c "$PIN $BIN tokenize '$OUT/input.txt' > '$OUT/kiemdiem-tokens.txt'")
report "kiemdiem tokenize (no words)" "$BYTES" "$SYL" "$T"
CPU_T=$(cat "$OUT/cpu")
T=$(best sh -c "$PIN $BIN tokenize --words '$OUT/input.txt' > '$OUT/kiemdiem-words.txt'")
report "kiemdiem tokenize --words" "$BYTES" "$SYL" "$T"
CPU_W=$(cat "$OUT/cpu")
cpureport "kiemdiem tokenize (no words)" "$BYTES" "$CPU_T"
cpureport "kiemdiem tokenize --words" "$BYTES" "$CPU_W"
echo "load after the kiemdiem runs: $(uptime | sed 's/.*load average/load average/')"

if [ "${SKIP_PEERS:-0}" = 1 ]; then exit 0; fi
if [ ! -x "$OUT/venv/bin/python" ]; then
    python3 -m venv "$OUT/venv"
    "$OUT/venv/bin/pip" install -q --upgrade pip >/dev/null
    "$OUT/venv/bin/pip" install -q pyvi underthesea >/dev/null
fi
PBYTES=$(wc -c < "$OUT/peer-input.txt")
PSYL=$(wc -w < "$OUT/peer-input.txt")
for peer in pyvi underthesea; do
    T=$($PIN "$OUT/venv/bin/python" - "$peer" "$OUT/peer-input.txt" <<'PY'
import sys, time
peer, path = sys.argv[1], sys.argv[2]
if peer == "pyvi":
    from pyvi import ViTokenizer
    seg = ViTokenizer.tokenize
else:
    from underthesea import word_tokenize
    seg = lambda line: word_tokenize(line, format="text")
lines = open(path, encoding="utf-8").read().split("\n")
seg("khởi động")  # load the model before timing
t = time.perf_counter()
with open(path + "." + peer, "w", encoding="utf-8") as out:
    for line in lines:
        out.write(seg(line) + "\n")
print(time.perf_counter() - t)
PY
)
    VERSION=$("$OUT/venv/bin/pip" show "$peer" 2>/dev/null | awk '/^Version/ {print $2}')
    report "$peer $VERSION" "$PBYTES" "$PSYL" "$T"
done
