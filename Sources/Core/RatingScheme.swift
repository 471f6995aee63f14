/// The rating schemes in one table (DOMAIN.md §1–2): which levels each has,
/// best first, the years it is in force, which level a report may give inside
/// another ("TSVM …, trong đó tiêu biểu …"; "HTTNV trở lên, trong đó HTXSNV"),
/// and the cap. The extractor, the checks, the statistics and the report read
/// these facts from here and nowhere else.
public struct RatingScheme: Sendable {
    /// Who a scheme rates.
    public enum Rated: String, Sendable { case organizations, members, everyone }

    public let name: String
    /// Rating years the scheme is in force (inclusive).
    public let years: ClosedRange<Int>
    public let rated: Rated
    /// Levels, best first.
    public let levels: [Level]
    /// Honours reported either inside a level or as a row of their own (pre-2018 TSVMTB inside TSVM).
    public let honours: [Level: Level]
}

public enum RatingSchemes {
    /// QĐ 132 (2018), QĐ 124 (2023), QĐ 366 (2025): four levels for organizations and members.
    public static let from2018 = RatingScheme(name: "2018", years: 2018...9999, rated: .everyone,
                                              levels: [.HTXSNV, .HTTNV, .HTNV, .KHTNV], honours: [:])
    /// HD 27 and earlier: organizations.
    public static let organizationsBefore2018 = RatingScheme(name: "pre2018-organizations", years: 1900...2017, rated: .organizations,
                                                            levels: [.TSVMTB, .TSVM, .HTTNV, .HTNV, .YK], honours: [.TSVMTB: .TSVM])
    /// HD 20, HD 07, HD 27: members ("đủ tư cách …", "vi phạm tư cách").
    public static let membersBefore2018 = RatingScheme(name: "pre2018-members", years: 1900...2017, rated: .members,
                                                      levels: [.HTXSNV, .HTTNV, .HTNV, .VPTC, .KHTNV], honours: [:])
    public static let all: [RatingScheme] = [from2018, organizationsBefore2018, membersBefore2018]

    /// The quota (HD 21-HD/BTCTW, 2019): HTXSNV may not exceed this share of HTTNV (exclusive counts).
    public static let quotaShare = 0.2
    /// The first rated year of the quota's scheme.
    public static let quotaFirstYear = 2018

    /// The schemes that have `level`.
    public static func schemes(with level: Level) -> [RatingScheme] { all.filter { $0.levels.contains(level) } }

    /// Whether a report may give `part` inside `whole`: a better level of the
    /// same scheme ("4.740 HTTNV, trong đó 858 HTXSNV": the whole is cumulative).
    public static func isPart(_ part: Level, of whole: Level) -> Bool {
        all.contains { s in
            guard let p = s.levels.firstIndex(of: part), let w = s.levels.firstIndex(of: whole) else { return false }
            return p < w
        }
    }

    /// The level right above `level` in each scheme that has it (HTXSNV for HTTNV; TSVMTB for TSVM):
    /// the only level a report gives inside another without saying so.
    public static func levelsJustAbove(_ level: Level) -> [Level] {
        var out: [Level] = []
        for s in all {
            guard let w = s.levels.firstIndex(of: level), w > 0, !out.contains(s.levels[w - 1]) else { continue }
            out.append(s.levels[w - 1])
        }
        return out
    }

    /// The levels ranked above `level` that a cumulative `level` figure ("trở lên") includes.
    public static func levelsAbove(_ level: Level) -> [Level] {
        var out: [Level] = []
        for s in all {
            guard let w = s.levels.firstIndex(of: level) else { continue }
            for l in s.levels[..<w] where !out.contains(l) { out.append(l) }
        }
        return out
    }
}
