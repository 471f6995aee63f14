import Foundation
import Testing
import Kiemdiem

/// Renders the report of the hand-annotated corpus records
/// (`corpus/NN.expected.json`, spans located by searching each evidence in
/// the body). Skips without a corpus. With KIEMDIEM_REPORT_OUT set, the
/// page is also written there (for scripts/report-screenshot.sh); with
/// KIEMDIEM_FIXTURE_DB set, the records are stored in that database.
@Suite struct CorpusReportTests {
    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
    }

    static func records() throws -> [ArticleRecord] {
        let names = try #require(try? FileManager.default.contentsOfDirectory(atPath: corpus.path), "corpus/ is missing from the package")
        let normalizer = Normalizer()
        var out: [ArticleRecord] = []
        for name in names.sorted() where name.hasSuffix(".expected.json") {
            let stem = String(name.dropLast(".expected.json".count))
            let raw = try String(contentsOf: corpus.appendingPathComponent(stem + ".txt"), encoding: .utf8)
            let lines = raw.components(separatedBy: "\n")
            let bodyStart = (lines.firstIndex { $0.hasPrefix("Ngày đăng") } ?? -1) + 1
            let body = normalizer.normalize(lines[bodyStart...].joined(separator: "\n")).text
            guard var obj = try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent(name))) as? [String: Any] else { continue }
            obj["id"] = "corpus-" + stem
            obj["source"] = ["path": "corpus/\(stem).txt", "url": NSNull(), "format": "text"]
            obj["text"] = body
            obj["findings"] = []
            for key in ["dates", "documents", "officials", "ratings", "totals"] {
                var from = body.startIndex
                obj[key] = (obj[key] as? [[String: Any]] ?? []).map { item -> [String: Any] in
                    var item = item
                    let evidence = item["text"] as? String ?? item["name"] as? String ?? ""
                    var span = [0, 0]
                    // Repeated evidence: take the next occurrence after the previous one.
                    if !evidence.isEmpty, let r = body.range(of: evidence, range: from..<body.endIndex) ?? body.range(of: evidence) {
                        let s = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: r.lowerBound)
                        span = [s, s + evidence.unicodeScalars.count]
                        from = r.upperBound
                    }
                    item["span"] = span
                    if key == "dates", item["planned"] == nil { item["planned"] = false }
                    return item
                }
            }
            out.append(Checks.checked(try JSONDecoder().decode(ArticleRecord.self, from: JSONSerialization.data(withJSONObject: obj))))
        }
        let cross = Checks.crossArticle(out)
        for i in out.indices { out[i].findings += cross[out[i].id] ?? [] }
        return out
    }

    @Test func reportOfTheAnnotatedCorpus() throws {
        try #require(FileManager.default.fileExists(atPath: Self.corpus.path), "corpus/ is missing from the package")
        let records = try Self.records()
        #expect(!records.isEmpty)
        let page = HTMLReport(records: records, stats: Statistics.rows(records)).render()
        for r in records { #expect(page.contains("<article id=\"\(HTMLEscape.anchor(r.id))\"")) }
        let located = records.flatMap(\.ratings).filter { !$0.span.isEmpty }.count
        #expect(located > 0)
        #expect(page.components(separatedBy: "h-rating").count - 1 >= located)
        let findings = records.map(\.findings.count).reduce(0, +)
        #expect(page.contains("Phát hiện (\(findings))"))
        if let out = ProcessInfo.processInfo.environment["KIEMDIEM_REPORT_OUT"] {
            try Data(page.utf8).write(to: URL(fileURLWithPath: out))
        }
        if let path = ProcessInfo.processInfo.environment["KIEMDIEM_FIXTURE_DB"] {
            let store = try RecordStore(path: path)
            for var r in records {
                r.findings.removeAll { $0.rule == .crossArticleMismatch }
                try store.insert(r)
            }
            try store.replaceCrossArticleFindings(Checks.crossArticle(try store.allRecords(includeCross: false)))
            #expect(try store.allRecords().map(\.findings.count).reduce(0, +) == findings)
        }
    }
}
