#!/usr/bin/env python3
"""Hand-written expected records for corpus/NN.txt, in a compact notation.

Every value below was written by hand from reading the article (see
corpus/ANNOTATION.md). Running this file writes corpus/NN.expected.json.
Header fields (title, category, published, views) are read from the
article's own header lines, which follow a fixed layout.

Notation: SUBJ cb=chi_bo bp=dang_bo_bo_phan tc=to_chuc_co_so_dang
td=to_chuc_dang dv=dang_vien tt=tap_the_lanh_dao cl=can_bo_lanh_dao;
STAGE p=proposed a=approved r=reported.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
SUBJ = {"cb": "chi_bo", "bp": "dang_bo_bo_phan", "tc": "to_chuc_co_so_dang", "td": "to_chuc_dang",
        "dv": "dang_vien", "tt": "tap_the_lanh_dao", "cl": "can_bo_lanh_dao"}
STAGE = {"p": "proposed", "a": "approved", "r": "reported"}
SEV = {"sum_mismatch": "error", "stage_total_mismatch": "error", "percent_mismatch": "error",
       "percent_sum": "warning", "figures_swapped": "info", "invalid_date": "error",
       "range_reversed": "error", "date_after_publication": "warning", "year_mismatch": "warning",
       "cross_article_mismatch": "warning"}

def D(start, text, end=None, planned=False):
    """A date mention; grain from the shape of start."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", start): g = "day"
    elif re.fullmatch(r"\d{4}-\d{2}", start): g = "month"
    elif re.fullmatch(r"\d{4}-Q[1-4]", start): g = "quarter"
    elif re.fullmatch(r"\d{4}", start): g = "year"
    else: raise ValueError(start)
    return {"start": start, "end": end or start, "grain": g, "planned": planned, "text": text}

def Y(year, n=1, planned=False, cap=False):
    """n mentions of "năm YYYY" (cap: written "Năm YYYY")."""
    t = ("Năm " if cap else "năm ") + str(year)
    return [D(str(year), t, planned=planned) for _ in range(n)]

def Doc(kind, kindName, number, issuer, text, year=None, date=None):
    return {"kind": kind, "kindName": kindName, "number": number, "issuer": issuer,
            "year": year, "date": date, "text": text}

def O(name, *titles):
    return {"name": name, "titles": list(titles)}

def R(subj, stage, level, count, text, pct=None, of=None, approx=False, above=False, year=None):
    return {"subject": SUBJ[subj], "stage": STAGE[stage], "level": level, "count": count,
            "percent": pct, "of": of, "approx": approx, "year": year, "orAbove": above, "text": text}

def T(subj, what, count, text):
    return {"subject": SUBJ[subj], "what": what, "count": count, "text": text}

def F(rule, severity=None):
    return {"rule": rule, "severity": severity or SEV[rule]}

def Org(name, unit, place, parent=None):
    return {"name": name, "unit": unit, "place": place, "parent": parent}

A = {}

def art(n, year, org, dates, documents, officials, ratings, totals, findings=()):
    flat = []
    for d in dates:
        flat.extend(d if isinstance(d, list) else [d])
    for r in ratings:
        if r["year"] is None: r["year"] = year
    A[n] = dict(year=year, organization=org, dates=flat, documents=list(documents),
                officials=list(officials), ratings=list(ratings), totals=list(totals),
                findings=list(findings))

def header(path):
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    i = next(k for k, l in enumerate(lines) if l.startswith("Ngày đăng"))
    head = [l.strip() for l in lines[:i] if l.strip()]
    title = normalize(head[-1])
    category = normalize(head[0]) if len(head) > 1 else None
    m = re.match(r"Ngày đăng\s+(\d{2})/(\d{2})/(\d{4})\s*\|\s*(\d{1,2}):(\d{2})\s*\|\s*Lượt xem:\s*([\d.]+)", lines[i])
    published = f"{m[3]}-{m[2]}-{m[1]}T{int(m[4]):02d}:{m[5]}"
    views = int(m[6].replace(".", ""))
    return title, category, published, views

def load():
    """Imports expected_articles.py (which fills corpus_expected.A) and returns A."""
    sys.path.insert(0, HERE)
    import corpus_expected as ce
    import expected_articles  # noqa: F401
    return ce.A

TONE_PAIRS = {}
for _first, _row2 in (("o", "aàáảãạ"), ("o", "eèéẻẽẹ"), ("u", "yỳýỷỹỵ")):
    _row1 = {"o": "oòóỏõọ", "u": "uùúủũụ"}[_first]
    for _t in range(1, 6):
        for _up1 in (False, True):
            for _up2 in (False, True):
                a = _first.upper() if _up1 else _first
                b = _row2[_t].upper() if _up2 else _row2[_t]
                a2 = _row1[_t].upper() if _up1 else _row1[_t]
                b2 = _row2[0].upper() if _up2 else _row2[0]
                TONE_PAIRS[a + b] = a2 + b2

def normalize(text):
    """NFC, dashes to '-', straight quotes, Ð to Đ, and old-style tone marks
    (uỷ -> ủy, hoà -> hòa, khoẻ -> khỏe) at a syllable end, never after q."""
    import unicodedata
    t = unicodedata.normalize("NFC", text)
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        t = t.replace(ch, "-")
    t = t.replace("\u00d0", "\u0110").replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    out = list(t)
    i = 1
    while i < len(out):
        pair = out[i - 1] + out[i]
        if pair in TONE_PAIRS:
            nxt = out[i + 1] if i + 1 < len(out) else ""
            prev = out[i - 2] if i >= 2 else ""
            if not (nxt.isalpha()) and prev.lower() != "q":
                out[i - 1], out[i] = TONE_PAIRS[pair][0], TONE_PAIRS[pair][1]
                i += 2
                continue
        i += 1
    return "".join(out)

def body(path):
    """The normalized body: everything after the "Ngày đăng" line."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith("Ngày đăng"))
    return normalize("\n".join(lines[i + 1:]).strip())

def write_all():
    A = load()
    for n, rec in sorted(A.items()):
        path = os.path.join(CORPUS, f"{n:02d}.txt")
        title, category, published, views = header(path)
        out = {"title": title, "category": category, "published": published, "views": views}
        out.update(rec)
        with open(os.path.join(CORPUS, f"{n:02d}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(A)} expected files")

if __name__ == "__main__":
    write_all()
