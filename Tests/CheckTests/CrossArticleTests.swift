import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct CrossArticleTests {
    func article(_ id: String, org: String = "Đảng ủy phường Thượng Thanh", xs: Int, stage: Stage = .approved,
                 approx: Bool = false, year: Int? = 2020) -> ArticleRecord {
        var b = RecordBuilder(id: id, year: year, org: org)
        b.rating(.dangVien, stage, .HTXSNV, xs, approx: approx)
        return b.record
    }

    @Test func firesOnBothArticlesNamingEachOther() {
        let out = Checks.crossArticle([article("b", xs: 130), article("a", xs: 126)])
        #expect(out["a"]?.count == 1 && out["b"]?.count == 1)
        #expect(out["a"]?[0].otherArticle == "b" && out["b"]?[0].otherArticle == "a")
        #expect(out["a"]?[0].message.contains("126") == true && out["a"]?[0].message.contains("130") == true)
        #expect(out["a"]?[0].severity == .warning)
    }

    @Test func committeeAndPartyUnitNamesAreTheSameOrganization() {
        let out = Checks.crossArticle([article("a", xs: 126), article("b", org: "Đảng bộ  phường thượng thanh", xs: 130)])
        #expect(out.count == 2)
    }

    @Test func silentOnAgreementOrDifferentKeys() {
        #expect(Checks.crossArticle([article("a", xs: 126), article("b", xs: 126)]).isEmpty)
        #expect(Checks.crossArticle([article("a", xs: 126), article("b", xs: 139, stage: .proposed)]).isEmpty)
        #expect(Checks.crossArticle([article("a", xs: 126), article("b", xs: 130, year: 2019)]).isEmpty)
        #expect(Checks.crossArticle([article("a", xs: 126), article("b", org: "Đảng ủy phường Ngọc Thụy", xs: 130)]).isEmpty)
        #expect(Checks.crossArticle([article("a", xs: 126), article("b", xs: 130, approx: true)]).isEmpty)
    }

    @Test func aRepeatedFigureInOneArticleIsNotACrossMismatch() {
        var b = RecordBuilder(id: "a")
        b.rating(.dangVien, .approved, .HTXSNV, 126); b.rating(.dangVien, .approved, .HTXSNV, 126)
        #expect(Checks.crossArticle([b.record]).isEmpty)
    }
}

@Suite struct CrossArticleManyTests {
    @Test func oneFindingPerArticleAndFigureHoweverManyDisagree() {
        var records: [ArticleRecord] = []
        for i in 0..<6 {
            var b = RecordBuilder(id: "id\(i)")
            b.rating(.dangVien, .approved, .HTXSNV, i < 3 ? 126 : 130)
            records.append(b.record)
        }
        let out = Checks.crossArticle(records)
        #expect(out.count == 6 && out.values.allSatisfy { $0.count == 1 })
        #expect(out["id0"]?[0].message.contains("3 articles give 130") == true)
        #expect(out["id0"]?[0].otherArticle == "id3")
    }
}
