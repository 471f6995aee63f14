import KiemdiemCore
import KiemdiemCheck
import KiemdiemStore
import KiemdiemReport

extension Statistics {
    /// The `yearlySummary` of the whole store for its `topOrganizations`
    /// organizations, reading only what it needs: the article count per
    /// organization comes from one SQL query, and only the articles of the
    /// leading organizations (ties included) are loaded, in slim form, one
    /// organization at a time. The table equals
    /// `yearlySummary(rows(store.allRecords()))`.
    public static func yearlySummary(of store: RecordStore, topOrganizations: Int = 5) throws -> String {
        let byKey = organizationGroups(try store.ratedArticlesByOrganization())
        let counts = byKey.values.map(\.articles).sorted(by: >)
        guard topOrganizations > 0, !counts.isEmpty else { return yearlySummary([], topOrganizations: topOrganizations) }
        let cutoff = counts[min(topOrganizations, counts.count) - 1]
        // One organization at a time: rows are per organization, so only the
        // largest organization's slim records are in memory at once.
        var statRows: [StatRow] = []
        for e in byKey.values where e.articles >= cutoff {
            statRows += rows(try store.slimRecords(organizations: e.names, unnamed: e.unnamed))
        }
        return yearlySummary(statRows, topOrganizations: topOrganizations)
    }

    /// `rows(store.allRecords(), filter:)`, read one organization (normalized
    /// name) at a time in slim form: memory holds the largest organization's
    /// figures, not the store.
    public static func rows(of store: RecordStore, filter: Filter = Filter()) throws -> [StatRow] {
        var out: [StatRow] = []
        try forEachOrganization(of: store, filter: filter) { out += rows($0, filter: filter) }
        return out
    }

    /// `lines(store.allRecords(), filter:)`, read one organization at a time in slim form.
    public static func lines(of store: RecordStore, filter: Filter = Filter()) throws -> [StatLine] {
        var out: [StatLine] = []
        try forEachOrganization(of: store, filter: filter) { out += lines($0, filter: filter) }
        return out
    }

    /// Calls `body` with the slim records of each organization (comparison
    /// key) whose name matches the filter (accent-insensitive), in key order.
    static func forEachOrganization(of store: RecordStore, filter: Filter, _ body: ([ArticleRecord]) throws -> Void) throws {
        let byKey = organizationGroups(try store.organizationNames().map { ($0, 0) })
        let wanted = filter.organization.map(fold)
        // Keys in order: `rows` sorts by key first, so the pieces join in the same order.
        for key in byKey.keys.sorted() {
            let e = byKey[key]!
            if let w = wanted, !fold(key).contains(w) && !e.names.contains(where: { fold($0).contains(w) }) { continue }
            try body(try store.slimRecords(organizations: e.names, unnamed: e.unnamed))
        }
    }

    /// What the report's charts need from the whole store, one organization
    /// at a time: how many organizations have statistics rows, and the rows
    /// of the `topOrganizations` organizations that get charts (the same
    /// organizations `HTMLReport` would pick from every row).
    public static func chartRows(of store: RecordStore, topOrganizations: Int) throws -> (organizations: Int, rows: [StatRow]) {
        let byKey = organizationGroups(try store.organizationNames().map { ($0, 0) })
        var organizations = 0
        var top: [(articles: Int, name: String, rows: [StatRow])] = []
        for e in byKey.values {
            let rows = rows(try store.slimRecords(organizations: e.names, unnamed: e.unnamed))
            guard let name = rows.first?.organization else { continue }
            organizations += 1
            let articles = HTMLReport.chartArticleCount(rows)
            guard articles > 0, topOrganizations > 0 else { continue }
            top.append((articles, name, rows))
            top.sort { HTMLReport.chartOrder(($0.articles, $0.name), ($1.articles, $1.name)) }
            if top.count > topOrganizations { top.removeLast() }
        }
        return (organizations, top.flatMap(\.rows))
    }

    /// Stored organization names gathered by comparison key (articles
    /// without one under `unknownOrganization`), with their article counts added up.
    static func organizationGroups(_ names: [(name: String?, articles: Int)]) -> [String: (articles: Int, names: Set<String>, unnamed: Bool)] {
        var byKey: [String: (articles: Int, names: Set<String>, unnamed: Bool)] = [:]
        for (name, n) in names {
            let key = OrganizationName.key(name ?? unknownOrganization)
            var e = byKey[key] ?? (0, [], false)
            e.articles += n
            if let name { e.names.insert(name) } else { e.unnamed = true }
            byKey[key] = e
        }
        return byKey
    }

    static let unknownOrganization = "(unknown organization)"
}
