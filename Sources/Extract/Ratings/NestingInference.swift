import KiemdiemCore

/// Figures given inside another without "trong đó": when a list's stated
/// percents add up to more than 100 and leaving out a better level's percent
/// brings them back to 100, that level was given inside the next one
/// ("4.740 đảng viên HTTNV, chiếm 98,1%; 858 … HTXSNV, chiếm 18%";
/// pre-2018 "TSVM 87,97%" beside "TSVMTB 20,59%"). The part then points to its
/// whole by `within`, and the whole is marked cumulative (`orAbove`).
enum NestingInference {
    /// Slack on "adds up to 100": rounding of each stated percent (half a unit of
    /// a tenth) plus a little for the truncation real reports use.
    static func tolerance(_ n: Int) -> Double { 0.05 * Double(n) + 0.1 }

    static func apply(_ input: [Rating]) -> [Rating] {
        var ratings = input
        // Lists by subject, stage and year, in first-appearance order.
        var lists: [[Int]] = []
        for (i, r) in ratings.enumerated() {
            if let k = lists.firstIndex(where: { l in
                let a = ratings[l[0]]
                return a.subject == r.subject && a.stage == r.stage && a.year == r.year
            }) { lists[k].append(i) } else { lists.append([i]) }
        }
        for list in lists {
            // The first figure of each level that is nobody's part.
            var first: [Level: Int] = [:]
            for i in list where ratings[i].within == nil && first[ratings[i].level] == nil { first[ratings[i].level] = i }
            let percents = first.compactMapValues { ratings[$0].percent != nil && !ratings[$0].approx && !ratings[$0].percentApprox ? ratings[$0].percent : nil }
            guard percents.count >= 2 else { continue }
            // A fixed order throughout: dictionary order changes from run to run.
            let sum = Level.allCases.reduce(0) { $0 + (percents[$1] ?? 0) }
            let tol = tolerance(percents.count)
            guard sum > 100 + tol else { continue }
            // A whole already known to be cumulative takes its better levels out first.
            for whole in Level.allCases where percents[whole] != nil {
                let wi = first[whole]!
                // Only the level right above the whole can be given inside it (HTXSNV in HTTNV, TSVMTB in TSVM).
                for part in RatingSchemes.levelsJustAbove(whole) {
                    guard let pi = first[part], let pp = percents[part], pi != wi else { continue }
                    let rest = sum - pp
                    if abs(rest - 100) <= tol || ratings[wi].orAbove || percents[whole]! + pp > 100 + tol {
                        ratings[pi].within = wi
                        ratings[wi].orAbove = true
                        if ratings[pi].rule != nil { ratings[pi].rule! += "+nested-by-percent" }
                    }
                }
            }
        }
        return ratings
    }
}
