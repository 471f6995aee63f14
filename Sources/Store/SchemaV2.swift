import Foundation
import GRDB
import KiemdiemCore

/// Schema version 2: one article per post.
///
/// - `article` is keyed by the contract v2 text id (title + body) and has no
///   `record_json` any more: records are rebuilt from the rows
///   (`RecordStore.loadRecords`), so nothing is stored twice. It gains
///   `duplicate_of` (near-copies), `org_key`, the organization's span, and
///   `minhash` and `figures_key` (the near-copy signature and figures hash
///   of an original, `NearCopy`).
/// - `article_source`: every place a post was read from (path, url, format,
///   conversion) with the hash of its source bytes (`source_hash`, the
///   ingest-time id), so an unchanged input is skipped before extraction.
/// - `near_copy_band`: the LSH keys of each original's signature.
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
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article_v2 (
                id TEXT PRIMARY KEY NOT NULL,
                duplicate_of TEXT,
                title TEXT, category TEXT, published TEXT, views INTEGER,
                year INTEGER,
                org_name TEXT, org_unit TEXT, org_place TEXT, org_parent TEXT, org_key TEXT,
                org_span_start INTEGER, org_span_end INTEGER,
                text TEXT NOT NULL,
                minhash BLOB, figures_key INTEGER
            );
            CREATE TABLE article_source (
                article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                source_hash TEXT,
                path TEXT, url TEXT, format TEXT NOT NULL, conversion TEXT
            );
            CREATE UNIQUE INDEX article_source_unique ON article_source(article_id, COALESCE(source_hash, ''), COALESCE(path, ''), COALESCE(url, ''));
            CREATE INDEX article_source_hash ON article_source(source_hash);
            CREATE TABLE near_copy_band (
                band_key INTEGER NOT NULL, article_id TEXT NOT NULL,
                PRIMARY KEY (band_key, article_id)
            ) WITHOUT ROWID;
            ALTER TABLE rating ADD COLUMN bound TEXT;
            ALTER TABLE rating ADD COLUMN within INTEGER;
            ALTER TABLE rating ADD COLUMN rule TEXT;
            ALTER TABLE rating ADD COLUMN exclusive_count INTEGER;
            ALTER TABLE total ADD COLUMN year INTEGER;
            ALTER TABLE total ADD COLUMN approx INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE total ADD COLUMN rule TEXT;
            ALTER TABLE finding ADD COLUMN compared_json TEXT;
            CREATE TEMP TABLE id_map (old TEXT PRIMARY KEY NOT NULL, new TEXT NOT NULL, keep INTEGER NOT NULL);
            """)
        // Old rows, in id order: the first of several copies of one text is kept.
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, url, format, title, text, record_json FROM article ORDER BY id")
        var kept = Set<String>()
        while let row = try rows.next() {
            let old: String = row["id"]
            let title: String? = row["title"]
            let text: String = row["text"]
            let r = try? RecordJSON.decode(row["record_json"])
            let new = ArticleRecord.contentID(title: title, body: text)
            let keep = kept.insert(new).inserted
            try db.execute(sql: "INSERT INTO id_map VALUES (?, ?, ?)", arguments: [old, new, keep])
            try db.execute(sql: "INSERT OR IGNORE INTO article_source VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [new, old, row["path"], row["url"], row["format"], r?.source.conversion])
            guard keep else { continue }
            let sig = NearCopy.signature(title: title, body: text)
            try db.execute(sql: """
                INSERT INTO article_v2 (id, duplicate_of, title, category, published, views, year, org_name, org_unit, org_place,
                    org_parent, org_key, org_span_start, org_span_end, text, minhash, figures_key)
                SELECT ?, NULL, title, category, published, views, year, org_name, org_unit, org_place, org_parent, ?, ?, ?, text, ?, ?
                FROM article WHERE id = ?
                """, arguments: [new, r?.organization?.key, r?.organization?.span?.start, r?.organization?.span?.end,
                                 Data(NearCopy.bytes(sig)), r.map { NearCopy.figuresKey($0) }, old])
            for key in NearCopy.bandKeys(sig) {
                try db.execute(sql: "INSERT OR IGNORE INTO near_copy_band VALUES (?, ?)", arguments: [key, new])
            }
            guard let r else { continue }
            for (i, x) in r.ratings.enumerated() {
                try db.execute(sql: "UPDATE rating SET bound = ?, within = ?, rule = ?, exclusive_count = ? WHERE article_id = ? AND idx = ?",
                               arguments: [x.bound?.rawValue, x.within, x.rule, x.exclusiveCount(in: r.ratings, at: i), old, i])
            }
            for (i, x) in r.totals.enumerated() where x.year != nil || x.approx || x.rule != nil {
                try db.execute(sql: "UPDATE total SET year = ?, approx = ?, rule = ? WHERE article_id = ? AND idx = ?",
                               arguments: [x.year, x.approx, x.rule, old, i])
            }
            for (i, f) in r.findings.enumerated() where !f.compared.isEmpty {
                try db.execute(sql: "UPDATE finding SET compared_json = ? WHERE article_id = ? AND scope = 'article' AND idx = ?",
                               arguments: [RecordStore.comparedJSON(f.compared), old, i])
            }
        }
        // Copies' rows go; the kept article's rows take its new id.
        for table in ["rating", "total", "document", "official", "date_mention", "finding"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE article_id IN (SELECT old FROM id_map WHERE keep = 0)")
            try db.execute(sql: "UPDATE \(table) SET article_id = (SELECT new FROM id_map WHERE old = article_id)")
        }
        try db.execute(sql: """
            UPDATE finding SET other_article = (SELECT new FROM id_map WHERE old = other_article)
                WHERE other_article IN (SELECT old FROM id_map);
            DROP TABLE id_map;
            DROP TABLE article;
            ALTER TABLE article_v2 RENAME TO article;
            CREATE INDEX article_org ON article(org_name, year);
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
