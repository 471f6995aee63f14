import Foundation
import Testing
import KiemdiemCore
import KiemdiemTokenize
@testable import KiemdiemExtract

/// One row of Tables/documents.tsv.
struct DocumentRow: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: [String]
    var testDescription: String { input }

    static func load() throws -> [DocumentRow] {
        try ExtractTable.rows("documents.tsv").map { DocumentRow(input: $0[0], expected: Array($0.dropFirst())) }
    }
}

@Suite("Documents (Tables/documents.tsv)")
struct DocumentTests {
    @Test(arguments: try DocumentRow.load())
    func row(_ row: DocumentRow) {
        let (doc, got) = Fixtures.locked { () -> (Document, [DocumentReference]) in
            let doc = Fixtures.tokenizer.analyze(row.input)
            let dates = Fixtures.dates.dates(in: doc, reference: CalendarDate(year: 2021, month: 1, day: 10))
            return (doc, Fixtures.documents.documents(in: doc, dates: dates))
        }
        let want = row.expected == ["-"] ? [] : row.expected
        #expect(got.map(Self.describe) == want, "\(row.input)")
        for r in got { #expect(doc.slice(r.span.start, r.span.end) == r.text) }
    }

    static func describe(_ r: DocumentReference) -> String {
        [r.text, r.kind ?? "-", r.kindName ?? "-", r.number, r.issuer ?? "-", r.year.map(String.init) ?? "-", r.date ?? "-"]
            .joined(separator: "|")
    }

    @Test func documentDatesAreAlsoDateMentions() {
        let doc = Fixtures.analyze("Thực hiện Kế hoạch số 07-KH/ĐU, ngày 18/11/2020 của Đảng ủy phường.")
        let (dates, refs) = Fixtures.locked { () -> ([DateMention], [DocumentReference]) in
            let dates = Fixtures.dates.dates(in: doc, reference: CalendarDate(iso: "2020-12-08"))
            return (dates, Fixtures.documents.documents(in: doc, dates: dates))
        }
        #expect(dates.map(\.start) == ["2020-11-18"])
        #expect(refs.first?.date == "2020-11-18")
        #expect(refs.first.map { $0.span.contains(dates[0].span) } == true)
    }

    @Test func catalogNamesAndCodes() {
        let c = Fixtures.documents.catalog
        #expect(c.name(of: "QĐ", party: true) == "Quyết định")
        #expect(c.name(of: "TT", party: false) == "Thông tư")
        #expect(c.name(of: "TT", party: true) == "Thông tri")
        #expect(c.code(ofName: "Hướng dẫn") == "HD")
        #expect(c.code(ofName: "quy định") == "QĐ")
        #expect(c.issuers["ĐU"] == "Đảng ủy")
    }
}

/// The seed article (`Tests/Fixtures/seeds/`): its body's dates and its plan.
@Suite("Seed article dates and documents")
struct SeedDatesAndDocumentsTests {
    @Test func seed() throws {
        let folder = try #require(ExtractTable.shared).appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().first)
        let raw = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = raw.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("Ngày đăng") })
        let body = lines[(header + 1)...].joined(separator: "\n")
        let doc = Fixtures.analyze(body)
        let (dates, refs) = Fixtures.locked { () -> ([DateMention], [DocumentReference]) in
            let dates = Fixtures.dates.dates(in: doc, reference: CalendarDate(iso: "2020-12-08"))
            return (dates, Fixtures.documents.documents(in: doc, dates: dates))
        }
        let days = dates.filter { $0.grain == .day }.map { "\($0.start)..\($0.end)" }
        #expect(days == ["2020-12-08..2020-12-08", "2020-11-18..2020-11-18", "2020-11-25..2020-11-28"])
        // Every other mention is a "năm 2020".
        #expect(dates.filter { $0.grain != .day }.allSatisfy { $0.start == "2020" && $0.grain == .year && $0.text.lowercased() == "năm 2020" })
        #expect(dates.allSatisfy { !$0.planned })
        #expect(refs.map { "\($0.kind ?? "-") \($0.number) \($0.issuer ?? "-") \($0.date ?? "-")" } == ["KH 07 ĐU 2020-11-18"])
        let range = try #require(dates.first { $0.end == "2020-11-28" })
        #expect(range.text == "Từ ngày 25 - 28/11/2020")
    }
}
