import Foundation
import Testing
import Kiemdiem
import KiemdiemEval

@Suite struct EvalTests {
    @Test func multisetMatching() {
        let c = ArticleComparison(actual: ["dates": ["a", "a", "b"]], expected: ["dates": ["a", "c"]], fields: ["dates"])
        let s = c.scores[0]
        #expect(s.matched == 1 && s.predicted == 3 && s.expected == 2)
        #expect(abs(s.precision - 1.0 / 3) < 1e-9)
        #expect(abs(s.recall - 0.5) < 1e-9)
        #expect(c.extra["dates"] == ["a", "b"])
        #expect(c.missing["dates"] == ["c"])
    }

    @Test func expectedAndExtractedKeysAgree() throws {
        // An expected file (no spans, no approx/orAbove keys) and the record that matches it.
        let expected: [String: Any] = [
            "title": "T", "category": NSNull(), "published": "2020-12-08", "views": 5, "year": 2020,
            "organization": ["name": "Đảng ủy xã A", "unit": "xã", "place": "A", "parent": NSNull()],
            "dates": [], "documents": [], "officials": [["name": "Lê Văn B", "titles": ["Bí thư"]]],
            "ratings": [["subject": "dang_vien", "stage": "reported", "level": "HTNV", "count": NSNull(),
                         "percent": 8.3, "of": NSNull(), "year": 2020]],
            "totals": [["subject": "dang_vien", "what": "all", "count": 12]], "findings": [],
        ]
        let record = ArticleRecord(id: "x", source: Source(path: nil, format: "text"), title: "T", published: "2020-12-08",
                                   views: 5, text: "…", year: 2020,
                                   organization: Organization(name: "Đảng ủy xã A", unit: "xã", place: "A", parent: nil),
                                   officials: [Official(name: "Lê Văn B", titles: ["Bí thư"], span: Span(0, 1))],
                                   ratings: [Rating(subject: .dangVien, stage: .reported, level: .HTNV, count: nil, percent: 8.3,
                                                    year: 2020, text: "x", span: Span(0, 1))],
                                   totals: [Total(subject: .dangVien, what: .all, count: 12, span: Span(0, 1))])
        let c = ArticleComparison(actual: CorpusEvaluation.actualKeys(record), expected: RecordKeys.keys(expected))
        #expect(c.extra.isEmpty)
        #expect(c.missing.isEmpty)
        // One changed figure is one miss and one extra.
        var changed = record
        changed.ratings[0].approx = true
        let d = ArticleComparison(actual: CorpusEvaluation.actualKeys(changed), expected: RecordKeys.keys(expected))
        #expect(d.missing["ratings"]?.count == 1 && d.extra["ratings"]?.count == 1)
    }

    @Test func pairingReportsMissingFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["01.txt", "01.expected.json", "02.txt", "03.expected.json", "notes.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        let (pairs, problems) = CorpusEvaluation.pairs(in: dir.path)
        #expect(pairs.map { ($0.article as NSString).lastPathComponent } == ["01.txt"])
        #expect(problems.map { ($0.path as NSString).lastPathComponent }.sorted() == ["02.txt", "03.expected.json"])
        // A malformed expected file is reported, not crashed on.
        if case .success = CorpusEvaluation.expectedKeys(dir.appendingPathComponent("01.expected.json").path) {
            Issue.record("bad JSON accepted")
        }
    }

    /// The corpus in corpus/ scores F1 ≥ 0.95 on the fields this stage fills
    /// (dates and documents are scored by their own tests, findings by the checks).
    @Test func corpusScores() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let (pairs, _) = CorpusEvaluation.pairs(in: root.appendingPathComponent("corpus").path)
        let textPairs = pairs.filter { $0.article.hasSuffix(".txt") }
        try #require(!textPairs.isEmpty, "corpus/ has no article with an expected record")
        let extractor = try ArticleExtractor()
        var totals = RecordKeys.fields.map { FieldScore(field: $0) }
        for pair in textPairs {
            guard case .success(let expected) = CorpusEvaluation.expectedKeys(pair.expected),
                  case .success(let post)? = PostReader().read(pair.article).first else {
                Issue.record("unreadable pair \(pair.article)"); continue
            }
            let c = ArticleComparison(actual: CorpusEvaluation.actualKeys(extractor.extract(post)), expected: expected)
            for (k, s) in c.scores.enumerated() { totals[k].add(s) }
        }
        for s in totals where ["title", "category", "published", "views", "year", "organization", "officials", "ratings", "totals"].contains(s.field) {
            #expect(s.f1 >= 0.95, "\(s.field): F1 \(s.f1)")
        }
    }
}
