import KiemdiemCore
import KiemdiemReport

/// What `stats --by` groups organizations by.
public enum StatsGrouping: String, CaseIterable, Sendable {
    /// One line per organization (the default).
    case organization
    /// All organizations together, per year.
    case year
    /// Per province (`Statistics.province`), per year.
    case province
    /// Per administrative level (`Statistics.unitLevel`: commune, district, province, other), per year.
    case level
}

/// One line of `stats --by year|province|level`: a level's exclusive counts
/// added up over the organizations of a group whose list is complete.
public struct AggregateLine: Sendable, Equatable {
    /// "all", the province or the administrative level ("(unknown)" when not known).
    public var group: String
    public var year: Int?
    public var subject: String
    public var stage: String
    public var level: String
    /// Organizations that give this level (complete list or not).
    public var organizations: Int
    /// Articles giving it.
    public var articles: Int
    /// Complete lists (every exclusive count known) of the group, year, subject and stage.
    public var lists: Int
    /// This level's exclusive counts added up over those lists (0 where a list lacks it).
    public var exclusiveCount: Int?
    /// The exclusive counts of every level of those lists added up.
    public var listTotal: Int?
    /// exclusiveCount ÷ listTotal.
    public var share: Double?
    /// True when an added figure is approximate.
    public var approx: Bool
    /// On HTXSNV lines of 2018 or later, approved or reported: the lists where
    /// HTXSNV is above 20% of HTTNV (exclusive counts), and their share of the lists.
    public var listsAboveCap: Int?
    public var shareAboveCap: Double?
}

extension Statistics {
    /// Adds `lines` up by `grouping` (not `.organization`).
    public static func aggregate(_ lines: [StatLine], by grouping: StatsGrouping) -> [AggregateLine] {
        func group(_ l: StatLine) -> String {
            switch grouping {
            case .organization: return l.organization
            case .year: return "all"
            case .province: return l.province ?? "(unknown)"
            case .level: return l.unitLevel ?? "(unknown)"
            }
        }
        struct ListID: Hashable { var org: String; var year: Int?; var subject: String; var stage: String }
        struct GroupList: Hashable { var group: String; var year: Int?; var subject: String; var stage: String }
        struct Cell: Hashable { var list: GroupList; var level: String }
        var byList: [ListID: [StatLine]] = [:]
        for l in lines { byList[ListID(org: l.organizationKey, year: l.year, subject: l.subject, stage: l.stage), default: []].append(l) }
        var orgs: [Cell: Set<String>] = [:], articles: [Cell: Set<String>] = [:], sums: [Cell: Int] = [:], approx: [Cell: Bool] = [:]
        var completeLists: [GroupList: Int] = [:], listTotals: [GroupList: Int] = [:], above: [GroupList: Int] = [:], checked: [GroupList: Int] = [:]
        var listApprox: [GroupList: Bool] = [:]
        for (id, ls) in byList {
            let g = GroupList(group: group(ls[0]), year: id.year, subject: id.subject, stage: id.stage)
            for l in ls {
                let c = Cell(list: g, level: l.level)
                orgs[c, default: []].insert(l.organizationKey)
                articles[c, default: []].formUnion(l.figures.map(\.article))
            }
            if id.stage == "total" {
                for l in ls {
                    let c = Cell(list: g, level: l.level)
                    if let n = l.count { sums[c, default: 0] += n }
                    approx[c] = (approx[c] ?? false) || l.approx
                }
                continue
            }
            // A complete list: every line from the chosen article, with a share.
            guard ls.allSatisfy({ $0.share != nil }) else { continue }
            completeLists[g, default: 0] += 1
            let total = ls.reduce(0) { $0 + $1.exclusiveCount! }
            listTotals[g, default: 0] += total
            var byLevel: [String: Int] = [:]
            for l in ls {
                let c = Cell(list: g, level: l.level)
                sums[c, default: 0] += l.exclusiveCount!
                byLevel[l.level, default: 0] += l.exclusiveCount!
                approx[c] = (approx[c] ?? false) || l.approx
                if l.approx { listApprox[g] = true }
            }
            if let y = id.year, y >= 2018, id.stage == "approved" || id.stage == "reported", byLevel["HTXSNV"] != nil || byLevel["HTTNV"] != nil {
                checked[g, default: 0] += 1
                if Double(byLevel["HTXSNV"] ?? 0) > 0.2 * Double(byLevel["HTTNV"] ?? 0) { above[g, default: 0] += 1 }
            }
        }
        var out: [AggregateLine] = []
        for (c, o) in orgs {
            let g = c.list
            let isTotal = g.stage == "total"
            let lists = isTotal ? o.count : (completeLists[g] ?? 0)
            let sum = sums[c] ?? (lists > 0 ? 0 : nil)
            let listTotal = isTotal ? nil : listTotals[g]
            let share = (listTotal ?? 0) > 0 ? sum.map { Double($0) / Double(listTotal!) } : nil
            let quota = c.level == "HTXSNV" && (checked[g] ?? 0) > 0
            out.append(AggregateLine(group: g.group, year: g.year, subject: g.subject, stage: g.stage, level: c.level,
                                     organizations: o.count, articles: articles[c]?.count ?? 0, lists: lists,
                                     exclusiveCount: sum, listTotal: listTotal, share: share,
                                     approx: (approx[c] ?? false) || (share != nil && listApprox[g] == true),
                                     listsAboveCap: quota ? above[g] ?? 0 : nil,
                                     shareAboveCap: quota ? Double(above[g] ?? 0) / Double(checked[g]!) : nil))
        }
        return out.sorted { a, b in
            order(Key(org: a.group, year: a.year, subject: a.subject, stage: a.stage, level: a.level))
                < order(Key(org: b.group, year: b.year, subject: b.subject, stage: b.stage, level: b.level))
        }
    }
}

/// `stats` output: CSV (RFC 4180, header row, numbers as numbers, empty for
/// unknown), JSON (an array of objects; `figures` and `article_ids` are
/// arrays) or an aligned table with the choice rule under it.
public enum StatsOutput {
    public static let lineColumns = ["organization", "organization_key", "province", "unit_level", "year", "subject", "stage", "level",
                                     "cumulative", "count", "exclusive_count", "percent", "share", "approx", "bound", "articles",
                                     "conflict", "chosen_article", "choice", "figures", "article_ids"]
    public static let aggregateColumns = ["group", "year", "subject", "stage", "level", "organizations", "articles", "lists",
                                          "exclusive_count", "list_total", "share", "approx", "lists_above_cap", "share_above_cap"]

    static func num(_ x: Double?) -> String? {
        guard let x, x.isFinite else { return nil }
        return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
    static func bool(_ b: Bool) -> String { b ? "true" : "false" }

    static func cells(_ l: StatLine) -> [String?] {
        [l.organization, l.organizationKey, l.province, l.unitLevel, l.year.map(String.init), l.subject, l.stage, l.level,
         bool(l.cumulative), l.count.map(String.init), l.exclusiveCount.map(String.init), num(l.percent), num(l.share),
         bool(l.approx), l.bound, String(l.articles), bool(l.conflict), l.chosenArticle, l.choice,
         l.figures.map { "\($0.count.map(String.init) ?? "?") [\($0.article)]" }.joined(separator: "; "),
         l.figures.map(\.article).joined(separator: ";")]
    }

    static func cells(_ a: AggregateLine) -> [String?] {
        [a.group, a.year.map(String.init), a.subject, a.stage, a.level, String(a.organizations), String(a.articles), String(a.lists),
         a.exclusiveCount.map(String.init), a.listTotal.map(String.init), num(a.share), bool(a.approx),
         a.listsAboveCap.map(String.init), num(a.shareAboveCap)]
    }

    static func csv(_ header: [String], _ rows: [[String?]]) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        for r in rows { out += r.map { StatFormat.csvField($0 ?? "") }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func jsonValue(_ s: String?) -> String { s.map(StatFormat.jsonString) ?? "null" }
    static func jsonNumber(_ s: String?) -> String { s ?? "null" }

    public static func render(_ lines: [StatLine], format: StatFormat) -> String {
        switch format {
        case .csv: return csv(lineColumns, lines.map(cells))
        case .json:
            let objects = lines.map { l -> String in
                let figures = l.figures.map { f in
                    "{\"article\":\(StatFormat.jsonString(f.article)),\"published\":\(jsonValue(f.published)),\"count\":\(jsonNumber(f.count.map(String.init))),"
                        + "\"exclusive_count\":\(jsonNumber(f.exclusiveCount.map(String.init))),\"percent\":\(jsonNumber(num(f.percent))),"
                        + "\"approx\":\(bool(f.approx)),\"bound\":\(jsonValue(f.bound))}"
                }
                let fields: [(String, String)] = [
                    ("organization", jsonValue(l.organization)), ("organization_key", jsonValue(l.organizationKey)),
                    ("province", jsonValue(l.province)), ("unit_level", jsonValue(l.unitLevel)),
                    ("year", jsonNumber(l.year.map(String.init))), ("subject", jsonValue(l.subject)), ("stage", jsonValue(l.stage)),
                    ("level", jsonValue(l.level)), ("cumulative", bool(l.cumulative)), ("count", jsonNumber(l.count.map(String.init))),
                    ("exclusive_count", jsonNumber(l.exclusiveCount.map(String.init))), ("percent", jsonNumber(num(l.percent))),
                    ("share", jsonNumber(num(l.share))), ("approx", bool(l.approx)), ("bound", jsonValue(l.bound)),
                    ("articles", String(l.articles)), ("conflict", bool(l.conflict)), ("chosen_article", jsonValue(l.chosenArticle)),
                    ("choice", jsonValue(l.choice)), ("figures", "[" + figures.joined(separator: ",") + "]"),
                    ("article_ids", "[" + l.figures.map { StatFormat.jsonString($0.article) }.joined(separator: ",") + "]"),
                ]
                return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
            }
            return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "]\n" : "\n]\n")
        case .table:
            let rows = lines.map { l -> [String] in
                [l.organization, l.year.map(String.init) ?? "-", l.subject, l.stage, l.level + (l.cumulative ? "+" : ""),
                 figure(l.count, approx: l.approx, bound: l.bound), l.exclusiveCount.map(String.init) ?? "-",
                 l.share.map { pct($0) } ?? "-", String(l.articles), l.conflict ? l.choice : "",
                 l.conflict ? l.figures.map { "\($0.count.map(String.init) ?? "?") [\($0.article)]" }.joined(separator: "; ") : ""]
            }
            if rows.isEmpty { return "(no rating figures)\n" }
            return StatFormat.alignedTable(header: ["organization", "year", "subject", "stage", "level", "count", "exclusive", "share",
                                                    "articles", "choice", "figures (conflicts)"], rows: rows)
                + "\n" + legend
        }
    }

    public static func render(_ lines: [AggregateLine], format: StatFormat) -> String {
        switch format {
        case .csv: return csv(aggregateColumns, lines.map(cells))
        case .json:
            let objects = lines.map { a -> String in
                let numeric: Set<String> = ["year", "organizations", "articles", "lists", "exclusive_count", "list_total", "share",
                                            "lists_above_cap", "share_above_cap"]
                return "{" + zip(aggregateColumns, cells(a)).map { k, v in
                    "\"\(k)\":" + (k == "approx" ? v! : numeric.contains(k) ? jsonNumber(v) : jsonValue(v))
                }.joined(separator: ",") + "}"
            }
            return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "]\n" : "\n]\n")
        case .table:
            let rows = lines.map { a -> [String] in
                [a.group, a.year.map(String.init) ?? "-", a.subject, a.stage, a.level, String(a.organizations), String(a.lists),
                 figure(a.exclusiveCount, approx: a.approx, bound: nil), a.listTotal.map(String.init) ?? "-", a.share.map { pct($0) } ?? "-",
                 a.listsAboveCap.map { "\($0) (\(pct(a.shareAboveCap!)))" } ?? ""]
            }
            if rows.isEmpty { return "(no rating figures)\n" }
            return StatFormat.alignedTable(header: ["group", "year", "subject", "stage", "level", "orgs", "lists", "exclusive", "list total",
                                                    "share", "lists above 20% cap"], rows: rows)
                + "\nexclusive: the level's exclusive counts added up over the complete lists (every count known) of the group;"
                + " share = exclusive ÷ list total. \"~\" marks a sum with an approximate figure.\n"
        }
    }

    static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func figure(_ c: Int?, approx: Bool, bound: String?) -> String {
        guard let c else { return "-" }
        guard approx else { return String(c) }
        switch bound {
        case "lower": return ">=\(c)"
        case "upper": return "<=\(c)"
        default: return "~\(c)"
        }
    }

    static let legend = """
        level+: a cumulative figure ("trở lên", or a whole with higher levels inside it); exclusive: the level alone.
        share: exclusive ÷ the exclusive counts of the list added up. ~, >=, <=: approximate figures (about, at least, at most).
        Conflicts: \(Statistics.choiceRule)

        """
}
