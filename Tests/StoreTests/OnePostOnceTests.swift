import Foundation
import GRDB
import Testing
import Kiemdiem

/// One article per post: copies of a post in other formats are sources of
/// one article; a near-copy is an article linked by `duplicateOf` and never
/// counted twice.
@Suite struct OnePostOnceTests {
    static let formats = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus/formats").path

    func realJob() throws -> RunJob {
        try RunJob(jobs: 1, batchSize: 2) {
            let extractor = try ArticleExtractor()
            return { extractor.extract($0) }
        }
    }

    @Test func theSamePostAsTextHTMLAndGzipIsOneArticleWithThreeSources() throws {
        let dir = try TempDir()
        let folder = dir.path("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (from, to) in [("src/a01_ngoc_lam.txt", "a.txt"), ("html/a01_ngoc_lam.html", "b.html"), ("html/a01_ngoc_lam.html.gz", "c.html.gz")] {
            try FileManager.default.copyItem(atPath: Self.formats + "/" + from, toPath: folder + "/" + to)
        }
        let store = try RecordStore(path: dir.path("k.sqlite"))
        let s = try realJob().run(paths: [folder], store: store)
        #expect(s.postsRead == 3)
        #expect(s.stored == 1 && s.copies == 2 && s.skipped == 0)
        #expect(s.recordsInStore == 1 && s.distinctInStore == 1)
        let id = try #require(try store.ids().first)
        #expect(Set(try store.sources(of: id).compactMap { $0.path.map { URL(fileURLWithPath: $0).lastPathComponent } }) == ["a.txt", "b.html", "c.html.gz"])
        #expect(Set(try store.sources(of: id).map(\.format)) == ["text", "html"])
        // Its findings once, not once per copy.
        let findings = s.findingsByRule.values.reduce(0, +)
        #expect(findings == (try store.record(id: id)?.findings.count ?? -1))
        // A rerun skips all three before extraction and changes nothing.
        let first = try dump(dir.path("k.sqlite"))
        let again = try realJob().run(paths: [folder], store: store)
        #expect(again.skipped == 3 && again.stored == 0 && again.copies == 0)
        #expect(try dump(dir.path("k.sqlite")) == first)
    }

    @Test func aRepostWithAnotherFooterIsANearCopyCountedOnce() throws {
        let dir = try TempDir()
        let folder = dir.path("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.formats + "/src/a01_ngoc_lam.txt", encoding: .utf8)
        try dir.write("in/1.txt", text)
        try dir.write("in/2.txt", text.trimmingCharacters(in: .whitespacesAndNewlines)
                      + "\n\nNguồn: Cổng thông tin điện tử huyện, đăng lại theo Báo Nhân Dân điện tử chuyên mục Xây dựng Đảng.\n")
        let store = try RecordStore(path: dir.path("k.sqlite"))
        let s = try realJob().run(paths: [folder], store: store)
        #expect(s.stored == 2 && s.nearCopies == 1)
        #expect(s.recordsInStore == 2 && s.distinctInStore == 1)
        let records = try store.allRecords()
        let original = try #require(records.first { $0.duplicateOf == nil })
        let copy = try #require(records.first { $0.duplicateOf != nil })
        #expect(copy.duplicateOf == original.id && copy.id != original.id)
        // Statistics give every figure from one article.
        let rows = try Statistics.rows(of: store)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.articles == 1 })
        // Findings are counted for the original only.
        #expect(s.findingsByRule.values.reduce(0, +) == original.findings.count)
        #expect(s.crossArticleFindings == 0)
    }

    @Test func aNearCopyInALaterRunIsLinkedToTheStoredOriginal() throws {
        let dir = try TempDir()
        let text = try String(contentsOfFile: Self.formats + "/src/a01_ngoc_lam.txt", encoding: .utf8)
        try dir.write("1.txt", text)
        try dir.write("2.txt", text.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\nTin, ảnh: Ban Tuyên giáo Quận ủy; bài đăng lại từ Cổng thông tin điện tử phường Ngọc Lâm.\n")
        let store = try RecordStore(path: dir.path("k.sqlite"))
        _ = try realJob().run(paths: [dir.path("1.txt")], store: store)
        let s = try realJob().run(paths: [dir.path("2.txt")], store: store)
        let originalID = try #require(try store.ids().count == 2 ? store.allRecords().first { $0.duplicateOf == nil }?.id : nil)
        #expect(s.nearCopies == 1)
        #expect(try store.allRecords().first { $0.id != originalID }?.duplicateOf == originalID)
    }

    @Test func aNearCopyIsNeverComparedWithItsOriginal() {
        var a = Rec("a"); a.rating(.chiBo, .approved, .HTXSNV, 5)
        var b = Rec("b"); b.rating(.chiBo, .approved, .HTXSNV, 6)
        #expect(!Checks.crossArticle([a.r, b.r]).isEmpty)
        b.r.duplicateOf = "a"
        #expect(Checks.crossArticle([a.r, b.r]).isEmpty)
    }
}
