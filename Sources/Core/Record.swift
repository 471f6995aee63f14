/// One article as a structured record: the contract of
/// record contract, version 2 (docs/RECORDS.md). Keys encode exactly as the
/// contract names them; optional fields encode as JSON `null`, never omitted.
public struct ArticleRecord: Codable, Sendable, Equatable {
    /// First 16 hex digits of the SHA-256 of the normalized title and body
    /// (`ArticleRecord.contentID`): one post read from several files is one id.
    public var id: String
    public var source: Source
    /// The id of an earlier record with the same or nearly the same text, else nil.
    public var duplicateOf: String?
    public var title: String?
    public var category: String?
    /// ISO 8601 local time ("2020-12-08T17:41"), or a date alone, or nil.
    public var published: String?
    public var views: Int?
    /// The normalized body text all spans point into.
    public var text: String
    /// The year the reported ratings are about.
    public var year: Int?
    public var organization: Organization?
    public var dates: [DateMention]
    public var documents: [DocumentReference]
    public var officials: [Official]
    public var ratings: [Rating]
    public var totals: [Total]
    public var findings: [Finding]

    public init(id: String, source: Source, title: String? = nil, category: String? = nil,
                published: String? = nil, views: Int? = nil, text: String, year: Int? = nil,
                organization: Organization? = nil, dates: [DateMention] = [], documents: [DocumentReference] = [],
                officials: [Official] = [], ratings: [Rating] = [], totals: [Total] = [], findings: [Finding] = [],
                duplicateOf: String? = nil) {
        self.id = id; self.source = source; self.duplicateOf = duplicateOf; self.title = title; self.category = category
        self.published = published; self.views = views; self.text = text; self.year = year
        self.organization = organization; self.dates = dates; self.documents = documents
        self.officials = officials; self.ratings = ratings; self.totals = totals; self.findings = findings
    }

    enum CodingKeys: String, CodingKey {
        case id, source, duplicateOf, title, category, published, views, text, year, organization
        case dates, documents, officials, ratings, totals, findings
    }

    /// The contract's `id` for a title and normalized body: the first 16 hex
    /// digits of the SHA-256 of the title, a newline and the body.
    public static func contentID(title: String?, body: String) -> String {
        var bytes = Array((title ?? "").utf8)
        bytes.append(0x0A)
        bytes += body.utf8
        return SHA256.contentID(bytes)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(duplicateOf, forKey: .duplicateOf)
        try c.encode(title, forKey: .title)
        try c.encode(category, forKey: .category)
        try c.encode(published, forKey: .published)
        try c.encode(views, forKey: .views)
        try c.encode(text, forKey: .text)
        try c.encode(year, forKey: .year)
        try c.encode(organization, forKey: .organization)
        try c.encode(dates, forKey: .dates)
        try c.encode(documents, forKey: .documents)
        try c.encode(officials, forKey: .officials)
        try c.encode(ratings, forKey: .ratings)
        try c.encode(totals, forKey: .totals)
        try c.encode(findings, forKey: .findings)
    }
}

/// Where a record came from.
public struct Source: Codable, Sendable, Equatable {
    public var path: String?
    public var url: String?
    /// `text`, `html`, `warc` or `jsonl`.
    public var format: String
    /// Which legacy-encoding conversion was applied, if any (e.g. `tcvn3`, `vni`, `windows-1258`).
    public var conversion: String?

    public init(path: String?, url: String? = nil, format: String, conversion: String? = nil) {
        self.path = path; self.url = url; self.format = format; self.conversion = conversion
    }

    enum CodingKeys: String, CodingKey { case path, url, format, conversion }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(url, forKey: .url)
        try c.encode(format, forKey: .format)
        try c.encodeIfPresent(conversion, forKey: .conversion)
    }
}

/// The body whose work the article reports.
public struct Organization: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var unit: String?
    public var place: String?
    public var parent: String?
    /// Identity for cross-article checks: folded unit and place, plus the parent
    /// or province where the name alone is not unique; nil when too generic.
    public var key: String?
    public var span: Span?

    public init(name: String, unit: String?, place: String?, parent: String?, key: String? = nil, span: Span? = nil) {
        self.name = name; self.unit = unit; self.place = place; self.parent = parent; self.key = key; self.span = span
    }

    enum CodingKeys: String, CodingKey { case name, unit, place, parent, key, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(unit, forKey: .unit)
        try c.encode(place, forKey: .place)
        try c.encode(parent, forKey: .parent)
        try c.encode(key, forKey: .key)
        try c.encodeIfPresent(span, forKey: .span)
    }
}

/// A date, period or range mentioned in the text.
public struct DateMention: Codable, Sendable, Equatable {
    /// "2020-11-25", "2024-12", "2022-Q4" or "2021"; impossible dates keep their digits.
    public var start: String
    public var end: String
    public var grain: DateGrain
    public var text: String
    public var span: Span
    /// True for planned deadlines and targets ("trước ngày", "dự kiến"), which never count as done events.
    public var planned: Bool

    public init(start: String, end: String, grain: DateGrain, text: String, span: Span, planned: Bool = false) {
        self.start = start; self.end = end; self.grain = grain; self.text = text; self.span = span; self.planned = planned
    }
}

/// A reference to a numbered document ("Kế hoạch số 07-KH/ĐU, ngày 18/11/2020").
public struct DocumentReference: Codable, Sendable, Equatable {
    public var kind: String?
    public var kindName: String?
    public var number: String
    public var issuer: String?
    /// The year inside the number (state style "30/2020/NĐ-CP").
    public var year: Int?
    /// The date stated with the reference.
    public var date: String?
    public var text: String
    public var span: Span

    public init(kind: String?, kindName: String?, number: String, issuer: String?, year: Int?, date: String?, text: String, span: Span) {
        self.kind = kind; self.kindName = kindName; self.number = number; self.issuer = issuer
        self.year = year; self.date = date; self.text = text; self.span = span
    }

    enum CodingKeys: String, CodingKey { case kind, kindName, number, issuer, year, date, text, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(kindName, forKey: .kindName)
        try c.encode(number, forKey: .number)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(year, forKey: .year)
        try c.encode(date, forKey: .date)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
    }
}

/// A named person with the titles written beside the name.
public struct Official: Codable, Sendable, Equatable {
    public var name: String
    public var titles: [String]
    public var span: Span

    public init(name: String, titles: [String], span: Span) {
        self.name = name; self.titles = titles; self.span = span
    }
}

/// Which way an approximate figure leans (RECORDS.md `bound`).
public enum Bound: String, Codable, CaseIterable, Sendable {
    /// "trên", "hơn", "từ … trở lên": at least the figure.
    case lower
    /// "dưới", "không quá": at most the figure.
    case upper
    /// "gần", "khoảng", "xấp xỉ": near the figure.
    case about
}

/// One rating figure: how many of a subject got a level at a stage.
public struct Rating: Codable, Sendable, Equatable {
    public var subject: Subject
    public var stage: Stage
    public var level: Level
    public var count: Int?
    public var percent: Double?
    /// The base of a fraction ("02/10 đồng chí" → of 10).
    public var of: Int?
    public var approx: Bool
    /// Which way an approximate figure leans; nil for an exact one.
    public var bound: Bound?
    /// The percent alone is approximate while the count is exact ("24 …, chiếm gần 59%"): `approx`
    /// describes the count when there is one. Written only when true (kiemdiem's addition).
    public var percentApprox: Bool = false
    public var year: Int?
    /// Cumulative figure ("hoàn thành tốt nhiệm vụ trở lên").
    public var orAbove: Bool
    /// Index in `ratings` of the figure this one is part of ("X HTTNV, trong đó Y HTXSNV"); a part is never summed beside its whole.
    public var within: Int?
    /// The name of the rule that produced this figure (for tracing a wrong one).
    public var rule: String?
    public var text: String
    public var span: Span

    public init(subject: Subject, stage: Stage, level: Level, count: Int?, percent: Double? = nil, of: Int? = nil,
                approx: Bool = false, bound: Bound? = nil, year: Int?, orAbove: Bool = false, within: Int? = nil,
                rule: String? = nil, text: String, span: Span) {
        self.subject = subject; self.stage = stage; self.level = level; self.count = count; self.percent = percent
        self.of = of; self.approx = approx; self.bound = bound; self.year = year; self.orAbove = orAbove
        self.within = within; self.rule = rule; self.text = text; self.span = span
    }

    enum CodingKeys: String, CodingKey { case subject, stage, level, count, percent, of, approx, bound, percentApprox, year, orAbove, within, rule, text, span }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        subject = try c.decode(Subject.self, forKey: .subject)
        stage = try c.decode(Stage.self, forKey: .stage)
        level = try c.decode(Level.self, forKey: .level)
        count = try c.decodeIfPresent(Int.self, forKey: .count)
        percent = try c.decodeIfPresent(Double.self, forKey: .percent)
        of = try c.decodeIfPresent(Int.self, forKey: .of)
        approx = try c.decodeIfPresent(Bool.self, forKey: .approx) ?? false
        bound = try c.decodeIfPresent(Bound.self, forKey: .bound)
        percentApprox = try c.decodeIfPresent(Bool.self, forKey: .percentApprox) ?? false
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        orAbove = try c.decodeIfPresent(Bool.self, forKey: .orAbove) ?? false
        within = try c.decodeIfPresent(Int.self, forKey: .within)
        rule = try c.decodeIfPresent(String.self, forKey: .rule)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        span = try c.decodeIfPresent(Span.self, forKey: .span) ?? Span(0, 0)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(subject, forKey: .subject)
        try c.encode(stage, forKey: .stage)
        try c.encode(level, forKey: .level)
        try c.encode(count, forKey: .count)
        try c.encode(percent, forKey: .percent)
        try c.encode(of, forKey: .of)
        try c.encode(approx, forKey: .approx)
        try c.encode(bound, forKey: .bound)
        if percentApprox { try c.encode(true, forKey: .percentApprox) }
        try c.encode(year, forKey: .year)
        try c.encode(orAbove, forKey: .orAbove)
        try c.encode(within, forKey: .within)
        try c.encodeIfPresent(rule, forKey: .rule)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
    }

    /// The suffix of `rule` for a tally over several years ("19 lượt"): such a figure has no year and is never checked.
    public static let tallySuffix = "-tally"
    /// Whether the figure counts occurrences over several years (`tallySuffix`).
    public var isTally: Bool { rule?.hasSuffix(Rating.tallySuffix) ?? false }

    /// The count of this level alone: a cumulative HTTNV figure ("X trở lên",
    /// or a whole with an HTXSNV part `within` it) less its HTXSNV part; nil when
    /// that cannot be told. `ratings` is the list this rating belongs to.
    public func exclusiveCount(in ratings: [Rating], at index: Int) -> Int? {
        guard let c = count else { return nil }
        let parts = ratings.enumerated().filter { $0.element.within == index }
        if !orAbove && parts.isEmpty { return c }
        // The higher levels inside this cumulative figure.
        let higher = parts.map(\.element).filter { RatingSchemes.isPart($0.level, of: level) }
        if higher.isEmpty {
            return orAbove ? nil : c
        }
        var rest = c
        for h in higher {
            guard let hc = h.count else { return nil }
            rest -= hc
        }
        return rest >= 0 ? rest : nil
    }
}

/// A stated total ("866 đảng viên được đánh giá").
public struct Total: Codable, Sendable, Equatable {
    public var subject: Subject
    public var what: TotalKind
    public var count: Int
    /// The year the total is about, like a rating's.
    public var year: Int?
    public var approx: Bool
    /// The name of the rule that produced this total.
    public var rule: String?
    public var text: String?
    public var span: Span

    public init(subject: Subject, what: TotalKind, count: Int, year: Int? = nil, approx: Bool = false,
                rule: String? = nil, text: String? = nil, span: Span) {
        self.subject = subject; self.what = what; self.count = count; self.year = year; self.approx = approx
        self.rule = rule; self.text = text; self.span = span
    }

    enum CodingKeys: String, CodingKey { case subject, what, count, year, approx, rule, text, span }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        subject = try c.decode(Subject.self, forKey: .subject)
        what = try c.decode(TotalKind.self, forKey: .what)
        count = try c.decode(Int.self, forKey: .count)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        approx = try c.decodeIfPresent(Bool.self, forKey: .approx) ?? false
        rule = try c.decodeIfPresent(String.self, forKey: .rule)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        span = try c.decodeIfPresent(Span.self, forKey: .span) ?? Span(0, 0)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(subject, forKey: .subject)
        try c.encode(what, forKey: .what)
        try c.encode(count, forKey: .count)
        try c.encode(year, forKey: .year)
        try c.encode(approx, forKey: .approx)
        try c.encodeIfPresent(rule, forKey: .rule)
        try c.encodeIfPresent(text, forKey: .text)
        try c.encode(span, forKey: .span)
    }
}

/// A consistency problem found in the figures.
public struct Finding: Codable, Sendable, Equatable {
    public var rule: Rule
    public var severity: Severity
    public var message: String
    public var spans: [Span]
    /// The numbers the rule compared, by name ("HTXSNV": 6, "HTTNV": 21, "cap": 4.2).
    public var compared: [String: Double]
    /// For cross-article findings: the other article's id.
    public var otherArticle: String?

    public init(rule: Rule, severity: Severity, message: String, spans: [Span], compared: [String: Double] = [:],
                otherArticle: String? = nil) {
        self.rule = rule; self.severity = severity; self.message = message; self.spans = spans
        self.compared = compared; self.otherArticle = otherArticle
    }

    enum CodingKeys: String, CodingKey { case rule, severity, message, spans, compared, otherArticle }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rule = try c.decode(Rule.self, forKey: .rule)
        severity = try c.decode(Severity.self, forKey: .severity)
        message = try c.decode(String.self, forKey: .message)
        spans = try c.decodeIfPresent([Span].self, forKey: .spans) ?? []
        compared = try c.decodeIfPresent([String: Double].self, forKey: .compared) ?? [:]
        otherArticle = try c.decodeIfPresent(String.self, forKey: .otherArticle)
    }
}
