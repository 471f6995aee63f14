import KiemdiemCore

/// `date_after_publication` (warning): a date the article reports as done
/// starts after the article's publication date.
///
/// Silent for planned dates (`planned`, or a planning cue such as "trước
/// ngày", "dự kiến", "phấn đấu", "sẽ", "tới" just before the mention), for
/// year-grain mentions (too coarse: "năm 2021" in a December plan), for
/// impossible dates and when the publication date is unknown.
public struct DateAfterPublicationRule: ArticleRule {
    public let rule = Rule.dateAfterPublication
    public init() {}

    /// Words that mark a date as a plan or deadline when they come shortly before it.
    static let planningCues = ["trước ngày", "dự kiến", "phấn đấu", "kế hoạch", "sẽ ", "tới", "chậm nhất",
                               "hạn chót", "hoàn thành trước", "đến hết", "chỉ tiêu", "định hướng", "phương hướng"]

    public func findings(in r: ArticleRecord) -> [Finding] {
        guard let pub = r.published, pub.count >= 10, let p = CalendarDate(String(pub.prefix(10))), p.isValid else { return [] }
        let scalars = Array(r.text.unicodeScalars)
        return r.dates.compactMap { d in
            guard !d.planned, d.grain != .year, let s = CalendarDate(d.start), s.isValid,
                  s.firstDay > p.lastDay else { return nil }
            let lo = max(0, min(d.span.start, scalars.count) - 40)
            let hi = min(scalars.count, max(lo, d.span.start))
            let before = String(String.UnicodeScalarView(scalars[lo..<hi])).lowercased()
            let own = d.text.lowercased()
            if Self.planningCues.contains(where: { before.contains($0) || own.contains($0) }) { return nil }
            return Finding(rule: rule, severity: .warning,
                message: "\"\(d.text)\" (\(d.start)) is after the publication date \(pub.prefix(10)) but is not marked as planned.",
                spans: [d.span])
        }
    }
}
