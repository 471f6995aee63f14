import Testing
import KiemdiemCore
import KiemdiemExtract

@Suite struct OfficialsTests {
    static let extractor = try! OfficialExtractor()

    static func render(_ officials: [Official]) -> String {
        officials.isEmpty ? "-" : officials.map { "\($0.name): \($0.titles.joined(separator: " | "))" }.joined(separator: "; ")
    }

    @Test("officials table", arguments: Tables.rows("officials.tsv"))
    func table(_ row: TableRow) {
        let doc = Shared.analyze(row.cells[0])
        let found = Self.extractor.officials(in: doc)
        #expect(Self.render(found) == row.cells[1])
        // Each official's span lies in the text and covers the name.
        for o in found {
            #expect(doc.slice(o.span.start, o.span.end).contains(o.name))
        }
    }

    @Test func tableIsNotEmpty() { #expect(Tables.rows("officials.tsv").count >= 10) }
}
