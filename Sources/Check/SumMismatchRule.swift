import KiemdiemCore

/// `sum_mismatch` (error): a subject's complete rating list for one stage
/// does not add up to its `evaluated` total (or, with none stated, `all` −
/// `exempt`); or `official_members` + `probationary` differs from `all`.
///
/// A list counts as complete when it gives exact counts for at least two
/// levels; cumulative "trở lên" figures are made exclusive first.
public struct SumMismatchRule: ArticleRule {
    public let rule = Rule.sumMismatch
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for list in r.ratingLists {
            guard let counts = list.completeCounts, let expected = r.expectedSum(for: list.subject),
                  !list.isCutOff(in: r.text) else { continue }
            let sum = counts.values.reduce(0, +)
            // Pre-2018 TSVMTB counted inside TSVM, when that is how the list adds up.
            if let inside = list.honoursInside?.exclusiveCounts, inside.values.reduce(0, +) == expected.count { continue }
            // Short of the total only counts when no level but the worst is missing from the list:
            // a level the extraction or the excerpt lost would explain it.
            if sum < expected.count, !list.coversItsScheme(worstMayBeMissing: true) { continue }
            if sum != expected.count {
                out.append(Finding(rule: rule, severity: .error,
                    message: "The \(list.stage.rawValue) figures for \(Words.subject(list.subject)) (\(Words.counts(counts))) add up to \(sum), not \(expected.how).",
                    spans: list.spans + expected.spans,
                    compared: ["sum": Double(sum), "expected": Double(expected.count)]))
            }
        }
        for subject in Subject.allCases {
            guard let all = r.total(subject, .all), let off = r.total(subject, .officialMembers),
                  let prob = r.total(subject, .probationary) else { continue }
            if off.count + prob.count != all.count {
                out.append(Finding(rule: rule, severity: .error,
                    message: "\(off.count) official + \(prob.count) probationary \(Words.subject(subject)) make \(off.count + prob.count), not the stated total of \(all.count).",
                    spans: [off.span, prob.span, all.span],
                    compared: ["official_members": Double(off.count), "probationary": Double(prob.count), "all": Double(all.count)]))
            }
        }
        return out
    }
}
