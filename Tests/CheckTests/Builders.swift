import KiemdiemCore
@testable import KiemdiemCheck

/// Small record builders: every figure gets its own evidence text and a
/// distinct span so tests can see which figures a finding points at.
struct RecordBuilder {
    var record: ArticleRecord
    private var next = 0

    init(id: String = "a000000000000001", title: String? = nil, published: String? = "2020-12-08T17:41",
         year: Int? = 2020, org: String? = "Đảng ủy phường Thượng Thanh") {
        record = ArticleRecord(id: id, source: Source(path: "t.txt", format: "text"), title: title,
                               published: published, text: "", year: year,
                               organization: org.map { Organization(name: $0, unit: "phường", place: nil, parent: nil) })
    }

    /// Appends `text` as a sentence of its own; the record's text always ends with "."
    /// (a text ending inside a figure would read as an excerpt cut off there).
    private mutating func append(_ text: String) -> Span {
        if record.text.hasSuffix(".") { record.text.removeLast() }
        if !record.text.isEmpty { record.text += ". " }
        let start = record.text.unicodeScalars.count
        record.text += text + "."
        return Span(start, start + text.unicodeScalars.count)
    }

    @discardableResult
    mutating func rating(_ subject: Subject, _ stage: Stage, _ level: Level, _ count: Int?, percent: Double? = nil,
                         of: Int? = nil, approx: Bool = false, year: Int? = nil, orAbove: Bool = false,
                         text: String? = nil) -> Span {
        let t = text ?? "\(count.map(String.init) ?? "") \(subject.rawValue) \(level.rawValue)"
        let span = append(t)
        record.ratings.append(Rating(subject: subject, stage: stage, level: level, count: count, percent: percent, of: of,
                                     approx: approx, year: year, orAbove: orAbove, text: t, span: span))
        return span
    }

    @discardableResult
    mutating func total(_ subject: Subject, _ what: TotalKind, _ count: Int) -> Span {
        let span = append("tổng \(count)")
        record.totals.append(Total(subject: subject, what: what, count: count, span: span))
        return span
    }

    @discardableResult
    mutating func date(_ start: String, _ end: String? = nil, grain: DateGrain = .day, text: String? = nil, planned: Bool = false) -> Span {
        let t = text ?? "ngày \(start)"
        let span = append(t)
        record.dates.append(DateMention(start: start, end: end ?? start, grain: grain, text: t, span: span, planned: planned))
        return span
    }

    /// The Thượng Thanh 2020 figures of the seed article.
    static func thuongThanh2020() -> RecordBuilder {
        var b = RecordBuilder(title: "Đảng ủy phường Thượng Thanh đánh giá, phân loại chi bộ năm 2020")
        b.rating(.chiBo, .proposed, .HTXSNV, 21)
        b.rating(.chiBo, .proposed, .HTTNV, 6)
        b.rating(.chiBo, .approved, .HTXSNV, 6)
        b.rating(.chiBo, .approved, .HTTNV, 21)
        b.rating(.dangVien, .proposed, .HTXSNV, 139)
        b.rating(.dangVien, .proposed, .HTTNV, 707)
        b.rating(.dangVien, .proposed, .HTNV, 20)
        b.rating(.dangVien, .approved, .HTXSNV, 126)
        b.rating(.dangVien, .approved, .HTTNV, 720)
        b.rating(.dangVien, .approved, .HTNV, 20)
        b.total(.dangVien, .evaluated, 866)
        return b
    }
}

func rules(_ fs: [Finding]) -> [Rule] { fs.map(\.rule) }
