#!/usr/bin/env bash
# Report safety in a real browser: runs `kiemdiem run` on posts whose title,
# text and URL carry script payloads, opens the report in headless Chromium
# and checks from the DOM Chromium dumps (after scripts would have run) that
# no payload ran: the title is unchanged and no marker attribute was set.
# A control page with a live script first proves the check can see a script run.
#   scripts/report-safety.sh            (needs `chromium`, Debian package `chromium`)
# KIEMDIEM=path/to/kiemdiem picks the binary (default .build/debug/kiemdiem).
# Exit 0 when safe, 1 when a script ran, 2 when it could not test.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${KIEMDIEM:-.build/debug/kiemdiem}
[ -x "$bin" ] || { echo "build kiemdiem first (swift build)"; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "no chromium found"; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"

# The payloads: each tries to change document.title or mark <body>.
run1="document.title='PWNED'"
run2="document.body.setAttribute('data-pwned','1')"
cat > "$tmp/in/hostile.txt" <<TXT
Tin tức <script>$run1</script>
Đảng ủy phường <script>$run2</script> "><img src=x onerror="$run1"> đánh giá năm 2020
Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 275

Năm 2020, Đảng ủy phường Thượng Thanh có 12 chi bộ </p><script>$run1</script> hoàn thành xuất sắc nhiệm vụ.
Xem <a href="javascript:$run2">tại đây</a> và '><svg onload="$run1"> hoặc </style><script>$run2</script>.
Đồng chí <b onmouseover="$run1">Nguyễn Văn A</b>, Bí thư Đảng ủy phường, phát biểu.
TXT
# URL and HTML through JSON Lines: a javascript: URL and an attribute-breaking one.
python3 - "$tmp/in/hostile.jsonl" "$run1" "$run2" <<'PY'
import json, sys
path, r1, r2 = sys.argv[1:]
body = ("<html><head><title>Đảng ủy xã \"><script>%s</script></title></head><body>"
        "<h1>Đảng ủy xã <script>%s</script> tổng kết năm 2020</h1>"
        "<p>Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 3</p>"
        "<p>Năm 2020, có 30 đảng viên &lt;script&gt;%s&lt;/script&gt; hoàn thành tốt nhiệm vụ.</p></body></html>") % (r1, r2, r1)
with open(path, "w") as f:
    f.write(json.dumps({"url": "javascript:" + r1, "html": body}, ensure_ascii=False) + "\n")
    f.write(json.dumps({"url": "https://x.vn/\"onmouseover=\"" + r1, "html": body.replace("30", "31")}, ensure_ascii=False) + "\n")
PY

"$bin" run "$tmp/in" --db "$tmp/k.sqlite" --report "$tmp/report.html" > "$tmp/run.out" 2>&1 || { cat "$tmp/run.out"; echo "run failed"; exit 2; }

dump() {  # the DOM after load (and after any script ran)
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --virtual-time-budget=2000 --dump-dom "file://$1" 2>/dev/null
}
ran() {  # did a payload run in this DOM?
  grep -q '<title>PWNED</title>' <<<"$1" || grep -Eq '<body[^>]*data-pwned' <<<"$1"
}

# Control: the same payloads live in a page must be seen running.
printf '<!DOCTYPE html><html><head><title>control</title></head><body><script>%s;%s</script></body></html>' "$run1" "$run2" > "$tmp/control.html"
control=$(dump "$tmp/control.html")
if ! ran "$control"; then echo "control script did not run: cannot judge (is JavaScript working in $browser?)"; exit 2; fi

dom=$(dump "$tmp/report.html")
[ -n "$dom" ] || { echo "chromium produced no DOM"; exit 2; }
grep -q 'PWNED' "$tmp/report.html" || { echo "payloads missing from the report: nothing tested"; exit 2; }
if ran "$dom"; then
  echo "FAIL: a script in article data ran in the report"
  grep -o '<title>[^<]*</title>' <<<"$dom"; exit 1
fi
scripts=$(grep -ci '<script' "$tmp/report.html")
echo "ok: $(grep -o 'PWNED' "$tmp/report.html" | wc -l) payloads shown as text, $scripts <script> elements in the report, title: $(grep -o '<title>[^<]*</title>' <<<"$dom" | head -1)"
