import KiemdiemCore

/// One line of the yearly statistics: a figure for one organization, year,
/// subject, stage and level, merged over every article that gives it.
///
/// Totals are rows too, with `stage` = `total` and `level` = the total's kind
/// (`evaluated`, `all`, …). Cumulative "trở lên" figures have the level
/// suffixed with `+` (`HTTNV+`).
public struct StatRow: Sendable, Equatable {
    /// The organization's name as first written (rows are grouped by its normalized form).
    public var organization: String
    public var year: Int?
    public var subject: String
    public var stage: String
    public var level: String
    /// The figure; when articles disagree, the one of the latest-published article.
    public var count: Int?
    /// A stated percent (first article that gives one).
    public var percent: Double?
    /// count ÷ the sum of the exclusive counts of the same organization,
    /// year, subject and stage (nil when any of them is unknown).
    public var share: Double?
    /// How many articles give this figure.
    public var articles: Int
    /// True when two articles give different counts.
    public var conflict: Bool
    /// With a conflict: every figure and the articles giving it ("126 [a1b2…]; 130 [c3d4…]").
    public var figures: String
    /// The ids of the articles, separated by ";".
    public var articleIDs: String

    public init(organization: String, year: Int?, subject: String, stage: String, level: String, count: Int?,
                percent: Double?, share: Double?, articles: Int, conflict: Bool, figures: String, articleIDs: String) {
        self.organization = organization; self.year = year; self.subject = subject; self.stage = stage
        self.level = level; self.count = count; self.percent = percent; self.share = share
        self.articles = articles; self.conflict = conflict; self.figures = figures; self.articleIDs = articleIDs
    }

    /// Column names, in output order (CSV header and JSON keys).
    public static let columns = ["organization", "year", "subject", "stage", "level", "count", "percent",
                                 "share", "articles", "conflict", "figures", "article_ids"]
}
