import KiemdiemCore

/// `invalid_date` (error): a date mention that names an impossible calendar
/// date (31/11, 29/02 of a common year, month 13). Ranges are checked at both ends.
public struct InvalidDateRule: ArticleRule {
    public let rule = Rule.invalidDate
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        r.dates.compactMap { d in
            // The distinct ends in order (a single date has start = end).
            let ends = d.start == d.end ? [d.start] : [d.start, d.end].sorted()
            let bad = ends.filter { RecordDate($0)?.isValid != true }
            guard !bad.isEmpty else { return nil }
            return Finding(rule: rule, severity: .error,
                message: "\"\(d.text)\" gives \(bad.joined(separator: " and ")), which is not a calendar date.",
                spans: [d.span])
        }
    }
}
