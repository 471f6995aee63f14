#!/usr/bin/env bash
# Pathological inputs through `kiemdiem extract`, each at three sizes, to show
# that time grows linearly with size and nothing crashes.
#   bench/pathological.sh [scale]      scale (default 1) multiplies every size
# KIEMDIEM=path/to/kiemdiem picks the binary (default: release build, else debug).
# Prints one line per input: case, size, seconds, seconds per MB, exit status.
# Inputs are written to bench/out/pathological/ (ignored by git).
set -uo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
bin=${KIEMDIEM:-}
if [ -z "$bin" ]; then
  for b in .build/release/kiemdiem .build/debug/kiemdiem; do [ -x "$b" ] && { bin=$b; break; }; done
fi
[ -x "${bin:-}" ] || { echo "build kiemdiem first (swift build)"; exit 2; }
out=bench/out/pathological; rm -rf "$out"; mkdir -p "$out"

python3 - "$out" "$scale" <<'PY'
import sys, os, glob, unicodedata, random
out, scale = sys.argv[1], float(sys.argv[2])
head = "Tin tức\nTiêu đề kiểm thử\nNgày đăng 08/12/2020 | 17:41 | Lượt xem: 1\n\n"
corpus = [open(f, encoding="utf-8").read().split("\n", 3)[-1] for f in sorted(glob.glob("corpus/[0-9]*.txt"))]
body = "\n\n".join(corpus)
def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
def fill(unit, n):
    return (unit * (n // len(unit.encode()) + 1))[: max(1, n // max(1, len(unit.encode()) // len(unit)))]
def sized(unit, nbytes):
    reps = max(1, nbytes // len(unit.encode()))
    return unit * reps
rnd = random.Random(8)
cases = {
  # one line, no newline: sentences of an article glued together
  "single_line": lambda n: head + sized(body.replace("\n", " ") + " ", n),
  # digits only, separated by spaces
  "numbers": lambda n: head + " ".join(str(rnd.randrange(10**6)) for _ in range(n // 7)),
  # date ranges, one after another
  "date_ranges": lambda n: head + sized("Từ ngày 25 - 28/11/2020, từ ngày 02/12 đến ngày 05/12/2021; ", n),
  # random dd/mm/yyyy dates separated by spaces (issue 16 row 1: was quadratic)
  "dates": lambda n: head + " ".join("%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(1990, 2030)) for _ in range(n // 11)),
  # combining marks only (acute, grave, hook, tilde, dot below)
  "combining": lambda n: head + sized("\u0301\u0300\u0309\u0303\u0323", n),
  # Latin, Vietnamese, Cyrillic, Greek, CJK, Arabic, Thai, emoji mixed in words
  "mixed_scripts": lambda n: head + sized("Đảng ủy Москва Αθήνα 北京市 القاهرة กรุงเทพ 😀👍🏽 xã 12/2020 ", n),
  "uppercase": lambda n: head + sized(body.upper() + "\n\n", n),
  "unaccented": lambda n: head + sized(fold(body) + "\n\n", n),
}
sizes = {"single_line": [5, 10, 20], "numbers": [1.75, 3.5, 7], "date_ranges": [0.17, 0.35, 0.7], "dates": [0.5, 1, 2],
         "combining": [1, 2, 4], "mixed_scripts": [1, 2, 4], "uppercase": [1, 2, 4], "unaccented": [1, 2, 4]}
for name, f in cases.items():
    for mb in sizes[name]:
        n = int(mb * scale * 1_000_000)
        with open(os.path.join(out, f"{name}-{mb * scale:g}MB.txt"), "w", encoding="utf-8") as fh:
            fh.write(f(n))
# deeply nested HTML: depth 10k / 50k / 200k elements around one paragraph
for depth in [int(d * scale) for d in (10_000, 50_000, 200_000)]:
    with open(os.path.join(out, f"nested_html-{depth}deep.html"), "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html><head><title>Sâu</title></head><body>")
        fh.write("<div><span>" * (depth // 2))
        fh.write("<p>Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 1</p><p>" + corpus[0] + "</p>")
        fh.write("</span></div>" * (depth // 2))
        fh.write("</body></html>")
PY

printf '%-26s %9s %8s %9s %s\n' input MB seconds s/MB status
# case by case, smallest first
for f in $(for g in "$out"/*.txt "$out"/*.html; do n=$(basename "$g"); echo "${n%%-*} $(stat -c %s "$g") $g"; done | sort -k1,1 -k2,2n | cut -d' ' -f3); do
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN { printf "%.2f", b / 1000000 }')
  start=$(date +%s.%N)
  timeout 600 "$bin" extract "$f" > /dev/null 2> "$f.err"; rc=$?
  end=$(date +%s.%N)
  awk -v n="$(basename "$f")" -v mb="$mb" -v s="$start" -v e="$end" -v rc="$rc" \
    'BEGIN { t = e - s; printf "%-26s %9s %8.2f %9.3f %s\n", n, mb, t, t / mb, (rc == 0 ? "ok" : (rc == 124 ? "TIMEOUT" : "exit " rc)) }'
done

# `report` on a store holding one big post (issue 16 row 2: was quadratic in
# the highlighter). The single_line posts are stored, then reported alone.
printf '\n%-26s %9s %8s %9s %s\n' "report of one post" MB seconds s/MB status
for f in "$out"/single_line-*.txt; do
  db="$f.sqlite"; rm -f "$db"*
  "$bin" run "$f" --db "$db" --no-report > /dev/null 2>&1
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN { printf "%.2f", b / 1000000 }')
  start=$(date +%s.%N)
  timeout 600 "$bin" report --db "$db" --out "$f.html" > /dev/null 2> "$f.report.err"; rc=$?
  end=$(date +%s.%N)
  awk -v n="$(basename "$f")" -v mb="$mb" -v s="$start" -v e="$end" -v rc="$rc" \
    'BEGIN { t = e - s; printf "%-26s %9s %8.2f %9.3f %s\n", n, mb, t, t / mb, (rc == 0 ? "ok" : (rc == 124 ? "TIMEOUT" : "exit " rc)) }'
done
