import Foundation
import GRDB
import KiemdiemCore

/// The SQLite store of records (`kiemdiem.sqlite` by default), in WAL mode.
///
/// Articles are keyed by the contract's text id: inserting an id already
/// stored only adds its source (`article_source`), so one post read from
/// several files is one article, and re-running on the same inputs changes nothing. Each
/// article is written with all its rows in one transaction, so an
/// interrupted run leaves no half-written article and a rerun resumes.
public final class RecordStore {
    /// The default file name.
    public static let defaultPath = "kiemdiem.sqlite"

    /// A pool (WAL, one writer, concurrent readers) when opened for writing;
    /// one read-only connection when opened `readOnly`.
    let db: any DatabaseWriter

    /// Why a file is not opened as a store.
    public struct NotAStore: Error, CustomStringConvertible {
        public let description: String
    }

    /// Opens (creating if needed) the store at `path`, waiting up to
    /// `busyTimeout` seconds whenever another process holds the write lock.
    ///
    /// A file that is not a kiemdiem store (not SQLite at all, or another
    /// program's SQLite database: its `application_id` or tables are not ours)
    /// is refused with `NotAStore` and left unchanged. The tables of a new file
    /// are created in one exclusive transaction, so several processes creating
    /// the same new store at once all succeed, one after the other.
    ///
    /// With `readOnly` (for `stats` and `report`) the file is opened read-only
    /// and never written: no schema, no journal mode, no pragma that writes.
    public init(path: String, busyTimeout: Double = RecordStore.defaultBusyTimeout, readOnly: Bool = false) throws {
        try Self.checkExistingFile(path)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        if readOnly {
            config.readonly = true
            let queue: DatabaseQueue
            let kind: Schema.Kind
            var structure = Schema.version
            do {
                queue = try DatabaseQueue(path: path, configuration: config)
                kind = try queue.read(Schema.kind)
                if kind == .unmarked { structure = try queue.read(Schema.structureVersion) }
            } catch let e as DatabaseError where e.resultCode == .SQLITE_READONLY || e.resultCode == .SQLITE_CANTOPEN {
                // SQLite reads a WAL database only with its -shm file beside it,
                // which it must create when it is missing.
                throw NotAStore(description: "\(path): cannot read it without write access to its folder (SQLite needs to create \((path as NSString).lastPathComponent)-shm beside it): \(e.message ?? "read-only")")
            }
            switch kind {
            case .ours(let v) where v > Schema.version: throw Self.newer(path, v)
            case .ours(let v) where v < Schema.version: throw Self.older(path, v)
            case .unmarked where structure < Schema.version: throw Self.older(path, structure)
            case .unmarked: break
            case .ours: break
            case .empty: throw NotAStore(description: "\(path): not a kiemdiem database (it has no tables; run `kiemdiem run` first)")
            case .foreign(let app, let tables): throw Self.foreign(path, app, tables)
            }
            db = queue
            return
        }
        // First, on a plain connection in one exclusive transaction: recognise
        // the file, and create the tables of a new one. Nothing is written to a
        // file that is not ours (not even the switch to WAL).
        do {
            // Foreign keys off on this connection: upgrading an older store rebuilds tables.
            var plain = config
            plain.foreignKeysEnabled = false
            let queue = try DatabaseQueue(path: path, configuration: plain)
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.exclusive) {
                    switch try Schema.kind(db) {
                    case .empty: try Schema.create(db)
                    case .unmarked: try Schema.upgrade(db, from: try Schema.structureVersion(db))
                    case .ours(let v) where v > Schema.version: throw Self.newer(path, v)
                    case .ours(let v) where v < Schema.version: try Schema.upgrade(db, from: v)
                    case .ours: break
                    case .foreign(let app, let tables): throw Self.foreign(path, app, tables)
                    }
                    return .commit
                }
            }
            try queue.close()
        }
        // WAL with synchronous=NORMAL: a crash can lose the last commits but
        // never leaves a half-written transaction; each article is one.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let pool = try DatabasePool(path: path, configuration: config)
        db = pool
        // Checkpoint the WAL into the database every 32 MiB instead of SQLite's
        // 4 MiB: fewer checkpoints mean fewer waits for fsync, and index pages
        // that many batches touch are copied back once per checkpoint.
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 8192") }
    }

    static func foreign(_ path: String, _ app: Int32, _ tables: Int) -> NotAStore {
        let id = app == 0 ? "no application_id" : String(format: "application_id 0x%08X", UInt32(bitPattern: app))
        return NotAStore(description: "\(path): not a kiemdiem database (\(id), \(tables) table\(tables == 1 ? "" : "s") of another program); it was left unchanged, give another --db")
    }

    static func newer(_ path: String, _ v: Int) -> NotAStore {
        NotAStore(description: "\(path): a kiemdiem database of schema version \(v), newer than this program's \(Schema.version); use a newer kiemdiem")
    }

    static func older(_ path: String, _ v: Int) -> NotAStore {
        NotAStore(description: "\(path): a kiemdiem database of schema version \(v), older than this program's \(Schema.version); run `kiemdiem run --db \(path)` once to upgrade it (a read-only command never writes)")
    }

    /// Whether an article with this id is already stored.
    public func contains(_ id: String) throws -> Bool {
        try db.read { try Bool.fetchOne($0, sql: "SELECT EXISTS(SELECT 1 FROM article WHERE id = ?)", arguments: [id]) ?? false }
    }

    /// The ids of every stored article.
    public func ids() throws -> Set<String> {
        try db.read { Set(try String.fetchAll($0, sql: "SELECT id FROM article")) }
    }

    /// Stores one record with all its facts and its within-article findings,
    /// in one transaction. Returns false when the id is already stored (then
    /// only its source is added, as another place the post was read from).
    @discardableResult
    public func insert(_ r: ArticleRecord) throws -> Bool {
        let post = StoredPost(record: r)
        return try db.write { db in try Self.write(post, db: db) }
    }

    static func insertFindings(_ fs: [Finding], of id: String, scope: String, db: Database, firstIndex: Int = 0) throws {
        for (i, f) in fs.enumerated() {
            // A cross-article message is stored once in `finding_message` and shared.
            let messageID = scope == "cross" ? try sharedMessage(f.message, db: db) : nil
            try db.cachedStatement(sql: """
                INSERT INTO finding (article_id, scope, idx, rule, severity, message, spans_json, other_article, compared_json, message_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id, scope, firstIndex + i, f.rule.rawValue, f.severity.rawValue, messageID == nil ? f.message : "",
                                         RecordJSONWriter.encode(spans: f.spans), f.otherArticle, comparedJSON(f.compared), messageID])
        }
    }

    /// The id of `message` in `finding_message`, added when new.
    static func sharedMessage(_ message: String, db: Database) throws -> Int64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in message.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hash = Int64(bitPattern: h)
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT id, message FROM finding_message WHERE hash = ?"), arguments: [hash])
            where (row[1] as String) == message { return row[0] }
        try db.cachedStatement(sql: "INSERT INTO finding_message (hash, message) VALUES (?, ?)").execute(arguments: [hash, message])
        return db.lastInsertedRowID
    }

    /// Records an input that could not be read (replacing an older reason for the same path).
    public func recordFailure(_ f: InputFailure) throws {
        try db.write { try $0.execute(sql: "INSERT OR REPLACE INTO failed_input (path, reason) VALUES (?, ?)", arguments: [f.path, f.reason]) }
    }

    /// Forgets a failure once the path has been read successfully.
    public func clearFailure(path: String) throws {
        try db.write { try $0.execute(sql: "DELETE FROM failed_input WHERE path = ?", arguments: [path]) }
    }

    /// Every recorded failure, by path.
    public func failures() throws -> [InputFailure] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, reason FROM failed_input ORDER BY path").map {
                InputFailure(path: $0["path"], reason: $0["reason"])
            }
        }
    }

    /// Replaces every stored cross-article finding with `byArticle` (as made
    /// by `Checks.crossArticle` over `allRecords(includeCross: false)`), in
    /// one transaction. Ids not in the store are ignored. Idempotent.
    public func replaceCrossArticleFindings(_ byArticle: [String: [Finding]]) throws {
        try db.write { db in try Self.replaceCrossArticleFindings(db) { insert in try insert(byArticle) } }
    }

    /// Inside a write transaction: deletes every cross-article finding, then
    /// `produce` hands findings by article to `insert` as often as it likes
    /// (each call's articles in id order; ids not in the store are skipped;
    /// an article given findings again gets them after its earlier ones).
    static func replaceCrossArticleFindings(_ db: Database,
                                            produce: (_ insert: ([String: [Finding]]) throws -> Void) throws -> Void) throws {
        try db.execute(sql: "DELETE FROM finding WHERE scope = 'cross'; DELETE FROM finding_message")
        // Per article with findings, one indexed lookup: is it stored, and how many
        // cross findings has it so far (a later call appends after them).
        let lookup = try db.cachedStatement(sql: """
            SELECT (SELECT 1 FROM article WHERE id = ?1), (SELECT COUNT(*) FROM finding WHERE article_id = ?1 AND scope = 'cross')
            """)
        try produce { byArticle in
            for id in byArticle.keys.sorted() {
                guard let row = try Row.fetchOne(lookup, arguments: [id]), (row[0] as Int?) != nil else { continue }
                try insertFindings(byArticle[id]!, of: id, scope: "cross", db: db, firstIndex: row[1])
            }
        }
    }

    /// Every stored record, ordered by id. With `includeCross`, each record's
    /// `findings` also lists its stored cross-article findings.
    public func allRecords(includeCross: Bool = true) throws -> [ArticleRecord] {
        try db.read { db in
            try Self.loadRecords(db, ids: try String.fetchAll(db, sql: "SELECT id FROM article ORDER BY id"), includeCross: includeCross)
        }
    }

    /// One stored record (with its cross-article findings), or nil.
    public func record(id: String) throws -> ArticleRecord? {
        try db.read { db in
            try Self.loadRecords(db, ids: [id], includeCross: true).first
        }
    }

    static func findings(_ db: Database, scope: String, id: String? = nil) throws -> [String: [Finding]] {
        var sql = "SELECT finding.*, finding_message.message AS shared_message FROM finding LEFT JOIN finding_message ON finding_message.id = finding.message_id WHERE scope = ?"
        var args: StatementArguments = [scope]
        if let id { sql += " AND article_id = ?"; args += [id] }
        sql += " ORDER BY article_id, idx"
        var out: [String: [Finding]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: args) {
            guard let f = try finding(row) else { continue }
            out[row["article_id"], default: []].append(f)
        }
        return out
    }

    /// The finding of a `finding` row (nil for a rule or severity this version does not know).
    static func finding(_ row: Row) throws -> Finding? {
        guard let rule = Rule(rawValue: row["rule"]), let sev = Severity(rawValue: row["severity"]) else { return nil }
        let spans: [Span] = try RecordJSON.decodeValue(row["spans_json"])
        let compared: [String: Double] = try (row["compared_json"] as String?).map { try RecordJSON.decodeValue($0) } ?? [:]
        let message: String = row.hasColumn("shared_message") ? (row["shared_message"] as String?) ?? row["message"] : row["message"]
        return Finding(rule: rule, severity: sev, message: message, spans: spans, compared: compared, otherArticle: row["other_article"])
    }

    /// Row counts per table (for summaries and tests).
    public func counts() throws -> [String: Int] {
        try db.read { db in
            var out: [String: Int] = [:]
            for t in ["article", "article_source", "rating", "total", "document", "official", "date_mention", "finding", "failed_input"] {
                out[t] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)") ?? 0
            }
            return out
        }
    }

    /// How many stored findings each rule has (within-article and cross-article), near-copies left out.
    public func findingsByRule() throws -> [Rule: Int] {
        try db.read { db in
            var out: [Rule: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT rule, COUNT(*) AS n FROM finding WHERE article_id NOT IN (SELECT id FROM article WHERE duplicate_of IS NOT NULL) GROUP BY rule") {
                if let r = Rule(rawValue: row["rule"]) { out[r] = row["n"] }
            }
            return out
        }
    }

    /// The journal mode SQLite reports ("wal").
    public func journalMode() throws -> String {
        try db.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }
}

/// Deterministic JSON for stored records (sorted keys), so that storing the
/// same record twice gives the same bytes.
enum RecordJSON {
    static func encode(_ r: ArticleRecord) throws -> String {
        // The same bytes as `string(r)`, written directly (RecordJSONWriter).
        if let bytes = RecordJSONWriter.encode(r) { return String(decoding: bytes, as: UTF8.self) }
        return try string(r)
    }
    static func string<T: Encodable>(_ v: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(v), as: UTF8.self)
    }
    static func decode(_ s: String) throws -> ArticleRecord { try decodeValue(s) }
    static func decodeValue<T: Decodable>(_ s: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(s.utf8))
    }
}
