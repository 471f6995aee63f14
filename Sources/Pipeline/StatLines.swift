import Foundation
import KiemdiemCore
import KiemdiemCheck
import KiemdiemReport

/// One figure as one article gives it.
public struct FigureSource: Sendable, Equatable {
    public var count: Int?
    public var exclusiveCount: Int?
    public var percent: Double?
    public var approx: Bool
    public var bound: String?
    public var article: String
    public var published: String?
}

/// One statistics line of `stats`: an organization's figure for one rated
/// year, subject, stage and level, exclusive and cumulative kept apart.
public struct StatLine: Sendable, Equatable {
    /// The organization's name as first written.
    public var organization: String
    /// The comparison key rows are grouped by (`OrganizationName.key`).
    public var organizationKey: String
    /// The province (`Statistics.province`) and administrative level (`Statistics.unitLevel`), when known.
    public var province: String?
    public var unitLevel: String?
    public var year: Int?
    public var subject: String
    /// proposed, approved, reported, or total (a stated total; `level` is then its kind).
    public var stage: String
    public var level: String
    /// True for a cumulative figure ("trở lên", or a whole with higher-level parts `within` it).
    public var cumulative: Bool
    /// The figure as stated (the chosen article's).
    public var count: Int?
    /// The count of this level alone (`Rating.exclusiveCount`); equals `count` for an exclusive figure.
    public var exclusiveCount: Int?
    public var percent: Double?
    /// exclusiveCount ÷ the sum of the exclusive counts of the chosen article's
    /// list (same organization, year, subject, stage); nil when any is unknown.
    public var share: Double?
    /// True when the figure, or one in its list (for the share), is approximate.
    public var approx: Bool
    /// lower / upper / about for an approximate figure.
    public var bound: String?
    public var articles: Int
    /// True when articles give different counts.
    public var conflict: Bool
    /// Every article's figure, in article id order.
    public var figures: [FigureSource]
    /// The article whose figure `count` is.
    public var chosenArticle: String?
    /// Why that article (`Statistics.choiceRule`).
    public var choice: String
}

extension Statistics {
    /// How `stats` picks one figure when articles disagree, written in its output.
    public static let choiceRule = """
        When articles give different figures for one organization, year, subject and stage, one article's list is used \
        for all its levels, chosen by, in order: (1) its exclusive counts add up to the total it states (evaluated, else all); \
        (2) its list is complete (every count known); (3) it gives the most figures; (4) it was published last; \
        (5) its id is greatest. Column "choice" names the step that decided; "figures" lists every article's figure.
        """

    /// Folds case, tone marks and "đ" for accent-insensitive matching ("Phu My" finds "Phú Mỹ").
    public static func fold(_ s: String) -> String {
        let folded = s.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// The administrative level of an organization's unit: commune (phường,
    /// xã, thị trấn), district (quận, huyện, thị xã, thành phố thuộc tỉnh),
    /// province (tỉnh, thành phố trực thuộc trung ương), else other; nil when the unit is unknown.
    public static func unitLevel(_ o: Organization?) -> String? {
        guard let unit = o?.unit.map(fold) ?? o.map({ unitFromName(fold($0.name)) }) ?? nil, !unit.isEmpty else { return nil }
        if ["phuong", "xa", "thi tran"].contains(unit) { return "commune" }
        if ["quan", "huyen", "thi xa"].contains(unit) { return "district" }
        if unit == "tinh" { return "province" }
        if unit == "thanh pho" { return o?.parent.map { fold($0).hasPrefix("tinh") } == true ? "district" : "province" }
        return "other"
    }

    static func unitFromName(_ folded: String) -> String? {
        var s = folded
        for prefix in ["dang uy ", "dang bo ", "ban chap hanh dang bo "] where s.hasPrefix(prefix) { s = String(s.dropFirst(prefix.count)); break }
        for u in ["thi tran", "thi xa", "thanh pho", "phuong", "xa", "quan", "huyen", "tinh"] where s.hasPrefix(u + " ") { return u }
        return nil
    }

    /// The province an organization belongs to: the last part of its key
    /// ("… / tinh son la") or of its parent when that names a province
    /// (Tỉnh ủy X, Thành ủy X), or the organization itself at province level.
    public static func province(_ o: Organization?) -> String? {
        guard let o else { return nil }
        if let key = o.key, let last = key.components(separatedBy: " / ").last, last.hasPrefix("tinh ") || last.hasPrefix("thanh pho ") {
            return last
        }
        for text in [o.parent, o.name].compactMap({ $0 }) {
            let f = fold(text)
            for (prefix, unit) in [("tinh uy ", "tinh "), ("thanh uy ", "thanh pho "), ("dang bo tinh ", "tinh "), ("dang uy tinh ", "tinh "),
                                   ("dang bo thanh pho ", "thanh pho ")] where f.hasPrefix(prefix) {
                return unit + f.dropFirst(prefix.count)
            }
        }
        return nil
    }

    struct ListKey: Hashable { var year: Int?; var subject: String; var stage: String }
    struct LevelKey: Hashable { var level: String; var cumulative: Bool }
    /// One article's list for one organization, year, subject and stage.
    struct ArticleList {
        var id: String; var published: String
        var figures: [LevelKey: FigureSource] = [:]
        var order: [LevelKey] = []
        var complete: Bool { figures.values.allSatisfy { $0.exclusiveCount != nil } }
        var sum: Int? { complete ? figures.values.reduce(0) { $0 + $1.exclusiveCount! } : nil }
        var approx: Bool { figures.values.contains { $0.approx } }
        var statedTotal: Int?
        var addsUp: Bool { sum != nil && sum == statedTotal }
    }

    /// Lines for the records of ONE organization or many (grouped by
    /// `OrganizationName.key`), near-copies left out, sorted like `rows`.
    public static func lines(_ records: [ArticleRecord], filter: Filter = Filter()) -> [StatLine] {
        var byOrg: [String: [ArticleRecord]] = [:]
        let wanted = filter.organization.map(fold)
        for r in records where r.duplicateOf == nil {
            let name = r.organization?.name ?? unknownOrganization
            if let w = wanted, !fold(name).contains(w) && !fold(OrganizationName.key(name)).contains(w) { continue }
            byOrg[OrganizationName.key(name), default: []].append(r)
        }
        var out: [(Key, StatLine)] = []
        for (org, rs) in byOrg { out += organizationLines(org, rs.sorted { $0.id < $1.id }, year: filter.year) }
        return out.sorted { order($0.0) < order($1.0) }.map(\.1)
    }

    static func organizationLines(_ org: String, _ records: [ArticleRecord], year: Int?) -> [(Key, StatLine)] {
        let first = records.first { $0.organization != nil }?.organization
        let name = first?.name ?? unknownOrganization
        let provinceName = records.lazy.compactMap { Self.province($0.organization) }.first
        let level = records.lazy.compactMap { Self.unitLevel($0.organization) }.first
        var lists: [ListKey: [ArticleList]] = [:]
        var totals: [ListKey: [ArticleList]] = [:]
        for r in records {
            var mine: [ListKey: ArticleList] = [:]
            for (i, x) in r.ratings.enumerated() {
                let k = ListKey(year: x.year ?? r.year, subject: x.subject.rawValue, stage: x.stage.rawValue)
                if let y = year, k.year != y { continue }
                let cumulative = x.orAbove || r.ratings.contains { $0.within == i && RatingSchemes.isPart($0.level, of: x.level) }
                var excl = x.exclusiveCount(in: r.ratings, at: i)
                if excl == nil, x.orAbove, let c = x.count {
                    // "X HTTNV trở lên" with the higher levels given beside it, not `within`: X less those.
                    let higher = r.ratings.enumerated().filter { j, y in
                        j != i && !y.orAbove && y.within == nil && y.subject == x.subject && y.stage == x.stage
                            && (y.year ?? r.year) == k.year && RatingSchemes.isPart(y.level, of: x.level)
                    }.map(\.element.count)
                    if !higher.isEmpty, !higher.contains(where: { $0 == nil }) {
                        let rest = c - higher.reduce(0) { $0 + $1! }
                        excl = rest >= 0 ? rest : nil
                    }
                }
                let lk = LevelKey(level: x.level.rawValue, cumulative: cumulative)
                var list = mine[k] ?? ArticleList(id: r.id, published: r.published ?? "")
                if list.figures[lk] != nil { continue }
                list.figures[lk] = FigureSource(count: x.count, exclusiveCount: excl, percent: x.percent, approx: x.approx,
                                                bound: x.bound?.rawValue, article: r.id, published: r.published)
                list.order.append(lk)
                mine[k] = list
            }
            for (k, var list) in mine {
                let ts = r.totals.filter { $0.subject.rawValue == k.subject && ($0.year ?? r.year) == k.year }
                if let e = ts.first(where: { $0.what == .evaluated }) { list.statedTotal = e.count }
                else if let a = ts.first(where: { $0.what == .all }) {
                    list.statedTotal = a.count - (ts.first { $0.what == .exempt }?.count ?? 0)
                }
                lists[k, default: []].append(list)
            }
            var mineTotals: [ListKey: ArticleList] = [:]
            for t in r.totals {
                let k = ListKey(year: t.year ?? r.year, subject: t.subject.rawValue, stage: "total")
                if let y = year, k.year != y { continue }
                let lk = LevelKey(level: t.what.rawValue, cumulative: false)
                var list = mineTotals[k] ?? ArticleList(id: r.id, published: r.published ?? "")
                if list.figures[lk] != nil { continue }
                list.figures[lk] = FigureSource(count: t.count, exclusiveCount: t.count, percent: nil, approx: t.approx,
                                                bound: nil, article: r.id, published: r.published)
                list.order.append(lk)
                mineTotals[k] = list
            }
            for (k, list) in mineTotals { totals[k, default: []].append(list) }
        }
        var out: [(Key, StatLine)] = []
        for (k, candidates) in lists.merging(totals, uniquingKeysWith: { a, _ in a }) {
            let (ranked, reason) = choose(candidates, totalsList: k.stage == "total")
            let chosen = ranked[0]
            var levels: [LevelKey] = []
            for l in ranked.flatMap(\.order) where !levels.contains(l) { levels.append(l) }
            for lk in levels {
                let figs = candidates.compactMap { $0.figures[lk] }.sorted { $0.article < $1.article }
                let from = ranked.first { $0.figures[lk] != nil }!
                let f = from.figures[lk]!
                let distinct = Set(figs.compactMap(\.count))
                var share: Double? = nil
                if from.id == chosen.id, let e = f.exclusiveCount, let sum = chosen.sum, sum > 0, k.stage != "total" {
                    share = Double(e) / Double(sum)
                }
                let why = from.id == chosen.id ? reason : "not in the chosen article's list; the next article by the same rule"
                let key = Key(org: org, year: k.year, subject: k.subject, stage: k.stage, level: lk.level + (lk.cumulative ? "+" : ""))
                out.append((key, StatLine(organization: name, organizationKey: org, province: provinceName, unitLevel: level, year: k.year,
                                          subject: k.subject, stage: k.stage, level: lk.level, cumulative: lk.cumulative,
                                          count: f.count, exclusiveCount: f.exclusiveCount, percent: f.percent, share: share,
                                          approx: f.approx || (share != nil && chosen.approx), bound: f.bound,
                                          articles: figs.count, conflict: distinct.count > 1, figures: figs,
                                          chosenArticle: f.article, choice: why)))
            }
        }
        return out
    }

    /// The candidate lists best first by `choiceRule`, and the step that decided.
    static func choose(_ lists: [ArticleList], totalsList: Bool) -> ([ArticleList], String) {
        if lists.count == 1 { return (lists, "one article") }
        let agree = Set(lists.map { l in l.order.map { "\($0.level)\($0.cumulative)=\(l.figures[$0]!.count.map(String.init) ?? "?")" }.sorted() }).count == 1
        let steps: [(String, (ArticleList) -> Int)] = (totalsList ? [] : [
            ("adds up to its stated total", { $0.addsUp ? 1 : 0 }),
            ("complete list", { $0.complete ? 1 : 0 }),
        ]) + [("most figures", { $0.figures.count })]
        let ranked = lists.sorted { a, b in
            for (_, f) in steps where f(a) != f(b) { return f(a) > f(b) }
            if a.published != b.published { return a.published > b.published }
            return a.id > b.id
        }
        if agree { return (ranked, "articles agree") }
        let (a, b) = (ranked[0], ranked[1])
        for (why, f) in steps where f(a) != f(b) { return (ranked, why) }
        return (ranked, a.published != b.published ? "published last" : "greatest id")
    }

    /// `StatRow`s (the report's rows) from lines: a cumulative figure gives
    /// its stated row ("HTTNV+") and, when its exclusive count is known, the
    /// exclusive row of its level, so that a list's bars add up.
    public static func statRows(_ lines: [StatLine]) -> [StatRow] {
        var out: [StatRow] = []
        for l in lines {
            func row(level: String, count: Int?, share: Double?) -> StatRow {
                let conflict = l.conflict
                let figures = conflict ? l.figures.filter { $0.count != nil }.sorted { ($0.count!, $0.article) < ($1.count!, $1.article) }
                    .map { "\($0.count!) [\($0.article)]" }.joined(separator: "; ") : ""
                return StatRow(organization: l.organization, year: l.year, subject: l.subject, stage: l.stage, level: level,
                               count: count, percent: l.percent, share: share, articles: l.articles, conflict: conflict,
                               figures: figures, articleIDs: l.figures.map(\.article).joined(separator: ";"))
            }
            if l.cumulative {
                out.append(row(level: l.level + "+", count: l.count, share: nil))
                if let e = l.exclusiveCount, !lines.contains(where: { $0.organizationKey == l.organizationKey && $0.year == l.year
                        && $0.subject == l.subject && $0.stage == l.stage && $0.level == l.level && !$0.cumulative }) {
                    out.append(row(level: l.level, count: e, share: l.share))
                }
            } else {
                out.append(row(level: l.level, count: l.count, share: l.share))
            }
        }
        return out
    }
}
