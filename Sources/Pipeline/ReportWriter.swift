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
    /// `ReportContent.maxFindingRows` findings), so memory does not grow
    /// with the store.
    public static func html(from store: RecordStore, maxArticles: Int = 2000) throws -> String {
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
            findingRows: try store.worstFindings(limit: ReportContent.maxFindingRows).map {
                ReportContent.FindingRow(articleID: $0.articleID, title: $0.title, finding: $0.finding)
            },
            shown: try store.articlesForReport(limit: maxArticles), stats: charts.rows, failures: try store.failures())
        return HTMLReport(content: content).render()
    }

    /// Writes the report for `store` to `path` (atomically).
    public static func write(from store: RecordStore, to path: String, maxArticles: Int = 2000) throws {
        let page = try html(from: store, maxArticles: maxArticles)
        try Data(page.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
