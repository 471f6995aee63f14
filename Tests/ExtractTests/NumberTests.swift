import Foundation
import Testing
import KiemdiemCore
import KiemdiemTokenize
@testable import KiemdiemExtract

/// Reads the extractor tables under Tables/ (tab-separated, "#" comments).
enum ExtractTable {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Tables")

    /// The rows of `name`, each split at tabs.
    static func rows(_ name: String) throws -> [[String]] {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// `Tests/Fixtures`: outside data the tests need, copied into the repository (see its README).
    static var shared: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("Tests/Fixtures")
    }
}

/// Shared analysis objects for the extractor tests (one thread at a time: ICU state).
enum Fixtures {
    static let lock = NSLock()
    static let tokenizer = try! Tokenizer()
    static let numbers = try! NumberExtractor()
    static let dates = try! DateExtractor()
    static let documents = try! DocumentExtractor()

    static func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }

    /// Tokenizes under the lock (the tokenizer keeps ICU state).
    static func analyze(_ text: String) -> Document { locked { tokenizer.analyze(text) } }
}

/// One row of Tables/numbers.tsv.
struct NumberRow: CustomTestStringConvertible, Sendable {
    let mode: String
    let input: String
    let expected: [String]
    var testDescription: String { "\(mode) \(input)" }

    static func load() throws -> [NumberRow] {
        try ExtractTable.rows("numbers.tsv").map { NumberRow(mode: $0[0], input: $0[1], expected: Array($0.dropFirst(2))) }
    }
}

@Suite("Numbers (Tables/numbers.tsv)")
struct NumberTests {
    @Test(arguments: try NumberRow.load())
    func row(_ row: NumberRow) {
        if row.mode == "parse" {
            let got = Fixtures.locked { Fixtures.numbers.parseNumber(row.input) }
            if row.expected.first == "-" { #expect(got == nil) } else {
                #expect(got == Double(row.expected[0]), "parseNumber(\(row.input))")
            }
            return
        }
        let (doc, got) = Fixtures.locked { () -> (Document, [NumberMention]) in
            let doc = Fixtures.tokenizer.analyze(row.input)
            return (doc, Fixtures.numbers.numbers(in: doc))
        }
        let want = row.expected == ["-"] ? [] : row.expected
        let described = got.map(Self.describe)
        #expect(described == want.map(Self.canonical), "\(row.input)")
        for m in got {
            #expect(doc.slice(m.span.start, m.span.end) == m.text)
        }
    }

    /// "TEXT|value|flags" of a mention, flags sorted.
    static func describe(_ m: NumberMention) -> String {
        var flags: [String] = []
        if m.isPercent { flags.append("pct") }
        if let of = m.of { flags.append("of=\(of)") }
        if m.approx { flags.append("approx") }
        if m.spelledOut { flags.append("words") }
        let value = m.intValue.map(String.init) ?? String(m.value)
        return ([m.text, value] + (flags.isEmpty ? [] : [flags.sorted().joined(separator: ",")])).joined(separator: "|")
    }

    static func canonical(_ s: String) -> String {
        var parts = s.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1, let v = Double(parts[1]) {
            parts[1] = v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : String(v)
        }
        if parts.count > 2 { parts[2] = parts[2].split(separator: ",").map(String.init).sorted().joined(separator: ",") }
        return parts.joined(separator: "|")
    }

    @Test func spansPointIntoTheNormalizedText() {
        let text = "Đảng bộ có 1.234 đảng viên, trong đó gần 120 đảng viên (9,7%) và hai mươi mốt chi bộ."
        let got = Fixtures.locked { Fixtures.numbers.numbers(in: Fixtures.tokenizer.analyze(text)) }
        let scalars = Array(text.unicodeScalars)
        #expect(got.count == 4)
        for m in got {
            var view = String.UnicodeScalarView(); view.append(contentsOf: scalars[m.span.start..<m.span.end])
            #expect(String(view) == m.text)
        }
        #expect(got.first(where: { $0.value == 120 })?.qualifierStart == text.unicodeScalars.count - Array("gần 120 đảng viên (9,7%) và hai mươi mốt chi bộ.".unicodeScalars).count)
    }
}

@Suite("Numbers outside dates")
struct NumbersOutsideDatesTests {
    @Test func datesAndTheirDigitsAreLeftOut() {
        let doc = Fixtures.analyze("Sáng nay (8/12), có 02/10 đồng chí và 21 chi bộ; ngày 25 - 28/11/2020.")
        let got = Fixtures.locked { () -> [NumberMention] in
            let dates = Fixtures.dates.dates(in: doc, reference: CalendarDate(iso: "2020-12-08"))
            return Fixtures.numbers.numbers(in: doc, excluding: dates.map(\.span))
        }
        #expect(got.map(\.text) == ["02/10", "21"])
    }
}
