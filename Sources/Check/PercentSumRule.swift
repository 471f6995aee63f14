import KiemdiemCore

/// `percent_sum` (warning): a complete list of exclusive percents should sum
/// to 100 ± 0.05 × the number of percents, and it does not.
///
/// Complete: every level given has a percent (a level given as 0 needs none),
/// at least two percents, no approximate one, parts `within` another left out
/// (their whole is made exclusive), and the list reaches its scheme's worst
/// level (KHTNV, YK or VPTC, or its last level given) unless the percents
/// already exceed 100: a list that stops at HTTNV says nothing about the
/// levels it leaves out. Pre-2018 TSVMTB is counted inside TSVM when that is
/// how the list adds up. A list cut off at the end of the excerpt is not summed.
public struct PercentSumRule: ArticleRule {
    public let rule = Rule.percentSum
    public init() {}

    /// The percents added in `Level.allCases` order.
    static func sum(_ percents: [Level: Double]) -> Double {
        Level.allCases.reduce(0) { $0 + (percents[$1] ?? 0) }
    }

    /// The exclusive percents of `list`, or nil when it is not complete enough to sum.
    static func percents(_ list: RatingList) -> [Level: Double]? {
        let levels = list.byLevel
        var percents: [Level: Double] = [:]
        for (level, rating) in levels {
            if rating.approx || rating.percentApprox { return nil }
            if let p = rating.percent { percents[level] = p; continue }
            if rating.count != 0 { return nil }
        }
        guard percents.count >= 2 else { return nil }
        var exclusive = percents
        for (level, p) in percents where levels[level]!.orAbove {
            exclusive[level] = p - RatingList.levelsAbove(level).compactMap { percents[$0] }.reduce(0, +)
        }
        return exclusive
    }

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for list in r.ratingLists where !list.isCutOff(in: r.text) {
            guard let exclusive = Self.percents(list) else { continue }
            // Summed in one fixed order (the levels' order), so the same list gives the same bits in every run.
            let sum = Self.sum(exclusive)
            let tolerance = 0.05 * Double(exclusive.count)
            if abs(sum - 100) <= tolerance + 1e-9 { continue }
            if let inside = list.honoursInside.flatMap(Self.percents),
               abs(Self.sum(inside) - 100) <= tolerance + 1e-9 { continue }
            // Short of 100 only counts when the list covers every level of its scheme: a level left
            // out may hold the rest ("98,45% HTTNV trở lên; 0,33% KHTNV" says nothing of HTNV).
            if sum < 100, !list.coversItsScheme() { continue }
            let parts = Level.allCases.compactMap { l in exclusive[l].map { "\(Words.number($0, digits: 2))% \(l.rawValue)" } }
            out.append(Finding(rule: rule, severity: .warning,
                message: "The \(list.stage.rawValue) percents for \(Words.subject(list.subject)) (\(parts.joined(separator: ", "))) sum to \(Words.number(sum, digits: 2))%, not 100% ± \(Words.number(tolerance, digits: 2)).",
                spans: list.spans, compared: ["sum": (sum * 1e6).rounded() / 1e6, "tolerance": tolerance]))
        }
        return out
    }
}
