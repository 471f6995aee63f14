#!/usr/bin/env python3
"""Derives kiemdiem's general Vietnamese word list from a data folder
(ud-vi-vtb/ with the UD Vietnamese-VTB treebank, pyvi-words/ with pyvi's words.txt).

Sources: pyvi 0.1.1 words.txt (MIT) and the word forms of UD Vietnamese-VTB
(CC BY-SA 4.0). Keeps multi-syllable words made of letters only, lowercased,
NFC, tone marks in the "hòa, khỏe, thủy, ủy" style (kiemdiem's normalizer).

Writes two lists: words-pyvi.txt (MIT) and words-vtb.txt (CC BY-SA 4.0).
Together they are the general word list. The segmenter trainer takes
words-pyvi.txt as its lexicon and adds the treebank words it trains on itself.

Usage:
  scripts/build_lexicon.py --data DATA_DIR [--splits train,dev] [--output lexicons]
"""
import argparse
import os
import unicodedata

TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ",
}
DECOMPOSE = {ch: (base, i) for base, row in TONED.items() for i, ch in enumerate(row)}


def tone_style(syllable):
    """'hoà' -> 'hòa', 'thuỷ' -> 'thủy' for open syllables ending in oa/oe/uy (not after q)."""
    if len(syllable) < 2:
        return syllable
    last, first = syllable[-1], syllable[-2]
    if last not in DECOMPOSE:
        return syllable
    base, tone = DECOMPOSE[last]
    if not ((first == "o" and base in "ae") or (first == "u" and base == "y")):
        return syllable
    if len(syllable) >= 3 and syllable[-3] == "q":
        return syllable
    return syllable[:-2] + TONED[first][tone] + base


def clean(word):
    word = unicodedata.normalize("NFC", word.strip()).lower().replace("_", " ")
    syllables = word.split()
    if len(syllables) < 2 or not all(s.isalpha() for s in syllables):
        return None
    return " ".join(tone_style(s) for s in syllables)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="folder holding ud-vi-vtb/ and pyvi-words/")
    parser.add_argument("--splits", default="train,dev")
    parser.add_argument("--output", default=os.path.join(here, "..", "lexicons"), help="folder to write to")
    args = parser.parse_args()

    pyvi = set()
    with open(os.path.join(args.data, "pyvi-words", "words.txt"), encoding="utf-8") as f:
        for line in f:
            w = clean(line)
            if w:
                pyvi.add(w)
    vtb = set()
    for split in args.splits.split(","):
        path = os.path.join(args.data, "ud-vi-vtb", f"vi_vtb-ud-{split}.conllu")
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    w = clean(cols[1])
                    if w:
                        vtb.add(w)
    common = [
        "# Vietnamese multi-syllable words, one per line, syllables separated by spaces.",
        "# Lowercased, NFC, tone marks in the kiemdiem style (hòa, thủy, ủy).",
        "# Regenerate with scripts/build_lexicon.py (see lexicons/README.md).",
    ]
    write(os.path.join(args.output, "words-pyvi.txt"), pyvi, common + [
        "# Source: pyvi 0.1.1 pyvi/models/words.txt, MIT licence, Copyright (c) 2016 Viet-Trung Tran",
        "# (notice in lexicons/LICENSE-pyvi-MIT.txt).",
    ])
    write(os.path.join(args.output, "words-vtb.txt"), vtb, common + [
        f"# Source: the word forms of UD Vietnamese-VTB {args.splits} (Nguyen et al. 2009, Viet Treebank).",
        "# Licence: CC BY-SA 4.0 (lexicons/LICENSE-CC-BY-SA-4.0.txt).",
    ])


def write(path, words, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header) + "\n")
        for w in sorted(words):
            f.write(w + "\n")
    print(f"{path}: {len(words)} words")


if __name__ == "__main__":
    main()
