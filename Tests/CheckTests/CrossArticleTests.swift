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

    /// Articles giving the same count share one description of the other
    /// figures; the messages must be what describing each article alone gives.
    @Test func manyArticlesPerCountDescribeTheOthers() {
        let recs = [("a", 5), ("b", 6), ("c", 5), ("d", 7), ("e", 6), ("f", 6)].map { article($0.0, xs: $0.1) }
        let out = Checks.crossArticle(recs)
        #expect(out["a"]?.first?.message.hasSuffix("; 3 articles give 6 (b, …); article d gives 7.") == true)
        #expect(out["c"]?.first?.otherArticle == "b")
        #expect(out["b"]?.first?.message.hasSuffix("; 2 articles give 5 (a, …); article d gives 7.") == true)
        #expect(out["b"]?.first?.otherArticle == "a")
        #expect(out["d"]?.first?.message.hasSuffix("; 2 articles give 5 (a, …); 3 articles give 6 (b, …).") == true)
        #expect(out.values.map { $0.count } == Array(repeating: 1, count: 6))
    }

    /// One id giving two counts (not possible for real records, whose id is a
    /// hash of their content): an article is never compared with its own id.
    @Test func anIdGivingTwoCountsIsNotItsOwnOther() {
        let out = Checks.crossArticle([article("a", xs: 5), article("b", xs: 6), article("a", xs: 7)])
        let aList: [Finding] = out["a"] ?? []
        let aMessages = Set(aList.map { (f: Finding) in f.message })
        #expect(aMessages.count == 2)
        #expect(aMessages.allSatisfy { $0.hasSuffix("; article b gives 6.") })
        #expect(out["b"]?.first?.message.hasSuffix("; article a gives 5; article a gives 7.") == true)
    }

    /// Findings are listed in the order of the keys' descriptions; the field
    /// comparison that replaced describing each key must give that order.
    @Test func keysSortAsTheirDescriptions() {
        let orgs = ["thượng thanh", "thượng thanh 2", "thượng", "an bình", "a\"b", "a\\b", "a b", "ab", "Ab", "đề", "de\u{301}", "x\ny", ""]
        var keys: [CrossArticleMismatchRule.Key] = []
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        for _ in 0..<600 {
            keys.append(.init(org: orgs[next(orgs.count)], year: [2020, 202, 2019, 999, 20200, -1, 0][next(7)],
                              subject: Subject.allCases[next(Subject.allCases.count)], stage: Stage.allCases[next(Stage.allCases.count)],
                              level: Level.allCases[next(Level.allCases.count)], orAbove: next(2) == 0))
        }
        let byDescription = keys.map { ("\($0)", $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        let byFields = keys.map { ($0.sortFields, $0) }.sorted { CrossArticleMismatchRule.Key.precedes($0.0, $1.0) }.map(\.1)
        #expect(byFields.map { "\($0)" } == byDescription.map { "\($0)" })
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
