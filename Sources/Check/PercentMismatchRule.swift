import KiemdiemCore

/// `percent_mismatch` (error): a stated percent differs from count ÷ base by
/// more than half a unit of its last written digit (8,3% passes for
/// 8.25–8.35%; 8% for 7.5–8.5%) for *every* base the article makes
/// plausible: the figure's own `of` ("02/10"), the figure it is `within`, the
/// subject's `evaluated` total, `all`, `all` − `exempt`, and the sum of its
/// list when the list is complete (three or more levels with counts, or its
/// percents adding up to 100). Percent-only and approximate figures are not
/// checked; a figure with no plausible base is not checked either.
public struct PercentMismatchRule: ArticleRule {
    public let rule = Rule.percentMismatch
    public init() {}

    struct Base { var n: Int; var name: String; var spans: [Span] }

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for list in r.ratingLists {
            let counts = list.completeCounts
            let percentsAddUp: Bool = {
                let ps = list.ratings.filter { $0.within == nil && !$0.percentApprox && ($0.count != nil || !$0.approx) }.compactMap(\.percent)
                return ps.count >= 2 && abs(ps.reduce(0, +) - 100) <= 0.05 * Double(ps.count) + 1e-9
            }()
            let sum: Int? = counts.flatMap { c in list.isCutOff(in: r.text) ? nil : c.values.reduce(0, +) }
            /// Whether `x`'s stated percent fits `n` as its base.
            func fits(_ x: Rating, _ n: Int) -> Bool {
                guard let p = x.percent, let c = x.count, n > 0 else { return false }
                return PercentText.fits(count: c, of: n, percent: p, halfUnit: PercentText.written(p, in: x.text).halfUnit)
            }
            for rating in list.ratings {
                guard let p = rating.percent, let c = rating.count, !rating.approx, !rating.percentApprox else { continue }
                var bases: [Base] = []
                if let of = rating.of { bases.append(Base(n: of, name: "its stated base of \(of)", spans: [])) }
                if let w = rating.within, w < r.ratings.count, !r.ratings[w].approx {
                    let whole = r.ratings[w]
                    if let wc = whole.count { bases.append(Base(n: wc, name: "the \(wc) it is part of", spans: [whole.span])) }
                    if let of = whole.of { bases.append(Base(n: of, name: "the \(of) its whole is counted of", spans: [whole.span])) }
                }
                if let e = r.total(rating.subject, .evaluated) { bases.append(Base(n: e.count, name: "the \(e.count) evaluated", spans: [e.span])) }
                if let a = r.total(rating.subject, .all) {
                    bases.append(Base(n: a.count, name: "the \(a.count) in total", spans: [a.span]))
                    if let x = r.total(rating.subject, .exempt) {
                        bases.append(Base(n: a.count - x.count, name: "the \(a.count) in total minus \(x.count) exempt", spans: [a.span, x.span]))
                    }
                }
                // The list's sum is a plausible base when the list looks whole: three levels or more
                // covering its scheme (a KHTNV of none may be left out), its percents adding up to 100,
                // or another of its figures fitting that sum.
                if let s = sum, !rating.orAbove, rating.within == nil,
                   ((counts?.count ?? 0) >= 3 && list.coversItsScheme(worstMayBeMissing: true)) || percentsAddUp
                    || list.ratings.contains(where: { $0 != rating && $0.within == nil && !$0.orAbove && fits($0, s) }) {
                    bases.append(Base(n: s, name: "the list's sum of \(s)", spans: []))
                }
                bases = bases.filter { $0.n > 0 && $0.n >= c }
                guard !bases.isEmpty else { continue }
                let (decimals, halfUnit) = PercentText.written(p, in: rating.text)
                if bases.contains(where: { PercentText.fits(count: c, of: $0.n, percent: p, halfUnit: halfUnit) }) { continue }
                let tried = bases.map { "\(Words.number(Double(c) * 100 / Double($0.n), digits: max(2, decimals + 1)))% of \($0.name)" }
                var compared: [String: Double] = ["count": Double(c), "percent": p, "tolerance": halfUnit]
                for (k, b) in bases.enumerated() { compared["base\(k + 1)"] = Double(b.n) }
                out.append(Finding(rule: rule, severity: .error,
                    message: "\(c) \(list.stage.rawValue) \(rating.level.rawValue) \(Words.subject(rating.subject)) are \(tried.joined(separator: ", ")), but the text says \(Words.number(p, digits: decimals))% (tolerance ±\(Words.number(halfUnit, digits: decimals + 1))).",
                    spans: [rating.span] + bases.flatMap(\.spans), compared: compared))
            }
        }
        return out
    }
}
