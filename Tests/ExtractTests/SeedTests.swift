import Foundation
import Testing
import Kiemdiem

/// The real seed article (Tests/Fixtures/seeds/): its full expected record.
enum SeedFile {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath: String? = {
        let dir = packageRoot.appendingPathComponent("Tests/Fixtures/seeds")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".txt") }.sorted()
        return files?.first.map { dir.appendingPathComponent($0).path }
    }()
}

@Suite
struct SeedTests {

    static func record() throws -> ArticleRecord {
        let results = PostReader().read(try #require(SeedFile.seedPath))
        guard case .success(let post) = try #require(results.first) else { throw CLIFailure() }
        return try ArticleExtractor().extract(post)
    }
    struct CLIFailure: Error {}

    @Test func layoutFields() throws {
        let r = try Self.record()
        #expect(r.published == "2020-12-08T17:41")
        #expect(r.views == 275)
        #expect(r.title == "Đảng ủy phường Thượng Thanh đánh giá, phân loại chi bộ năm 2020")
        #expect(r.category == "công tác đảng")
        #expect(r.year == 2020)
        #expect(r.text.hasPrefix("Ngày 08/12/2020"))
        #expect(!r.text.contains("uỷ"))
    }

    @Test func allTenRatingFiguresWithTheirStages() throws {
        let r = try Self.record()
        let got = r.ratings.map { "\($0.subject.rawValue) \($0.stage.rawValue) \($0.level.rawValue) \($0.count ?? -1) \($0.year ?? 0)" }
        #expect(got == [
            "chi_bo proposed HTXSNV 21 2020", "chi_bo proposed HTTNV 6 2020",
            "dang_vien proposed HTXSNV 139 2020", "dang_vien proposed HTTNV 707 2020", "dang_vien proposed HTNV 20 2020",
            "chi_bo approved HTXSNV 6 2020", "chi_bo approved HTTNV 21 2020",
            "dang_vien approved HTXSNV 126 2020", "dang_vien approved HTTNV 720 2020", "dang_vien approved HTNV 20 2020",
        ])
        #expect(r.ratings.allSatisfy { $0.percent == nil && $0.of == nil && !$0.approx && !$0.orAbove })
        #expect(r.ratings.first?.text == "21 chi bộ tự nhận Hoàn thành xuất sắc nhiệm vụ")
    }

    @Test func planAndRange() throws {
        let r = try Self.record()
        let plan = try #require(r.documents.first { $0.number == "07" })
        #expect(plan.kind == "KH")
        #expect(plan.issuer == "ĐU")
        #expect(plan.date == "2020-11-18")
        let range = try #require(r.dates.first { $0.start != $0.end })
        #expect(range.start == "2020-11-25")
        #expect(range.end == "2020-11-28")
        #expect(range.grain == .day)
    }

    @Test func officialAndOrganization() throws {
        let r = try Self.record()
        #expect(r.officials.count == 1)
        #expect(r.officials.first?.name == "Phạm Thị Minh Hồng")
        #expect(r.officials.first?.titles == ["Bí thư Đảng ủy", "Chủ tịch HĐND phường"])
        let org = try #require(r.organization)
        #expect(org.name == "Đảng ủy phường Thượng Thanh")
        #expect(org.unit == "phường")
        #expect(org.place == "Thượng Thanh")
        #expect(org.parent == "Quận ủy Long Biên")
    }

    @Test func everySpanGivesBackItsEvidence() throws {
        let r = try Self.record()
        let scalars = Array(r.text.unicodeScalars)
        func slice(_ s: Span) -> String { Document.string(scalars[s.start..<s.end]) }
        for d in r.dates { #expect(slice(d.span) == d.text) }
        for d in r.documents { #expect(slice(d.span) == d.text) }
        for x in r.ratings { #expect(slice(x.span) == x.text) }
        for t in r.totals { #expect(slice(t.span) == t.text) }
        for o in r.officials { #expect(slice(o.span).hasPrefix(o.name)) }
        if let span = r.organization?.span { #expect(slice(span) == r.organization?.name) }
    }
}
