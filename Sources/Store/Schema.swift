import GRDB

/// The store's tables, created in one exclusive transaction by the first
/// process that opens a new file (`RecordStore`), and the marks
/// (`application_id`, `user_version`) that tell a store from another
/// program's SQLite file.
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
    /// `PRAGMA application_id` of a kiemdiem store: "KDDM" (0x4B44444D),
    /// so `file(1)` and this program tell it from another program's SQLite file.
    static let applicationID: Int32 = 0x4B44_444D
    /// `PRAGMA user_version`: the schema version this program writes.
    /// 1: the first tables; 2: one article per post (`SchemaV2`); 3: the yearly views.
    static let version = 3

    /// What a database file holds, from its header and schema.
    enum Kind: Equatable {
        /// No table at all (a new or empty file): ours to create.
        case empty
        /// A kiemdiem store of schema `version`.
        case ours(version: Int)
        /// A store made before stores were marked (the GRDB migration "v1"
        /// applied, and the `article` table): ours, to be marked.
        case unmarked
        /// Anything else: another program's database.
        case foreign(applicationID: Int32, tables: Int)
    }

    static func kind(_ db: Database) throws -> Kind {
        let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if app == applicationID { return .ours(version: version) }
        if app == 0 && version == 0 && tables.isEmpty { return .empty }
        if app == 0 && version == 0 && Set(tables).isSuperset(of: ["grdb_migrations", "article", "finding"]),
           try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == ["v1"] {
            return .unmarked
        }
        return .foreign(applicationID: app, tables: tables.count)
    }

    /// Creates the tables and marks the file as a store (inside the caller's transaction):
    /// the version-1 tables, brought up to this version by the same steps as an old store.
    static func create(_ db: Database) throws {
        try db.execute(sql: createSQL)
        try upgrade(db, from: 1)
    }

    /// The schema an unmarked store's tables have: 1 while `article` keeps
    /// `record_json`, 3 once the yearly views exist, else 2.
    static func structureVersion(_ db: Database) throws -> Int {
        if try db.columns(in: "article").contains(where: { $0.name == "record_json" }) { return 1 }
        return try db.viewExists("yearly_ratings") ? 3 : 2
    }

    /// Brings a store of schema `version` up to this program's, then marks it
    /// (inside the caller's transaction, with foreign keys off: tables are rebuilt).
    static func upgrade(_ db: Database, from version: Int) throws {
        if version < 2 { try SchemaV2.migrate(db) }
        if version < 3 { try SchemaV2.createViews(db) }
        try mark(db)
    }

    static func mark(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    static let createSQL = """
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
            """
}
