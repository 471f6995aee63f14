import GRDB
import KiemdiemCore

/// What the HTML report reads from the store, each part bounded: counts by
/// SQL, at most `limit` findings and articles, so a report of a store of
/// millions of articles holds no more than those in memory.
extension RecordStore {
    /// The distinct rated years of the stored articles, ascending.
    public func articleYears() throws -> [Int] {
        try db.read { try Int.fetchAll($0, sql: "SELECT DISTINCT year FROM article WHERE year IS NOT NULL AND duplicate_of IS NULL ORDER BY year") }
    }

    /// Stored findings (both scopes) per rule and severity.
    public func findingCounts() throws -> [(rule: Rule, severity: Severity, count: Int)] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT rule, severity, COUNT(*) FROM finding WHERE article_id NOT IN (SELECT id FROM article WHERE duplicate_of IS NOT NULL) GROUP BY rule, severity").compactMap { row in
                guard let rule = Rule(rawValue: row[0]), let sev = Severity(rawValue: row[1]) else { return nil }
                return (rule, sev, row[2])
            }
        }
    }

    /// The first `limit` findings with their article's id and title, worst
    /// severity first, then by rule id, article id, and the order of the
    /// article's own findings (within-article before cross-article).
    public func worstFindings(limit: Int) throws -> [(articleID: String, title: String?, finding: Finding)] {
        try db.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT finding.*, finding_message.message AS shared_message, article.title AS article_title
                FROM finding JOIN article ON article.id = finding.article_id
                LEFT JOIN finding_message ON finding_message.id = finding.message_id
                WHERE article.duplicate_of IS NULL
                ORDER BY CASE finding.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 WHEN 'info' THEN 2 ELSE 3 END,
                         finding.rule, finding.article_id, finding.scope, finding.idx
                LIMIT ?
                """, arguments: [limit])
            var out: [(articleID: String, title: String?, finding: Finding)] = []
            while let row = try rows.next() {
                guard let f = try Self.finding(row) else { continue }
                out.append((row["article_id"], row["article_title"], f))
            }
            return out
        }
    }

    /// The first `limit` articles (with their cross-article findings) in the
    /// report's order: articles with findings first, then the latest
    /// published, then the greatest id.
    public func articlesForReport(limit: Int) throws -> [ArticleRecord] {
        try db.read { db in
            let ids = try String.fetchAll(db, sql: """
                SELECT id FROM article
                ORDER BY EXISTS (SELECT 1 FROM finding WHERE finding.article_id = article.id) DESC, COALESCE(published, '') DESC, id DESC
                LIMIT ?
                """, arguments: [limit])
            return try Self.loadRecords(db, ids: ids, includeCross: true)
        }
    }
}
