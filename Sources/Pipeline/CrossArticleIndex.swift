import KiemdiemCore
import KiemdiemCheck
import KiemdiemStore

/// What the cross-article check needs from each record, and nothing more:
/// id, organization name, year and the exact (counted, not approximate)
/// ratings without their text. `extract` keeps this index instead of the
/// records, writes the records as they come, and adds the
/// `cross_article_mismatch` findings at the end. The index lives in a
/// temporary database on disk (`CrossArticleScratch`), so memory stays flat
/// however many records there are.
public final class CrossArticleIndex {
    /// A record's slim form with its organization's comparison key, made on
    /// the worker threads.
    public struct Entry: Sendable {
        public let record: ArticleRecord
        public let organizationKey: String
    }

    private let scratch: CrossArticleScratch
    /// Number of records added that can give a finding.
    public private(set) var count = 0

    /// An empty index.
    public init() throws { scratch = try CrossArticleScratch() }

    /// The part of `r` the cross-article rule reads, or nil when it can give
    /// no cross-article finding (no organization or no exact figure).
    public static func slim(_ r: ArticleRecord) -> Entry? {
        guard let org = r.organization else { return nil }
        let ratings = r.ratings.compactMap { x -> Rating? in
            guard x.count != nil, !x.approx, (x.year ?? r.year) != nil else { return nil }
            var y = x
            y.text = ""
            return y
        }
        if ratings.isEmpty { return nil }
        let record = ArticleRecord(id: r.id, source: Source(path: nil, format: ""), published: r.published, text: "", year: r.year,
                                   organization: Organization(name: org.name, unit: nil, place: nil, parent: nil), ratings: ratings)
        return Entry(record: record, organizationKey: OrganizationName.key(org.name))
    }

    /// Adds one record's entry (nothing for `nil`). Positions count from 0
    /// in the order the records are written.
    public func add(_ entry: Entry?, position: Int) throws {
        guard let entry else { return }
        try scratch.add(entry.record, organizationKey: entry.organizationKey, position: position)
        count += 1
    }

    /// Runs the cross-article check over everything added, then calls `body`
    /// with a lookup of the findings of a position as JSON (each as
    /// `RecordJSONWriter.encode(finding:)` writes it; nil when it has none),
    /// to be asked in increasing position order. The findings equal
    /// `Checks.crossArticle` over all the slim records at once.
    public func withFindings<T>(_ body: (_ findingsAt: (Int) throws -> [[UInt8]]?) throws -> T) throws -> T {
        try scratch.computeFindings(Checks.crossArticle)
        return try scratch.withFindings(body)
    }
}
