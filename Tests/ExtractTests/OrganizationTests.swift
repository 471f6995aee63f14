import Testing
import KiemdiemCore
import KiemdiemExtract

@Suite struct OrganizationTests {
    static let extractor = try! OrganizationExtractor()

    @Test("organization table", arguments: Tables.rows("organization.tsv"))
    func table(_ row: TableRow) {
        let title = row.cells[0] == "-" ? nil : Shared.analyze(row.cells[0])
        let body = Shared.analyze(row.cells[1])
        let org = Self.extractor.organization(title: title, body: body)
        let rendered = org.map { o in [o.name, o.unit, o.place, o.parent].map { $0 ?? "-" }.joined(separator: " / ") } ?? "none"
        #expect(rendered == row.cells[2])
        if let o = org, let span = o.span {
            // The span points at a mention of the body in the body text.
            #expect(body.slice(span.start, span.end).hasSuffix(o.place ?? ""))
        }
    }
}
