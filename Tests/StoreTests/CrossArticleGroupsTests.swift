import Foundation
import Testing
import Kiemdiem

/// `RunJob.crossArticleFindings` reads the store organization by organization;
/// it must find exactly what one pass over every slim record finds.
@Suite struct CrossArticleGroupsTests {
    @Test func groupsFindWhatOnePassFinds() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("x.sqlite"))
        let records = Rec.crossArticleSample(count: 24, idBase: 0xa000).map(Checks.checked)
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
