import KiemdiemCore

/// `percent_sum` (warning): a complete list of percents (every level with a
/// non-zero or unknown count carries a percent; at least two percents) should
/// sum to 100 ± 0.05 × the number of percents, and it does not.
/// Cumulative "trở lên" percents are made exclusive first. A list with an
/// approximate percent ("khoảng 14%", "trên 75%") bounds nothing exactly and is
/// never summed.
public struct PercentSumRule: ArticleRule {
    public let rule = Rule.percentSum
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for list in r.ratingLists {
            let levels = list.byLevel
            var percents: [Level: Double] = [:]
            var complete = true
            for (level, rating) in levels {
                if rating.approx { complete = false; break }
                if let p = rating.percent { percents[level] = p; continue }
                if rating.count != 0 { complete = false }
            }
            guard complete, percents.count >= 2 else { continue }
            var exclusive = percents
            for (level, p) in percents where levels[level]!.orAbove {
                exclusive[level] = p - RatingList.levelsAbove(level).compactMap { percents[$0] }.reduce(0, +)
            }
            let sum = exclusive.values.reduce(0, +)
            let tolerance = 0.05 * Double(percents.count)
            if abs(sum - 100) > tolerance + 1e-9 {
                let parts = Level.allCases.compactMap { l in exclusive[l].map { "\(Words.number($0, digits: 2))% \(l.rawValue)" } }
                out.append(Finding(rule: rule, severity: .warning,
                    message: "The \(list.stage.rawValue) percents for \(Words.subject(list.subject)) (\(parts.joined(separator: ", "))) sum to \(Words.number(sum, digits: 2))%, not 100% ± \(Words.number(tolerance, digits: 2)).",
                    spans: list.spans))
            }
        }
        return out
    }
}
