import KiemdiemCore
import KiemdiemCheck
import KiemdiemReport

/// Yearly statistics over stored records: one `StatRow` per organization
/// (normalized name), year, subject, stage and level, plus one per stated
/// total, merged over articles with conflicts marked.
public enum Statistics {
    /// Which rows to keep.
    public struct Filter: Sendable {
        /// Keep organizations whose normalized name contains this (normalized) text.
        public var organization: String?
        public var year: Int?
        public init(organization: String? = nil, year: Int? = nil) { self.organization = organization; self.year = year }
    }

    struct Key: Hashable { var org: String; var year: Int?; var subject: String; var stage: String; var level: String }
    struct Figure { var id: String; var published: String; var count: Int?; var percent: Double? }

    /// The rows for `records`, sorted by organization, year, subject, stage and level.
    public static func rows(_ records: [ArticleRecord], filter: Filter = Filter()) -> [StatRow] {
        var names: [String: String] = [:]
        var figures: [Key: [Figure]] = [:]
        let wanted = filter.organization.map { OrganizationName.key($0) }
        for r in records.sorted(by: { $0.id < $1.id }) {
            let name = r.organization?.name ?? "(unknown organization)"
            let org = OrganizationName.key(name)
            if let w = wanted, !org.contains(w) { continue }
            if names[org] == nil { names[org] = name }
            var seen = Set<Key>()
            func add(_ k: Key, _ count: Int?, _ percent: Double?) {
                if let y = filter.year, k.year != y { return }
                guard seen.insert(k).inserted else { return }
                figures[k, default: []].append(Figure(id: r.id, published: r.published ?? "", count: count, percent: percent))
            }
            for x in r.ratings {
                let level = x.level.rawValue + (x.orAbove ? "+" : "")
                add(Key(org: org, year: x.year ?? r.year, subject: x.subject.rawValue, stage: x.stage.rawValue, level: level),
                    x.approx ? nil : x.count, x.percent)
            }
            for t in r.totals {
                add(Key(org: org, year: r.year, subject: t.subject.rawValue, stage: "total", level: t.what.rawValue), t.count, nil)
            }
        }
        var rows: [(Key, StatRow)] = []
        for (k, figs) in figures {
            let counted = figs.filter { $0.count != nil }
            let distinct = Set(counted.map { $0.count! })
            let latest = counted.max { ($0.published, $0.id) < ($1.published, $1.id) }
            let conflict = distinct.count > 1
            let figuresText = conflict
                ? counted.sorted { ($0.count!, $0.id) < ($1.count!, $1.id) }.map { "\($0.count!) [\($0.id)]" }.joined(separator: "; ")
                : ""
            rows.append((k, StatRow(organization: names[k.org] ?? k.org, year: k.year, subject: k.subject, stage: k.stage,
                                    level: k.level, count: latest?.count, percent: figs.compactMap(\.percent).first,
                                    share: nil, articles: figs.count, conflict: conflict, figures: figuresText,
                                    articleIDs: figs.map(\.id).joined(separator: ";"))))
        }
        // Shares within each organization, year, subject and stage (exclusive levels only).
        var groups: [String: [Int]] = [:]
        for (i, (k, _)) in rows.enumerated() where k.stage != "total" && !k.level.hasSuffix("+") {
            groups["\(k.org)|\(k.year.map(String.init) ?? "")|\(k.subject)|\(k.stage)", default: []].append(i)
        }
        for idx in groups.values {
            let counts = idx.map { rows[$0].1.count }
            guard !counts.contains(where: { $0 == nil }) else { continue }
            let sum = counts.map { $0! }.reduce(0, +)
            guard sum > 0 else { continue }
            for i in idx { rows[i].1.share = Double(rows[i].1.count!) / Double(sum) }
        }
        return rows.sorted { a, b in order(a.0) < order(b.0) }.map(\.1)
    }

    static let subjectOrder = Subject.allCases.map(\.rawValue)
    static let stageOrder = ["proposed", "approved", "reported", "total"]
    /// Levels best first, the pre-2018 ones beside their successors.
    static let levelOrder = ["TSVMTB", "HTXSNV", "TSVM", "HTTNV", "HTNV", "KHTNV", "YK", "VPTC"].flatMap { [$0, $0 + "+"] }
        + TotalKind.allCases.map(\.rawValue)

    static func order(_ k: Key) -> String {
        func pad(_ i: Int?) -> String { let s = String(i ?? 99); return String(repeating: "0", count: max(0, 3 - s.count)) + s }
        return [k.org, String(k.year ?? 0), pad(subjectOrder.firstIndex(of: k.subject)), pad(stageOrder.firstIndex(of: k.stage)),
                pad(levelOrder.firstIndex(of: k.level))].joined(separator: "\u{1}")
    }

    /// A compact yearly table for the organizations with the most articles:
    /// per year and subject, the approved (else reported, else proposed)
    /// counts per level with their shares; "!" marks conflicting figures.
    public static func yearlySummary(_ rows: [StatRow], topOrganizations: Int = 5) -> String {
        let ratingRows = rows.filter { $0.stage != "total" }
        var articles: [String: Set<Substring>] = [:]
        for r in ratingRows { articles[r.organization, default: []].formUnion(r.articleIDs.split(separator: ";")) }
        let orgs = articles.keys.sorted { (articles[$0]!.count, $1) > (articles[$1]!.count, $0) }.prefix(topOrganizations)
        var body: [[String]] = []
        for org in orgs {
            let mine = ratingRows.filter { $0.organization == org }
            let years = Set(mine.map { $0.year ?? 0 }).sorted()
            for y in years {
                for subject in subjectOrder {
                    let rs = mine.filter { ($0.year ?? 0) == y && $0.subject == subject }
                    guard let stage = ["approved", "reported", "proposed"].first(where: { s in rs.contains { $0.stage == s } }) else { continue }
                    let cells = rs.filter { $0.stage == stage }.map { r -> String in
                        let c = r.count.map(String.init) ?? (r.percent.map { "\(StatFormatNumber.short($0))%" } ?? "approx.")
                        let share = r.share.map { " (\(StatFormatNumber.short(($0 * 1000).rounded() / 10))%)" } ?? ""
                        return "\(c) \(r.level)\(share)\(r.conflict ? "!" : "")"
                    }
                    body.append([org, y == 0 ? "-" : String(y), subject, stage, cells.joined(separator: ", ")])
                }
            }
        }
        if body.isEmpty { return "(no rating figures)\n" }
        return StatFormat.alignedTable(header: ["organization", "year", "subject", "stage", "figures"], rows: body)
    }
}

enum StatFormatNumber {
    static func short(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}
