import KiemdiemCore

/// `figures_swapped` (info): a subject's `proposed` and `approved` lists for
/// one year hold the same numbers on different levels (Thượng Thanh 2020:
/// 21 HTXSNV / 6 HTTNV proposed, 6 / 21 approved): a transposition, or a
/// large downgrade, worth a look.
public struct FiguresSwappedRule: ArticleRule {
    public let rule = Rule.figuresSwapped
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for (p, a) in r.stagePairs {
            guard let pc = p.completeCounts?.filter({ $0.value != 0 }),
                  let ac = a.completeCounts?.filter({ $0.value != 0 }),
                  pc.count >= 2, pc != ac,
                  pc.values.sorted() == ac.values.sorted() else { continue }
            out.append(Finding(rule: rule, severity: .info,
                message: "The \(Words.subject(p.subject)) figures swap levels between stages: proposed \(Words.counts(pc)), approved \(Words.counts(ac)); check for a transposition.",
                spans: p.spans + a.spans))
        }
        return out
    }
}
