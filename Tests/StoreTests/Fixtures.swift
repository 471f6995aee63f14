import Foundation
import GRDB
import Kiemdiem

/// A temporary folder removed when the value goes away.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A record with one figure per call, evidence appended to the text.
struct Rec {
    var r: ArticleRecord
    init(_ id: String, org: String = "Đảng ủy phường Thượng Thanh", year: Int = 2020, title: String = "Đánh giá năm 2020",
         published: String = "2020-12-08T17:41") {
        r = ArticleRecord(id: id, source: Source(path: "\(id).txt", format: "text"), title: title, published: published,
                          text: "", year: year, organization: Organization(name: org, unit: "phường", place: nil, parent: nil))
    }
    mutating func span(_ t: String) -> Span {
        if !r.text.isEmpty { r.text += " " }
        let s = r.text.unicodeScalars.count
        r.text += t
        return Span(s, s + t.unicodeScalars.count)
    }
    mutating func rating(_ subject: Subject, _ stage: Stage, _ level: Level, _ count: Int) {
        let t = "\(count) \(level.rawValue)"
        r.ratings.append(Rating(subject: subject, stage: stage, level: level, count: count, year: r.year, text: t, span: span(t)))
    }
    mutating func total(_ subject: Subject, _ what: TotalKind, _ count: Int) {
        r.totals.append(Total(subject: subject, what: what, count: count, span: span("tổng số \(count)")))
    }
    mutating func date(_ d: String, _ text: String) {
        r.dates.append(DateMention(start: d, end: d, grain: .day, text: text, span: span(text)))
    }

    /// Records for the cross-article tests: three organizations, one written
    /// two ways ("Đảng ủy"/"Đảng bộ": one key), disagreeing figures inside
    /// each; figures of other years than the article's (their own year, or
    /// none: the article's), so one article's findings come from several
    /// years, 999 sorting after 2018 as text as the rule orders them; an
    /// approximate figure (never compared); articles without organization.
    static func crossArticleSample(count: Int, idBase: Int) -> [ArticleRecord] {
        let orgs = ["Đảng ủy phường Thượng Thanh", "Đảng bộ phường Thượng Thanh", "Đảng ủy xã An Bình", "Đảng ủy phường Bồ Đề"]
        return (0..<count).map { k in
            var b = Rec(String(format: "%016x", idBase + k), org: orgs[k % orgs.count], year: 2019 + k % 2)
            b.rating(.chiBo, .approved, .HTXSNV, 5 + k % 3)
            b.rating(.dangVien, .approved, .HTNV, 100 + k % 5)
            if k % 3 == 0 { var x = b.r.ratings[0]; x.year = 2018; x.count = 3 + k % 4; b.r.ratings.append(x) }
            if k % 4 == 1 { var x = b.r.ratings[1]; x.year = nil; x.level = .HTTNV; x.count = 1 + k % 2; b.r.ratings.append(x) }
            if k % 5 == 2 { var x = b.r.ratings[0]; x.year = 999; x.count = k % 2; b.r.ratings.append(x) }
            if k % 6 == 3 { var x = b.r.ratings[1]; x.approx = true; x.count = 7 + k; b.r.ratings.append(x) }
            if k % 7 == 0 { b.r.organization = nil }
            return b.r
        }
    }

    static func seed(_ id: String = "aaaaaaaaaaaaaaa1") -> ArticleRecord {
        var b = Rec(id)
        b.rating(.chiBo, .proposed, .HTXSNV, 21); b.rating(.chiBo, .proposed, .HTTNV, 6)
        b.rating(.chiBo, .approved, .HTXSNV, 6); b.rating(.chiBo, .approved, .HTTNV, 21)
        b.rating(.dangVien, .approved, .HTXSNV, 126); b.rating(.dangVien, .approved, .HTTNV, 720); b.rating(.dangVien, .approved, .HTNV, 20)
        b.total(.dangVien, .evaluated, 866)
        b.date("2020-11-18", "ngày 18/11/2020")
        b.r.documents.append(DocumentReference(kind: "KH", kindName: "Kế hoạch", number: "07", issuer: "ĐU", year: nil,
                                               date: "2020-11-18", text: "Kế hoạch số 07-KH/ĐU", span: b.span("Kế hoạch số 07-KH/ĐU")))
        b.r.officials.append(Official(name: "Phạm Thị Minh Hồng", titles: ["Bí thư Đảng ủy"], span: b.span("Phạm Thị Minh Hồng")))
        return Checks.checked(b.r)
    }
}

/// Every row of every table, as text, in a fixed order: two stores with the
/// same dump hold the same data.
func dump(_ path: String) throws -> String {
    let q = try DatabaseQueue(path: path)
    return try q.read { db in
        var out = ""
        for table in ["article", "article_source", "rating", "total", "document", "official", "date_mention", "finding", "failed_input"] {
            // Findings with their message text (a shared cross-article message's id depends on insertion order).
            let sql = table == "finding"
                ? "SELECT f.article_id, f.scope, f.idx, f.rule, f.severity, COALESCE(m.message, f.message) AS message, f.spans_json, f.other_article, f.compared_json FROM finding f LEFT JOIN finding_message m ON m.id = f.message_id ORDER BY 1, 2, 3"
                : "SELECT * FROM \(table) ORDER BY \(table == "failed_input" ? "1" : "1, 2, 3")"
            for row in try Row.fetchAll(db, sql: sql) {
                out += table + " " + row.description + "\n"
            }
        }
        return out
    }
}

/// A test extractor: lines "ORG name", "YEAR y", "R subject stage level count" make the record.
func stubExtract(_ post: IngestedPost) throws -> ArticleRecord {
    if post.text.contains("BROKEN") { throw ExtractionFailure("no article layout") }
    var b = Rec(post.id)
    b.r.source = post.source
    b.r.organization = nil
    for line in post.text.split(separator: "\n") {
        let f = line.split(separator: " ").map(String.init)
        switch f.first {
        case "ORG": b.r.organization = Organization(name: f.dropFirst().joined(separator: " "), unit: nil, place: nil, parent: nil)
        case "YEAR": b.r.year = Int(f[1])
        case "R": b.rating(Subject(rawValue: f[1])!, Stage(rawValue: f[2])!, Level(rawValue: f[3])!, Int(f[4])!)
        default: break
        }
    }
    return b.r
}
