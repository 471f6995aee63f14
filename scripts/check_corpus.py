#!/usr/bin/env python3
"""Validates corpus/NN.expected.json against corpus/NN.txt.

- every expected file parses and has exactly the record keys (minus id/source/text/span);
- every evidence `text` occurs in the normalized body (as often as it is listed);
- "năm YYYY" mentions in the body match the year-grain dates listed;
- a small reference implementation of the RECORDS.md finding rules recomputes
  the findings from the expected figures and compares them with the findings
  written by hand (so the arithmetic of clean articles is checked too).
Exit status 1 on any problem.
"""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus_expected import normalize, body, header  # noqa: E402

CORPUS = os.path.join(HERE, "..", "corpus")
TOP = ["title", "category", "published", "views", "year", "organization", "dates", "documents",
       "officials", "ratings", "totals", "findings"]
KEYS = {"organization": ["name", "unit", "place", "parent"],
        "dates": ["start", "end", "grain", "planned", "text"],
        "documents": ["kind", "kindName", "number", "issuer", "year", "date", "text"],
        "officials": ["name", "titles"],
        "ratings": ["subject", "stage", "level", "count", "percent", "of", "approx", "year", "orAbove", "text"],
        "totals": ["subject", "what", "count", "text"],
        "findings": ["rule", "severity"]}
UNITS = {"phường", "xã", "thị trấn", "quận", "huyện", "thị xã", "thành phố", "tỉnh", "khối", "chi bộ",
         "cơ quan", "trường", "công ty"}
ORDER = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"]
INDIVIDUAL = {"dang_vien", "can_bo_lanh_dao"}
problems = []

def bad(n, msg):
    problems.append(f"{n:02d}: {msg}")

def valid_day(s):
    try:
        datetime.date.fromisoformat(s); return True
    except ValueError:
        return False

def date_key(s):
    """Comparable (y, m, d) for any grain; impossible dates keep their digits."""
    if re.fullmatch(r"\d{4}-Q\d", s):
        y, q = s.split("-Q"); return (int(y), 3 * int(q) - 2, 1)
    parts = [int(p) for p in s.split("-")]
    return tuple(parts + [1] * (3 - len(parts)))

def exclusive(lst):
    """level -> exclusive count for one (subject, stage, year) list; None when not computable."""
    out = {}
    for r in lst:
        if r["count"] is None or r["approx"]: return None
        out[r["level"]] = out.get(r["level"], 0) + r["count"]
    for r in lst:
        if r["orAbove"]:
            above = ORDER[:ORDER.index(r["level"])] if r["level"] in ORDER else []
            out[r["level"]] -= sum(out.get(l, 0) for l in above)
    return out

def exclusive_pct(lst):
    out = {}
    for r in lst:
        if r["percent"] is None or r["approx"]: return None
        out[r["level"]] = r["percent"]
    for r in lst:
        if r["orAbove"]:
            above = ORDER[:ORDER.index(r["level"])]
            out[r["level"]] = round(out[r["level"]] - sum(out.get(l, 0) for l in above), 6)
    return out

def decimals(p):
    s = repr(p)
    return len(s.split(".")[1]) if "." in s and not s.endswith(".0") else 0

def reference_findings(n, e):
    found = []
    pub = e["published"][:10]
    for d in e["dates"]:
        for s in {d["start"], d["end"]}:
            if d["grain"] == "day" and not valid_day(s):
                found.append(("invalid_date", None))
        if date_key(d["end"]) < date_key(d["start"]):
            found.append(("range_reversed", None))
        if d["grain"] == "day" and not d["planned"] and valid_day(d["start"]) and d["start"] > pub:
            found.append(("date_after_publication", None))
    tm = re.search(r"năm (\d{4})", e["title"]) or re.search(r"\b(20\d\d)\b", e["title"])
    if tm and e["year"] and int(tm.group(1)) != e["year"]:
        found.append(("year_mismatch", None))
    totals = collections.defaultdict(dict)
    for t in e["totals"]:
        totals[t["subject"]][t["what"]] = t["count"]
    lists = collections.defaultdict(list)
    for r in e["ratings"]:
        lists[(r["subject"], r["stage"], r["year"])].append(r)
    for (subj, stage, year), lst in lists.items():
        ex = exclusive(lst)
        tot = totals.get(subj, {})
        base = tot.get("evaluated")
        if base is None and "all" in tot:
            base = tot["all"] - tot.get("exempt", 0)
        if ex is not None and base is not None and sum(ex.values()) != base:
            found.append(("sum_mismatch", None))
        for r in lst:
            if r["percent"] is not None and r["count"] is not None:
                b = r["of"] or base or (sum(ex.values()) if ex else None)
                if b:
                    tol = 0.5 * 10 ** (-decimals(r["percent"])) + 1e-9
                    if abs(100.0 * r["count"] / b - r["percent"]) > tol:
                        found.append(("percent_mismatch", None))
        pe = exclusive_pct(lst)
        if pe is not None and len(pe) > 1 and abs(sum(pe.values()) - 100) > 0.05 * len(pe) + 1e-9:
            found.append(("percent_sum", None))
        if stage != "proposed" and year and year >= 2018:
            vals = ex if ex is not None else pe
            if vals and vals.get("HTXSNV") is not None and vals.get("HTTNV") is not None:
                if vals["HTXSNV"] > 0.2 * vals["HTTNV"] + 1e-9:
                    found.append(("quota_exceeded", "warning" if subj in INDIVIDUAL else "info"))
    subjects = {(s, y) for (s, st, y) in lists}
    for subj, year in subjects:
        p, a = lists.get((subj, "proposed", year)), lists.get((subj, "approved", year))
        if not p or not a: continue
        ep, ea = exclusive(p), exclusive(a)
        if ep is None or ea is None: continue
        if sum(ep.values()) != sum(ea.values()):
            found.append(("stage_total_mismatch", None))
        nzp = {k: v for k, v in ep.items() if v}; nza = {k: v for k, v in ea.items() if v}
        if nzp != nza and sorted(nzp.values()) == sorted(nza.values()) and len(nzp) > 1:
            found.append(("figures_swapped", None))
    for d in (n, n + 1): pass
    # totals: official + probationary vs all
    for subj, tot in totals.items():
        if {"all", "official_members", "probationary"} <= tot.keys():
            if tot["official_members"] + tot["probationary"] != tot["all"]:
                found.append(("sum_mismatch", None))
    return found

def main():
    records = {}
    files = sorted(f for f in os.listdir(CORPUS) if re.fullmatch(r"\d\d\.txt", f))
    for f in files:
        n = int(f[:2])
        path = os.path.join(CORPUS, f)
        raw = open(path, encoding="utf-8").read()
        size = len(raw.encode("utf-8"))
        if not 1000 <= size <= 4200: bad(n, f"size {size} bytes outside 1-4 KB")
        ep = os.path.join(CORPUS, f"{n:02d}.expected.json")
        try:
            e = json.load(open(ep, encoding="utf-8"))
        except Exception as ex:  # noqa: BLE001
            bad(n, f"expected file unreadable: {ex}"); continue
        records[n] = e
        if list(e.keys()) != TOP: bad(n, f"top keys {list(e.keys())}")
        org = e["organization"]
        if org is not None:
            if list(org.keys()) != KEYS["organization"]: bad(n, "organization keys")
            if org["unit"] not in UNITS: bad(n, f"unit {org['unit']}")
        for k in ["dates", "documents", "officials", "ratings", "totals", "findings"]:
            for item in e[k]:
                if list(item.keys()) != KEYS[k]: bad(n, f"{k} keys {list(item.keys())}")
        text = body(path)
        need = collections.Counter()
        for k in ["dates", "documents", "ratings", "totals"]:
            for item in e[k]:
                need[item["text"]] += 1
        for t, c in need.items():
            if text.count(t) < c:
                bad(n, f"evidence {t!r} found {text.count(t)}x, listed {c}x")
        for o in e["officials"]:
            if o["name"] not in text: bad(n, f"official {o['name']!r} not in body")
            for t in o["titles"]:
                if t not in text: bad(n, f"title {t!r} not in body")
            if o["name"] != normalize(o["name"]): bad(n, "official name not normalized")
        stripped = re.sub(r"tháng \d{1,2} năm \d{4}", "", text)
        years = len(re.findall(r"(?<![\w])[Nn]ăm (?:19|20)\d\d(?!\d)(?! - )", stripped))
        listed = sum(1 for d in e["dates"] if d["grain"] == "year" and re.match(r"[Nn]ăm \d{4}$", d["text"]))
        if years != listed: bad(n, f"body has {years} 'năm YYYY', expected lists {listed}")
        title, category, published, views = header(path)
        if (e["title"], e["category"], e["published"], e["views"]) != (title, category, published, views):
            bad(n, "header fields differ from the article header")
        for r in e["ratings"]:
            if r["year"] != e["year"] and "year" not in r.get("note", ""): pass
        got = collections.Counter(reference_findings(n, e))
        want = collections.Counter((fi["rule"], fi["severity"] if fi["rule"] == "quota_exceeded" else None)
                                   for fi in e["findings"] if fi["rule"] != "cross_article_mismatch")
        if got != want:
            bad(n, f"reference rules give {sorted(got.elements())}, expected file says {sorted(want.elements())}")
    # cross-article: same organization, year, subject, stage, level, different figures
    seen = collections.defaultdict(list)
    for n, e in records.items():
        if not e["organization"]: continue
        for r in e["ratings"]:
            key = (e["organization"]["name"], r["year"], r["subject"], r["stage"], r["level"])
            seen[key].append((n, r["count"], r["percent"]))
    cross = collections.Counter()
    for key, vals in seen.items():
        arts = {v[0] for v in vals}
        if len(arts) > 1 and len({(v[1], v[2]) for v in vals}) > 1:
            for a in arts: cross[a] += 1
    for n, e in records.items():
        want = sum(1 for fi in e["findings"] if fi["rule"] == "cross_article_mismatch")
        if want != cross.get(n, 0):
            bad(n, f"cross_article_mismatch: reference {cross.get(n, 0)}, expected {want}")
    print(f"{len(records)} articles checked")
    for p in problems: print("PROBLEM", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
