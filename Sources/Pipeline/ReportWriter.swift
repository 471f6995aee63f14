import Foundation
import KiemdiemCore
import KiemdiemStore
import KiemdiemReport

/// Builds the HTML report and the statistics from a store.
public enum ReportWriter {
    /// The report page for everything in `store`. The same page as
    /// `HTMLReport(records: store.allRecords(), stats: Statistics.rows(…))`,
    /// read a bounded part at a time (counts by SQL, one organization's
    /// statistics at a time, at most `maxArticles` articles and
    /// `ReportContent.maxFindingRowsPerRule` findings of each rule), so memory does not grow
    /// with the store.
    public static func html(from store: RecordStore, maxArticles: Int = 2000, language: ReportLanguage = .vi) throws -> String {
        let charts = try Statistics.chartRows(of: store, topOrganizations: HTMLReport.defaultChartOrganizations)
        var counts: [Rule: ReportContent.RuleCount] = [:]
        var total = 0
        for (rule, severity, n) in try store.findingCounts() {
            counts[rule, default: ReportContent.RuleCount(count: 0, severities: [])].count += n
            counts[rule]!.severities.insert(severity)
            total += n
        }
        let content = ReportContent(
            articleCount: try store.distinctArticleCount(), organizationCount: charts.organizations, years: try store.articleYears(),
            findingCounts: counts, findingTotal: total,
            findingRows: try store.worstFindingsWithPlace(perRule: ReportContent.maxFindingRowsPerRule, limit: ReportContent.maxFindingRows).map {
                ReportContent.FindingRow(articleID: $0.articleID, title: $0.title, finding: $0.finding,
                                         organization: $0.organization, position: $0.position)
            },
            shown: try store.articlesForReport(limit: maxArticles), stats: charts.rows, failures: try store.failures(),
            trends: try trends(of: store))
        return HTMLReport(content: content, language: language).render()
    }

    /// The report's year-over-year overview of everything in `store`: the
    /// same as `Trends(records: store.allRecords())`, with the rated records
    /// read one at a time.
    public static func trends(of store: RecordStore) throws -> Trends {
        var t = Trends()
        try store.forEachRatedRecord { t.addLists(of: $0) }
        for (year, articles, organizations) in try store.articleCountsByYear() {
            if let year {
                t.perYear[year, default: Trends.YearCounts()].articles = articles
                t.perYear[year]!.organizations = organizations
            } else {
                t.withoutYear.articles = articles; t.withoutYear.organizations = organizations
            }
        }
        for (year, findings) in try store.findingCountsByYear() {
            if let year { t.perYear[year, default: Trends.YearCounts()].findings = findings } else { t.withoutYear.findings = findings }
        }
        return t
    }

    /// Writes the report for `store` to `path` (`OutputFile`: through a
    /// symbolic link, keeping an existing file's mode and owner, never over a
    /// device or FIFO; atomically for a file of ours).
    public static func write(from store: RecordStore, to path: String, maxArticles: Int = 2000, language: ReportLanguage = .vi) throws {
        _ = try OutputFile.destination(of: path)
        let page = try html(from: store, maxArticles: maxArticles, language: language)
        try OutputFile.write(Array(page.utf8), to: path)
    }
}
