import KiemdiemCore

/// `range_reversed` (error): a date range whose end comes before its start.
/// Ranges with an impossible end point are left to `invalid_date`.
public struct RangeReversedRule: ArticleRule {
    public let rule = Rule.rangeReversed
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        r.dates.compactMap { d in
            guard d.start != d.end, let s = RecordDate(d.start), let e = RecordDate(d.end),
                  s.isValid, e.isValid, e.lastDay < s.firstDay else { return nil }
            return Finding(rule: rule, severity: .error,
                message: "The range \"\(d.text)\" ends on \(d.end), before it starts on \(d.start).",
                spans: [d.span])
        }
    }
}
