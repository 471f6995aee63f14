import KiemdiemCore

/// The ratings of one subject, year and stage in one article: a "list" in the
/// words of RECORDS.md.
struct RatingList {
    var subject: Subject
    var year: Int?
    var stage: Stage
    /// The ratings in text order; a level written twice keeps its first figure.
    var ratings: [Rating]

    /// The first rating of each level.
    var byLevel: [Level: Rating] {
        var out: [Level: Rating] = [:]
        for r in ratings where out[r.level] == nil { out[r.level] = r }
        return out
    }

    /// Whether the list uses the pre-2018 scheme (TSVM, YK, VPTC levels).
    var isPre2018Scheme: Bool { ratings.contains { $0.level.isPre2018Only } }

    /// Exclusive counts per level: a cumulative "X … trở lên" figure minus the
    /// counts of the higher levels given beside it. Nil when any figure has no
    /// count, is approximate, or a cumulative figure lacks its higher levels.
    var exclusiveCounts: [Level: Int]? {
        let levels = byLevel
        var out: [Level: Int] = [:]
        for (level, r) in levels {
            guard let c = r.count, !r.approx else { return nil }
            if r.orAbove {
                var higher = 0
                for h in RatingList.levelsAbove(level) {
                    if let hr = levels[h] {
                        guard let hc = hr.count, !hr.approx else { return nil }
                        higher += hc
                    }
                }
                out[level] = c - higher
            } else {
                out[level] = c
            }
        }
        return out
    }

    /// A list is complete enough to add up when it gives counts (not
    /// approximate) for at least two levels.
    var completeCounts: [Level: Int]? {
        guard let c = exclusiveCounts else { return nil }
        // Two levels of its scheme with figures: an honour (TSVMTB) or a zero alone does not make a list.
        let levels = c.filter { entry in entry.value > 0 && !RatingSchemes.all.contains { $0.honours[entry.key] != nil } }
        guard levels.count >= 2 else { return nil }
        return c
    }

    /// Spans of every figure in the list.
    var spans: [Span] { ratings.map(\.span) }

    /// Levels ranked above `level` in its scheme (for cumulative figures): `RatingSchemes`.
    static func levelsAbove(_ level: Level) -> [Level] { RatingSchemes.levelsAbove(level) }

    /// Whether the list names every level of one of its schemes (a cumulative figure names the
    /// better levels it includes; an honour such as TSVMTB is optional), the worst level excepted
    /// when `worstMayBeMissing` (lists often leave out a KHTNV of none).
    func coversItsScheme(worstMayBeMissing: Bool = false) -> Bool {
        var named = Set(ratings.map(\.level))
        for r in ratings where r.orAbove { named.formUnion(RatingSchemes.levelsAbove(r.level)) }
        // KHTNV and VPTC name the same bottom level of the pre-2018 members' scheme.
        if named.contains(.KHTNV) { named.insert(.VPTC) }
        if named.contains(.VPTC) { named.insert(.KHTNV) }
        return RatingSchemes.all.contains { scheme in
            var needed = scheme.levels.filter { scheme.honours[$0] == nil && !($0 == .KHTNV && scheme.levels.contains(.VPTC)) }
            if worstMayBeMissing { needed.removeLast() }
            return needed.allSatisfy(named.contains) && ratings.allSatisfy { scheme.levels.contains($0.level) }
        }
    }

    /// The list with its pre-2018 honours (TSVMTB) counted inside TSVM instead of beside it.
    var honoursInside: RatingList? {
        guard let tb = byLevel[.TSVMTB], tb.within == nil, let tsvm = byLevel[.TSVM], !tsvm.orAbove,
              let k = ratings.firstIndex(where: { $0.level == .TSVM }) else { return nil }
        var copy = self
        copy.ratings[k].orAbove = true
        return copy
    }

    /// Whether the list may be cut off: its last figure ends the text or is followed by "…".
    /// Read on the UTF-8 bytes (a scalar offset is counted to, not walked to by index).
    func isCutOff(in text: String) -> Bool {
        guard !text.isEmpty, let end = ratings.map(\.span.end).max(), end > 0 else { return false }
        var text = text
        return text.withUTF8 { u -> Bool in
            // The byte where scalar `end` starts.
            var i = 0, scalars = 0
            while i < u.count, scalars < end {
                i += 1
                while i < u.count, u[i] & 0xC0 == 0x80 { i += 1 }
                scalars += 1
            }
            // Up to 200 scalars after it, to the next "." or line feed.
            var j = i, seen = 0
            while j < u.count, seen < 200, u[j] != 0x2E, u[j] != 0x0A {
                if u[j] & 0xC0 != 0x80 { seen += 1 }
                j += 1
            }
            if j >= u.count { return true }            // the excerpt ends inside the list
            // "…" (E2 80 A6) before it, or "..." where the "." found is the first of three.
            var k = i
            while k + 2 < j {
                if u[k] == 0xE2 && u[k + 1] == 0x80 && u[k + 2] == 0xA6 { return true }
                k += 1
            }
            return j + 2 < u.count && u[j] == 0x2E && u[j + 1] == 0x2E && u[j + 2] == 0x2E
        }
    }
}

extension ArticleRecord {
    /// The year a rating is about: its own, else the record's.
    func year(of r: Rating) -> Int? { r.year ?? year }

    /// Each `proposed` list with the `approved` list of the same subject and year.
    var stagePairs: [(proposed: RatingList, approved: RatingList)] {
        let lists = ratingLists
        return lists.filter { $0.stage == .proposed }.compactMap { p in
            lists.first { $0.stage == .approved && $0.subject == p.subject && $0.year == p.year }.map { (p, $0) }
        }
    }

    /// Ratings grouped into lists by subject, year and stage, in first-appearance order.
    var ratingLists: [RatingList] {
        // An article has a handful of lists: found by a linear search.
        var lists: [RatingList] = []
        for r in ratings where !r.isTally {
            // A part given inside a figure of another kind ("5 chi bộ HTXSNV (trong đó 3 … TSVM)") is never summed.
            if let w = r.within, w < ratings.count, !RatingSchemes.isPart(r.level, of: ratings[w].level) { continue }
            let y = year(of: r)
            if let k = lists.firstIndex(where: { $0.subject == r.subject && $0.year == y && $0.stage == r.stage }) {
                lists[k].ratings.append(r)
            } else {
                lists.append(RatingList(subject: r.subject, year: y, stage: r.stage, ratings: [r]))
            }
        }
        return lists
    }

    /// The first stated total of a subject and kind.
    func total(_ subject: Subject, _ what: TotalKind) -> Total? {
        totals.first { $0.subject == subject && $0.what == what }
    }

    /// The number a complete list should add up to: the `evaluated` total,
    /// else `all` − `exempt` (exempt counts 0 when not stated).
    func expectedSum(for subject: Subject) -> (count: Int, spans: [Span], how: String)? {
        if let e = total(subject, .evaluated) { return (e.count, [e.span], "the \(e.count) evaluated") }
        if let a = total(subject, .all) {
            if let x = total(subject, .exempt) {
                return (a.count - x.count, [a.span, x.span], "the \(a.count) in total minus \(x.count) exempt (\(a.count - x.count))")
            }
            return (a.count, [a.span], "the \(a.count) in total")
        }
        return nil
    }
}

/// Human names used in messages.
enum Words {
    static func subject(_ s: Subject, plural: Bool = true) -> String {
        switch s {
        case .chiBo: return "chi bộ"
        case .dangBoBoPhan: return "đảng bộ bộ phận"
        case .toChucCoSoDang: return "tổ chức cơ sở đảng"
        case .toChucDang: return "tổ chức đảng"
        case .dangVien: return plural ? "members" : "member"
        case .tapTheLanhDao: return "leadership collectives"
        case .canBoLanhDao: return "leaders"
        }
    }

    /// "proposed/approved/reported" and the year, e.g. "approved (2020)".
    static func list(_ l: RatingList) -> String {
        "\(l.stage.rawValue)\(l.year.map { " \($0)" } ?? "")"
    }

    /// Counts per level in a fixed order: "21 HTXSNV, 6 HTTNV".
    static func counts(_ c: [Level: Int]) -> String {
        Level.allCases.compactMap { l in c[l].map { "\($0) \(l.rawValue)" } }.joined(separator: ", ")
    }

    /// A number with at most `digits` decimals, trailing zeros dropped.
    static func number(_ x: Double, digits: Int = 1) -> String {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        let r = (x * p).rounded() / p
        if r == r.rounded(), let whole = Int(exactly: r) { return String(whole) }  // huge values stay Double
        var s = String(r)
        if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) - 1 > digits {
            s = String(s[..<s.index(dot, offsetBy: digits + 1)])
        }
        return s
    }
}
