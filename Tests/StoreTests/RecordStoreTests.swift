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
