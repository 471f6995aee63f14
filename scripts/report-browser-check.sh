#!/usr/bin/env bash
# The report in a real browser: runs `kiemdiem run` on corpus/ plus posts
# whose title, text and URL carry script payloads, writes the report in
# Vietnamese (default) and English, and checks each page in headless Chromium
# at 390 px and 1400 px wide (scripts/report-browser-check.py, through the
# DevTools protocol on 127.0.0.1): fails on horizontal overflow (document
# scrollWidth > viewport width), on any console error, or on any script from
# article text that ran. The screenshots stay under .build/:
#   .build/report-390.png, .build/report-1400.png         top of the Vietnamese report
#   .build/report-390-findings.png, …-1400-findings.png   its findings section
#   .build/report-en-390.png, .build/report-en-1400.png   the English report (and -findings)
#   scripts/report-browser-check.sh      (needs `chromium`, Debian package `chromium`)
# KIEMDIEM=path/to/kiemdiem picks the binary (default .build/debug/kiemdiem).
# Exit 0 when every check passes, 1 on a failure, 2 when it could not test.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${KIEMDIEM:-.build/debug/kiemdiem}
[ -x "$bin" ] || { echo "build kiemdiem first (swift build --product kiemdiem)"; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "no chromium found (apt-get install -y chromium)"; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" .build

run1="document.title='PWNED'"
run2="document.body.setAttribute('data-pwned','1')"
cat > "$tmp/in/hostile.txt" <<TXT
Đảng ủy phường <script>$run1</script> đánh giá năm 2020 "><img src=x onerror="$run2">
Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 275

Năm 2020, Đảng ủy phường Thượng Thanh có 12 chi bộ </p><script>$run1</script> hoàn thành xuất sắc nhiệm vụ, 30 chi bộ hoàn thành tốt nhiệm vụ.
Xem <a href="javascript:$run2">tại đây</a> và '><svg onload="$run1"> hoặc </style><script>$run2</script>.
Một_chuỗi_rất_dài_không_có_chỗ_ngắt_dòng_để_thử_xem_trang_có_bị_tràn_ngang_trên_điện_thoại_hay_không_0123456789012345678901234567890123456789.
TXT
python3 - "$tmp/in/hostile.jsonl" "$run1" <<'PY'
import json, sys
path, r1 = sys.argv[1:]
body = ("<html><head><title>Đảng ủy xã \"><script>%s</script></title></head><body>"
        "<h1>Đảng ủy xã An <script>%s</script> tổng kết năm 2021</h1><p>Ngày đăng 08/12/2021 | 17:41</p>"
        "<p>Năm 2021, có 30 đảng viên &lt;script&gt;%s&lt;/script&gt; hoàn thành tốt nhiệm vụ.</p></body></html>") % (r1, r1, r1)
with open(path, "w") as f:
    f.write(json.dumps({"url": "javascript:" + r1, "html": body}, ensure_ascii=False) + "\n")
    f.write(json.dumps({"url": "https://x.vn/\"onmouseover=\"" + r1, "html": body.replace("30", "31")}, ensure_ascii=False) + "\n")
PY

"$bin" run corpus "$tmp/in" --db "$tmp/k.sqlite" --report "$tmp/report.html" > "$tmp/run.out" 2>&1
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then cat "$tmp/run.out"; echo "run failed"; exit 2; fi
"$bin" report --db "$tmp/k.sqlite" --out "$tmp/report-en.html" --lang en 2>/dev/null || { echo "report --lang en failed"; exit 2; }
grep -q 'PWNED' "$tmp/report.html" || { echo "payloads missing from the report: nothing tested"; exit 2; }

status=0
python3 scripts/report-browser-check.py "$browser" "$tmp/report.html" .build 390 1400 || status=$?
python3 scripts/report-browser-check.py "$browser" "$tmp/report-en.html" .build --name report-en 390 1400 || { s=$?; [ $status -eq 0 ] && status=$s; }
[ $status -eq 0 ] && echo "report-browser-check: ok (.build/report-390.png, .build/report-1400.png)"
exit $status
