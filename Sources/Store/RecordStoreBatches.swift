import Foundation
import GRDB
import KiemdiemCore

extension RecordStore {
    /// Stores several records in ONE transaction (each with all its rows, as
    /// `insert`); a record whose id is stored only adds its source. Returns
    /// how many were new. An interrupted batch is rolled back whole, so no
    /// article is ever half-written.
    @discardableResult
    public func insert(batch records: [ArticleRecord], failures: [InputFailure] = [], clearing paths: [String] = []) throws -> Int {
        try insert(batch: records.map { StoredPost(record: $0) }, failures: failures, clearing: paths)
    }

    /// `insert(batch:…)` of posts with their source hashes and signatures,
    /// and `extraSources`: places already stored articles were read from again.
    @discardableResult
    public func insert(batch posts: [StoredPost], extraSources: [ExtraSource] = [], failures: [InputFailure] = [],
                       clearing paths: [String] = []) throws -> Int {
        if posts.isEmpty && extraSources.isEmpty && failures.isEmpty && paths.isEmpty { return 0 }
        return try db.write { db in
            var stored = 0
            for p in posts where try Self.write(p, db: db) { stored += 1 }
            for s in extraSources { try Self.addSource(s, db: db) }
            for f in failures {
                try db.execute(sql: "INSERT OR REPLACE INTO failed_input (path, reason) VALUES (?, ?)", arguments: [f.path, f.reason])
            }
            for p in paths { try db.execute(sql: "DELETE FROM failed_input WHERE path = ?", arguments: [p]) }
            return stored
        }
    }

    /// Which of `ids` are stored (one query; for skipping a batch's known posts).
    public func existing(_ ids: [String]) throws -> Set<String> {
        if ids.isEmpty { return [] }
        return try db.read { db in
            var out = Set<String>()
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min($0 + 500, ids.count)] }) {
                let sql = "SELECT id FROM article WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))"
                out.formUnion(try String.fetchAll(db, sql: sql, arguments: StatementArguments(Array(chunk))))
            }
            return out
        }
    }

    /// Number of stored articles.
    public func articleCount() throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// Every stored article in a slim form read from the fact tables, not
    /// from the stored JSON: id, published, year, organization name, ratings
    /// and totals (without their text), no findings. Enough for the
    /// cross-article check and the yearly statistics, at a fraction of the
    /// memory of `allRecords()`. With `exactOnly`, only ratings with a count,
    /// not approximate, are kept and articles without one are left out.
    /// With `organizations`, only articles whose organization name is one of
    /// them (and, with `unnamed`, those without an organization).
    public func slimRecords(exactOnly: Bool = false, organizations: Set<String>? = nil, unnamed: Bool = false) throws -> [ArticleRecord] {
        try db.read { db in try Self.slimRecords(db, exactOnly: exactOnly, organizations: organizations, unnamed: unnamed) }
    }

    /// `slimRecords` read through the connection `db` (inside a write, for example).
    static func slimRecords(_ db: Database, exactOnly: Bool, organizations: Set<String>?, unnamed: Bool) throws -> [ArticleRecord] {
        var ratings: [String: [Rating]] = [:]
        // The articles asked for, as a condition on `article` (through its article_org index).
        let orgCondition = organizations.map { "org_name IN (\($0.map { _ in "?" }.joined(separator: ",")))\(unnamed ? " OR org_name IS NULL" : "")" }
        let filter = " article_id IN (SELECT id FROM article WHERE duplicate_of IS NULL\(orgCondition.map { " AND (\($0))" } ?? ""))"
        let args = organizations.map { StatementArguments($0.sorted()) } ?? []
        var sql = "SELECT article_id, subject, stage, level, count, percent, \"of\", approx, year, or_above, span_start, span_end, bound, within FROM rating"
        if exactOnly { sql += " WHERE count IS NOT NULL AND approx = 0 AND" + filter }
        else { sql += " WHERE" + filter }
        sql += " ORDER BY article_id, idx"
        let rows = try Row.fetchCursor(db, sql: sql, arguments: args)
        while let row = try rows.next() {
            guard let subject = Subject(rawValue: row[1]), let stage = Stage(rawValue: row[2]), let level = Level(rawValue: row[3]) else { continue }
            ratings[row[0], default: []].append(Rating(subject: subject, stage: stage, level: level, count: row[4], percent: row[5],
                                                        of: row[6], approx: row[7], bound: (row[12] as String?).flatMap(Bound.init(rawValue:)),
                                                        year: row[8], orAbove: row[9], within: row[13], text: "",
                                                        span: Span(row[10], row[11])))
        }
        var totals: [String: [Total]] = [:]
        if !exactOnly {
            let rows = try Row.fetchCursor(db, sql: "SELECT article_id, subject, what, count, span_start, span_end, year, approx FROM total"
                                           + " WHERE" + filter + " ORDER BY article_id, idx", arguments: args)
            while let row = try rows.next() {
                guard let subject = Subject(rawValue: row[1]), let what = TotalKind(rawValue: row[2]) else { continue }
                totals[row[0], default: []].append(Total(subject: subject, what: what, count: row[3], year: row[6], approx: row[7],
                                                         span: Span(row[4], row[5])))
            }
        }
        var out: [ArticleRecord] = []
        // With organizations, only their articles: a scan of every article would read each stored text too.
        let articles = try Row.fetchCursor(db, sql: "SELECT id, published, year, org_name, org_key, org_unit, org_parent FROM article WHERE duplicate_of IS NULL"
                                           + (orgCondition.map { " AND (\($0))" } ?? "") + " ORDER BY id", arguments: args)
        while let row = try articles.next() {
            let id: String = row[0]
            if exactOnly && ratings[id] == nil { continue }
            let org: String? = row[3]
            out.append(ArticleRecord(id: id, source: Source(path: nil, format: ""), published: row[1], text: "", year: row[2],
                                     organization: org.map { Organization(name: $0, unit: row[5], place: nil, parent: row[6], key: row[4]) },
                                     ratings: ratings[id] ?? [], totals: totals[id] ?? []))
        }
        return out
    }

    /// Per stored organization name (nil for articles without one), the
    /// number of articles that give at least one rating.
    public func ratedArticlesByOrganization() throws -> [(name: String?, articles: Int)] {
        try db.read { try Self.ratedArticlesByOrganization($0) }
    }

    /// Every stored organization name (nil for articles without one), sorted.
    public func organizationNames() throws -> [String?] {
        try db.read { try String?.fetchAll($0, sql: "SELECT DISTINCT org_name FROM article WHERE duplicate_of IS NULL ORDER BY org_name") }
    }

    static func ratedArticlesByOrganization(_ db: Database) throws -> [(name: String?, articles: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT org_name, COUNT(*) FROM article WHERE duplicate_of IS NULL AND EXISTS (SELECT 1 FROM rating WHERE article_id = article.id)
            GROUP BY org_name ORDER BY org_name
            """).map { (name: $0[0], articles: $0[1]) }
    }

    /// Replaces every stored cross-article finding, in one transaction, with
    /// the findings `check` gives for groups of slim records. `grouping` gets
    /// `ratedArticlesByOrganization()` as read inside that transaction (so an
    /// organization another run adds meanwhile is not missed) and returns the
    /// organization-name sets of the groups. Each group is read one rated
    /// year at a time (`forEachRatedYear`): `check` gets the group's articles
    /// with only their exact ratings of that year, and its findings by
    /// article are written, after the article's findings of earlier years,
    /// before the next year is read. So memory holds one organization-year,
    /// however large the store or an organization. The result equals one
    /// `check` over each whole group's `slimRecords(exactOnly: true,
    /// organizations:)` when `check` compares only figures of the same year
    /// and lists an article's findings year by year in the order of their
    /// decimal texts, as `Checks.crossArticle` does. Ids not in the store are
    /// ignored. Idempotent.
    public func replaceCrossArticleFindings(grouping: ([(name: String?, articles: Int)]) -> [Set<String>],
                                            check: ([ArticleRecord]) -> [String: [Finding]]) throws {
        try db.write { db in
            try Self.replaceCrossArticleFindings(db) { insert in
                for names in grouping(try Self.ratedArticlesByOrganization(db)) {
                    try Self.forEachRatedYear(db, organizations: names) { try insert(check($0)) }
                }
            }
        }
    }

    /// Calls `body` once per year of the exact ratings of `organizations`'
    /// articles (a rating's own year, else its article's), in the order of the
    /// years' decimal texts, with those articles in id order, each carrying only
    /// its exact ratings of that year (slim, as in `slimRecords`). One query:
    /// the group's ratings sorted by year, read as a stream.
    static func forEachRatedYear(_ db: Database, organizations: Set<String>, _ body: ([ArticleRecord]) throws -> Void) throws {
        let sql = """
            SELECT '', CAST(COALESCE(rating.year, article.year) AS TEXT) AS y, rating.article_id,
                   rating.article_id, article.published, article.year, article.org_name,
                   rating.subject, rating.stage, rating.level, rating.count, rating.percent, rating."of", rating.year,
                   rating.or_above, rating.span_start, rating.span_end
            FROM rating JOIN article ON article.id = rating.article_id
            WHERE rating.count IS NOT NULL AND rating.approx = 0 AND COALESCE(rating.year, article.year) IS NOT NULL
              AND article.duplicate_of IS NULL AND article.org_name IN (\(organizations.map { _ in "?" }.joined(separator: ",")))
            ORDER BY y, rating.article_id, rating.idx
            """
        try SlimFigureStream.forEachPartition(try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(organizations.sorted()))) { records, _ in
            try body(records)
        }
    }
}
