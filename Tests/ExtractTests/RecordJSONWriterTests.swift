import Foundation
import Testing
import Kiemdiem

/// `RecordJSONWriter` must write exactly the bytes Foundation's JSONEncoder
/// (sorted keys, unescaped slashes) writes: records already stored and
/// outputs already published were made with it.
@Suite struct RecordJSONWriterTests {
    static func foundationBytes(_ r: ArticleRecord) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try e.encode(r))
    }

    static func expectSame(_ r: ArticleRecord, _ label: String) throws {
        let mine = RecordJSONWriter.encode(r)
        let theirs = try foundationBytes(r)
        #expect(mine == theirs, "\(label): \(String(decoding: mine ?? [], as: UTF8.self)) vs \(String(decoding: theirs, as: UTF8.self))")
    }

    /// Every corpus article's checked record, and its format twins.
    @Test func corpusRecordsEncodeAlike() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus").path
        try #require(FileManager.default.fileExists(atPath: corpus), "corpus/ is missing from the package")
        let pipeline = try Pipeline()
        var n = 0
        for case .success(let path) in pipeline.reader.expand([corpus]) {
            for item in pipeline.reader.read(path) {
                guard case .success(let post) = item else { continue }
                try Self.expectSame(pipeline.record(for: post), path)
                n += 1
            }
        }
        #expect(n >= 40)
    }

    /// Quotes, backslashes, slashes, every control character, DEL, line and
    /// paragraph separators, combining marks, non-BMP scalars, in every
    /// string field; numbers at the edges; optionals present and absent.
    @Test func awkwardValuesEncodeAlike() throws {
        var odd = "a\"b\\c/d</script>\u{7F}\u{2028}\u{2029}\u{FEFF}e\u{301}😀𝕏 Đảng ủy"
        for c in 0..<0x20 { odd.unicodeScalars.append(Unicode.Scalar(UInt8(c))) }
        let percents: [Double?] = [nil, 0, 8.3, 98.1, 75, 100, 0.1 + 0.2, 1e-7, 1e21, 123456789.125, -0.0, -2.5, 33.333333333333336]
        for (k, p) in percents.enumerated() {
            let span = Span(k, k + 3)
            let r = ArticleRecord(
                id: odd, source: Source(path: k % 2 == 0 ? odd : nil, url: k % 3 == 0 ? "http://x/y?a=1&b=\"2\"" : nil,
                                        format: "jsonl", conversion: k % 2 == 1 ? "tcvn3" : nil),
                title: k % 2 == 0 ? odd : nil, category: k % 3 == 1 ? odd : nil, published: "2020-12-08T17:41",
                views: k % 2 == 0 ? Int.max : -k, text: odd, year: k % 2 == 0 ? 2020 : nil,
                organization: k % 4 == 3 ? nil : Organization(name: odd, unit: k % 2 == 0 ? "xã" : nil, place: odd, parent: nil,
                                                               span: k % 2 == 0 ? span : nil),
                dates: [DateMention(start: "2020-11-25", end: "2020-11-28", grain: .day, text: odd, span: span, planned: k % 2 == 0)],
                documents: [DocumentReference(kind: "KH", kindName: k % 2 == 0 ? nil : odd, number: "07", issuer: "ĐU",
                                              year: k % 2 == 0 ? nil : 2020, date: nil, text: odd, span: span)],
                officials: [Official(name: odd, titles: k % 2 == 0 ? [] : [odd, "Bí thư"], span: span)],
                ratings: [Rating(subject: .dangVien, stage: .approved, level: .HTXSNV, count: k % 2 == 0 ? nil : Int.min,
                                 percent: p, of: k, approx: k % 2 == 0, year: 2020, orAbove: k % 3 == 0, text: odd, span: span)],
                totals: [Total(subject: .chiBo, what: .all, count: 0, text: k % 2 == 0 ? odd : nil, span: span)],
                findings: [Finding(rule: .sumMismatch, severity: .error, message: odd, spans: k % 2 == 0 ? [] : [span, span],
                                   otherArticle: k % 2 == 0 ? nil : odd)])
            try Self.expectSame(r, "case \(k)")
            // The store's lists: titles and finding spans.
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for titles in [[], [odd], [odd, "Bí thư", ""]] {
                #expect(RecordJSONWriter.encode(strings: titles) == String(decoding: try e.encode(titles), as: UTF8.self))
            }
            for spans in [[], [span], [span, Span(0, 0), Span(12, 1_000_000)]] {
                #expect(RecordJSONWriter.encode(spans: spans) == String(decoding: try e.encode(spans), as: UTF8.self))
            }
        }
    }

    /// A percent that is not a number cannot be written (JSONEncoder throws).
    @Test func nonFinitePercentIsRefused() {
        let r = ArticleRecord(id: "x", source: Source(path: nil, format: "text"), text: "",
                              ratings: [Rating(subject: .dangVien, stage: .reported, level: .HTNV, count: nil, percent: .nan,
                                               year: nil, text: "", span: Span(0, 0))])
        #expect(RecordJSONWriter.encode(r) == nil)
    }

    /// `extract` adds cross-article findings to a record's JSON without
    /// decoding it; the bytes must be those of the whole record encoded
    /// with the findings. Strings before the list hold `"findings":[` and
    /// brackets to mislead the search.
    @Test func appendedFindingsEqualTheRecordEncodedWithThem() throws {
        let tricky = "x\"findings\":[{\"]\\\"}] [ { \\ \""
        let findings = (0..<3).map { k in
            Finding(rule: .crossArticleMismatch, severity: .warning, message: k == 1 ? tricky : "gives \(k)",
                    spans: k == 2 ? [] : [Span(k, k + 4), Span(9, 12)], otherArticle: k == 0 ? nil : "b\(k)")
        }
        for category in [nil, tricky] {
            for (have, add) in [(0, 1), (0, 3), (1, 1), (2, 1), (1, 2)] {
                var base = ArticleRecord(id: "a1", source: Source(path: tricky, format: "text"), title: tricky, category: category,
                                         text: tricky + " ] [", year: 2020)
                base.findings = Array(findings.prefix(have))
                var full = base
                full.findings += findings[have..<(have + add)]
                let spliced = RecordJSONWriter.appendingFindings(findings[have..<(have + add)].map { RecordJSONWriter.encode(finding: $0) },
                                                                 to: try #require(RecordJSONWriter.encode(base)))
                #expect(spliced == RecordJSONWriter.encode(full), "category \(category ?? "nil"), \(have) + \(add)")
            }
        }
        #expect(RecordJSONWriter.appendingFindings([[0x7B, 0x7D]], to: Array("{\"id\":\"x\"}".utf8)) == nil)
    }
}
