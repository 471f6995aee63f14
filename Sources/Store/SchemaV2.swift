import Foundation
import GRDB
import KiemdiemCore

/// Schema version 2: one article per post.
///
/// - `article` is keyed by the contract v2 text id (title + body) and has no
///   `record_json` any more: records are rebuilt from the rows
///   (`RecordStore.loadRecords`), so nothing is stored twice. Its text is
///   stored compressed (`text_deflate`, `TextDeflate`). It gains
///   `duplicate_of` (near-copies), `org_key`, the organization's span, and
///   `near_key`, `minhash` and `figures_key` (an original's number in
///   `near_copy_band`, near-copy signature and figures hash, `NearCopy`).
/// - The fact tables are WITHOUT ROWID tables keyed by
///   (article_id, idx); evidence equal to the text at its span is stored as
///   "" and rebuilt on reading.
/// - `article_source`: every place a post was read from (path, url, format,
///   conversion) with the hash of its source bytes (`source_hash`, the
///   ingest-time id), so an unchanged input is skipped before extraction.
/// - `finding_message`: the text of cross-article findings, once for all
///   the findings that share it (`finding.message` is then "" and
///   `finding.message_id` points here); many articles giving one figure get
///   the same message, which names every other figure.
/// - `near_copy_band`: the LSH keys of each original's signature (with its figures).
/// - `rating` gains `bound`, `within`, `rule` and `exclusive_count` (the
///   count of the level alone, `Rating.exclusiveCount`); `total` gains
///   `year`, `approx`, `rule`; `finding` gains `compared_json`.
///
/// An existing version-1 database is converted in place: each article's id
/// becomes its text id (copies of one post become one article with several
/// sources), its source moves to `article_source` (its old id, the hash of
/// its bytes, as `source_hash`), and the v2 fields are read back from its
/// `record_json` before that column goes.
enum SchemaV2 {
    /// The version-2 tables. The fact tables are WITHOUT ROWID, keyed by
    /// (article_id, idx): one b-tree each, no second copy of the key in an
    /// index. `finding` stays a rowid table: its rows are long (cross-article
    /// messages average 500 bytes on the synthetic corpus), and inserted in
    /// random key order they left a WITHOUT ROWID b-tree a third empty.
    static let tables = """
        CREATE TABLE article_v2 (
            id TEXT PRIMARY KEY NOT NULL,
            duplicate_of TEXT,
            title TEXT, category TEXT, published TEXT, views INTEGER,
            year INTEGER,
            org_name TEXT, org_unit TEXT, org_place TEXT, org_parent TEXT, org_key TEXT,
            org_span_start INTEGER, org_span_end INTEGER,
            text_deflate BLOB NOT NULL,
            near_key INTEGER, minhash BLOB, figures_key INTEGER
        );
        CREATE TABLE article_source (
            article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            source_hash TEXT,
            path TEXT, url TEXT, format TEXT NOT NULL, conversion TEXT
        );
        CREATE TABLE near_copy_band (
            band_key INTEGER NOT NULL, near_key INTEGER NOT NULL,
            PRIMARY KEY (band_key, near_key)
        ) WITHOUT ROWID;
        CREATE TABLE rating_v2 (
            article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            subject TEXT NOT NULL, stage TEXT NOT NULL, level TEXT NOT NULL,
            count INTEGER, percent REAL, "of" INTEGER,
            approx INTEGER NOT NULL, year INTEGER, or_above INTEGER NOT NULL,
            text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            bound TEXT, within INTEGER, rule TEXT, exclusive_count INTEGER,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE total_v2 (
            article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            subject TEXT NOT NULL, what TEXT NOT NULL, count INTEGER NOT NULL,
            text TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            year INTEGER, approx INTEGER NOT NULL DEFAULT 0, rule TEXT,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE document_v2 (
            article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT, kind_name TEXT, number TEXT NOT NULL, issuer TEXT, year INTEGER, date TEXT,
            text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE official_v2 (
            article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            name TEXT NOT NULL, titles_json TEXT NOT NULL,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE date_mention_v2 (
            article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start TEXT NOT NULL, "end" TEXT NOT NULL, grain TEXT NOT NULL, planned INTEGER NOT NULL,
            text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE finding_v2 (
            article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            scope TEXT NOT NULL CHECK (scope IN ('article', 'cross')),
            idx INTEGER NOT NULL,
            rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
            spans_json TEXT NOT NULL, other_article TEXT, compared_json TEXT,
            message_id INTEGER,
            PRIMARY KEY (article_id, scope, idx)
        );
        CREATE TABLE finding_message (
            id INTEGER PRIMARY KEY, hash INTEGER NOT NULL, message TEXT NOT NULL
        );
        CREATE INDEX finding_message_hash ON finding_message(hash);
        """

    /// The number an article is known by in `near_copy_band`: its id read as
    /// 16 hex digits (the contract's id), else a hash of the id.
    static func nearKey(_ id: String) -> Int64 {
        if id.utf8.count == 16, let v = UInt64(id, radix: 16) { return Int64(bitPattern: v) }
        var h: UInt64 = 0xcbf29ce484222325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int64(bitPattern: h)
    }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: tables + """
            CREATE TEMP TABLE id_map (old TEXT PRIMARY KEY NOT NULL, new TEXT NOT NULL, keep INTEGER NOT NULL);
            """)
        // Old rows, in id order: the first of several copies of one text is kept.
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM article ORDER BY id")
        var kept = Set<String>()
        var v2: [String: ArticleRecord] = [:]
        while let row = try rows.next() {
            let old: String = row["id"]
            let title: String? = row["title"]
            let text: String = row["text"]
            let r = try? RecordJSON.decode(row["record_json"])
            let new = ArticleRecord.contentID(title: title, body: text)
            let keep = kept.insert(new).inserted
            try db.execute(sql: "INSERT INTO id_map VALUES (?, ?, ?)", arguments: [old, new, keep])
            try db.execute(sql: "INSERT INTO article_source VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [new, old, row["path"], row["url"], row["format"], r?.source.conversion])
            guard keep else { continue }
            let sig = NearCopy.signature(title: title, body: text)
            let figures = r.map { NearCopy.figuresKey($0) } ?? 0
            try db.execute(sql: """
                INSERT INTO article_v2 (id, duplicate_of, title, category, published, views, year, org_name, org_unit, org_place,
                    org_parent, org_key, org_span_start, org_span_end, text_deflate, near_key, minhash, figures_key)
                VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [new, title, row["category"], row["published"], row["views"], row["year"], row["org_name"], row["org_unit"],
                                 row["org_place"], row["org_parent"], r?.organization?.key, r?.organization?.span?.start,
                                 r?.organization?.span?.end, TextDeflate.compress(text), nearKey(new),
                                 Data(NearCopy.bytes(sig)), figures])
            for key in NearCopy.bandKeys(sig, figures: figures) {
                try db.execute(sql: "INSERT OR IGNORE INTO near_copy_band VALUES (?, ?)", arguments: [key, nearKey(new)])
            }
            if let r { v2[old] = r }
        }
        // Copies' rows go; the kept article's rows take its new id.
        let keptOld = "(SELECT old FROM id_map WHERE keep = 1)"
        let newID = "(SELECT new FROM id_map WHERE old = article_id)"
        try db.execute(sql: """
            INSERT INTO rating_v2 (article_id, idx, subject, stage, level, count, percent, "of", approx, year, or_above, text, span_start, span_end)
                SELECT \(newID), idx, subject, stage, level, count, percent, "of", approx, year, or_above, text, span_start, span_end
                FROM rating WHERE article_id IN \(keptOld);
            INSERT INTO total_v2 (article_id, idx, subject, what, count, text, span_start, span_end)
                SELECT \(newID), idx, subject, what, count, text, span_start, span_end FROM total WHERE article_id IN \(keptOld);
            INSERT INTO document_v2 SELECT \(newID), idx, kind, kind_name, number, issuer, year, date, text, span_start, span_end
                FROM document WHERE article_id IN \(keptOld);
            INSERT INTO official_v2 SELECT \(newID), idx, name, titles_json, span_start, span_end FROM official WHERE article_id IN \(keptOld);
            INSERT INTO date_mention_v2 SELECT \(newID), idx, start, "end", grain, planned, text, span_start, span_end
                FROM date_mention WHERE article_id IN \(keptOld);
            INSERT INTO finding_v2 (article_id, scope, idx, rule, severity, message, spans_json, other_article)
                SELECT \(newID), scope, idx, rule, severity, message, spans_json,
                       COALESCE((SELECT new FROM id_map WHERE old = other_article), other_article)
                FROM finding WHERE article_id IN \(keptOld);
            """)
        // The v2 fields the old rows lacked, from the old record_json.
        for (old, r) in v2 {
            let new = ArticleRecord.contentID(title: r.title, body: r.text)
            let id = try String.fetchOne(db, sql: "SELECT new FROM id_map WHERE old = ?", arguments: [old]) ?? new
            for (i, x) in r.ratings.enumerated() {
                try db.execute(sql: "UPDATE rating_v2 SET bound = ?, within = ?, rule = ?, exclusive_count = ? WHERE article_id = ? AND idx = ?",
                               arguments: [x.bound?.rawValue, x.within, x.rule, x.exclusiveCount(in: r.ratings, at: i), id, i])
            }
            for (i, x) in r.totals.enumerated() where x.year != nil || x.approx || x.rule != nil {
                try db.execute(sql: "UPDATE total_v2 SET year = ?, approx = ?, rule = ? WHERE article_id = ? AND idx = ?",
                               arguments: [x.year, x.approx, x.rule, id, i])
            }
            for (i, f) in r.findings.enumerated() where !f.compared.isEmpty {
                try db.execute(sql: "UPDATE finding_v2 SET compared_json = ? WHERE article_id = ? AND scope = 'article' AND idx = ?",
                               arguments: [RecordStore.comparedJSON(f.compared), id, i])
            }
        }
        for t in ["article", "rating", "total", "document", "official", "date_mention", "finding"] {
            try db.execute(sql: "DROP TABLE \(t); ALTER TABLE \(t)_v2 RENAME TO \(t)")
        }
        try db.execute(sql: """
            DROP TABLE id_map;
            CREATE INDEX article_org ON article(org_name, year);
            CREATE INDEX article_near_key ON article(near_key) WHERE near_key IS NOT NULL;
            CREATE UNIQUE INDEX article_source_unique ON article_source(article_id, COALESCE(source_hash, ''), COALESCE(path, ''), COALESCE(url, ''));
            CREATE INDEX article_source_hash ON article_source(source_hash);
            CREATE INDEX finding_rule ON finding(rule);
            """)
    }

    /// The yearly views: no join needed to query the figures by year.
    static func createViews(_ db: Database) throws {
        try db.execute(sql: """
            -- One row per organization (its key, else its name), rated year, subject, stage,
            -- level and cumulative flag, over articles that are not copies of another.
            -- count: the figure when every article gives the same, else NULL (see count_min/count_max);
            -- exclusive_count: the same for the level alone ("trở lên" figures less their higher parts).
            CREATE VIEW yearly_ratings AS
            SELECT COALESCE(a.org_key, a.org_name) AS organization,
                   MIN(a.org_name) AS organization_name,
                   COALESCE(r.year, a.year) AS year,
                   r.subject AS subject, r.stage AS stage, r.level AS level,
                   r.or_above AS cumulative,
                   CASE WHEN MIN(r.count) = MAX(r.count) THEN MIN(r.count) END AS count,
                   CASE WHEN MIN(r.exclusive_count) = MAX(r.exclusive_count) THEN MIN(r.exclusive_count) END AS exclusive_count,
                   MIN(r.count) AS count_min, MAX(r.count) AS count_max,
                   MAX(r.percent) AS percent,
                   MAX(r.approx) AS approx,
                   MAX(r.bound) AS bound,
                   COUNT(DISTINCT r.article_id) AS articles
            FROM rating r JOIN article a ON a.id = r.article_id
            WHERE a.duplicate_of IS NULL
            GROUP BY COALESCE(a.org_key, a.org_name), COALESCE(r.year, a.year), r.subject, r.stage, r.level, r.or_above;

            -- Findings per rated year (the article's) and rule, over articles that are not copies.
            CREATE VIEW yearly_findings AS
            SELECT a.year AS year, f.rule AS rule, f.severity AS severity,
                   COUNT(*) AS findings,
                   COUNT(DISTINCT f.article_id) AS articles,
                   COUNT(DISTINCT COALESCE(a.org_key, a.org_name)) AS organizations
            FROM finding f JOIN article a ON a.id = f.article_id
            WHERE a.duplicate_of IS NULL
            GROUP BY a.year, f.rule, f.severity;
            """)
    }
}
