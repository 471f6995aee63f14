import Foundation
import KiemdiemCore
import KiemdiemStore
import KiemdiemReport

/// Builds the HTML report and the statistics from a store.
public enum ReportWriter {
    /// The report page for everything in `store`.
    public static func html(from store: RecordStore, maxArticles: Int = 2000) throws -> String {
        let records = try store.allRecords()
        return HTMLReport(records: records, stats: Statistics.rows(records), failures: try store.failures(),
                          maxArticles: maxArticles).render()
    }

    /// Writes the report for `store` to `path` (atomically).
    public static func write(from store: RecordStore, to path: String, maxArticles: Int = 2000) throws {
        let page = try html(from: store, maxArticles: maxArticles)
        try Data(page.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
