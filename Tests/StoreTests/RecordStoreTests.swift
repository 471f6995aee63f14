import Foundation
import Testing
import GRDB
@testable import KiemdiemStore
import Kiemdiem

@Suite struct RecordStoreTests {
    @Test func roundTripsARecordWithEveryFact() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        let r = Rec.seed()
        #expect(try store.insert(r))
        #expect(try store.record(id: r.id) == r)
        let c = try store.counts()
        #expect(c["article"] == 1 && c["rating"] == 7 && c["total"] == 1 && c["date_mention"] == 1)
        #expect(c["document"] == 1 && c["official"] == 1 && c["finding"] == r.findings.count)
        #expect(try store.journalMode() == "wal")
    }

    @Test func insertingAStoredIdChangesNothing() throws {
        let dir = try TempDir()
        let path = dir.path("k.sqlite")
        let store = try RecordStore(path: path)
        try store.insert(Rec.seed())
        let before = try dump(path)
        var changed = Rec.seed()
        changed.title = "something else"
        #expect(try store.insert(changed) == false)
        #expect(try dump(path) == before)
    }

    @Test func aFailedInsertLeavesNoHalfArticle() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        // Make the finding insert fail after the article and its facts went in.
        try store.db.write { try $0.execute(sql: "CREATE TRIGGER boom BEFORE INSERT ON finding BEGIN SELECT RAISE(ABORT, 'boom'); END") }
        #expect(throws: (any Error).self) { try store.insert(Rec.seed()) }
        let c = try store.counts()
        #expect(c["article"] == 0 && c["rating"] == 0 && c["official"] == 0)
        try store.db.write { try $0.execute(sql: "DROP TRIGGER boom") }
        #expect(try store.insert(Rec.seed()))
    }

    @Test func crossArticleFindingsAreReplacedIdempotently() throws {
        let dir = try TempDir()
        let path = dir.path("k.sqlite")
        let store = try RecordStore(path: path)
        var a = Rec("a1"); a.rating(.dangVien, .approved, .HTXSNV, 126)
        var b = Rec("b2", org: "Đảng bộ phường Thượng Thanh"); b.rating(.dangVien, .approved, .HTXSNV, 130)
        try store.insert(a.r); try store.insert(b.r)
        for _ in 0..<2 {
            try store.replaceCrossArticleFindings(Checks.crossArticle(try store.allRecords(includeCross: false)))
        }
        #expect(try store.findingsByRule()[.crossArticleMismatch] == 2)
        let reloaded = try #require(try store.record(id: "a1"))
        #expect(reloaded.findings.map(\.otherArticle) == ["b2"])
    }

    @Test func failuresAreKeptByPath() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        try store.recordFailure(InputFailure(path: "x.txt", reason: "empty file"))
        try store.recordFailure(InputFailure(path: "x.txt", reason: "not valid UTF-8"))
        #expect(try store.failures() == [InputFailure(path: "x.txt", reason: "not valid UTF-8")])
        try store.clearFailure(path: "x.txt")
        #expect(try store.failures().isEmpty)
    }
}

/// Another process holding the write lock.
@Suite struct StoreLockTests {
    @Test func aHeldLockGivesOneLineNamingTheFileAndTheWait() throws {
        let dir = try TempDir()
        let path = dir.path("k.sqlite")
        _ = try RecordStore(path: path)
        let holder = try DatabaseQueue(path: path)
        var caught: Error?
        try holder.inDatabase { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            do {
                let store = try RecordStore(path: path, busyTimeout: 0.2)
                try store.insert(Rec.seed())
            } catch { caught = error }
            try db.execute(sql: "ROLLBACK")
        }
        let error = try #require(caught)
        let line = RecordStore.describe(error, path: path, waited: 0.2)
        #expect(line.hasPrefix(path + ": "))
        #expect(line.contains("in use by another process"))
        #expect(line.contains("0.2 s"))
        #expect(!line.contains("\n"))
        // Once the lock is gone the same insert goes through.
        #expect(try RecordStore(path: path, busyTimeout: 0.2).insert(Rec.seed()))
    }

    @Test func otherErrorsKeepSQLitesWordingAndTheFile() throws {
        let dir = try TempDir()
        let path = dir.path("missing/k.sqlite")
        #expect(throws: (any Error).self) { try RecordStore(path: path) }
        do { _ = try RecordStore(path: path) } catch {
            let line = RecordStore.describe(error, path: path)
            #expect(line.hasPrefix(path + ": "))
            #expect(!line.contains("in use by another process"))
        }
    }
}

