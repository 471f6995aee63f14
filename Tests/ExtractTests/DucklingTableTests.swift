import Foundation
import Testing
import KiemdiemCore
import KiemdiemTokenize
@testable import KiemdiemExtract

/// Duckling's Vietnamese examples (`Tests/Fixtures/data/duckling-vi/`, BSD licence,
/// see the README and LICENSE there) as test tables.
enum Duckling {
    static var folder: URL? { ExtractTable.shared?.appendingPathComponent("data/duckling-vi") }

    static func lines(_ name: String) -> [[String: Any]] {
        guard let url = folder?.appendingPathComponent(name),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }
}

struct DucklingNumber: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: Double
    var testDescription: String { text }
    static func load() -> [DucklingNumber] {
        Duckling.lines("numeral.jsonl").compactMap { row in
            guard let t = row["text"] as? String, let e = (row["expected"] as? NSNumber)?.doubleValue else { return nil }
            return DucklingNumber(text: t, expected: e)
        }
    }
}

struct DucklingTime: CustomTestStringConvertible, Sendable {
    let text: String
    let reference: String
    let type: String
    /// value, or the interval's start.
    let start: String
    /// The interval's exclusive end.
    let to: String?
    let grain: String
    var testDescription: String { text }
    static func load() -> [DucklingTime] {
        Duckling.lines("time.jsonl").compactMap { row in
            guard let t = row["text"] as? String, let ref = row["reference_time"] as? String,
                  let e = row["expected"] as? [String: Any], let type = e["type"] as? String,
                  let grain = e["grain"] as? String,
                  let start = (e["value"] as? String) ?? (e["from"] as? String) else { return nil }
            return DucklingTime(text: t, reference: ref, type: type, start: start, to: e["to"] as? String, grain: grain)
        }
    }
}

@Suite("Duckling's Vietnamese examples")
struct DucklingTableTests {
    /// Phrases outside the record's date model: durations counted in seconds,
    /// minutes or hours. Dates here have at most day precision
    /// (DateGrain), and the annotation guideline leaves clock times out.
    static let outOfScope: [String: String] = [
        "2 giây vừa rồi": "seconds", "3 giây tới": "seconds", "3 giây tiếp theo": "seconds", "3 s tiếp theo": "seconds",
        "2 phút vừa rồi": "minutes", "3 phút tới": "minutes", "3 phút tiếp theo": "minutes",
        "một tiếng vừa rồi": "hours", "1 giờ vừa qua": "hours", "3 tiếng tiếp theo": "hours", "3 giờ tới": "hours",
    ]

    @Test func tablesAreThere() {
        #expect(DucklingNumber.load().count == 53)
        #expect(DucklingTime.load().count == 132)
    }

    @Test(arguments: DucklingNumber.load())
    func number(_ row: DucklingNumber) {
        let got = Fixtures.locked { Fixtures.numbers.parseNumber(row.text) }
        #expect(got == row.expected)
    }

    @Test(arguments: DucklingTime.load().filter { outOfScope[$0.text] == nil })
    func time(_ row: DucklingTime) throws {
        let reference = try #require(CalendarDate(iso: row.reference))
        let doc = Fixtures.analyze(row.text)
        let got = Fixtures.locked { Fixtures.dates.dates(in: doc, reference: reference) }
        let m = try #require(got.first, "no date in \(row.text)")
        #expect(got.count == 1)
        #expect(m.text == doc.text, "the mention covers the whole phrase")
        let from = try #require(CalendarDate(iso: row.start))
        switch row.grain {
        case "day", "month", "quarter", "year":
            #expect(m.grain.rawValue == row.grain)
            #expect(m.start == Self.format(from, row.grain))
            if let to = row.to.flatMap(CalendarDate.init(iso:)) {
                #expect(m.end == Self.format(Self.before(to, row.grain), row.grain))
            } else {
                #expect(m.end == m.start)
            }
        case "week":
            // A week is the day range Monday to Sunday.
            #expect(m.grain == .day)
            #expect(m.start == from.description)
            #expect(m.end == from.adding(days: 6).description)
        default:
            // Parts of a day ("tối nay", "sáng chủ nhật"): the day.
            #expect(m.grain == .day)
            #expect(m.start == from.description && m.end == from.description)
        }
    }

    static func format(_ d: CalendarDate, _ grain: String) -> String {
        switch grain {
        case "month": return String(d.description.prefix(7))
        case "quarter": return "\(d.year)-Q\(d.quarter)"
        case "year": return String(d.year)
        default: return d.description
        }
    }

    /// The last unit before an exclusive end.
    static func before(_ d: CalendarDate, _ grain: String) -> CalendarDate {
        switch grain {
        case "month": let (y, m) = d.addingMonths(-1); return CalendarDate(year: y, month: m, day: 1)
        case "quarter": let (y, m) = d.addingMonths(-3); return CalendarDate(year: y, month: m, day: 1)
        case "year": return CalendarDate(year: d.year - 1, month: 1, day: 1)
        default: return d.adding(days: -1)
        }
    }
}
