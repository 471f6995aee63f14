import KiemdiemCore

/// `stage_total_mismatch` (error): the same subject's complete `proposed`
/// and `approved` lists (same year) add up to different totals.
public struct StageTotalMismatchRule: ArticleRule {
    public let rule = Rule.stageTotalMismatch
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for (p, a) in r.stagePairs {
            guard let pc = p.completeCounts, let ac = a.completeCounts else { continue }
            let ps = pc.values.reduce(0, +), asum = ac.values.reduce(0, +)
            if ps != asum {
                out.append(Finding(rule: rule, severity: .error,
                    message: "The proposed figures for \(Words.subject(p.subject)) (\(Words.counts(pc))) total \(ps) but the approved ones (\(Words.counts(ac))) total \(asum).",
                    spans: p.spans + a.spans))
            }
        }
        return out
    }
}
