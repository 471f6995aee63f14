import Foundation
import Testing
import Kiemdiem

/// `extract`'s cross-article index runs the check one organization-year at a
/// time from a temporary database; it must give every position exactly what
/// one pass of `Checks.crossArticle` over all the records gives its id.
@Suite struct CrossArticleIndexTests {
    @Test func diskIndexGivesWhatOnePassGives() throws {
        let orgs = ["Đảng ủy phường Thượng Thanh", "Đảng bộ phường Thượng Thanh", "Đảng ủy xã An Bình", "Đảng ủy phường Bồ Đề"]
        var records: [ArticleRecord] = []
        for k in 0..<31 {
            var b = Rec(String(format: "%016x", 0xb000 + k), org: orgs[k % orgs.count], year: 2019 + k % 2)
            b.rating(.chiBo, .approved, .HTXSNV, 5 + k % 3)
            b.rating(.dangVien, .approved, .HTNV, 100 + k % 5)
            // Other years (their own, none: the article's, 999 sorting after 2018 as text),
            // an approximate figure (never compared) and articles without organization.
            if k % 3 == 0 { var x = b.r.ratings[0]; x.year = 2018; x.count = 3 + k % 4; b.r.ratings.append(x) }
            if k % 4 == 1 { var x = b.r.ratings[1]; x.year = nil; x.level = .HTTNV; x.count = 1 + k % 2; b.r.ratings.append(x) }
            if k % 5 == 2 { var x = b.r.ratings[0]; x.year = 999; x.count = k % 2; b.r.ratings.append(x) }
            if k % 6 == 3 { var x = b.r.ratings[1]; x.approx = true; x.count = 7 + k; b.r.ratings.append(x) }
            if k % 7 == 0 { b.r.organization = nil }
            records.append(b.r)
        }
        records += records.prefix(9)   // the same articles read twice (same content, same id)
        let byId = Checks.crossArticle(records.map { CrossArticleIndex.slim($0)?.record ?? $0 }.filter { $0.organization != nil })
        #expect(byId.values.map { $0.count }.reduce(0, +) > 20)
        #expect(byId.values.contains { Set($0.map { $0.message.contains("2018") }).count == 2 })   // findings of two years
        let index = try CrossArticleIndex()
        for (i, r) in records.enumerated() { try index.add(CrossArticleIndex.slim(r), position: i) }
        var got: [Int: [Finding]] = [:]
        try index.withFindings { at in
            for i in records.indices { got[i] = try at(i) }
        }
        for (i, r) in records.enumerated() {
            let expected = CrossArticleIndex.slim(r) == nil ? nil : byId[r.id]
            #expect(got[i] == expected, "position \(i), id \(r.id)")
        }
    }
}
