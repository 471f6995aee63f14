import Foundation
import Kiemdiem

/// Pairs a corpus folder's articles with their expected records
/// (`NN.txt` + `NN.expected.json`) and scores extraction field by field.
public struct CorpusEvaluation {
    /// One article to evaluate.
    public struct Pair: Sendable {
        public var article: String
        public var expected: String
    }

    /// The pairs of `folder`, sorted, and the problems found on the way
    /// (an article named by digits without its expected file, an expected
    /// file without its article).
    public static func pairs(in folder: String) -> (pairs: [Pair], problems: [InputFailure]) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else {
            return ([], [InputFailure(path: folder, reason: "not a readable folder")])
        }
        let suffix = ".expected.json"
        var pairs: [Pair] = []
        var problems: [InputFailure] = []
        let expectedStems = Set(names.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) })
        var articleStems: Set<String> = []
        for name in names.sorted() where !name.hasSuffix(suffix) && !name.hasPrefix(".") {
            let stem = (name as NSString).deletingPathExtension
            let path = (folder as NSString).appendingPathComponent(name)
            if expectedStems.contains(stem) {
                articleStems.insert(stem)
                pairs.append(Pair(article: path, expected: (folder as NSString).appendingPathComponent(stem + suffix)))
            } else if !stem.isEmpty, stem.allSatisfy(\.isNumber), ["txt", "html", "htm"].contains((name as NSString).pathExtension) {
                problems.append(InputFailure(path: path, reason: "no expected record (\(stem + suffix))"))
            }
        }
        for stem in expectedStems.sorted() where !articleStems.contains(stem) {
            problems.append(InputFailure(path: (folder as NSString).appendingPathComponent(stem + suffix), reason: "no article beside it"))
        }
        return (pairs, problems)
    }

    /// Reads an expected record file into its comparison keys.
    public static func expectedKeys(_ path: String) -> Result<[String: [String]], InputFailure> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputFailure(path: path, reason: "cannot read"))
        }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return .failure(InputFailure(path: path, reason: "not a JSON object"))
        }
        let missing = RecordKeys.fields.filter { object[$0] == nil }
        if !missing.isEmpty {
            return .failure(InputFailure(path: path, reason: "missing keys: \(missing.joined(separator: ", "))"))
        }
        return .success(RecordKeys.keys(object))
    }

    /// The comparison keys of an extracted record.
    public static func actualKeys(_ record: ArticleRecord) -> [String: [String]] {
        let encoder = JSONEncoder()
        guard let data = try? encoder.encode(record),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return [:] }
        return RecordKeys.keys(object)
    }

    /// True when `folder` holds at least one expected record.
    public static func hasExpected(_ folder: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.hasSuffix(".expected.json") && !$0.hasPrefix(".") }
    }

    /// One article compared with its expected record.
    public struct Article: Sendable {
        public var article: String
        public var comparison: ArticleComparison
    }

    /// The outcome of `evaluate`: totals per field (in `RecordKeys.fields` order), each article, the problems met.
    public struct Report: Sendable {
        public var totals: [FieldScore] = RecordKeys.fields.map { FieldScore(field: $0) }
        public var articles: [Article] = []
        public var problems: [InputFailure] = []

        /// The scores for machines: one JSON object (sorted keys).
        public func json(verbose: Bool, minimums: [(String, Double)], below: [String]) -> String {
            struct Field: Codable { var field: String; var precision, recall, f1: Double; var matched, predicted, expected: Int }
            struct Detail: Codable { var article: String; var missing, extra: [String: [String]] }
            struct Minimum: Codable { var name: String; var minimum: Double }
            struct Out: Codable {
                var articles: Int; var fields: [Field]; var minimums: [Minimum]; var below: [String]; var passed: Bool
                var problems: [String]; var details: [Detail]?
            }
            var overall = FieldScore(field: "overall")
            for s in totals { overall.add(s) }
            let fields = (totals + [overall]).map {
                Field(field: $0.field, precision: $0.precision, recall: $0.recall, f1: $0.f1, matched: $0.matched, predicted: $0.predicted, expected: $0.expected)
            }
            let details = verbose ? articles.filter { !($0.comparison.extra.isEmpty && $0.comparison.missing.isEmpty) }
                .map { Detail(article: $0.article, missing: $0.comparison.missing, extra: $0.comparison.extra) } : nil
            let out = Out(articles: articles.count, fields: fields, minimums: minimums.map { Minimum(name: $0.0, minimum: $0.1) },
                          below: below, passed: below.isEmpty, problems: problems.map(\.description), details: details)
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            return String(decoding: (try? e.encode(out)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
        }
    }

    /// Extracts and checks every paired article of `folders` (all of them
    /// before scoring: cross-article findings need them all) and compares
    /// each record with its expected file.
    public static func evaluate(_ folders: [String], pipeline: Pipeline) -> Report {
        var report = Report()
        var records: [ArticleRecord] = []
        var expectations: [(article: String, keys: [String: [String]])] = []
        for folder in folders {
            let (pairs, problems) = pairs(in: folder)
            report.problems += problems
            for pair in pairs {
                let expected: [String: [String]]
                switch expectedKeys(pair.expected) {
                case .failure(let f): report.problems.append(f); continue
                case .success(let k): expected = k
                }
                guard let result = pipeline.reader.read(pair.article).first else { continue }
                switch result {
                case .failure(let f): report.problems.append(f)
                case .success(let post):
                    records.append(pipeline.record(for: post))
                    expectations.append((pair.article, expected))
                }
            }
        }
        Pipeline.addCrossArticleFindings(&records)
        for (record, expectation) in zip(records, expectations) {
            let comparison = ArticleComparison(actual: actualKeys(record), expected: expectation.keys)
            for (k, s) in comparison.scores.enumerated() { report.totals[k].add(s) }
            report.articles.append(Article(article: expectation.article, comparison: comparison))
        }
        return report
    }
}
