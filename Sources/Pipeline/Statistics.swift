import KiemdiemCore
import KiemdiemCheck
import KiemdiemReport

/// Yearly statistics over stored records: one `StatRow` per organization
/// (normalized name), year, subject, stage and level, plus one per stated
/// total, merged over articles with conflicts marked.
public enum Statistics {
    /// Which rows to keep.
    public struct Filter: Sendable {
        /// Keep organizations whose name contains this text, ignoring case and tone marks ("Phu My" finds "Phú Mỹ").
        public var organization: String?
        public var year: Int?
        public init(organization: String? = nil, year: Int? = nil) { self.organization = organization; self.year = year }
    }

    struct Key: Hashable { var org: String; var year: Int?; var subject: String; var stage: String; var level: String }

    /// The report's rows for `records` (`statRows` of `lines`), sorted by
    /// organization, year, subject, stage and level. Near-copies are left
    /// out; when articles disagree, one article's list is used by `choiceRule`;
    /// shares come from exclusive counts.
    public static func rows(_ records: [ArticleRecord], filter: Filter = Filter()) -> [StatRow] {
        statRows(lines(records, filter: filter)).sorted { a, b in order(key(a)) < order(key(b)) }
    }

    static func key(_ r: StatRow) -> Key {
        Key(org: OrganizationName.key(r.organization), year: r.year, subject: r.subject, stage: r.stage, level: r.level)
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
                        let c = r.count.map(String.init) ?? (r.percent.map { "\(StatFormatNumber.short($0))%" } ?? "?")
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
