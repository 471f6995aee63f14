import Foundation
import GRDB
import KiemdiemCore

/// One post to store: its record, the hash of the source bytes it was read
/// from (the ingest-time id, for skipping an unchanged input), and its
/// near-copy signature (computed from the record when nil).
public struct StoredPost: Sendable {
    public var record: ArticleRecord
    public var sourceHash: String?
    public var signature: NearCopy.Signature?
    public init(record: ArticleRecord, sourceHash: String? = nil, signature: NearCopy.Signature? = nil) {
        self.record = record; self.sourceHash = sourceHash; self.signature = signature
    }
}

/// Another place an article was read from (a copy of a stored post).
public struct ExtraSource: Sendable, Equatable {
    public var articleID: String
    public var source: Source
    public var sourceHash: String?
    public init(articleID: String, source: Source, sourceHash: String?) {
        self.articleID = articleID; self.source = source; self.sourceHash = sourceHash
    }
}

extension RecordStore {
    /// Writes one post's rows inside the caller's transaction. When its id is
    /// already stored, only its source is added (as another place the post
    /// was read from) and the result is false.
    static func write(_ p: StoredPost, db: Database) throws -> Bool {
        let r = p.record
        let source = ExtraSource(articleID: r.id, source: r.source, sourceHash: p.sourceHash)
        if try Bool.fetchOne(try db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM article WHERE id = ?)"), arguments: [r.id]) == true {
            try addSource(source, db: db)
            return false
        }
        // Only originals are candidates for later near-copies.
        var minhash: [UInt8]? = nil
        let figures = NearCopy.figuresKey(r)
        let nearKey = SchemaV2.nearKey(r.id)
        if r.duplicateOf == nil {
            let sig = p.signature ?? NearCopy.signature(title: r.title, body: r.text)
            minhash = NearCopy.bytes(sig)
            for key in NearCopy.bandKeys(sig, figures: figures) {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO near_copy_band VALUES (?, ?)").execute(arguments: [key, nearKey])
            }
        }
        let o = r.organization
        // Evidence equal to the text at its span is stored as "" and rebuilt on reading (`evidence`).
        let scalars = Array(r.text.unicodeScalars)
        try db.cachedStatement(sql: """
            INSERT INTO article (id, duplicate_of, title, category, published, views, year, org_name, org_unit, org_place, org_parent,
                org_key, org_span_start, org_span_end, text_deflate, near_key, minhash, figures_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [r.id, r.duplicateOf, r.title, r.category, r.published, r.views, r.year, o?.name, o?.unit, o?.place,
                                     o?.parent, o?.key, o?.span?.start, o?.span?.end, TextDeflate.compress(r.text),
                                     minhash == nil ? nil : nearKey, minhash.map { Data($0) }, minhash == nil ? nil : figures])
        try addSource(source, db: db)
        for (i, x) in r.ratings.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO rating (article_id, idx, subject, stage, level, count, percent, "of", approx, year, or_above, text, span_start, span_end,
                    bound, within, rule, exclusive_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [r.id, i, x.subject.rawValue, x.stage.rawValue, x.level.rawValue, x.count, x.percent, x.of,
                                         x.approx, x.year, x.orAbove, elided(x.text, x.span, scalars), x.span.start, x.span.end,
                                         x.bound?.rawValue, x.within, x.rule, x.exclusiveCount(in: r.ratings, at: i)])
        }
        for (i, x) in r.totals.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO total (article_id, idx, subject, what, count, text, span_start, span_end, year, approx, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [r.id, i, x.subject.rawValue, x.what.rawValue, x.count, x.text.map { elided($0, x.span, scalars) }, x.span.start, x.span.end,
                                         x.year, x.approx, x.rule])
        }
        for (i, x) in r.documents.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO document VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [r.id, i, x.kind, x.kindName, x.number, x.issuer, x.year, x.date, elided(x.text, x.span, scalars), x.span.start, x.span.end])
        }
        for (i, x) in r.officials.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO official VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [r.id, i, x.name, RecordJSONWriter.encode(strings: x.titles), x.span.start, x.span.end])
        }
        for (i, x) in r.dates.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO date_mention VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [r.id, i, x.start, x.end, x.grain.rawValue, x.planned, elided(x.text, x.span, scalars), x.span.start, x.span.end])
        }
        try insertFindings(r.findings, of: r.id, scope: "article", db: db)
        return true
    }

    /// "" when `text` is exactly the record's text at `span` (rebuilt by
    /// `evidence` on reading: the evidence is not stored twice), else `text`.
    static func elided(_ text: String, _ span: Span, _ scalars: [Unicode.Scalar]) -> String {
        guard !text.isEmpty, span.start >= 0, span.start < span.end, span.end <= scalars.count else { return text }
        var i = span.start
        for u in text.unicodeScalars {
            guard i < span.end, scalars[i] == u else { return text }
            i += 1
        }
        return i == span.end ? "" : text
    }

    /// The evidence a row stores: "" with a non-empty span is the text at the span.
    static func evidence(_ stored: String, _ span: Span, _ scalars: [Unicode.Scalar]) -> String {
        guard stored.isEmpty, span.start >= 0, span.start < span.end, span.end <= scalars.count else { return stored }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[span.start..<span.end])
        return String(v)
    }

    /// Adds a place a post was read from (nothing when that place is listed).
    static func addSource(_ s: ExtraSource, db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_source (article_id, source_hash, path, url, format, conversion) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [s.articleID, s.sourceHash, s.source.path, s.source.url, s.source.format, s.source.conversion])
    }

    /// The `compared` numbers of a finding as stored (sorted-key JSON object; nil when empty).
    static func comparedJSON(_ c: [String: Double]) -> String? {
        if c.isEmpty { return nil }
        return try? RecordJSON.string(c)
    }

    /// Full records rebuilt from the rows, in the order of `ids` (ids not
    /// stored are left out). `source` is the first place the post was read
    /// from; `findings` are its within-article findings, then, with
    /// `includeCross`, its cross-article ones.
    static func loadRecords(_ db: Database, ids: [String], includeCross: Bool) throws -> [ArticleRecord] {
        var out: [ArticleRecord] = []
        out.reserveCapacity(ids.count)
        for id in ids {
            guard let a = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM article WHERE id = ?"), arguments: [id]) else { continue }
            let src = try Row.fetchOne(try db.cachedStatement(sql: "SELECT path, url, format, conversion FROM article_source WHERE article_id = ? ORDER BY rowid LIMIT 1"), arguments: [id])
            let source = Source(path: src?["path"], url: src?["url"], format: src?["format"] ?? "text", conversion: src?["conversion"])
            var r = ArticleRecord(id: id, source: source, title: a["title"], category: a["category"], published: a["published"],
                                  views: a["views"], text: TextDeflate.expand(a["text_deflate"]) ?? "", year: a["year"], duplicateOf: a["duplicate_of"])
            let scalars = Array(r.text.unicodeScalars)
            if let name: String = a["org_name"] {
                let start: Int? = a["org_span_start"], end: Int? = a["org_span_end"]
                r.organization = Organization(name: name, unit: a["org_unit"], place: a["org_place"], parent: a["org_parent"],
                                              key: a["org_key"], span: start.flatMap { s in end.map { Span(s, $0) } })
            }
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM rating WHERE article_id = ? ORDER BY idx"), arguments: [id]) {
                guard let subject = Subject(rawValue: row["subject"]), let stage = Stage(rawValue: row["stage"]),
                      let level = Level(rawValue: row["level"]) else { continue }
                r.ratings.append(Rating(subject: subject, stage: stage, level: level, count: row["count"], percent: row["percent"],
                                        of: row["of"], approx: row["approx"], bound: (row["bound"] as String?).flatMap(Bound.init(rawValue:)),
                                        year: row["year"], orAbove: row["or_above"], within: row["within"], rule: row["rule"],
                                        text: evidence(row["text"], Span(row["span_start"], row["span_end"]), scalars),
                                        span: Span(row["span_start"], row["span_end"])))
            }
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM total WHERE article_id = ? ORDER BY idx"), arguments: [id]) {
                guard let subject = Subject(rawValue: row["subject"]), let what = TotalKind(rawValue: row["what"]) else { continue }
                r.totals.append(Total(subject: subject, what: what, count: row["count"], year: row["year"], approx: row["approx"],
                                      rule: row["rule"], text: (row["text"] as String?).map { evidence($0, Span(row["span_start"], row["span_end"]), scalars) },
                                      span: Span(row["span_start"], row["span_end"])))
            }
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM document WHERE article_id = ? ORDER BY idx"), arguments: [id]) {
                r.documents.append(DocumentReference(kind: row["kind"], kindName: row["kind_name"], number: row["number"], issuer: row["issuer"],
                                                     year: row["year"], date: row["date"],
                                                     text: evidence(row["text"], Span(row["span_start"], row["span_end"]), scalars),
                                                     span: Span(row["span_start"], row["span_end"])))
            }
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM official WHERE article_id = ? ORDER BY idx"), arguments: [id]) {
                r.officials.append(Official(name: row["name"], titles: try RecordJSON.decodeValue(row["titles_json"]),
                                            span: Span(row["span_start"], row["span_end"])))
            }
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM date_mention WHERE article_id = ? ORDER BY idx"), arguments: [id]) {
                guard let grain = DateGrain(rawValue: row["grain"]) else { continue }
                r.dates.append(DateMention(start: row["start"], end: row["end"], grain: grain,
                                           text: evidence(row["text"], Span(row["span_start"], row["span_end"]), scalars),
                                           span: Span(row["span_start"], row["span_end"]), planned: row["planned"]))
            }
            r.findings = try findings(db, scope: "article", id: id)[id] ?? []
            if includeCross { r.findings += try findings(db, scope: "cross", id: id)[id] ?? [] }
            out.append(r)
        }
        return out
    }

    /// Every place the article `id` was read from, in the order they were stored.
    public func sources(of id: String) throws -> [Source] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, url, format, conversion FROM article_source WHERE article_id = ? ORDER BY rowid", arguments: [id]).map {
                Source(path: $0["path"], url: $0["url"], format: $0["format"], conversion: $0["conversion"])
            }
        }
    }

    /// For each of `hashes` (source-byte hashes) already stored, the article it was read as.
    public func articlesForSources(_ hashes: [String]) throws -> [String: String] {
        if hashes.isEmpty { return [:] }
        return try db.read { db in
            var out: [String: String] = [:]
            for chunk in stride(from: 0, to: hashes.count, by: 500).map({ hashes[$0..<min($0 + 500, hashes.count)] }) {
                let sql = "SELECT source_hash, article_id FROM article_source WHERE source_hash IN (\(chunk.map { _ in "?" }.joined(separator: ",")))"
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(Array(chunk))) { out[row[0]] = row[1] }
            }
            return out
        }
    }

    /// Stored originals sharing at least one LSH key with `keys`: their ids, signatures and figures keys.
    public func nearCopyCandidates(_ keys: [Int64]) throws -> [(id: String, signature: NearCopy.Signature, figures: Int64)] {
        if keys.isEmpty { return [] }
        return try db.read { db in
            var nearKeys = Set<Int64>()
            for chunk in stride(from: 0, to: keys.count, by: 500).map({ keys[$0..<min($0 + 500, keys.count)] }) {
                let sql = "SELECT DISTINCT near_key FROM near_copy_band WHERE band_key IN (\(chunk.map { _ in "?" }.joined(separator: ",")))"
                nearKeys.formUnion(try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(Array(chunk))))
            }
            var out: [(id: String, signature: NearCopy.Signature, figures: Int64)] = []
            for k in nearKeys.sorted() {
                for row in try Row.fetchAll(db, sql: "SELECT id, minhash, figures_key FROM article WHERE near_key = ? AND duplicate_of IS NULL AND minhash IS NOT NULL",
                                            arguments: [k]) {
                    let blob: Data = row[1]
                    out.append((row[0], NearCopy.signature(bytes: [UInt8](blob)), (row[2] as Int64?) ?? 0))
                }
            }
            return out.sorted { $0.id < $1.id }
        }
    }

    /// Number of stored articles that are not copies of another (each post counted once).
    public func distinctArticleCount() throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article WHERE duplicate_of IS NULL") ?? 0 }
    }
}
