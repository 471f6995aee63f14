import KiemdiemCore

/// `percent_mismatch` (error): a stated percent differs from count ÷ base by
/// more than half a unit of its last written digit (8,3% passes for
/// 8.25–8.35%; 8% for 7.5–8.5%).
///
/// The base is the figure's own `of` ("02/10"), else the subject's
/// `evaluated` total, else `all` − `exempt`, else the sum of its complete
/// list. Percent-only and approximate figures are not checked.
public struct PercentMismatchRule: ArticleRule {
    public let rule = Rule.percentMismatch
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for list in r.ratingLists {
            let listSum = list.completeCounts.map { $0.values.reduce(0, +) }
            for rating in list.ratings {
                guard let p = rating.percent, let c = rating.count, !rating.approx else { continue }
                let base: (n: Int, name: String, spans: [Span])
                if let of = rating.of {
                    base = (of, "its stated base of \(of)", [])
                } else if let e = r.expectedSum(for: rating.subject) {
                    base = (e.count, e.how, e.spans)
                } else if let s = listSum, !rating.orAbove {
                    base = (s, "the list's sum of \(s)", [])
                } else { continue }
                guard base.n > 0 else { continue }
                let decimals = PercentText.decimals(of: p, in: rating.text) ?? PercentText.decimals(of: p)
                var unit = 1.0
                for _ in 0..<decimals { unit /= 10 }
                let actual = Double(c) * 100 / Double(base.n)
                if abs(actual - p) > unit / 2 + 1e-9 {
                    out.append(Finding(rule: rule, severity: .error,
                        message: "\(c) \(list.stage.rawValue) \(rating.level.rawValue) \(Words.subject(rating.subject)) of \(base.name) are \(Words.number(actual, digits: max(2, decimals + 1)))%, but the text says \(Words.number(p, digits: decimals))% (tolerance ±\(Words.number(unit / 2, digits: decimals + 1))).",
                        spans: [rating.span] + base.spans))
                }
            }
        }
        return out
    }
}
