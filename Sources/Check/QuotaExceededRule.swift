import KiemdiemCore

/// `quota_exceeded`: in a 2018-or-later `approved` or `reported` list, the
/// HTXSNV count is strictly greater than 20% of the (exclusive) HTTNV count
/// for one subject and year. A warning for members and leaders (the cap of
/// Hướng dẫn 21-HD/BTCTW), information for organizations. Never on
/// `proposed` lists, never on the pre-2018 scheme, never without a year.
///
/// When counts are missing the stated percents of the same list are compared instead.
public struct QuotaExceededRule: ArticleRule {
    public let rule = Rule.quotaExceeded
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        var out: [Finding] = []
        for list in r.ratingLists where list.stage != .proposed {
            guard let year = list.year, year >= RatingSchemes.quotaFirstYear, !list.isPre2018Scheme else { continue }
            let levels = list.byLevel
            guard let xs = levels[.HTXSNV], let tt = levels[.HTTNV] else { continue }
            let severity: Severity = list.subject.isIndividual ? .warning : .info
            let who = Words.subject(list.subject)
            // An approximate HTXSNV count counts only as far as it is sure: "trên 120" is at least 120,
            // "gần 120" at least 90% of it; "dưới 120" bounds nothing from below.
            let xsSure: Int? = xs.count.flatMap { c in
                guard xs.approx else { return c }
                switch xs.bound {
                case .lower?: return c
                case .about?: return Int((Double(c) * 0.9).rounded(.down))
                default: return nil
                }
            }
            if let xc = xsSure, let tc = tt.count, !tt.approx {
                let ttExclusive = tt.orAbove ? tc - (xs.count ?? xc) : tc
                guard ttExclusive >= 0, Double(xc) > RatingSchemes.quotaShare * Double(ttExclusive) + 1e-9 else { continue }
                let share = ttExclusive > 0 ? "\(Words.number(Double(xc) * 100 / Double(ttExclusive)))%" : "more than 0%"
                let ttWords = tt.orAbove ? "\(ttExclusive) \(list.stage.rawValue) HTTNV (\(tc) HTTNV or above minus \(xc))" : "\(ttExclusive) \(list.stage.rawValue) HTTNV"
                out.append(Finding(rule: rule, severity: severity,
                    message: "\(xc) \(who) \(list.stage.rawValue) HTXSNV are \(share) of the \(ttWords) in \(year); the cap is 20% (\(Words.number(Double(ttExclusive) * 0.2)))." ,
                    spans: [xs.span, tt.span],
                    compared: ["HTXSNV": Double(xc), "HTTNV": Double(ttExclusive), "cap": Double(ttExclusive) * RatingSchemes.quotaShare]))
            } else if xs.count == nil || tt.count == nil, let xp = xs.percent, let tp = tt.percent {
                let ttExclusive = tt.orAbove ? tp - xp : tp
                guard ttExclusive >= 0, !xs.approx || xs.bound == .lower, !tt.approx, !xs.percentApprox || xs.bound == .lower, !tt.percentApprox,
                      xp > RatingSchemes.quotaShare * ttExclusive + 1e-9 else { continue }
                out.append(Finding(rule: rule, severity: severity,
                    message: "\(Words.number(xp, digits: 2))% \(who) \(list.stage.rawValue) HTXSNV against \(Words.number(ttExclusive, digits: 2))% HTTNV in \(year) is \(Words.number(ttExclusive > 0 ? xp * 100 / ttExclusive : 0))% of the HTTNV share; the cap is 20%.",
                    spans: [xs.span, tt.span],
                    compared: ["HTXSNV%": xp, "HTTNV%": ttExclusive, "cap%": ttExclusive * RatingSchemes.quotaShare]))
            }
        }
        return out
    }
}

