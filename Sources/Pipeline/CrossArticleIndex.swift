import KiemdiemCore
import KiemdiemCheck

/// What the cross-article check needs from each record, and nothing more:
/// id, organization name, year and the exact (counted, not approximate)
/// ratings without their text. `extract` keeps this index instead of the
/// records, writes the records as they come, and adds the
/// `cross_article_mismatch` findings at the end.
public struct CrossArticleIndex {
    /// Slim records, in input order.
    private(set) var slim: [ArticleRecord] = []

    public init() {}

    /// Number of records added.
    public var count: Int { slim.count }

    /// The part of `r` the cross-article rule reads.
    public static func slim(_ r: ArticleRecord) -> ArticleRecord? {
        guard let org = r.organization else { return nil }
        let ratings = r.ratings.compactMap { x -> Rating? in
            guard x.count != nil, !x.approx, (x.year ?? r.year) != nil else { return nil }
            var y = x
            y.text = ""
            return y
        }
        return ArticleRecord(id: r.id, source: Source(path: nil, format: ""), text: "", year: r.year,
                             organization: Organization(name: org.name, unit: nil, place: nil, parent: nil), ratings: ratings)
    }

    /// Adds one record's slim form (`nil` for a record without an organization
    /// or exact figures: it can give no cross-article finding). Its position
    /// counts from 0 in the order added.
    public mutating func add(_ slimRecord: ArticleRecord?, position: Int) {
        guard var s = slimRecord, !s.ratings.isEmpty else { return }
        s.source.path = String(position)
        slim.append(s)
    }

    /// The findings per position (only positions that have some).
    public func findingsByPosition() -> [Int: [Finding]] {
        let byId = Checks.crossArticle(slim)
        if byId.isEmpty { return [:] }
        var out: [Int: [Finding]] = [:]
        for s in slim {
            if let f = byId[s.id], let p = Int(s.source.path ?? "") { out[p] = f }
        }
        return out
    }
}
