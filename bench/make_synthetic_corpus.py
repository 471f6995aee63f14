#!/usr/bin/env python3
"""Synthetic corpus for kiemdiem benchmarks (Python standard library only).

Writes N articles (default 100,000) made from the hand-written corpus/NN.txt
articles: each synthetic article takes one template article (round robin) and
replaces, deterministically from a fixed seed and the article number, the
place names of its organizations, the personal names of its officials, every
date (shifted by a whole number of years and days), the view count and the
figures (numbers written with digits in the body are scaled a little, keeping
their width). The body is then padded with extra paragraphs of other
templates (with the same substitutions) to about --size bytes (~3 KB).

Output (under OUT, default bench/out/synthetic-N):
  posts-NNNN.jsonl   JSON Lines shards of --shard articles each
                     ({"url": ..., "text": ...}; text in portal layout)
  txt/NNNNNN.txt     one .txt file per article, only with --txt

Usage: bench/make_synthetic_corpus.py [-n N] [--out DIR] [--seed S] [--txt]
The same arguments always write the same bytes.
"""
import argparse
import glob
import json
import os
import random
import re
import sys

# Place names are two syllables from these lists (400 names), so a 100,000-article
# corpus has realistic numbers of articles per ward and year.
PLACE_A = ["Đông", "Tây", "Nam", "Bắc", "Tân", "Phú", "An", "Hòa", "Vĩnh", "Thanh",
           "Bình", "Long", "Phúc", "Yên", "Quang", "Trung", "Hưng", "Thịnh", "Mỹ", "Xuân"]
PLACE_B = ["Lạc", "Hòa", "Thịnh", "Phú", "An", "Bình", "Lộc", "Thành", "Tiến", "Sơn",
           "Hà", "Lâm", "Khê", "Giang", "Mai", "Đức", "Ninh", "Lợi", "Hải", "Dương"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Hữu", "Thu", "Anh"]
GIVENS = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Nga", "Phong",
          "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vinh", "Yến", "Khánh", "Hương", "Tâm"]

UNIT_RE = re.compile(r"\b(phường|xã|thị trấn) ((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,.;:()]*\s?){1,3})")
NAME_RE = re.compile(r"(đồng chí|Đồng chí|ông|bà|đ/c) ((?:[A-ZĐ][^\s,.;:()\-]*\s){1,3}[A-ZĐ][^\s,.;:()\-]*)")
DATE_RE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
YEAR_RE = re.compile(r"\b(năm|nhiệm kỳ|giai đoạn|năm học)(\s)(20\d\d)\b")
FIG_RE = re.compile(r"(?<![\d/.,-])(\d{2,4})(?= (?:đảng viên|chi bộ|đồng chí|tổ chức))")
VIEWS_RE = re.compile(r"(Lượt xem: )(\d+)")


def load_templates(corpus):
    out = []
    for path in sorted(glob.glob(os.path.join(corpus, "[0-9][0-9].txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read().replace("\r\n", "\n")
        lines = text.split("\n")
        head = [i for i, l in enumerate(lines) if l.startswith("Ngày đăng ")]
        if not head:
            continue
        h = head[0]
        body = [p.strip() for p in "\n".join(lines[h + 1:]).split("\n\n") if p.strip()]
        out.append((lines[:h + 1], body))
    if not out:
        sys.exit(f"no corpus/NN.txt articles under {corpus}")
    return out


def vary(text, rng, places, names, years, figure_seed):
    """Replaces places, names, years and figures; the maps keep one article consistent."""
    def place(m):
        old = m.group(2).rstrip()
        trail = m.group(2)[len(old):]
        if old not in places:
            places[old] = f"{rng.choice(PLACE_A)} {rng.choice(PLACE_B)}"
        return f"{m.group(1)} {places[old]}{trail}"

    def name(m):
        old = m.group(2)
        if old not in names:
            names[old] = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"
        return f"{m.group(1)} {names[old]}"

    def date(m):
        d, sep, mo, y = m.group(1), m.group(2), m.group(3), int(m.group(4))
        return f"{d}{sep}{mo}{sep}{y + years}"

    def year(m):
        return f"{m.group(1)}{m.group(2)}{int(m.group(3)) + years}"

    def fig(m):
        s = m.group(1)
        v = int(s)
        v = max(1, v + frng.randint(-v // 10, v // 10))
        return str(v).zfill(len(s)) if s.startswith("0") else str(v)

    text = UNIT_RE.sub(place, text)
    frng = random.Random(figure_seed + "|" + "|".join(sorted(places.values())))
    text = NAME_RE.sub(name, text)
    text = DATE_RE.sub(date, text)
    text = YEAR_RE.sub(year, text)
    text = FIG_RE.sub(fig, text)
    return text


def article(i, templates, seed, size):
    rng = random.Random(seed * 1_000_003 + i)
    head, body = templates[i % len(templates)]
    places, names = {}, {}
    years = rng.randint(-3, 3)
    paras = list(body)
    n = len("\n".join(head + paras).encode("utf-8"))
    k = 1
    while n < size and k < 12:
        _, other = templates[(i * 7 + k) % len(templates)]
        extra = other[rng.randrange(len(other))]
        paras.append(extra)
        n += len(extra.encode("utf-8")) + 2
        k += 1
    head = [VIEWS_RE.sub(lambda m: m.group(1) + str(rng.randint(50, 5000)), l) for l in head]
    text = "\n".join(head) + "\n\n" + "\n\n".join(paras) + "\n"
    return vary(text, rng, places, names, years, f"{seed}|{i % len(templates)}|{years}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=100_000, help="articles to write (default 100000)")
    ap.add_argument("--out", help="output folder (default bench/out/synthetic-N)")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "corpus"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--size", type=int, default=3000, help="approximate bytes per article (default 3000)")
    ap.add_argument("--shard", type=int, default=5000, help="articles per JSON Lines shard (default 5000)")
    ap.add_argument("--txt", action="store_true", help="also write one .txt file per article")
    a = ap.parse_args()
    out = a.out or os.path.join(os.path.dirname(__file__), "out", f"synthetic-{a.n}")
    os.makedirs(out, exist_ok=True)
    for old in glob.glob(os.path.join(out, "posts-*.jsonl")):
        os.remove(old)
    templates = load_templates(a.corpus)
    if a.txt:
        os.makedirs(os.path.join(out, "txt"), exist_ok=True)
    shard, total = None, 0
    for i in range(a.n):
        if i % a.shard == 0:
            if shard:
                shard.close()
            shard = open(os.path.join(out, f"posts-{i // a.shard:04d}.jsonl"), "w", encoding="utf-8")
        text = article(i, templates, a.seed, a.size)
        total += len(text.encode("utf-8"))
        shard.write(json.dumps({"url": f"https://example.invalid/synthetic/{i:07d}", "text": text},
                               ensure_ascii=False) + "\n")
        if a.txt:
            with open(os.path.join(out, "txt", f"{i:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
    if shard:
        shard.close()
    print(f"{a.n} articles, {total} bytes of text ({total / max(a.n, 1):.0f} B/article) in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
