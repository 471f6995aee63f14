#!/bin/sh
# Builds a relocatable release of kiemdiem for Linux x86_64:
#
#   dist/kiemdiem-VERSION-linux-x86_64.tar.gz
#     kiemdiem-VERSION-linux-x86_64/
#       bin/kiemdiem                         the binary, Swift runtime and Foundation linked in
#       share/kiemdiem/lexicons/, models/    its data, found relative to the binary
#       share/man/man1/kiemdiem*.1           man pages (swift-argument-parser's generate-manual plugin)
#       share/bash-completion/completions/kiemdiem, share/zsh/site-functions/_kiemdiem,
#       share/fish/vendor_completions.d/kiemdiem.fish   (kiemdiem --generate-completion-script)
#       share/doc/kiemdiem/RECORDS.md, record.schema.json
#       LICENSE, LICENSES/ (the data files' own licences), README
#
# Unpack it anywhere; bin/kiemdiem finds share/kiemdiem beside itself (then
# KIEMDIEM_HOME), never through a path compiled in. The binary still needs the
# system libraries of Debian 12 (libicu72, libxml2, zlib1g, libsqlite3-0), not
# the Swift toolchain.
#
# Usage: scripts/package.sh [OUTDIR]    (default: dist)
set -eu
cd "$(dirname "$0")/.."
OUTDIR=${1:-dist}
mkdir -p "$OUTDIR"
OUTDIR=$(cd "$OUTDIR" && pwd)

# 1. Man pages: the plugin builds the package (release) and runs generate-manual on kiemdiem.
swift package --allow-writing-to-package-directory generate-manual --multi-page >&2
MAN=.build/plugins/GenerateManual/outputs/kiemdiem
[ -f "$MAN/kiemdiem.1" ] || { echo "package.sh: no man pages in $MAN" >&2; exit 1; }

# 2. The binary, with the Swift standard library and Foundation linked statically.
swift build -c release --static-swift-stdlib --product kiemdiem >&2
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/kiemdiem
if ldd "$BIN" | grep -q 'libswiftCore\|libFoundation'; then
    echo "package.sh: $BIN still links the Swift runtime dynamically" >&2; exit 1
fi

VERSION=$("$BIN" --version)
NAME=kiemdiem-$VERSION-linux-x86_64
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ROOT=$STAGE/$NAME
mkdir -p "$ROOT/bin" "$ROOT/share/kiemdiem" "$ROOT/share/man/man1" "$ROOT/share/doc/kiemdiem" \
    "$ROOT/share/bash-completion/completions" "$ROOT/share/zsh/site-functions" \
    "$ROOT/share/fish/vendor_completions.d" "$ROOT/LICENSES"
cp "$BIN" "$ROOT/bin/kiemdiem"
strip "$ROOT/bin/kiemdiem" 2>/dev/null || true
cp -R lexicons models "$ROOT/share/kiemdiem/"
cp "$MAN"/*.1 "$ROOT/share/man/man1/"
"$ROOT/bin/kiemdiem" --generate-completion-script bash > "$ROOT/share/bash-completion/completions/kiemdiem"
"$ROOT/bin/kiemdiem" --generate-completion-script zsh > "$ROOT/share/zsh/site-functions/_kiemdiem"
"$ROOT/bin/kiemdiem" --generate-completion-script fish > "$ROOT/share/fish/vendor_completions.d/kiemdiem.fish"
cp docs/RECORDS.md docs/record.schema.json "$ROOT/share/doc/kiemdiem/"
cp LICENSE "$ROOT/LICENSE"
cp lexicons/LICENSE-CC-BY-SA-4.0.txt lexicons/LICENSE-pyvi-MIT.txt \
   lexicons/words-pyvi.txt.license lexicons/words-vtb.txt.license models/segmenter.bin.license "$ROOT/LICENSES/"
sed "s/@VERSION@/$VERSION/g" scripts/release-README.txt > "$ROOT/README"

# 3. It must run from its own folder alone: no toolchain, no checkout, no KIEMDIEM_HOME.
printf 'Đảng ủy phường\nTiêu đề\nNgày đăng 08/12/2020 | 17:41 | Lượt xem: 1\n\nCông nhận 06 chi bộ Hoàn thành xuất sắc nhiệm vụ.\n' > "$STAGE/smoke.txt"
(cd "$STAGE" && env -i PATH=/usr/bin:/bin HOME="$STAGE" "$ROOT/bin/kiemdiem" extract smoke.txt > smoke.jsonl)
grep -q '"HTXSNV"' "$STAGE/smoke.jsonl" || { echo "package.sh: the unpacked binary did not extract" >&2; exit 1; }
rm "$STAGE/smoke.txt" "$STAGE/smoke.jsonl"

tar -C "$STAGE" -czf "$OUTDIR/$NAME.tar.gz" --owner=0 --group=0 "$NAME"
echo "$OUTDIR/$NAME.tar.gz"
