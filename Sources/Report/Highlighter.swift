import KiemdiemCore

/// Marks the extracted facts of a record in its text, at their spans.
///
/// Spans are Unicode scalar offsets, so the text is cut by scalars, not by
/// `Character`s or UTF-16 units. Overlapping spans are split at every
/// boundary; each piece carries the classes of all the facts covering it.
public enum Highlighter {
    /// A fact to mark: its span, CSS class and tooltip.
    public struct Mark: Sendable {
        public var span: Span
        public var kind: String
        public var note: String
        /// An id for the start of the span (links from the findings go there).
        public var anchor: String?
        public init(span: Span, kind: String, note: String, anchor: String? = nil) {
            self.span = span; self.kind = kind; self.note = note; self.anchor = anchor
        }
    }

    /// Every fact and finding span of `r` as marks, described in `strings`'
    /// language; the first non-empty span of finding number k in
    /// `r.findings` carries the anchor `anchor(k)`.
    public static func marks(of r: ArticleRecord, strings t: ReportStrings = .english,
                             anchor: (Int) -> String? = { _ in nil }) -> [Mark] {
        var out: [Mark] = []
        for x in r.ratings {
            var what = "\(t.name(x.subject)) \(t.name(x.stage)) \(x.level.rawValue)\(x.orAbove ? " " + t.orAbove : "")"
            if let c = x.count { what += ": \(x.approx ? "~" : "")\(c)" }
            if let p = x.percent { what += " (\(p)%)" }
            if let of = x.of { what += " \(t.of) \(of)" }
            if let y = x.year { what += ", \(y)" }
            out.append(Mark(span: x.span, kind: "rating", note: t.legendRating + ": " + what))
        }
        for x in r.totals { out.append(Mark(span: x.span, kind: "total", note: "\(t.legendTotal): \(t.name(x.subject)) \(x.what.rawValue): \(x.count)")) }
        for x in r.dates {
            out.append(Mark(span: x.span, kind: "date", note: "\(t.legendDate): \(x.start)\(x.end != x.start ? "..\(x.end)" : "") (\(x.grain.rawValue))\(x.planned ? ", " + t.planned : "")"))
        }
        for x in r.documents {
            out.append(Mark(span: x.span, kind: "document", note: "\(t.legendDocument): \(x.kind ?? "?") \(x.number)\(x.issuer.map { "/\($0)" } ?? "")\(x.date.map { ", \($0)" } ?? "")"))
        }
        for x in r.officials { out.append(Mark(span: x.span, kind: "official", note: "\(t.legendOfficial): \(x.name): \(x.titles.joined(separator: ", "))")) }
        let n = r.text.unicodeScalars.count
        for (k, f) in r.findings.enumerated() {
            let first = f.spans.firstIndex { anchored($0, n) != nil }
            for (j, s) in f.spans.enumerated() {
                out.append(Mark(span: s, kind: "finding", note: "\(t.name(f.rule)): \(f.message)", anchor: j == first ? anchor(k) : nil))
            }
        }
        return out
    }

    /// `span` clipped to a text of `n` scalars, nil when nothing is left.
    static func anchored(_ span: Span, _ n: Int) -> Span? {
        let s = min(max(0, span.start), n), e = min(max(0, span.end), n)
        return s < e ? Span(s, e) : nil
    }

    /// The anchors `html(text:marks:)` writes for `marks` in a text of `n` scalars.
    public static func anchors(of marks: [Mark], textLength n: Int) -> [String] {
        marks.compactMap { m in m.anchor.flatMap { anchored(m.span, n) == nil ? nil : $0 } }
    }

    /// The escaped HTML of `text` with `marks` wrapped in `<mark>` elements.
    /// Spans outside the text are clipped; empty spans are ignored. A mark's
    /// anchor becomes the `id` of the element where its span starts (more
    /// anchors starting at one place: empty `<span id>`s just before it).
    public static func html(text: String, marks: [Mark]) -> String {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        let clipped = marks.compactMap { m -> Mark? in
            anchored(m.span, n).map { Mark(span: $0, kind: m.kind, note: m.note, anchor: m.anchor) }
        }
        var bounds = Set([0, n])
        for m in clipped { bounds.insert(m.span.start); bounds.insert(m.span.end) }
        let cuts = bounds.sorted()
        var out = ""
        // One sweep over the cuts: `active` holds the marks covering the current
        // piece, in their given order (a filter of every mark per piece was
        // quadratic: a 10 MB post took 22 s). Every start and end is a cut, so a
        // mark covers the piece [a, b) exactly when start <= a < end.
        let byStart = clipped.indices.sorted { (clipped[$0].span.start, $0) < (clipped[$1].span.start, $1) }
        var next = 0
        var active: [Int] = []
        for (a, b) in zip(cuts, cuts.dropFirst()) where a < b {
            let piece = HTMLEscape.text(String(String.UnicodeScalarView(scalars[a..<b])))
            active.removeAll { clipped[$0].span.end <= a }
            while next < byStart.count, clipped[byStart[next]].span.start <= a {
                let i = byStart[next]
                if clipped[i].span.end > a {
                    var lo = 0, hi = active.count
                    while lo < hi { let mid = (lo + hi) / 2; if active[mid] < i { lo = mid + 1 } else { hi = mid } }
                    active.insert(i, at: lo)
                }
                next += 1
            }
            let covering = active.map { clipped[$0] }
            if covering.isEmpty { out += piece; continue }
            var kinds: [String] = []
            for m in covering where !kinds.contains(m.kind) { kinds.append(m.kind) }
            let notes = covering.map(\.note).joined(separator: "\n")
            let ids = covering.filter { $0.span.start == a }.compactMap(\.anchor)
            for extra in ids.dropFirst() { out += "<span class=\"anchor\" id=\"\(HTMLEscape.text(extra))\"></span>" }
            let id = ids.first.map { " id=\"\(HTMLEscape.text($0))\"" } ?? ""
            out += "<mark\(id) class=\"\(kinds.map { "h-\($0)" }.joined(separator: " "))\" title=\"\(HTMLEscape.text(notes))\">\(piece)</mark>"
        }
        return out
    }
}
