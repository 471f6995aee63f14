import KiemdiemCore

/// Everything the HTML report shows, gathered either from records in memory
/// (`init(records:stats:failures:maxArticles:)`) or from a store by the
/// pipeline, a bounded part at a time, so a report of millions of articles
/// needs no more memory than one of a few thousand.
public struct ReportContent {
    /// One row of the findings table.
    public struct FindingRow: Equatable {
        public var articleID: String
        public var title: String?
        public var finding: Finding
        /// The name of the article's organization, nil when it names none.
        public var organization: String?
        /// The finding's place in its article's list of findings (within-article
        /// findings first, then cross-article ones): the key of its anchor.
        public var position: Int
        public init(articleID: String, title: String?, finding: Finding, organization: String? = nil, position: Int = 0) {
            self.articleID = articleID; self.title = title; self.finding = finding
            self.organization = organization; self.position = position
        }
    }

    /// How many findings a rule has, and with which severities.
    public struct RuleCount: Equatable {
        public var count: Int
        public var severities: Set<Severity>
        public init(count: Int, severities: Set<Severity>) { self.count = count; self.severities = severities }
    }

    /// At most this many rows in the findings section.
    public static let maxFindingRows = 5000
    /// At most this many rows of one rule (so that every rule is shown, not
    /// only the errors, however many findings the store has).
    public static let maxFindingRowsPerRule = 450

    public var articleCount: Int
    /// Organizations (normalized names) with any statistics row.
    public var organizationCount: Int
    /// The distinct rated years of the articles, ascending.
    public var years: [Int]
    public var findingCounts: [Rule: RuleCount]
    public var findingTotal: Int
    /// For each rule its first `maxFindingRowsPerRule` findings, at most
    /// `maxFindingRows` in all, in table order: severity (worst
    /// first), rule id, article id, then the order of the article's findings.
    public var findingRows: [FindingRow]
    /// The article views: articles with findings first, then the latest
    /// published (then the greatest id) first.
    public var shown: [ArticleRecord]
    /// Statistics rows for the charts (those of the organizations charted are enough).
    public var stats: [StatRow]
    public var failures: [InputFailure]
    /// The year-over-year overview, over every article.
    public var trends: Trends

    public init(articleCount: Int, organizationCount: Int, years: [Int], findingCounts: [Rule: RuleCount], findingTotal: Int,
                findingRows: [FindingRow], shown: [ArticleRecord], stats: [StatRow], failures: [InputFailure],
                trends: Trends = Trends()) {
        self.articleCount = articleCount; self.organizationCount = organizationCount; self.years = years
        self.findingCounts = findingCounts; self.findingTotal = findingTotal; self.findingRows = findingRows
        self.shown = shown; self.stats = stats; self.failures = failures; self.trends = trends
    }

    /// The content for `records` (each with all its findings) and their
    /// statistics rows `stats`.
    public init(records: [ArticleRecord], stats: [StatRow], failures: [InputFailure] = [], maxArticles: Int = 2000) {
        var counts: [Rule: RuleCount] = [:]
        var rows: [(row: FindingRow, position: Int)] = []
        for r in records {
            for (i, f) in r.findings.enumerated() {
                counts[f.rule, default: RuleCount(count: 0, severities: [])].count += 1
                counts[f.rule]!.severities.insert(f.severity)
                rows.append((FindingRow(articleID: r.id, title: r.title, finding: f, organization: r.organization?.name, position: i), i))
            }
        }
        rows.sort { a, b in Self.tableOrder(a.row, a.position, b.row, b.position) }
        var perRule: [Rule: Int] = [:]
        rows = rows.filter { r in
            perRule[r.row.finding.rule, default: 0] += 1
            return perRule[r.row.finding.rule]! <= Self.maxFindingRowsPerRule
        }
        let shown = records.sorted { a, b in
            if a.findings.isEmpty != b.findings.isEmpty { return !a.findings.isEmpty }
            return (a.published ?? "", a.id) > (b.published ?? "", b.id)
        }
        self.init(articleCount: records.count, organizationCount: Set(stats.map(\.organization)).count,
                  years: Set(records.compactMap(\.year)).sorted(), findingCounts: counts, findingTotal: counts.values.map(\.count).reduce(0, +),
                  findingRows: rows.prefix(Self.maxFindingRows).map(\.row), shown: Array(shown.prefix(maxArticles)),
                  stats: stats, failures: failures, trends: Trends(records: records))
    }

    /// The findings table's order; `position` is the finding's place in its article's list.
    static func tableOrder(_ a: FindingRow, _ pa: Int, _ b: FindingRow, _ pb: Int) -> Bool {
        if a.finding.severity != b.finding.severity { return a.finding.severity > b.finding.severity }
        if a.finding.rule != b.finding.rule { return a.finding.rule.rawValue < b.finding.rule.rawValue }
        if a.articleID != b.articleID { return a.articleID < b.articleID }
        return pa < pb
    }
}
