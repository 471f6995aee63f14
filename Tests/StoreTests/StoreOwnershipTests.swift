import Foundation
import GRDB
import Testing
import Kiemdiem

/// Issue 16 rows 10–12: the store recognises its own file (application_id,
/// user_version), leaves another program's SQLite file unchanged, opens
/// read-only for reading commands, and several processes creating the same
/// new store at once all succeed.
@Suite struct StoreOwnershipTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws {
        let dir = try TempDir()
        let path = dir.path("other.db")
        let q = try DatabaseQueue(path: path)
        try q.write { try $0.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try q.close()
        let before = try #require(bytes(path))
        #expect(throws: RecordStore.NotAStore.self) { try RecordStore(path: path) }
        #expect(throws: RecordStore.NotAStore.self) { try RecordStore(path: path, readOnly: true) }
        do { _ = try RecordStore(path: path) } catch {
            let line = RecordStore.describe(error, path: path)
            #expect(line.hasPrefix(path + ": not a kiemdiem database"))
            #expect(!line.contains("\n"))
        }
        #expect(bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // Another program's file with our table names but its own application_id: also refused.
        let app = dir.path("app.db")
        let q2 = try DatabaseQueue(path: app)
        try q2.write { try $0.execute(sql: "PRAGMA application_id = 42; CREATE TABLE article(id)") }
        try q2.close()
        #expect(throws: RecordStore.NotAStore.self) { try RecordStore(path: app) }
    }

    @Test func aNewStoreIsMarkedAndAnOldUnmarkedStoreIsAdopted() throws {
        let dir = try TempDir()
        let path = dir.path("k.sqlite")
        try RecordStore(path: path).insert(Rec.seed())
        let q = try DatabaseQueue(path: path)
        #expect(try q.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0x4B44_444D)
        #expect(try q.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 3)
        // A store made before the marks: the GRDB migration table and no application_id.
        try q.write { db in
            try db.execute(sql: "PRAGMA application_id = 0; PRAGMA user_version = 0")
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1')")
        }
        try q.close()
        #expect(try RecordStore(path: path, readOnly: true).counts()["article"] == 1)
        #expect(try RecordStore(path: path).counts()["article"] == 1)
        let q3 = try DatabaseQueue(path: path)
        #expect(try q3.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0x4B44_444D)
    }

    @Test func readOnlyOpeningNeverWritesTheFile() throws {
        let dir = try TempDir()
        let path = dir.path("k.sqlite")
        do {
            let s = try RecordStore(path: path)
            try s.insert(Rec.seed())
        }
        // Checkpointed and closed: everything in the main file.
        let before = try #require(bytes(path))
        let store = try RecordStore(path: path, readOnly: true)
        #expect(try store.counts()["article"] == 1)
        _ = try Statistics.rows(of: store, filter: .init(organization: nil, year: nil))
        _ = try ReportWriter.html(from: store)
        #expect(throws: (any Error).self) { try store.insert(Rec.seed("bbbbbbbbbbbbbbb2")) }
        #expect(bytes(path) == before)
        // A read-only file (mode 0444) is read all the same, even by root.
        #expect(chmod(path, 0o444) == 0)
        #expect(try RecordStore(path: path, readOnly: true).counts()["article"] == 1)
    }

    /// Two processes' worth of connections create one new store at the same
    /// moment, many times: every one succeeds and stores its article.
    @Test func concurrentCreationOfOneNewStoreAlwaysSucceeds() throws {
        for round in 0..<25 {
            let dir = try TempDir()
            let path = dir.path("k.sqlite")
            let lock = NSLock()
            nonisolated(unsafe) var errors: [String] = []
            DispatchQueue.concurrentPerform(iterations: 3) { i in
                do {
                    let s = try RecordStore(path: path)
                    try s.insert(Rec.seed(String(format: "%015x%x", round, i + 1)))
                } catch { lock.withLock { errors.append(RecordStore.describe(error, path: path)) } }
            }
            #expect(errors == [])
            #expect(try RecordStore(path: path, readOnly: true).counts()["article"] == 3)
        }
    }
}
