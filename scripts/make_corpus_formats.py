#!/usr/bin/env python3
"""Builds corpus/formats/ from plain-text corpus articles (Python stdlib only).

For articles in the portal plain-text layout (category, title,
"Ngày đăng DD/MM/YYYY | HH:MM | Lượt xem: N", body paragraphs) it writes:
  html/<name>.html     saved portal pages with menus, a sidebar of rating-like
                       headlines, related news, footer, scripts, styles,
                       comments and character entities (three page templates;
                       one labels UTF-8 bytes as windows-1252)
  html/<name>.html.gz  one page gzip-compressed
  legacy/*.html|*.txt  windows-1258, TCVN3 (ABC) and VNI-Windows samples,
                       encoded with the tables in this script
  archive.warc.gz      responses + requests + a non-HTML and a 404 record,
                       one gzip member per record;  archive.warc  uncompressed
  posts.jsonl          one post per line ("html", "text", "text" + fields)
  manifest.tsv         file, post index, plain-text twin (path from the package
                       root), format, conversion, url, compare ("full", or "body":
                       a JSON line with title/published fields but no category
                       or view count, so only title, date and body match)
  sidebar_headlines.list  the sidebar headlines, which must never reach a post

Sources: corpus/formats/src/*.txt and
corpus/NN.txt. Output is deterministic (fixed dates, no randomness).

Usage: python3 scripts/make_corpus_formats.py [package-root]
"""
import glob
import gzip
import html
import io
import json
import os
import sys
import unicodedata

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "corpus", "formats")

SIDEBAR = [
    "Đảng bộ phường Ngọc Thụy: 95% đảng viên hoàn thành nhiệm vụ năm 2019",
    "Chi bộ tổ dân phố số 7 có 100% đảng viên hoàn thành tốt nhiệm vụ",
    "Năm 2018, 12 chi bộ được công nhận hoàn thành xuất sắc nhiệm vụ",
    "Xã Tân Lập: 31 đảng viên hoàn thành xuất sắc nhiệm vụ, 2 đảng viên không hoàn thành nhiệm vụ",
]
RELATED = [
    "Phường Bồ Đề tổng kết công tác xây dựng Đảng năm 2020: 88 đảng viên xếp loại xuất sắc",
    "Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 5",
    "Quận ủy công nhận 27 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
]

# ---------------------------------------------------------------- articles

def parse_article(text):
    """(category, title, date line, [paragraphs]) of a plain-text article."""
    lines = [l.strip() for l in text.replace("\r\n", "\n").split("\n")]
    d = next(i for i, l in enumerate(lines) if l.startswith("Ngày đăng"))
    head = [l for l in lines[:d] if l]
    category, title = (head[0], head[1]) if len(head) >= 2 else (None, head[0] if head else None)
    body = [l for l in lines[d + 1:] if l]
    return category, title, " ".join(lines[d].split()), body


def sources():
    """[(name, twin path from the package root, text)] in a fixed order."""
    found = []
    for path in sorted(glob.glob(os.path.join(OUT, "src", "*.txt"))):
        found.append(path)
    # The seed article (a real post, not ours, kept outside the repository) is never
    # copied into the repository; tests read it only when a copy is present.
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "[0-9][0-9]*.txt"))):
        found.append(path)
    out = []
    for path in found:
        text = open(path, encoding="utf-8").read()
        if "Ngày đăng" not in text:
            continue
        name = os.path.splitext(os.path.basename(path))[0]
        out.append((name, os.path.relpath(os.path.abspath(path), ROOT), text))
    return out

# ---------------------------------------------------------------- entities

def esc(text, entities=True):
    """HTML-escapes text; with entities, writes some letters as named or
    numeric character references and some spaces as &nbsp;, as CMS editors do."""
    s = html.escape(text, quote=False)
    if not entities:
        return s
    out = []
    words = s.split(" ")
    for i, w in enumerate(words):
        if i % 7 == 3:
            w = w.replace("à", "&agrave;").replace("ả", "&#7843;").replace("ế", "&#x1EBF;")
        out.append(w)
        if i < len(words) - 1:
            out.append("&nbsp;" if i % 11 == 5 else " ")
    return "".join(out)


def sidebar_html(cls=True):
    items = "\n".join(f'      <li><a href="/tin/{i}">{esc(h, False)}</a><span class="date">0{i + 1}/12/2020</span></li>'
                      for i, h in enumerate(SIDEBAR))
    return items

# ---------------------------------------------------------------- templates

def page_liferay(category, title, dateline, body, site="phường Thượng Thanh", charset="utf-8"):
    paras = "\n".join(f'        <p style="text-align: justify;">{esc(p)}</p>' for p in body)
    crumb = f'<li><a href="/chuyen-muc">{esc(category, False)}</a></li>' if category else ""
    related = "\n".join(f'          <li><a href="/tin-lien-quan/{i}">{esc(r, False)}</a> <span>(07/12/2020)</span></li>' for i, r in enumerate(RELATED))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title, False)} - Cổng thông tin điện tử {site}</title>
<meta property="og:title" content="{html.escape(title)}">
<link rel="stylesheet" href="/html/css/main.css">
<style>.portlet-body p {{ margin: 0 0 8px; }} .sidebar li:before {{ content: "Ngày đăng 01/01/2019"; }}</style>
<script type="text/javascript">var Liferay = {{ themeDisplay: {{ title: "Ngày đăng 01/01/2019 | 00:00 | Lượt xem: 1" }} }}; if (a < b && c > d) {{ document.write("<p>95% đảng viên</p>"); }}</script>
</head>
<body class="controls-visible signed-out">
<!-- BEGIN header: 90% đảng viên hoàn thành nhiệm vụ -->
<div id="banner" class="banner"><h1 class="logo"><a href="/">Cổng thông tin điện tử {site}</a></h1></div>
<div id="navigation" class="nav-menu"><ul>
  <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
  <li><a href="/cong-tac-dang">Công tác đảng</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="breadcrumbs"><ul><li><a href="/">Trang chủ</a></li>{crumb}</ul></div>
<div id="content" class="columns-2">
  <div class="column-1 portlet-column">
    <div class="portlet-boundary portlet-journal-content">
      <div class="portlet-body">
        <div class="news-category">{esc(category or "", False)}</div>
        <h2 class="news-title">{esc(title)}</h2>
        <div class="news-date">{esc(dateline, False).replace(" | ", " |&nbsp;")}</div>
        <div class="journal-content-article">
{paras}
        </div>
        <div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>
        <div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>
{related}
        </ul></div>
      </div>
    </div>
  </div>
  <div class="column-2 sidebar">
    <div class="portlet-boundary"><h3>Tin mới</h3><ul>
{sidebar_html()}
    </ul></div>
    <div class="thongke">Lượt truy cập: 1.234.567</div>
  </div>
</div>
<div id="footer" class="footer">Bản quyền thuộc UBND {site}. Địa chỉ: số 1, đường 30/4. Điện thoại: 024.3871.1234</div>
<script>window.ga && ga('send', 'pageview');</script>
</body>
</html>
"""


def page_table(category, title, dateline, body, charset=None, site="xã Đông Hội", font=None):
    """An older table layout: no clutter classes, sidebar in a plain cell,
    body paragraphs as text separated by <br>."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    face = (lambda s: f'<font face="{font}">{s}</font>') if font else (lambda s: s)
    body_html = "<br>\n<br>\n".join(face(esc(p, font is None)) for p in body)
    side = "<br>\n".join(f'<a href="tin.asp?id={i}">{esc(h, False)}</a>' for i, h in enumerate(SIDEBAR))
    related = "<br>".join(f'<a href="tin.asp?id={20 + i}">- {esc(r, False)}</a>' for i, r in enumerate(RELATED))
    return f"""<html>
<head>{meta}
<title>{face(esc(site, False))}</title>
</head>
<body bgcolor="#FFFFFF">
<table width="980" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" alt="Trang thông tin điện tử"></td></tr>
<tr><td colspan="2"><a href="index.asp">Trang chủ</a> | <a href="gioithieu.asp">Giới thiệu</a> | <a href="tintuc.asp">Tin tức</a></td></tr>
<tr>
<td width="200" valign="top">
<b>Tin xem nhiều</b><br>
{side}
</td>
<td valign="top">
<table width="100%"><tr><td class="cat-name">{face(esc(category or "", False))}</td></tr>
<tr><td><b>{face(esc(title, False))}</b></td></tr>
<tr><td><i>{face(esc(dateline, False))}</i></td></tr>
<tr><td>
{body_html}
</td></tr>
<tr><td><b>Các tin khác:</b><br>{related}</td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" align="center">Trang thông tin điện tử {esc(site, False)} &copy; 2019</td></tr>
</table>
</body>
</html>
"""


def page_html5(category, title, dateline, body, charset="windows-1252"):
    """HTML5 with <header>/<nav>/<aside>/<footer>; `charset` may be a wrong label."""
    paras = "\n".join(f"    <p>{esc(p)}</p>" for p in body)
    side = "\n".join(f"      <li><a href='/p/{i}'>{esc(h, False)}</a></li>" for i, h in enumerate(SIDEBAR))
    return f"""<!doctype html>
<html><head><meta charset="{charset}"><title>{esc(title, False)}</title>
<script>/* <![CDATA[ */ var x = "</div>"; /* ]]> */</script></head>
<body>
<header><div class="site-name">Đảng bộ Khối cơ quan</div><nav><a href="/">Trang chủ</a> <a href="/dang">Xây dựng Đảng</a></nav></header>
<main>
  <article>
    <header><span class="category">{esc(category or "", False)}</span><h1>{esc(title)}</h1>
    <p class="meta">{esc(dateline, False)}</p></header>
{paras}
    <section class="related-posts"><h4>Bài viết liên quan</h4><ul>
      <li><a href="/r/1">{esc(RELATED[0], False)}</a></li><li><a href="/r/2">{esc(RELATED[2], False)}</a></li></ul></section>
  </article>
  <aside><h3>Đọc nhiều</h3><ul>
{side}
  </ul></aside>
</main>
<!-- footer: Lượt xem: 99 -->
<footer><p>&copy; 2021 Ban Tuyên giáo. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>
"""

# ---------------------------------------------------------------- legacy encodings
# TCVN 5712:1993 VN3 ("ABC"): code → letter (facts of the published table).
TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
}
for codes, letters in [
    ((0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "àảãáạ"), ((0xBB, 0xBC, 0xBD, 0xBE, 0xC6), "ằẳẵắặ"),
    ((0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "ầẩẫấậ"), ((0xCC, 0xCE, 0xCF, 0xD0, 0xD1), "èẻẽéẹ"),
    ((0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "ềểễếệ"), ((0xD7, 0xD8, 0xDC, 0xDD, 0xDE), "ìỉĩíị"),
    ((0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "òỏõóọ"), ((0xE5, 0xE6, 0xE7, 0xE8, 0xE9), "ồổỗốộ"),
    ((0xEA, 0xEB, 0xEC, 0xED, 0xEE), "ờởỡớợ"), ((0xEF, 0xF1, 0xF2, 0xF3, 0xF4), "ùủũúụ"),
    ((0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "ừửữứự"), ((0xFA, 0xFB, 0xFC, 0xFD, 0xFE), "ỳỷỹýỵ"),
]:
    for c, l in zip(codes, letters):
        TCVN3[c] = l
TCVN3_ENC = {v: k for k, v in TCVN3.items()}


def encode_tcvn3(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in TCVN3_ENC:
            out.append(TCVN3_ENC[ch])
        else:
            raise ValueError(f"no TCVN3 code for {ch!r}")
    return bytes(out)

# VNI-Windows: base letter + mark byte; single bytes for ơ ư đ and some i/y letters.
VNI_TONE = {"\u0301": (0xF9, 0xD9), "\u0300": (0xF8, 0xD8), "\u0309": (0xFB, 0xDB), "\u0303": (0xF5, 0xD5), "\u0323": (0xEF, 0xCF)}
VNI_CIRC = {None: (0xE2, 0xC2), "\u0301": (0xE1, 0xC1), "\u0300": (0xE0, 0xC0), "\u0309": (0xE5, 0xC5), "\u0303": (0xE3, 0xC3), "\u0323": (0xE4, 0xC4)}
VNI_BREVE = {None: (0xEA, 0xCA), "\u0301": (0xE9, 0xC9), "\u0300": (0xE8, 0xC8), "\u0309": (0xFA, 0xDA), "\u0303": (0xFC, 0xDC), "\u0323": (0xEB, 0xCB)}
VNI_SINGLE = {"ơ": 0xF4, "ư": 0xF6, "đ": 0xF1, "í": 0xED, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "ị": 0xF2, "ỵ": 0xEE,
              "Ơ": 0xD4, "Ư": 0xD6, "Đ": 0xD1, "Í": 0xCD, "Ì": 0xCC, "Ỉ": 0xC6, "Ĩ": 0xD3, "Ị": 0xD2, "Ỵ": 0xCE}


def encode_vni(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch)); continue
        if ch in VNI_SINGLE:
            out.append(VNI_SINGLE[ch]); continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        upper = base.isupper()
        tone = next((m for m in marks if m in VNI_TONE), None)
        if "\u031B" in marks:  # horn: ơ / ư carry the tone as a plain mark byte
            horn = unicodedata.normalize("NFC", base + "\u031B")
            out.append(VNI_SINGLE[horn])
            if tone:
                out.append(VNI_TONE[tone][1 if upper else 0])
            continue
        if not base.isascii():
            raise ValueError(f"no VNI code for {ch!r}")
        out.append(ord(base))
        if "\u0302" in marks:
            out.append(VNI_CIRC[tone][1 if upper else 0])
        elif "\u0306" in marks:
            out.append(VNI_BREVE[tone][1 if upper else 0])
        elif tone:
            out.append(VNI_TONE[tone][1 if upper else 0])
    return bytes(out)


def encode_cp1258(text):
    """windows-1258: precomposed where the code page has the letter, else base + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        # compose the base with its vowel mark (â ê ô ă ơ ư) when the code page has it
        base, rest = parts[0], parts[1:]
        vowel_mark = next((m for m in rest if m in "\u0302\u0306\u031B"), None)
        if vowel_mark:
            base, rest = unicodedata.normalize("NFC", base + vowel_mark), rest.replace(vowel_mark, "")
        out += (base + rest).encode("cp1258")
    return bytes(out)

# ---------------------------------------------------------------- WARC

def warc_record(fields, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def warc_file(pages):
    """[(url, html bytes)] → list of uncompressed records (info, request/response pairs, extras)."""
    date = "2021-03-01T08:00:00Z"
    recs = [warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", date), ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000000>"),
                         ("Content-Type", "application/warc-fields")], b"software: make_corpus_formats.py\r\nformat: WARC File Format 1.0\r\n")]
    for i, (url, body) in enumerate(pages):
        req = f"GET {url.split('/', 3)[3] if url.count('/') >= 3 else '/'} HTTP/1.1\r\nHost: example.gov.vn\r\n\r\n".encode()
        recs.append(warc_record([("WARC-Type", "request"), ("WARC-Target-URI", url), ("WARC-Date", date),
                                 ("WARC-Record-ID", f"<urn:uuid:00000000-0000-4000-8000-{2 * i + 1:012d}>"),
                                 ("Content-Type", "application/http; msgtype=request")], req))
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
        recs.append(warc_record([("WARC-Type", "response"), ("WARC-Target-URI", url), ("WARC-Date", date),
                                 ("WARC-Record-ID", f"<urn:uuid:00000000-0000-4000-8000-{2 * i + 2:012d}>"),
                                 ("Content-Type", "application/http; msgtype=response")], http))
    png = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    recs.append(warc_record([("WARC-Type", "response"), ("WARC-Target-URI", "http://example.gov.vn/logo.png"), ("WARC-Date", date),
                             ("Content-Type", "application/http; msgtype=response")], png))
    notfound = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><body><p>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</p></body></html>"
    recs.append(warc_record([("WARC-Type", "response"), ("WARC-Target-URI", "http://example.gov.vn/missing"), ("WARC-Date", date),
                             ("Content-Type", "application/http; msgtype=response")], notfound))
    return recs


def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(data)
    return buf.getvalue()

# ---------------------------------------------------------------- main

def main():
    arts = sources()
    if not arts:
        sys.exit("no source articles found")
    for sub in ("html", "legacy"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "html", "*")) + glob.glob(os.path.join(OUT, "legacy", "*")):
        os.remove(old)
    manifest = []   # (file, index, twin, format, conversion, url)

    def write(rel, data):
        with open(os.path.join(OUT, rel), "wb") as f:
            f.write(data)

    templates = [
        lambda c, t, d, b: page_liferay(c, t, d, b).encode("utf-8"),
        lambda c, t, d, b: page_table(c, t, d, b, charset="utf-8").encode("utf-8"),
        lambda c, t, d, b: page_html5(c, t, d, b, charset="windows-1252").encode("utf-8"),  # mislabelled UTF-8
    ]
    pages = []
    for i, (name, twin, text) in enumerate(arts):
        c, t, d, b = parse_article(text)
        data = templates[i % len(templates)](c, t, d, b)
        write(f"html/{name}.html", data)
        manifest.append((f"html/{name}.html", 0, twin, "html", "", ""))
        pages.append((name, twin, data, (c, t, d, b)))

    # gzip of one page
    name, twin, data, _ = pages[0]
    write(f"html/{name}.html.gz", gz(data))
    manifest.append((f"html/{name}.html.gz", 0, twin, "html", "", ""))

    # legacy encodings: the first articles whose letters the tables can encode
    def first_encodable(encoder):
        for name, twin, _, parts in pages:
            c, t, d, b = parts
            try:
                encoder("\n".join([c or "", t, d] + b))
                return name, twin, parts
            except (ValueError, UnicodeEncodeError):
                continue
        return None
    for conv, encoder, font in [("tcvn3", encode_tcvn3, ".VnTime"), ("vni", encode_vni, "VNI-Times"),
                                ("windows-1258", encode_cp1258, None)]:
        pick = first_encodable(encoder)
        if not pick:
            print(f"warning: no article encodable in {conv}", file=sys.stderr)
            continue
        name, twin, (c, t, d, b) = pick
        label = {"tcvn3": None, "vni": None, "windows-1258": "windows-1258"}[conv]
        page = page_table(c, t, d, b, charset=label, font=font)
        write(f"legacy/{name}.{conv}.html", encoder(page))
        manifest.append((f"legacy/{name}.{conv}.html", 0, twin, "html", conv, ""))
        if conv != "windows-1258":
            plain = "\n".join(([c, ""] if c else []) + [t, d, ""] + "\n\n".join(b).split("\n")) + "\n"
            write(f"legacy/{name}.{conv}.txt", encoder(plain))
            manifest.append((f"legacy/{name}.{conv}.txt", 0, twin, "text", conv, ""))
            if conv == "tcvn3":
                # TCVN3 bytes saved again as UTF-8 of their Latin-1 reading (font-encoded text in a Unicode file)
                write(f"legacy/{name}.tcvn3-in-utf8.txt", encoder(plain).decode("latin-1").encode("utf-8"))
                manifest.append((f"legacy/{name}.tcvn3-in-utf8.txt", 0, twin, "text", conv, ""))

    # WARC: the first (up to) four pages
    warc_pages = [(f"http://portal.example.gov.vn/tin-tuc/{name}", data) for name, _, data, _ in pages[:4]]
    records = warc_file(warc_pages)
    write("archive.warc.gz", b"".join(gz(r) for r in records))
    write("archive.warc", b"".join(records))
    for k, (name, twin, _, _) in enumerate(pages[:4]):
        for f in ("archive.warc.gz", "archive.warc"):
            manifest.append((f, k, twin, "warc", "", warc_pages[k][0]))

    # JSON Lines: html, full text, and bare body with title/published fields
    lines = []
    for k, (name, twin, data, (c, t, d, b)) in enumerate(pages[:6]):
        url = f"http://portal.example.gov.vn/bai-viet/{name}"
        kind = k % 3
        if kind == 0:
            obj = {"url": url, "html": data.decode("utf-8")}
        elif kind == 1:
            obj = {"url": url, "text": "\n".join(([c, ""] if c else []) + [t, d, ""]) + "\n\n".join(b)}
        else:
            day, month, year = d.split()[2].split("/")
            time = d.split("|")[1].strip() if d.count("|") >= 2 else "00:00"
            obj = {"url": url, "title": t, "published": f"{year}-{month}-{day}T{time}", "text": "\n\n".join(b)}
        lines.append(json.dumps(obj, ensure_ascii=False))
        manifest.append(("posts.jsonl", k, twin, "jsonl", "", url, "body" if kind == 2 else "full"))
    write("posts.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))

    write("sidebar_headlines.list", ("\n".join(SIDEBAR + RELATED) + "\n").encode("utf-8"))
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tindex\ttwin\tformat\tconversion\turl\tcompare\n")
        for row in manifest:
            row = row if len(row) == 7 else row + ("full",)
            f.write("\t".join(str(x) for x in row) + "\n")
    print(f"{len(arts)} articles → {len(manifest)} posts in {os.path.relpath(OUT, ROOT)}/")


if __name__ == "__main__":
    main()
