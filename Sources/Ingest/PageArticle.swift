import Foundation
import KiemdiemIngestNative

/// The article on a portal page: its header fields and body paragraphs,
/// without the page's navigation, sidebars, related-news lists and footer.
public struct ExtractedArticle: Sendable, Equatable {
    /// The category (chuyên mục) as shown, if the page shows one.
    public var category: String?
    public var title: String?
    /// The publication line in portal form: `Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 275`.
    public var dateLine: String?
    /// Body paragraphs in order.
    public var paragraphs: [String]

    /// The article in the portal plain-text layout that `.txt` articles use:
    /// category, title, publication line, blank line, paragraphs separated by blank lines.
    public var layoutText: String {
        var head: [String] = []
        if let category { head.append(category) }
        if let title { head.append(title) }
        if let dateLine { head.append(dateLine) }
        var text = head.joined(separator: "\n")
        if !paragraphs.isEmpty {
            if !text.isEmpty { text += "\n\n" }
            text += paragraphs.joined(separator: "\n\n")
        }
        return text + "\n"
    }
}

/// Finds the article block on a parsed page. Scores blocks by the amount of
/// plain (non-link) paragraph text they hold, after dropping elements that
/// are clutter by tag (script, nav, footer, …), by class or id (sidebar,
/// menu, related news, …) or by being hidden.
enum PageArticle {
    /// Tags whose content is never article text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "nav", "footer", "aside", "form", "button",
        "select", "option", "input", "textarea", "object", "embed", "canvas", "menu", "head", "link", "meta", "map",
    ]
    /// Class or id fragments that mark clutter blocks.
    static let clutterFragments: [String] = [
        "sidebar", "side-bar", "sidebox", "menu", "navbar", "navigation", "breadcrumb", "footer", "related", "lienquan",
        "lien-quan", "lien_quan", "tinkhac", "tin-khac", "tin_khac", "othernews", "other-news", "other_news", "morenews",
        "more-news", "share", "social", "comment", "banner", "advert", "quangcao", "quang-cao", "widget", "copyright",
        "popup", "modal", "login", "search", "toolbar", "pagination", "mostview", "most-view", "xemnhieu", "xem-nhieu",
        "hotnews", "hot-news", "tinmoi", "tin-moi", "latest", "newest", "weblink", "lienket", "lien-ket", "thongke",
        "counter", "visitor", "tags", "rating-box", "print", "poll",
    ]
    /// Whole class/id tokens that mark clutter (too short to match as fragments).
    static let clutterTokens: Set<String> = ["nav", "ads", "ad", "top", "topbar", "header", "site-header", "logo", "right", "left-col", "right-col", "col-right", "hidden"]
    /// Tags that start a new line of text.
    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "blockquote", "dl", "dt", "dd", "pre", "hr", "center", "main", "header", "figure",
        "figcaption", "address", "body", "html", "caption",
    ]
    /// Blocks that are one paragraph each.
    static let paragraphTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "caption"]
    /// Class or id fragments of blocks that hold article text.
    static let articleFragments = ["sapo", "lead", "summary", "content", "detail", "body", "noidung", "noi-dung", "chitiet", "chi-tiet", "tomtat", "tom-tat", "excerpt", "entry", "article"]
    static let categoryFragments = ["category", "chuyen-muc", "chuyenmuc", "chuyen_muc", "catname", "cat-name", "cate-name", "article-cat"]

    static func isClutter(_ n: HTMLNode) -> Bool {
        if let known = n.clutter { return known }
        let verdict = judgeClutter(n)
        n.clutter = verdict
        return verdict
    }

    static func judgeClutter(_ n: HTMLNode) -> Bool {
        if droppedTags.contains(n.name) { return true }
        if n.name == "header" && !n.isInside("article") { return true }
        if n.attributes["hidden"] != nil || n.attributes["aria-hidden"] == "true" { return true }
        if let style = n.attributes["style"]?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let ci = n.classAndID
        if ci.trimmingSpaces.isEmpty { return false }
        if n.name == "body" || n.name == "html" { return false }
        for f in clutterFragments where ci.contains(f) { return true }
        for token in ci.split(whereSeparator: { $0 == " " || $0 == "_" }) where clutterTokens.contains(String(token)) { return true }
        return false
    }

    /// A line of rendered text and the block that holds it.
    struct Line {
        var text: String
        var linkChars: Int
        var block: HTMLNode
    }

    /// Renders `node` to lines, breaking at block elements and `<br>`.
    static func render(_ node: HTMLNode, skipClutter: Bool = true) -> [Line] {
        var lines: [Line] = []
        var current = "", links = 0
        var blockStack: [HTMLNode] = [node]
        func flush() {
            let t = clean(current)
            if !t.isEmpty { lines.append(Line(text: t, linkChars: min(links, t.count), block: blockStack.last!)) }
            current = ""; links = 0
        }
        func walk(_ n: HTMLNode, inLink: Bool) {
            if n.kind == .text {
                current += n.text
                if inLink { links += clean(n.text).count }
                return
            }
            if skipClutter && isClutter(n) { return }
            let isBlock = blockTags.contains(n.name)
            if isBlock { flush(); blockStack.append(n) }
            for c in n.children { walk(c, inLink: inLink || n.name == "a") }
            if isBlock { flush(); blockStack.removeLast() }
        }
        walk(node, inLink: false)
        flush()
        return lines
    }

    /// Collapses white space (NBSP included), drops invisible characters, trims.
    /// `clean(s)` when it is at most `maxUTF8` bytes long, else nil (found
    /// without cleaning the rest: a long paragraph is never a date line).
    static func clean<S: StringProtocol>(_ s: S, maxUTF8: Int) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(min(s.utf8.count, maxUTF8) + 4)
        var space = false
        for u in s.unicodeScalars {
            if isInvisible(u) { continue }
            if isWhitespace(u) {
                space = true
            } else {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                append(u, to: &out)
                if out.count > maxUTF8 { return nil }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func clean(_ s: String) -> String { clean(s, maxUTF8: Int.max)! }

    /// The zero-width and soft-hyphen scalars `clean` drops.
    @inline(__always) static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        u.value == 0x200B || u.value == 0xFEFF || u.value == 0x00AD || u.value == 0x200C || u.value == 0x200D
    }

    /// `u.properties.isWhitespace`, answered without the property tables for ASCII.
    @inline(__always) static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return u.properties.isWhitespace
    }

    /// Appends the UTF-8 bytes of `u`.
    @inline(__always) static func append(_ u: Unicode.Scalar, to out: inout [UInt8]) {
        let v = u.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    static func firstElement(_ root: HTMLNode, where test: (HTMLNode) -> Bool) -> HTMLNode? {
        var found: HTMLNode?
        func walk(_ n: HTMLNode) {
            if found != nil { return }
            if n.kind == .element && test(n) { found = n; return }
            for c in n.children { walk(c) }
        }
        walk(root)
        return found
    }

    static func meta(_ root: HTMLNode, _ key: String) -> String? {
        firstElement(root) { $0.name == "meta" && ($0.attributes["property"] == key || $0.attributes["name"] == key) }?
            .attributes["content"].map(clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Extracts the article; nil when the page holds no text at all.
    static func extract(_ root: HTMLNode, title fallbackTitle: String? = nil, published fallbackPublished: String? = nil) -> ExtractedArticle? {
        // Header fields first, from the whole page.
        let pageTitle = firstElement(root) { $0.name == "title" }.map { clean($0.allText) }
        let ogTitle = meta(root, "og:title")
        var category = meta(root, "article:section")
        if let node = firstElement(root, where: { n in
            !["body", "html", "a"].contains(n.name) && !isClutterAncestry(n) && categoryFragments.contains(where: n.classAndID.contains) && !clean(n.allText).isEmpty
        }) {
            let t = clean(node.allText)
            if t.count <= 80 { category = t }
        }
        if category == nil, let crumbs = firstElement(root, where: { $0.classAndID.contains("breadcrumb") }) {
            var items: [String] = []
            crumbs.descendants { n in
                if n.name == "a" || n.name == "li" && !n.children.contains(where: { $0.name == "a" }) {
                    let t = clean(n.allText)
                    if !t.isEmpty && !items.contains(t) { items.append(t) }
                }
            }
            let homeWords = ["trang chủ", "home", "trang chu"]
            items.removeAll { homeWords.contains($0.lowercased()) || $0 == "»" || $0 == ">" }
            category = items.last
        }

        let lines = render(root)
        guard !lines.isEmpty else { return nil }
        let dateIndex = lines.firstIndex(where: { isDateLine($0.text) })
        // The title: a heading (or a block styled as a title) right above the
        // publication line, else the page's first h1, else the plain line
        // above the publication line, else what the page's metadata says.
        var title: String?
        if let d = dateIndex, d > 0 {
            let above = lines[d - 1]
            if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(above.block.name) || above.block.classAndID.contains("title") {
                title = above.text
            }
        }
        if title == nil, let h1 = firstElement(root, where: { n in n.name == "h1" && !isClutterAncestry(n) && !clean(n.allText).isEmpty }) {
            title = clean(h1.allText)
        }
        if title == nil, let d = dateIndex, d > 0, (10...300).contains(lines[d - 1].text.count),
           lines[d - 1].linkChars * 2 <= lines[d - 1].text.count, lines[d - 1].text != category {
            title = lines[d - 1].text
        }
        if title == nil { title = fallbackTitle ?? ogTitle ?? pageTitle.map(stripSiteName) }
        if title?.isEmpty == true { title = nil }
        var dateLine = dateIndex.map { canonicalDateLine(lines[$0].text) } ?? nil
        if dateLine == nil, let p = fallbackPublished ?? meta(root, "article:published_time") { dateLine = dateLineFromISO(p) }

        // The body: the block with the most plain paragraph text.
        var score: [ObjectIdentifier: Double] = [:]
        var depth: [ObjectIdentifier: Int] = [:]
        func blockAncestors(_ n: HTMLNode) -> [HTMLNode] {
            var out: [HTMLNode] = [n]
            var p = n.parent
            while let x = p, out.count < 4 {
                if blockTags.contains(x.name) { out.append(x) }
                p = x.parent
            }
            return out
        }
        func depthOf(_ n: HTMLNode) -> Int { var d = 0; var p = n.parent; while let x = p { d += 1; p = x.parent }; return d }
        var nodes: [ObjectIdentifier: HTMLNode] = [:]
        var order: [ObjectIdentifier] = []   // first credited first, for deterministic ties
        for (i, line) in lines.enumerated() {
            let length = line.text.count
            guard length >= 25, Double(line.linkChars) < 0.3 * Double(length), i != dateIndex else { continue }
            // A paragraph credits the block holding it (fully) and that block's parent (half);
            // text written straight into a div or cell credits that block and its parent.
            var chain = blockAncestors(line.block)
            if paragraphTags.contains(line.block.name) { chain.removeFirst() }
            for (k, b) in chain.prefix(2).enumerated() {
                let id = ObjectIdentifier(b)
                score[id, default: 0] += Double(length) * (k == 0 ? 1 : 0.5)
                if nodes[id] == nil { nodes[id] = b; order.append(id); depth[id] = depthOf(b) }
            }
        }
        var bestNode: HTMLNode?
        var best = -1.0
        var bestDepth = -1
        for id in order {
            let s = score[id]!, d = depth[id]!
            // Ties go to the deeper block (a cell rather than its row), then to the earlier one.
            if s > best || (s == best && d > bestDepth) { best = s; bestNode = nodes[id]; bestDepth = d }
        }
        var body: [String] = []
        if let top = bestNode {
            // Siblings that also hold article text (a lead in its own block, say) join in document order.
            var containers = [top]
            if let parent = top.parent, parent.name != "#document" {
                containers = parent.children.filter { c in
                    if c === top { return true }
                    guard c.kind == .element, !isClutter(c) else { return false }
                    // A plain paragraph next to the body, or a block named like article text (a lead, say).
                    let rendered = render(c)
                    let length = rendered.reduce(0) { $0 + $1.text.count }
                    let linked = rendered.reduce(0) { $0 + $1.linkChars }
                    guard length > 0, linked * 4 < length else { return false }
                    if c.name == "p" || c.name == "blockquote" { return length >= 40 && !rendered.contains { isDateLine($0.text) } }
                    return articleFragments.contains(where: c.classAndID.contains) && (score[ObjectIdentifier(c)] ?? 0) >= 0.1 * best
                }
            }
            var bodyLines: [Line] = []
            for c in containers { bodyLines += render(c) }
            // A publication line at the top of the block ends the header (title, category) above it;
            // one further down (some portals print it under the body) is dropped alone.
            if let d = bodyLines.firstIndex(where: { isDateLine($0.text) }) {
                if d <= 3 { bodyLines.removeFirst(d + 1) } else { bodyLines.remove(at: d) }
            }
            for line in bodyLines {
                let t = line.text
                if line.linkChars * 2 > t.count { continue }               // link lists
                if t == title || t == category || isDateLine(t) { continue }
                body.append(t)
            }
        } else if let d = dateIndex {
            body = lines[(d + 1)...].filter { $0.linkChars * 2 <= $0.text.count }.map(\.text)
        }
        return ExtractedArticle(category: category, title: title, dateLine: dateLine, paragraphs: body)
    }

    static func isClutterAncestry(_ n: HTMLNode) -> Bool {
        var p: HTMLNode? = n
        while let x = p { if x.kind == .element && isClutter(x) { return true }; p = x.parent }
        return false
    }

    /// `Page title - Site name` → `Page title`.
    static func stripSiteName(_ t: String) -> String {
        for sep in [" | ", " - ", " – "] {
            if let r = t.range(of: sep, options: .backwards) {
                let head = String(t[..<r.lowerBound])
                if head.count >= 15 { return head }
            }
        }
        return t
    }

    /// A line carrying the publication date (and view count) of the post.
    static func isDateLine(_ t: String) -> Bool {
        guard t.utf8.count <= 400 else { return false }
        // A line that neither starts with n/đ/c/t (any case: the first letters of
        // the prefixes) nor holds "xem" (any case) matches none of the tests below.
        let u = t.utf8
        let first = t.unicodeScalars.first.map { $0.value } ?? 0
        let mayStart = [0x6E, 0x4E, 0x63, 0x43, 0x74, 0x54, 0x111, 0x110].contains(first)
        if !mayStart {
            var hasXem = false
            var i = u.startIndex
            var run = 0
            while i != u.endIndex {
                let b = u[i] | 0x20
                run = (run == 0 && b == 0x78) || (run == 1 && b == 0x65) || (run == 2 && b == 0x6D)
                    ? run + 1 : (b == 0x78 ? 1 : 0)
                if run == 3 { hasXem = true; break }
                i = u.index(after: i)
            }
            if !hasXem { return false }
        }
        let lower = t.lowercased()
        let prefixes = ["ngày đăng", "đăng ngày", "ngày cập nhật", "cập nhật:", "cập nhật lúc", "ngày xuất bản", "thời gian đăng"]
        guard prefixes.contains(where: lower.hasPrefix) || lower.contains("lượt xem") else { return false }
        return t.count <= 100 && t.firstMatch(of: dateRegex) != nil
    }

    nonisolated(unsafe) static let dateRegex = try! Regex(#"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})"#)
    nonisolated(unsafe) static let timeRegex = try! Regex(#"(?:^|[^\d/])(\d{1,2})\s*[:h]\s*(\d{2})(?![\d/])"#)
    nonisolated(unsafe) static let viewsRegex = try! Regex(#"(?i)lượt xem\s*:?\s*([\d.,]+)|([\d.,]+)\s*lượt xem"#)

    /// `Ngày đăng 08/12/2020 | 17:41  | Lượt xem: 275` in its one canonical spacing.
    static func canonicalDateLine(_ t: String) -> String? {
        guard let d = t.firstMatch(of: dateRegex) else { return nil }
        let date = "\(d.output[1].substring!)/\(d.output[2].substring!)/\(d.output[3].substring!)"
        var parts = ["Ngày đăng \(date)"]
        let afterDate = t[d.range.upperBound...]
        if let m = afterDate.firstMatch(of: timeRegex) {
            parts.append("\(m.output[1].substring!):\(m.output[2].substring!)")
        }
        if let v = t.firstMatch(of: viewsRegex) {
            let raw = (v.output[1].substring ?? v.output[2].substring).map(String.init) ?? ""
            // As written (thousands separators kept), without trailing punctuation.
            let count = String(raw.reversed().drop(while: { !$0.isNumber }).reversed())
            if !count.isEmpty { parts.append("Lượt xem: \(count)") }
        }
        return parts.joined(separator: " | ")
    }

    /// `2020-12-08T17:41:00+07:00` → `Ngày đăng 08/12/2020 | 17:41`.
    static func dateLineFromISO(_ s: String) -> String? {
        let c = Array(s)
        guard c.count >= 10, c[4] == "-", c[7] == "-" else { return nil }
        var line = "Ngày đăng \(String(c[8..<10]))/\(String(c[5..<7]))/\(String(c[0..<4]))"
        if c.count >= 16, c[10] == "T" || c[10] == " ", c[13] == ":" { line += " | \(String(c[11..<16]))" }
        return line
    }
}

extension String {
    var trimmingSpaces: String { String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()) }
}
