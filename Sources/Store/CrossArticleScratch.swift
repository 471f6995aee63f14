import Foundation
import GRDB
import KiemdiemCore

/// A private temporary SQLite database for the cross-article check of a run
/// that has no store (`extract`): the exact figures of every record go to
/// disk as they come, the check runs one organization-year at a time, and
/// the findings come back in input order. Memory holds one organization-year
/// and SQLite's page cache, however many records there are.
///
/// The database file is SQLite's own temporary file (opened with an empty
/// path): it is deleted when the scratch is released, or by the system when
/// the process dies.
public final class CrossArticleScratch {
    private let db: DatabaseQueue
    private var computed = false

    /// Opens an empty scratch database.
    public init() throws {
        var config = Configuration()
        config.label = "kiemdiem.cross-scratch"
        db = try DatabaseQueue(path: "", configuration: config)
        try db.writeWithoutTransaction { db in
            try db.execute(sql: """
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                CREATE TABLE figure (
                    org_key TEXT NOT NULL, y TEXT NOT NULL, pos INTEGER NOT NULL, id TEXT NOT NULL,
                    published TEXT, year INTEGER, org TEXT NOT NULL, idx INTEGER NOT NULL,
                    subject TEXT NOT NULL, stage TEXT NOT NULL, level TEXT NOT NULL, count INTEGER NOT NULL,
                    percent REAL, "of" INTEGER, rating_year INTEGER, or_above INTEGER NOT NULL,
                    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
                );
                CREATE TABLE finding (pos INTEGER NOT NULL, json TEXT NOT NULL);
                """)
        }
    }

    /// Adds the exact ratings (a count, not approximate, with a year: the
    /// rating's own, else the record's) of the record at input position
    /// `position`, under its organization's comparison key `organizationKey`.
    /// A record without an organization or such a rating adds nothing.
    public func add(_ record: ArticleRecord, organizationKey: String, position: Int) throws {
        guard let org = record.organization else { return }
        let exact = record.ratings.enumerated().filter { $0.element.count != nil && !$0.element.approx && ($0.element.year ?? record.year) != nil }
        if exact.isEmpty { return }
        try db.inTransaction { db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO figure (org_key, y, pos, id, published, year, org, idx, subject, stage, level, count,
                                    percent, "of", rating_year, or_above, span_start, span_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (i, r) in exact {
                try insert.execute(arguments: [organizationKey, String(r.year ?? record.year!), position, record.id, record.published,
                                               record.year, org.name, i, r.subject.rawValue, r.stage.rawValue, r.level.rawValue,
                                               r.count, r.percent, r.of, r.year, r.orAbove, r.span.start, r.span.end])
            }
            return .commit
        }
    }

    /// Runs `check` once per organization key and year (in the order of the
    /// keys, then of the years' decimal texts) over slim records of that
    /// year's figures, one per input position, and keeps the findings it
    /// gives for each record's id, after the position's findings of earlier
    /// years. `check` must compare only figures of one organization key and
    /// year, as `Checks.crossArticle` does; the result then equals one
    /// `check` over every record.
    public func computeFindings(_ check: ([ArticleRecord]) -> [String: [Finding]]) throws {
        precondition(!computed, "findings are computed once")
        computed = true
        try db.inTransaction { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO finding (pos, json) VALUES (?, ?)")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT org_key, y, pos, id, published, year, org, subject, stage, level, count, percent, "of", rating_year, or_above,
                       span_start, span_end
                FROM figure ORDER BY org_key, y, pos, idx
                """)
            try SlimFigureStream.forEachPartition(rows) { records, positions in
                let found = check(records)
                for (record, pos) in zip(records, positions) {
                    for f in found[record.id] ?? [] {
                        try insert.execute(arguments: [pos, String(decoding: RecordJSONWriter.encode(finding: f), as: UTF8.self)])
                    }
                }
            }
            return .commit
        }
    }

    /// Calls `body` with a lookup that gives the findings of an input
    /// position as JSON (each as `RecordJSONWriter.encode(finding:)` writes
    /// it), or nil; positions must be asked in increasing order (the
    /// findings are read back as one sorted stream). Call after
    /// `computeFindings`.
    public func withFindings<T>(_ body: (_ findingsAt: (Int) throws -> [[UInt8]]?) throws -> T) throws -> T {
        try db.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT pos, json FROM finding ORDER BY pos, rowid")
            var next = try rows.next()
            return try body { pos in
                var out: [[UInt8]] = []
                while let row = next {
                    let p: Int = row[0]
                    if p > pos { break }
                    if p == pos { out.append(Array((row[1] as String).utf8)) }
                    next = try rows.next()
                }
                return out.isEmpty ? nil : out
            }
        }
    }
}
