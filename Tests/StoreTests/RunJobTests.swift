import Foundation
import Testing
import Kiemdiem

@Suite struct RunJobTests {
    func inputs(_ dir: TempDir) throws -> String {
        let folder = dir.path("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try dir.write("in/1.txt", "ORG Đảng ủy phường Thượng Thanh\nYEAR 2020\nR chi_bo proposed HTXSNV 21\nR chi_bo proposed HTTNV 6\nR chi_bo approved HTXSNV 6\nR chi_bo approved HTTNV 21\n")
        try dir.write("in/2.txt", "ORG Đảng bộ phường Thượng Thanh\nYEAR 2020\nR dang_vien approved HTXSNV 130\nR dang_vien approved HTTNV 720\n")
        try dir.write("in/3.txt", "ORG Đảng ủy phường Thượng Thanh\nYEAR 2020\nR dang_vien approved HTXSNV 126\nR dang_vien approved HTTNV 720\n")
        try dir.write("in/4.txt", "")
        try dir.write("in/5.txt", "BROKEN post\n")
        return folder
    }

    @Test func runStoresChecksAndReportsFailures() throws {
        let dir = try TempDir()
        let folder = try inputs(dir)
        let store = try RecordStore(path: dir.path("k.sqlite"))
        let s = try RunJob(extract: stubExtract).run(paths: [folder, dir.path("missing")], store: store)
        #expect(s.stored == 3 && s.postsRead == 4 && s.recordsInStore == 3)
        #expect(Set(s.failures.map(\.reason)) == ["empty file", "no article layout", "no such file or folder"])
        #expect(s.findingsByRule[.figuresSwapped] == 1)
        // Chi bộ 6 > 20% of 21 (info); members 130 and 126 are within 20% of 720 (144).
        #expect(s.findingsByRule[.quotaExceeded] == 1)
        #expect(s.findingsByRule[.crossArticleMismatch] == 2)
        #expect(try store.failures().count == 3)
    }

    @Test func rerunningChangesNothing() throws {
        let dir = try TempDir()
        let folder = try inputs(dir)
        let path = dir.path("k.sqlite")
        _ = try RunJob(extract: stubExtract).run(paths: [folder], store: try RecordStore(path: path))
        let first = try dump(path)
        let again = try RunJob(extract: stubExtract).run(paths: [folder], store: try RecordStore(path: path))
        #expect(again.stored == 0 && again.skipped == 3)
        #expect(try dump(path) == first)
    }

    @Test func anInterruptedRunResumesToTheSameDatabase() throws {
        let dir = try TempDir()
        let folder = try inputs(dir)
        let oneShot = dir.path("one.sqlite"), resumed = dir.path("two.sqlite")
        _ = try RunJob(extract: stubExtract).run(paths: [folder], store: try RecordStore(path: oneShot))
        // The first run stops after one file (only 1.txt given), the second sees everything.
        let store = try RecordStore(path: resumed)
        _ = try RunJob(extract: stubExtract).run(paths: [dir.path("in/1.txt")], store: store)
        var extracted = 0
        let s = try RunJob(extract: { extracted += 1; return try stubExtract($0) }).run(paths: [folder], store: store)
        #expect(s.skipped == 1 && s.stored == 2)
        #expect(extracted == 3)  // 2.txt, 3.txt and the broken 5.txt; 1.txt was skipped before extraction
        #expect(try dump(resumed) == dump(oneShot))
    }
}
