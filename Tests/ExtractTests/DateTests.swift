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
        let doc = Fixtures.analyze("Năm 2020, ngày 02/12 Chi bộ họp. Hôm nay họp tiếp.")
        let got = Fixtures.locked { Fixtures.dates.dates(in: doc, reference: nil) }
        #expect(got.map(\.start) == ["2020", "2020-12-02"])
    }
}

/// Phrases glued from the pieces the rules look for, in random order: every
/// mention must still point at its own text, and ranges must be well formed.
/// FUZZ_SEED and FUZZ_N (environment) run other or more phrases than the default 1500.
@Suite("Extractors on scrambled phrases")
struct ExtractorRobustnessTests {
    static let pieces = [
        "ngày", "từ", "đến", "-", "/", ",", "và", "tháng", "năm", "quý", "IV/2020", "nhiệm kỳ", "2020", "2025", "25",
        "28/11/2020", "02/12", "30/4", "16-9", "6.1", "Sáng", "thứ", "hai", "chủ nhật", "tuần", "tới", "trước", "này",
        "hôm nay", "mười", "mươi", "lăm", "không có", "nào", "gần", "%", "8,3", "1.234", "02/10", "số", "Kế hoạch",
        "07-KH/ĐU", "30/2020/NĐ-CP", "Hướng dẫn", "35", "tỷ lệ", "31/11/2021", "12/2024", "mồng", "qua", "vừa", "sẽ",
        "\n", "12", "0912.345.678", "Covid-19", "I", "trăm", "nghìn", "linh", "(", ")", "3/3/17", "đường",
    ]

    /// A small deterministic generator (no global randomness in tests).
    struct Generator { var state: UInt64; mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    } }

    @Test func scrambledPhrases() {
        var g = Generator(state: UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "42")!)
        for _ in 0..<(Int(ProcessInfo.processInfo.environment["FUZZ_N"] ?? "1500")!) {
            let n = 2 + g.next(10)
            let phrase = (0..<n).map { _ in Self.pieces[g.next(Self.pieces.count)] }.joined(separator: g.next(4) == 0 ? "" : " ")
            let doc = Fixtures.analyze(phrase)
            let (dates, refs, nums) = Fixtures.locked { () -> ([DateMention], [DocumentReference], [NumberMention]) in
                let ref = CalendarDate(year: 2020, month: 12, day: 8)
                let dates = Fixtures.dates.dates(in: doc, reference: g.next(2) == 0 ? ref : nil)
                return (dates, Fixtures.documents.documents(in: doc, dates: dates), Fixtures.numbers.numbers(in: doc))
            }
            let count = doc.scalars.count
            for d in dates {
                #expect(d.span.end <= count && doc.slice(d.span.start, d.span.end) == d.text, "\(phrase)")
                #expect(d.start.count == d.end.count, "\(phrase): \(d.start)..\(d.end)")
            }
            for r in refs { #expect(r.span.end <= count && doc.slice(r.span.start, r.span.end) == r.text, "\(phrase)") }
            for m in nums { #expect(m.span.end <= count && doc.slice(m.span.start, m.span.end) == m.text && m.value.isFinite, "\(phrase)") }
            // Mentions do not overlap one another.
            for (a, b) in zip(dates, dates.dropFirst()) { #expect(a.span.end <= b.span.start, "\(phrase)") }
        }
    }
}
