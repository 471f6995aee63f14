import GRDB
import KiemdiemCore

/// What the report's trend overview and grouped findings read from the
/// store: small aggregates by SQL, and the rated records one at a time
/// through a cursor, so memory does not grow with the store.
extension RecordStore {
    /// Articles and distinct organization names per rated year (nil: no year).
    public func articleCountsByYear() throws -> [(year: Int?, articles: Int, organizations: Int)] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT year, COUNT(*), COUNT(DISTINCT org_name) FROM article GROUP BY year ORDER BY year")
                .map { ($0[0], $0[1], $0[2]) }
        }
    }

    /// Stored findings (both scopes) per rated year of their article (nil: no year).
    public func findingCountsByYear() throws -> [(year: Int?, findings: Int)] {
        try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT article.year, COUNT(*) FROM finding JOIN article ON article.id = finding.article_id
                WHERE article.duplicate_of IS NULL
                GROUP BY article.year ORDER BY article.year
                """).map { ($0[0], $0[1]) }
        }
    }

    /// Calls `body` with every stored record that has ratings (without its
    /// cross-article findings), one at a time, in id order.
    public func forEachRatedRecord(_ body: (ArticleRecord) throws -> Void) throws {
        // Records are rebuilt from their rows, a few hundred at a time (the store keeps no JSON copy).
        try db.read { db in
            let ids = try String.fetchAll(db, sql: """
                SELECT id FROM article WHERE EXISTS (SELECT 1 FROM rating WHERE rating.article_id = article.id) ORDER BY id
                """)
            var start = 0
            while start < ids.count {
                let chunk = Array(ids[start..<min(ids.count, start + 256)])
                for r in try Self.loadRecords(db, ids: chunk, includeCross: false) { try body(r) }
                start += chunk.count
            }
        }
    }

    /// For each rule its first `perRule` findings in `worstFindings(limit:)`'s
    /// order, at most `limit` in all, each with its organization name and its
    /// place in the article's list of findings as `articlesForReport` gives
    /// it (within-article findings first, then the cross-article ones).
    public func worstFindingsWithPlace(perRule: Int, limit: Int)
        throws -> [(articleID: String, title: String?, organization: String?, position: Int, finding: Finding)] {
        try db.read { db in
            let severity = "CASE finding.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 WHEN 'info' THEN 2 ELSE 3 END"
            let rows = try Row.fetchCursor(db, sql: """
                SELECT * FROM (
                    SELECT finding.*, finding_message.message AS shared_message,
                           article.title AS article_title, article.org_name AS article_org,
                           finding.idx + CASE finding.scope WHEN 'cross' THEN
                               (SELECT COUNT(*) FROM finding AS f2 WHERE f2.article_id = finding.article_id AND f2.scope = 'article')
                           ELSE 0 END AS position,
                           \(severity) AS sev_order,
                           ROW_NUMBER() OVER (PARTITION BY finding.rule
                                              ORDER BY \(severity), finding.article_id, finding.scope, finding.idx) AS rule_row
                    FROM finding JOIN article ON article.id = finding.article_id
                    LEFT JOIN finding_message ON finding_message.id = finding.message_id
                    WHERE article.duplicate_of IS NULL)
                WHERE rule_row <= ?
                ORDER BY sev_order, rule, article_id, scope, idx
                LIMIT ?
                """, arguments: [perRule, limit])
            var out: [(articleID: String, title: String?, organization: String?, position: Int, finding: Finding)] = []
            while let row = try rows.next() {
                guard let f = try Self.finding(row) else { continue }
                out.append((row["article_id"], row["article_title"], row["article_org"], row["position"], f))
            }
            return out
        }
    }
}
