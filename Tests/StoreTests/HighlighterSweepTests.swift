import Foundation
import Testing
import Kiemdiem

/// Issue 16 row 2: the highlighter finds the marks covering each piece in one
/// sweep (it filtered every mark for every piece: quadratic, a 10 MB post's
/// report took 22 s). The output must be exactly what the filter gave.
@Suite struct HighlighterSweepTests {
    /// The former algorithm, kept here as the reference.
    static func reference(text: String, marks: [Highlighter.Mark]) -> String {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        let clipped = marks.compactMap { m -> Highlighter.Mark? in
            let s = min(max(0, m.span.start), n), e = min(max(0, m.span.end), n)
            return s < e ? Highlighter.Mark(span: Span(s, e), kind: m.kind, note: m.note) : nil
        }
        var bounds = Set([0, n])
        for m in clipped { bounds.insert(m.span.start); bounds.insert(m.span.end) }
        let cuts = bounds.sorted()
        var out = ""
        for (a, b) in zip(cuts, cuts.dropFirst()) where a < b {
            let piece = HTMLEscape.text(String(String.UnicodeScalarView(scalars[a..<b])))
            let covering = clipped.filter { $0.span.start <= a && b <= $0.span.end }
            if covering.isEmpty { out += piece; continue }
            var kinds: [String] = []
            for m in covering where !kinds.contains(m.kind) { kinds.append(m.kind) }
            let notes = covering.map(\.note).joined(separator: "\n")
            out += "<mark class=\"\(kinds.map { "h-\($0)" }.joined(separator: " "))\" title=\"\(HTMLEscape.text(notes))\">\(piece)</mark>"
        }
        return out
    }

    @Test func theSweepGivesTheSameHTMLAsTheFilter() {
        var rng = SystemRandomNumberGenerator()
        let text = String(repeating: "Đảng ủy <b>12</b> chi bộ & \"HTXSNV\"; ", count: 12)
        let n = text.unicodeScalars.count
        for round in 0..<300 {
            let count = round % 40
            let marks = (0..<count).map { i -> Highlighter.Mark in
                let s = Int.random(in: -5...(n + 5), using: &rng)
                let len = Int.random(in: 0...(round % 3 == 0 ? 200 : 15), using: &rng)
                return Highlighter.Mark(span: Span(s, s + len), kind: ["rating", "date", "finding-warning"][i % 3], note: "note \(i) <\(s)>")
            }
            #expect(Highlighter.html(text: text, marks: marks) == Self.reference(text: text, marks: marks), "round \(round)")
        }
    }
}
