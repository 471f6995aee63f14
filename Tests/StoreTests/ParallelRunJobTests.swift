import Foundation
import Testing
import Kiemdiem

/// `run` on several threads in batches stores exactly what a one-thread,
/// one-article-per-transaction run stores; the slim SQL reads give the same
/// cross-article findings and summary as the full records.
@Suite struct ParallelRunJobTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path

    func job(jobs: Int, batch: Int) throws -> RunJob {
        try RunJob(jobs: jobs, batchSize: batch) {
            let extractor = try ArticleExtractor()
            return { extractor.extract($0) }
        }
    }

    @Test func parallelBatchesStoreWhatASequentialRunStores() throws {
        let dir = try TempDir()
        let one = dir.path("one.sqlite"), many = dir.path("many.sqlite")
        let a = try job(jobs: 1, batch: 1).run(paths: [Self.corpus], store: try RecordStore(path: one))
        let b = try job(jobs: 2, batch: 5).run(paths: [Self.corpus], store: try RecordStore(path: many))
        #expect(a.stored > 40)
        #expect(a.stored == b.stored && a.skipped == b.skipped && a.postsRead == b.postsRead)
        #expect(a.failures == b.failures)
        #expect(a.findingsByRule == b.findingsByRule)
        #expect(try dump(one) == dump(many))
    }

    @Test func slimReadsGiveTheSameCrossFindingsAndSummary() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        _ = try job(jobs: 2, batch: 16).run(paths: [Self.corpus], store: store)
        let full = Checks.crossArticle(try store.allRecords(includeCross: false))
        let slim = Checks.crossArticle(try store.slimRecords(exactOnly: true))
        #expect(!full.isEmpty)
        #expect(full == slim)
        for top in [1, 2, 5, 50] {
            #expect(try Statistics.yearlySummary(of: store, topOrganizations: top)
                    == Statistics.yearlySummary(Statistics.rows(try store.allRecords()), topOrganizations: top))
        }
        // `stats` reads one organization at a time: the same rows, in the same order, with or without filters.
        let all = try store.allRecords()
        let some = try #require(Statistics.rows(all).last { $0.year != nil })
        let place = String(some.organization.split(separator: " ").last!)
        for filter in [Statistics.Filter(), .init(organization: "phường"), .init(year: some.year),
                       .init(organization: place, year: some.year)] {
            let expected = Statistics.rows(all, filter: filter)
            #expect(!expected.isEmpty)
            #expect(try Statistics.rows(of: store, filter: filter) == expected)
        }
    }

    /// The report reads the store a bounded part at a time; it must be the
    /// page of every record in memory.
    @Test func reportFromTheStoreEqualsTheReportOfAllRecords() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        _ = try job(jobs: 2, batch: 16).run(paths: [Self.corpus], store: store)
        let all = try store.allRecords()
        let stats = Statistics.rows(all)
        #expect(Set(stats.map(\.organization)).count > HTMLReport.defaultChartOrganizations)   // the chart choice is exercised
        for maxArticles in [2000, 7] {
            let fromStore = try ReportWriter.html(from: store, maxArticles: maxArticles)
            let inMemory = HTMLReport(records: all, stats: stats, failures: try store.failures(), maxArticles: maxArticles).render()
            #expect(fromStore == inMemory, "maxArticles \(maxArticles)")
        }
    }

    @Test func aBatchIsStoredInOneTransactionAndSkipsKnownIds() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        let post = IngestedPost(id: "a1", source: Source(path: "x.txt", format: "text"), text: "t")
        let rec = ArticleRecord(id: post.id, source: post.source, text: "t")
        var other = rec; other.id = "b2"
        #expect(try store.insert(batch: [rec, other, rec]) == 2)
        #expect(try store.insert(batch: [rec]) == 0)
        #expect(try store.existing(["a1", "zz", "b2"]) == ["a1", "b2"])
        #expect(try store.articleCount() == 2)
    }
}
