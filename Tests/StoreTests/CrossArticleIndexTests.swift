import Foundation
import Testing
import Kiemdiem

/// `extract`'s cross-article index runs the check one organization-year at a
/// time from a temporary database; it must give every position exactly what
/// one pass of `Checks.crossArticle` over all the records gives its id.
@Suite struct CrossArticleIndexTests {
    @Test func diskIndexGivesWhatOnePassGives() throws {
        var records = Rec.crossArticleSample(count: 31, idBase: 0xb000)
        records += records.prefix(9)   // the same articles read twice (same content, same id)
        let byId = Checks.crossArticle(records.map { CrossArticleIndex.slim($0)?.record ?? $0 }.filter { $0.organization != nil })
        #expect(byId.values.map { $0.count }.reduce(0, +) > 20)
        #expect(byId.values.contains { Set($0.map { $0.message.contains("2018") }).count == 2 })   // findings of two years
        let index = try CrossArticleIndex()
        for (i, r) in records.enumerated() { try index.add(CrossArticleIndex.slim(r), position: i) }
        var got: [Int: [Finding]] = [:]
        try index.withFindings { at in
            for i in records.indices {
                got[i] = try at(i)?.map { try JSONDecoder().decode(Finding.self, from: Data($0)) }
            }
        }
        for (i, r) in records.enumerated() {
            let expected = CrossArticleIndex.slim(r) == nil ? nil : byId[r.id]
            #expect(got[i] == expected, "position \(i), id \(r.id)")
        }
    }
}
