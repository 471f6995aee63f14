import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemCheck

/// Runs the checks on the hand-annotated records of `corpus/NN.expected.json`
/// (the extractor's target output) and compares the rule ids with the
/// findings the annotators expect. Skips when the package has no corpus.
@Suite struct CorpusConformanceTests {
    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
    }

    /// Each expected record, completed with an id, source, body text and
    /// spans found by searching the evidence in the body.
    static func load() throws -> [(name: String, record: ArticleRecord, expected: [String])] {
        let fm = FileManager.default
        let names = try #require(try? fm.contentsOfDirectory(atPath: corpus.path), "corpus/ is missing from the package")
        var out: [(String, ArticleRecord, [String])] = []
        for name in names.sorted() where name.hasSuffix(".expected.json") {
            let stem = String(name.dropLast(".expected.json".count))
            let raw = try String(contentsOf: corpus.appendingPathComponent(stem + ".txt"), encoding: .utf8)
            let lines = raw.components(separatedBy: "\n")
            let bodyStart = (lines.firstIndex { $0.hasPrefix("Ngày đăng") } ?? -1) + 1
            let body = lines[bodyStart...].joined(separator: "\n")
            guard var obj = try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent(name))) as? [String: Any] else { continue }
            let expected = (obj["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            obj["id"] = stem
            obj["source"] = ["path": stem + ".txt", "url": NSNull(), "format": "text"]
            obj["text"] = body
            obj["findings"] = []
            for key in ["dates", "documents", "officials", "ratings", "totals"] {
                obj[key] = (obj[key] as? [[String: Any]] ?? []).map { item -> [String: Any] in
                    var item = item
                    let evidence = item["text"] as? String ?? item["name"] as? String ?? ""
                    item["span"] = span(of: evidence, in: body)
                    if key == "dates", item["planned"] == nil { item["planned"] = false }
                    return item
                }
            }
            let data = try JSONSerialization.data(withJSONObject: obj)
            out.append((stem, try JSONDecoder().decode(ArticleRecord.self, from: data), expected))
        }
        return out
    }

    static func span(of evidence: String, in body: String) -> [Int] {
        guard !evidence.isEmpty, let r = body.range(of: evidence) else { return [0, 0] }
        let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: r.lowerBound)
        return [start, start + evidence.unicodeScalars.count]
    }

    @Test func findingsMatchTheAnnotations() throws {
        let items = try Self.load()
        try #require(items.count >= 46, "corpus/ should hold at least 46 annotated articles")
        #expect(!items.isEmpty)
        print("corpus conformance:", items.count, "records,", items.map(\.expected.count).reduce(0, +), "expected findings")
        let cross = Checks.crossArticle(items.map(\.record))
        var mismatches: [String] = []
        for (name, record, expected) in items {
            let got = (Checks.withinArticle(record) + (cross[record.id] ?? [])).map(\.rule.rawValue).sorted()
            if got != expected.sorted() { mismatches.append("\(name): expected \(expected.sorted()), got \(got)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }
}
