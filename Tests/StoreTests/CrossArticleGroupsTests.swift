import Foundation
import Testing
import Kiemdiem

/// `RunJob.crossArticleFindings` reads the store organization by organization;
/// it must find exactly what one pass over every slim record finds.
@Suite struct CrossArticleGroupsTests {
    @Test func groupsFindWhatOnePassFinds() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("x.sqlite"))
        // Three organizations, one written two ways ("Đảng ủy"/"Đảng bộ": one key),
        // disagreeing figures inside each, an article without organization.
        let orgs = ["Đảng ủy phường Thượng Thanh", "Đảng bộ phường Thượng Thanh", "Đảng ủy xã An Bình", "Đảng ủy phường Bồ Đề"]
        var records: [ArticleRecord] = []
        for k in 0..<24 {
            var b = Rec(String(format: "%016x", 0xa000 + k), org: orgs[k % orgs.count], year: 2019 + k % 2)
            b.rating(.chiBo, .approved, .HTXSNV, 5 + k % 3)
            b.rating(.dangVien, .approved, .HTNV, 100 + k % 5)
            // Figures of other years than the article's (their own year, or none: the
            // article's), so one article's findings come from several years; 999 sorts
            // after 2018 as text, as the rule orders them.
            if k % 3 == 0 { var x = b.r.ratings[0]; x.year = 2018; x.count = 3 + k % 4; b.r.ratings.append(x) }
            if k % 4 == 1 { var x = b.r.ratings[1]; x.year = nil; x.level = .HTNV; x.count = 1 + k % 2; b.r.ratings.append(x) }
            if k % 5 == 2 { var x = b.r.ratings[0]; x.year = 999; x.count = k % 2; b.r.ratings.append(x) }
            if k % 7 == 0 { b.r.organization = nil }
            records.append(Checks.checked(b.r))
        }
        try store.insert(batch: records)
        let expected = Checks.crossArticle(try store.slimRecords(exactOnly: true))
        #expect(!expected.isEmpty)
        for (perGroup, names) in [(1, 1), (3, 2), (5, 500), (10_000, 500)] {
            let grouped = try RunJob.crossArticleFindings(in: store, articlesPerGroup: perGroup, namesPerGroup: names)
            #expect(grouped == expected, "groups of \(perGroup) articles, \(names) names")
            // Stored group by group: the same rows as storing the one-pass findings.
            try store.replaceCrossArticleFindings(expected)
            let once = try dump(dir.path("x.sqlite"))
            try store.replaceCrossArticleFindings(grouping: { RunJob.crossArticleGroups($0, articlesPerGroup: perGroup, namesPerGroup: names) },
                                                  check: Checks.crossArticle)
            #expect(try dump(dir.path("x.sqlite")) == once)
        }
    }
}
