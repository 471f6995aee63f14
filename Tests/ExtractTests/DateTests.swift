import Foundation
import Testing
import KiemdiemCore
import KiemdiemTokenize
@testable import KiemdiemExtract

/// One row of Tables/dates.tsv.
struct DateRow: CustomTestStringConvertible, Sendable {
    let input: String
    let reference: String
    let expected: [String]
    var testDescription: String { input }

    static func load() throws -> [DateRow] {
        try ExtractTable.rows("dates.tsv").map { DateRow(input: $0[0], reference: $0[1], expected: Array($0.dropFirst(2))) }
    }
}

@Suite("Dates (Tables/dates.tsv)")
struct DateTests {
    @Test(arguments: try DateRow.load())
    func row(_ row: DateRow) {
        let (doc, got) = Fixtures.locked { () -> (Document, [DateMention]) in
            let doc = Fixtures.tokenizer.analyze(row.input)
            return (doc, Fixtures.dates.dates(in: doc, reference: CalendarDate(iso: row.reference)))
        }
        let want = row.expected == ["-"] ? [] : row.expected
        #expect(got.map(Self.describe) == want, "\(row.input)")
        for m in got { #expect(doc.slice(m.span.start, m.span.end) == m.text) }
    }

    static func describe(_ m: DateMention) -> String {
        [m.text, m.start, m.end, m.grain.rawValue].joined(separator: "|") + (m.planned ? "|planned" : "")
    }

    @Test func calendarArithmetic() throws {
        let d = try #require(CalendarDate(iso: "2020-12-08"))
        #expect(d.weekday == 2)                                   // a Tuesday
        #expect(d.adding(days: 24).description == "2021-01-01")
        #expect(CalendarDate(iso: "2020-02-29T17:41") != nil)
        #expect(CalendarDate(iso: "2021-02-29") == nil)
        #expect(CalendarDate(year: 2021, month: 11, day: 31).description == "2021-11-31")
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(CalendarDate(iso: "2017-02-02")!.weekday == 4)
        #expect(d < CalendarDate(iso: "2021-01-01")!)
    }

    @Test func withoutReferenceTheYearComesFromTheText() {
        let doc = Fixtures.tokenizer.analyze("Năm 2020, ngày 02/12 Chi bộ họp. Hôm nay họp tiếp.")
        let got = Fixtures.locked { Fixtures.dates.dates(in: doc, reference: nil) }
        #expect(got.map(\.start) == ["2020", "2020-12-02"])
    }
}
