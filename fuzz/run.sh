#!/usr/bin/env bash
# Builds the libFuzzer targets (release, -sanitize=fuzzer,address) and runs
# each one in turn for SECONDS seconds (first argument, default 600).
#   fuzz/run.sh [seconds] [target ...]     targets: normalizer tokenizer segmenter
#                                          numbers dates documents article html warc
# Seeds come from corpus/ and corpus/formats/; the growing corpus lives in
# fuzz/work/<target>/, crashes, hangs and sanitizer reports in
# fuzz/crashes/<target>/, logs in fuzz/logs/<target>.log. Exit status 1 when
# any target found something. FUZZ_NO_BUILD=1 skips the build.
set -uo pipefail
cd "$(dirname "$0")"
root=..
seconds=${1:-600}; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(normalizer tokenizer segmenter numbers dates documents article html warc)

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  # gold fails on the sanitized objects; lld (shipped with Swift) links them.
  swift build -c release -Xswiftc -sanitize=fuzzer,address --toolset lld-toolset.json || exit 2
fi
bin=$(swift build -c release --toolset lld-toolset.json --show-bin-path)

seed() {  # seed <target> : fills seeds/<target>/ from the project corpus
  local t=$1 dir=seeds/$1
  rm -rf "$dir"; mkdir -p "$dir"
  case $t in
    html) cp $root/corpus/formats/html/* "$dir"/ ;;
    warc)
      # the first byte picks the name hint: 0 .warc, 1 .warc.gz, 2 .jsonl, 3 none
      { printf '\000'; cat $root/corpus/formats/archive.warc; } > "$dir/archive.warc"
      { printf '\001'; cat $root/corpus/formats/archive.warc.gz; } > "$dir/archive.warc.gz"
      { printf '\002'; cat $root/corpus/formats/posts.jsonl; } > "$dir/posts.jsonl"
      { printf '\003'; cat $root/corpus/formats/archive.warc.gz; } > "$dir/archive-noname.gz" ;;
    *)
      cp $root/corpus/*.txt "$dir"/
      # paragraphs alone make small seeds the fuzzer mutates faster
      local i=0
      for f in $root/corpus/*.txt; do
        awk -v out="$dir/p$i-" 'NF { n++; print > (out n) }' "$f"; i=$((i+1))
      done ;;
  esac
}

# The Swift runtime's one-time allocations (static regexes) read as leaks at exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
status=0
printf '%-11s %8s %10s %6s %s\n' target seconds execs cov result > logs.summary 2>/dev/null || { mkdir -p logs; printf '%-11s %8s %10s %6s %s\n' target seconds execs cov result > logs.summary; }
for t in "${targets[@]}"; do
  mkdir -p work/$t crashes/$t logs
  seed $t
  start=$(date +%s)
  "$bin/fuzz-$t" work/$t seeds/$t -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 \
     -max_len=16384 -artifact_prefix=crashes/$t/ -print_final_stats=1 > logs/$t.log 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' logs/$t.log | tail -1 | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' logs/$t.log | tail -1 | grep -o '[0-9]*' || echo ?)
  if [ $rc -eq 0 ]; then result=clean; else result="FOUND (exit $rc): $(ls crashes/$t | tr '\n' ' ')"; status=1; fi
  printf '%-11s %8s %10s %6s %s\n' "$t" "$took" "${execs:-?}" "${cov:-?}" "$result" | tee -a logs.summary
done
cat logs.summary
exit $status
