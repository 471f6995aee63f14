import KiemdiemCore

/// `date_after_publication` (warning): a date the article reports as done
/// starts after the article's publication date.
///
/// Silent for planned dates (`planned`, or a planning cue such as "trước
/// ngày", "dự kiến", "phấn đấu", "sẽ" earlier in the same clause, or "tới"
/// inside the mention: "trong quý tới"), for
/// year-grain mentions (too coarse: "năm 2021" in a December plan), for
/// impossible dates and when the publication date is unknown.
public struct DateAfterPublicationRule: ArticleRule {
    public let rule = Rule.dateAfterPublication
    public init() {}

    /// Words that mark a date as a plan or deadline when they come before it
    /// in the same clause ("trước ngày 15/12", "dự kiến ngày 20/12", "sẽ tổ chức vào ngày …").
    static let cuesBefore = ["trước ngày", "dự kiến", "phấn đấu", "sẽ ", "chậm nhất", "hạn chót", "hạn cuối",
                             "đến hết", "chỉ tiêu", "phương hướng", "định hướng", "kế hoạch tổ chức", "dự định"]
    /// Words inside the mention itself that make it forward-looking ("trong quý tới", "tuần sau").
    static let cuesInside = ["tới", "sắp", "sau", "dự kiến", "trước ngày", "kế tiếp"]

    /// Words that make a whole sentence a plan or schedule.
    /// (Not "kế hoạch" alone: a plan document dated after the post is still an error.)
    static let sentenceCues = ["dự kiến", "trước ngày", "sẽ ", "bắt đầu từ", "lộ trình", "chương trình công tác",
                               "phấn đấu", "chỉ tiêu", "định hướng", "phương hướng", "nhiệm vụ năm"]

    /// The sentence holding `span`, lowercased: back and forward to ".", "!", "?" or a line break, at most 400 scalars each way.
    static func sentence(around span: Span, in u: [Unicode.Scalar]) -> String {
        let stops = ".!?\n".unicodeScalars
        var lo = max(0, min(span.start, u.count)), hi = max(lo, min(span.end, u.count))
        var n = 0
        while lo > 0, n < 400, !stops.contains(u[lo - 1]) { lo -= 1; n += 1 }
        n = 0
        while hi < u.count, n < 400, !stops.contains(u[hi]) { hi += 1; n += 1 }
        return String(String.UnicodeScalarView(u[lo..<hi])).lowercased()
    }

    /// The clause before `start`: back to the last sentence or clause break, at most 60 scalars.
    static func clause(before start: Int, in scalars: [Unicode.Scalar]) -> String {
        let hi = max(0, min(start, scalars.count))
        return clause(window: scalars[max(0, hi - 60)..<hi])
    }

    /// `clause(before:in:)` on the text itself: only the 60 scalars before `start` are copied.
    static func clause(before start: Int, in text: String) -> String {
        let u = text.unicodeScalars
        let hiIndex = u.index(u.startIndex, offsetBy: max(0, start), limitedBy: u.endIndex) ?? u.endIndex
        var loIndex = hiIndex
        var n = 0
        while n < 60, loIndex > u.startIndex { loIndex = u.index(before: loIndex); n += 1 }
        return clause(window: ArraySlice(u[loIndex..<hiIndex]))
    }

    /// The part of `window` after its last sentence or clause break, lowercased.
    static func clause(window: ArraySlice<Unicode.Scalar>) -> String {
        var lo = window.startIndex
        if let cut = window.lastIndex(where: { ".;!?\n".unicodeScalars.contains($0) }) { lo = cut + 1 }
        return String(String.UnicodeScalarView(window[lo...])).lowercased()
    }

    /// Whether `needle` occurs in `text`, compared as UTF-8 bytes (both are
    /// NFC and lowercased here). Foundation's `contains` went through
    /// CFStringFind, 13 searches a date: most of the time of a post of dates.
    static func has(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= t.count else { return false }
                var i = 0
                while i <= t.count - n.count {
                    var k = 0
                    while k < n.count, t[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                    i += 1
                }
                return false
            }
        }
    }

    public func findings(in r: ArticleRecord) -> [Finding] {
        guard let pub = r.published, pub.count >= 10, let p = RecordDate(String(pub.prefix(10))), p.isValid else { return [] }
        // The text's scalars, made once for all dates (an index walk per date from
        // the start of the text was quadratic: 94k dates in a post took 15 s).
        var scalars: [Unicode.Scalar]? = nil
        return r.dates.compactMap { d in
            guard !d.planned, d.grain != .year, let s = RecordDate(d.start), s.isValid,
                  s.firstDay > p.lastDay else { return nil }
            if scalars == nil { scalars = Array(r.text.unicodeScalars) }
            let before = Self.clause(before: d.span.start, in: scalars!)
            let own = d.text.lowercased()
            if Self.cuesBefore.contains(where: { Self.has(before, $0) }) || before.hasSuffix("trước ")
                || Self.cuesInside.contains(where: { Self.has(own, $0) }) { return nil }
            // A schedule: the whole sentence sets out a plan ("Kế hoạch số 71 …; đại hội … bắt đầu từ tháng 4, hoàn thành trước ngày 30-6").
            let sentence = Self.sentence(around: d.span, in: scalars!)
            if Self.sentenceCues.contains(where: { Self.has(sentence, $0) }) { return nil }
            return Finding(rule: rule, severity: .warning,
                message: "\"\(d.text)\" (\(d.start)) is after the publication date \(pub.prefix(10)) but is not marked as planned.",
                spans: [d.span])
        }
    }
}
