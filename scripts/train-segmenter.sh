#!/bin/sh
# Regenerates the word lists and the segmenter model from DATA_DIR (holding
# ud-vi-vtb/ with the UD Vietnamese-VTB .conllu files and pyvi-words/ with
# pyvi's words.txt, downloaded from their sources), then
# prints the honest figures (a model trained on UD train only, scored on dev;
# and 5-fold cross-validation over dev, every dev sentence scored by a model
# that did not see it) and the shipped model's (train+dev, so its dev score
# is not a held-out one).
#
# Usage: scripts/train-segmenter.sh DATA_DIR
set -eu
cd "$(dirname "$0")/.."
DATA=${1:?usage: scripts/train-segmenter.sh DATA_DIR (holding ud-vi-vtb/ and pyvi-words/)}
UD=$DATA/ud-vi-vtb
swift build -c release --product kiemdiem
BIN=.build/release/kiemdiem
python3 scripts/build_lexicon.py --data "$DATA" --splits train,dev --output lexicons
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo "== model trained on UD train only, scored on UD dev (held out) =="
$BIN train-segmenter --lexicon lexicons/words-pyvi.txt --output "$TMP/train-only.bin" "$UD/vi_vtb-ud-train.conllu"
$BIN eval-segmentation --model "$TMP/train-only.bin" "$UD/vi_vtb-ud-dev.conllu"
echo "== 5-fold cross-validation over UD dev (each fold: train + the other dev folds; lexicon likewise) =="
$BIN eval-segmentation --cross-validate 5 --lexicon lexicons/words-pyvi.txt \
    --train "$UD/vi_vtb-ud-train.conllu" "$UD/vi_vtb-ud-dev.conllu"
echo "== shipped model: UD train+dev -> models/segmenter.bin =="
mkdir -p models
$BIN train-segmenter --lexicon lexicons/words-pyvi.txt --output models/segmenter.bin \
    "$UD/vi_vtb-ud-train.conllu" "$UD/vi_vtb-ud-dev.conllu"
$BIN eval-segmentation "$UD/vi_vtb-ud-dev.conllu"
