import KiemdiemCore

/// The year-over-year figures of the report's overview, over all
/// organizations, each computed from exclusive counts.
///
/// A *list* is one article's ratings of one subject for one year at one
/// stage: the approved list when the article has one, else the reported one
/// (proposed lists are not verdicts). A level's count in a list is its
/// exclusive count (`Rating.exclusiveCount(in:at:)`): a cumulative figure
/// ("X hoàn thành tốt nhiệm vụ trở lên", or a whole with an HTXSNV part
/// `within` it) counts less its HTXSNV part, and a list where that cannot be
/// told (a cumulative figure without its part, a figure without a count) is
/// left out rather than drawn as if it were exclusive.
public struct Trends: Equatable, Sendable {
    /// HTXSNV and everyone rated (the sum of the exclusive levels) over the lists of a year.
    public struct Share: Equatable, Sendable {
        public var htxsnv = 0
        public var rated = 0
        public var lists = 0
        public init(htxsnv: Int = 0, rated: Int = 0, lists: Int = 0) { self.htxsnv = htxsnv; self.rated = rated; self.lists = lists }
        public var value: Double? { rated > 0 ? Double(htxsnv) / Double(rated) : nil }
    }

    /// Lists (2018 on, with both HTXSNV and HTTNV known) and how many of them are above the cap.
    public struct Cap: Equatable, Sendable {
        public var over = 0
        public var lists = 0
        public init(over: Int = 0, lists: Int = 0) { self.over = over; self.lists = lists }
        public var value: Double? { lists > 0 ? Double(over) / Double(lists) : nil }
    }

    /// Articles, organizations (distinct names) and findings of a rated year.
    public struct YearCounts: Equatable, Sendable {
        public var articles = 0
        public var organizations = 0
        public var findings = 0
        public init(articles: Int = 0, organizations: Int = 0, findings: Int = 0) {
            self.articles = articles; self.organizations = organizations; self.findings = findings
        }
    }

    /// The cap: HTXSNV may be at most this fraction of HTTNV (Hướng dẫn 21-HD/BTCTW).
    public static let cap = 0.2
    /// The first year of the current scheme (HTXSNV/HTTNV/HTNV/KHTNV and the cap).
    public static let firstCapYear = 2018
    /// Histogram bins of 5 percentage points; the last is "60% or more".
    public static let binCount = 13

    public var shareByYear: [Int: Share] = [:]
    public var capByYear: [Int: Cap] = [:]
    public var capBySubject: [Subject: Cap] = [:]
    /// The same, by year and subject together.
    public var capByYearSubject: [Int: [Subject: Cap]] = [:]
    /// Lists per HTXSNV/HTTNV ratio bin: [0, 5%), [5%, 10%), …, [60%, ∞).
    public var ratioBins: [Int] = Array(repeating: 0, count: Trends.binCount)
    public var perYear: [Int: YearCounts] = [:]
    /// Articles without a rated year (not in `perYear`).
    public var withoutYear = YearCounts()

    public init() {}

    /// The trends of `records` (each with all its findings).
    public init(records: [ArticleRecord]) {
        var orgs: [Int: Set<String>] = [:]
        for r in records {
            addLists(of: r)
            guard let y = r.year else {
                withoutYear.articles += 1; withoutYear.findings += r.findings.count
                continue
            }
            perYear[y, default: YearCounts()].articles += 1
            perYear[y]!.findings += r.findings.count
            if let o = r.organization?.name { orgs[y, default: []].insert(o) }
        }
        for (y, names) in orgs { perYear[y, default: YearCounts()].organizations = names.count }
        let orgsWithoutYear = Set(records.filter { $0.year == nil }.compactMap { $0.organization?.name })
        withoutYear.organizations = orgsWithoutYear.count
    }

    /// One list's exclusive counts by level, or nil when a count is unknown
    /// or a cumulative figure cannot be made exclusive.
    public static func exclusiveCounts(_ ratings: [Rating], indices: [Int]) -> [Level: Int]? {
        var out: [Level: Int] = [:]
        for i in indices {
            guard let c = ratings[i].exclusiveCount(in: ratings, at: i) else { return nil }
            out[ratings[i].level, default: 0] += c
        }
        return out
    }

    /// The lists of `r`: (subject, year, indices into `r.ratings`).
    public static func lists(of r: ArticleRecord) -> [(subject: Subject, year: Int, indices: [Int])] {
        struct Key: Hashable { var subject: Subject; var year: Int; var stage: Stage }
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        for (i, x) in r.ratings.enumerated() where x.stage != .proposed {
            guard let y = x.year ?? r.year else { continue }
            let k = Key(subject: x.subject, year: y, stage: x.stage)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(i)
        }
        return order.compactMap { k in
            if k.stage == .reported, groups[Key(subject: k.subject, year: k.year, stage: .approved)] != nil { return nil }
            return (k.subject, k.year, groups[k]!)
        }
    }

    /// Adds the lists of `r` to the share, cap and ratio figures.
    public mutating func addLists(of r: ArticleRecord) {
        for list in Self.lists(of: r) {
            guard let counts = Self.exclusiveCounts(r.ratings, indices: list.indices) else { continue }
            // The current scheme only: HTXSNV or HTTNV in the list, no pre-2018 level.
            guard counts[.HTXSNV] != nil || counts[.HTTNV] != nil, !counts.keys.contains(where: \.isPre2018Only) else { continue }
            let h = counts[.HTXSNV] ?? 0, t = counts[.HTTNV] ?? 0
            let rated = counts.values.reduce(0, +)
            if rated > 0 {
                shareByYear[list.year, default: Share()].htxsnv += h
                shareByYear[list.year]!.rated += rated
                shareByYear[list.year]!.lists += 1
            }
            guard list.year >= Self.firstCapYear, counts[.HTXSNV] != nil, counts[.HTTNV] != nil, h + t > 0 else { continue }
            let over = 5 * h > t   // h > 20% of t, strictly, without rounding
            capByYear[list.year, default: Cap()].lists += 1
            capBySubject[list.subject, default: Cap()].lists += 1
            capByYearSubject[list.year, default: [:]][list.subject, default: Cap()].lists += 1
            if over {
                capByYear[list.year]!.over += 1
                capBySubject[list.subject]!.over += 1
                capByYearSubject[list.year]![list.subject]!.over += 1
            }
            // Integer arithmetic: h/t in [5k%, 5(k+1)%) is bin k, exactly (20 h / t, rounded down).
            let bin = t == 0 ? Self.binCount - 1 : min(Self.binCount - 1, 20 * h / t)
            ratioBins[bin] += 1
        }
    }

    /// True when there is nothing to draw.
    public var isEmpty: Bool { shareByYear.isEmpty && capByYear.isEmpty && perYear.isEmpty }
}
