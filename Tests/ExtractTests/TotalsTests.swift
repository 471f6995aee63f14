import Testing
import KiemdiemCore
import KiemdiemExtract

@Suite struct TotalsTests {
    static let extractor = try! RatingExtractor()

    @Test("totals table", arguments: Tables.rows("totals.tsv"))
    func table(_ row: TableRow) {
        let doc = Shared.analyze(row.cells[0])
        let totals = Self.extractor.extract(doc, year: 2020).totals
        let rendered = totals.isEmpty ? "none" : totals.map { "\($0.subject.rawValue) \($0.what.rawValue) \($0.count)" }.joined(separator: "; ")
        #expect(rendered == row.cells[1])
        for t in totals {
            #expect(doc.slice(t.span.start, t.span.end) == t.text)
        }
    }
}
