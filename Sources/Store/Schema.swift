import GRDB

/// The store's tables, created and upgraded by one `DatabaseMigrator`.
///
/// - `article`: one row per post (id = contract v2 text id); records are
///   rebuilt from the rows (no JSON copy since v2, see `SchemaV2`).
/// - `article_source`: every place a post was read from (v2).
/// - `rating`, `total`, `document`, `official`, `date_mention`: the facts, one
///   row each, keyed by (article_id, idx) with spans as scalar offsets.
/// - `finding`: within-article findings (`scope` = `article`) and
///   cross-article findings (`scope` = `cross`, recomputed over the whole store).
/// - `failed_input`: inputs that could not be read, with the reason.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
            CREATE TABLE article (
                id TEXT PRIMARY KEY NOT NULL,
                path TEXT, url TEXT, format TEXT NOT NULL,
                title TEXT, category TEXT, published TEXT, views INTEGER,
                year INTEGER,
                org_name TEXT, org_unit TEXT, org_place TEXT, org_parent TEXT,
                text TEXT NOT NULL,
                record_json TEXT NOT NULL
            );
            CREATE INDEX article_org ON article(org_name, year);
            CREATE TABLE rating (
                article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                subject TEXT NOT NULL, stage TEXT NOT NULL, level TEXT NOT NULL,
                count INTEGER, percent REAL, "of" INTEGER,
                approx INTEGER NOT NULL, year INTEGER, or_above INTEGER NOT NULL,
                text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            );
            CREATE TABLE total (
                article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                subject TEXT NOT NULL, what TEXT NOT NULL, count INTEGER NOT NULL,
                text TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            );
            CREATE TABLE document (
                article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind TEXT, kind_name TEXT, number TEXT NOT NULL, issuer TEXT, year INTEGER, date TEXT,
                text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            );
            CREATE TABLE official (
                article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                name TEXT NOT NULL, titles_json TEXT NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            );
            CREATE TABLE date_mention (
                article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start TEXT NOT NULL, "end" TEXT NOT NULL, grain TEXT NOT NULL, planned INTEGER NOT NULL,
                text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            );
            CREATE TABLE finding (
                article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                scope TEXT NOT NULL CHECK (scope IN ('article', 'cross')),
                idx INTEGER NOT NULL,
                rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
                spans_json TEXT NOT NULL, other_article TEXT,
                PRIMARY KEY (article_id, scope, idx)
            );
            CREATE INDEX finding_rule ON finding(rule);
            CREATE TABLE failed_input (
                path TEXT PRIMARY KEY NOT NULL,
                reason TEXT NOT NULL
            );
            """)
        }
        m.registerMigration("v2-one-article-per-post") { db in try SchemaV2.migrate(db) }
        m.registerMigration("v3-yearly-views") { db in try SchemaV2.createViews(db) }
        return m
    }
}
