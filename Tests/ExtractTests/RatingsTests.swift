import Foundation
import Testing
import KiemdiemCore
import KiemdiemExtract

@Suite struct RatingsTests {
    static let extractor = try! RatingExtractor()

    static func render(_ r: Rating) -> String {
        var s = "\(r.subject.rawValue) \(r.stage.rawValue) \(r.level.rawValue) \(r.count.map(String.init) ?? "-")"
        if let p = r.percent { s += " %" + (p == p.rounded() ? String(Int(p)) : String(p)) }
        if let o = r.of { s += " /\(o)" }
        if r.approx { s += " ~" }
        if r.bound == .lower { s += " >" } else if r.bound == .upper { s += " <" }
        if r.orAbove { s += " +" }
        if let w = r.within { s += " w\(w)" }
        if let y = r.year { if y != 2020 { s += " y\(y)" } } else { s += " y-" }
        return s
    }

    @Test("ratings table", arguments: Tables.rows("ratings.tsv"))
    func table(_ row: TableRow) {
        let doc = Shared.analyze(row.cells[0])
        let ratings = Self.extractor.extract(doc, year: 2020).ratings
        let rendered = ratings.isEmpty ? "none" : ratings.map(Self.render).joined(separator: "; ")
        #expect(rendered == row.cells[1])
        for r in ratings {
            // The evidence is the text under the span.
            #expect(doc.slice(r.span.start, r.span.end) == r.text)
        }
    }

    @Test func spelledOutLevelsCoverEveryCode() throws {
        // Every level code of the contract can be produced from the phrase list.
        let doc = Shared.analyze("Có 1 chi bộ HTXSNV, 2 chi bộ HTTNV, 3 chi bộ HTNV, 4 chi bộ KHTNV, 5 chi bộ TSVMTB, 6 chi bộ TSVM, 7 chi bộ yếu kém, 8 đảng viên vi phạm tư cách.")
        let levels = Self.extractor.extract(doc, year: 2016).ratings.map(\.level)
        #expect(Set(levels) == Set(Level.allCases))
    }
}
