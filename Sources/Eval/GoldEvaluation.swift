import Foundation
import Kiemdiem

/// A folder of hand-made gold records (`NN.gold.json` beside `NN.txt` or
/// `NN.html`), extracted and scored as `score_gold.py` scores it: every
/// article of every folder is extracted in one go (so cross-article findings
/// see them all), each record is written as `extract` writes it and read
/// back, and `GoldScoring` compares it with its gold.
public enum GoldEvaluation {
    public static let suffix = ".gold.json"

    /// True when `folder` holds at least one gold file.
    public static func hasGold(_ folder: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }
    }

    /// One gold file and the articles it scores.
    public struct Item: Sendable {
        public var folder: Int
        public var gold: String
        /// "01" for "01.gold.json".
        public var stem: String
        /// `NN.txt` and `NN.html`, those that exist.
        public var articles: [String]
    }

    /// The gold files of `folders` (sorted by path within each, hidden ones skipped,
    /// as Python's glob lists them) with their articles.
    public static func items(in folders: [String]) -> [Item] {
        var out: [Item] = []
        for (n, folder) in folders.enumerated() {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }
            let golds = names.map { (folder as NSString).appendingPathComponent($0) }
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for g in golds {
                let stemPath = String(g.dropLast(suffix.count))
                let articles = [stemPath + ".txt", stemPath + ".html"].filter { FileManager.default.fileExists(atPath: $0) }
                out.append(Item(folder: n, gold: g, stem: (stemPath as NSString).lastPathComponent, articles: articles))
            }
        }
        return out
    }

    /// Extracts and scores the gold folders. Unreadable articles and gold
    /// files are in the report's `problems`; an article without a record
    /// is scored as an empty record (all its gold items missed), as the
    /// reference scorer does.
    public static func evaluate(_ folders: [String], pipeline: Pipeline) -> GoldReport {
        let items = Self.items(in: folders)
        var problems: [InputFailure] = []
        // Extract every article first, in gold order: cross-article findings need them all.
        var records: [ArticleRecord] = []
        var recordFolder: [Int] = []
        for item in items {
            if item.articles.isEmpty {
                problems.append(InputFailure(path: item.gold, reason: "no article beside it (\(item.stem).txt or \(item.stem).html)"))
            }
            for path in item.articles {
                for result in pipeline.reader.read(path) {
                    switch result {
                    case .failure(let f): problems.append(f)
                    case .success(let post):
                        records.append(pipeline.record(for: post))
                        recordFolder.append(item.folder)
                    }
                }
            }
        }
        Pipeline.addCrossArticleFindings(&records)
        // Each record as the bytes `extract` writes, read back as the scorer reads them, keyed by file stem.
        var byStem = Array(repeating: [String: JSONValue](), count: folders.count)
        for (record, folder) in zip(records, recordFolder) {
            guard let json = encode(record) else {
                problems.append(InputFailure(path: record.source.path ?? record.id, reason: "record cannot be written as JSON"))
                continue
            }
            let path = json["source"]["path"].string ?? ""
            let stem = String((path as NSString).lastPathComponent.split(separator: ".", omittingEmptySubsequences: false).first ?? "")
            byStem[folder][stem] = json
        }
        var report = GoldReport(name: folders.map { ($0 as NSString).standardizingPath }
                                    .map { ($0 as NSString).lastPathComponent }.joined(separator: "+"))
        report.records = records.count
        for item in items {
            guard let data = FileManager.default.contents(atPath: item.gold) else {
                problems.append(InputFailure(path: item.gold, reason: "cannot read")); continue
            }
            let gold: JSONValue
            do { gold = try JSONParser.parse([UInt8](data)) } catch {
                problems.append(InputFailure(path: item.gold, reason: "\(error)")); continue
            }
            guard case .object = gold else {
                problems.append(InputFailure(path: item.gold, reason: "not a JSON object")); continue
            }
            report.add(GoldScoring.score(stem: item.stem, gold: gold, record: byStem[item.folder][item.stem] ?? .object([:])))
        }
        report.problems = problems
        return report
    }

    /// The record as `extract --format jsonl` writes it, parsed.
    static func encode(_ record: ArticleRecord) -> JSONValue? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let bytes = RecordJSONWriter.encode(record) ?? (try? [UInt8](encoder.encode(record))) else { return nil }
        return try? JSONParser.parse(bytes)
    }
}

/// The scores of a gold evaluation: micro P/R/F1 per field and the three accuracies.
public struct GoldReport: Sendable {
    /// The set's name in the summary line (the folder's name).
    public var name: String
    public var fields: [GoldFieldScore] = GoldScoring.fields.map { GoldFieldScore(field: $0) }
    public var articles: [GoldScoring.Article] = []
    /// Articles scored (gold files read).
    public var count = 0
    public var year = 0, organization = 0, published = 0
    /// Records extracted.
    public var records = 0
    public var problems: [InputFailure] = []

    public init(name: String) { self.name = name }

    public mutating func add(_ a: GoldScoring.Article) {
        articles.append(a)
        for i in fields.indices {
            let m = a.matches[fields[i].field]!
            fields[i].tp += m.tp; fields[i].fp += m.fp; fields[i].fn += m.fn
        }
        count += 1
        if a.yearCorrect { year += 1 }
        if a.organizationCorrect { organization += 1 }
        if a.publishedCorrect == true { published += 1 }
    }

    public func field(_ name: String) -> GoldFieldScore? { fields.first { $0.field == name } }

    /// An accuracy's share of the articles (0 when none was scored).
    public func accuracy(_ name: String) -> Double? {
        let n: Int
        switch name {
        case "year": n = year
        case "organization": n = organization
        case "published": n = published
        default: return nil
        }
        return count == 0 ? 0 : Double(n) / Double(count)
    }

    /// The reference scorer's default minimums (all 0).
    public static let defaultMinimums: [(String, Double)] = [("ratings", 0), ("dates", 0), ("documents", 0), ("officials", 0), ("findings", 0)]

    /// The names a minimum may be given for.
    public static var minimumNames: [String] { GoldScoring.fields + GoldScoring.accuracies }

    /// The fields (F1) and accuracies below their minimum.
    public func below(_ minimums: [(String, Double)]) -> [String] {
        minimums.compactMap { name, minimum in
            if let f = field(name) { return f.f1 < minimum ? name : nil }
            if let a = accuracy(name) { return a < minimum ? name : nil }
            return nil
        }
    }

    static func fixed(_ x: Double, _ width: Int) -> String {
        let s = String(format: "%.3f", x)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    static func padded(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }

    /// The table, the accuracies and the summary line, in the reference scorer's
    /// layout; with `verbose`, each article's misses (-) and false hits (+) first.
    public func text(verbose: Bool, minimums: [(String, Double)] = defaultMinimums) -> String {
        var out = ""
        if verbose {
            for a in articles {
                for f in GoldScoring.fields {
                    let m = a.matches[f]!
                    guard m.fp > 0 || m.fn > 0 else { continue }
                    out += "  \(a.stem) \(f): tp=\(m.tp) fp=\(m.fp) fn=\(m.fn)\n"
                    for k in m.missed { out += "      - \(k.rendered)\n" }
                    for k in m.falseHits { out += "      + \(k.rendered)\n" }
                }
                if !a.yearCorrect { out += "  \(a.stem) year: gold \(a.year.gold), extracted \(a.year.predicted)\n" }
                if !a.organizationCorrect {
                    out += "  \(a.stem) organization: gold '\(a.organization.gold)', extracted '\(a.organization.predicted)'\n"
                }
                if a.publishedCorrect == false {
                    out += "  \(a.stem) published: gold '\(a.published.gold)', extracted '\(a.published.predicted)'\n"
                }
            }
        }
        out += Self.padded("field", 10) + " " + "     P" + " " + "     R" + " " + "    F1" + "   tp/fp/fn\n"
        var parts: [String] = []
        for s in fields {
            out += Self.padded(s.field, 10) + " " + Self.fixed(s.precision, 6) + " " + Self.fixed(s.recall, 6) + " "
                + Self.fixed(s.f1, 6) + "   \(s.tp)/\(s.fp)/\(s.fn)\n"
            parts.append("\(s.field) " + String(format: "%.3f", s.f1))
        }
        out += "year \(year)/\(count)  organization \(organization)/\(count)  published \(published)/\(count)\n"
        let named = Set(minimums.map(\.0))
        for (k, v) in [("year", year), ("organization", organization), ("published", published)] where named.contains(k) {
            parts.append("\(k) \(v)/\(count)")
        }
        out += "\(name): F1 " + parts.joined(separator: ", ") + "\n"
        return out
    }

    /// The scores for machines: one JSON object (sorted keys).
    public func json(verbose: Bool, minimums: [(String, Double)] = defaultMinimums) -> String {
        struct Field: Codable { var field: String; var precision, recall, f1: Double; var tp, fp, fn: Int }
        struct Accuracy: Codable { var correct, of: Int; var share: Double }
        struct Detail: Codable { var article, field: String; var tp, fp, fn: Int; var missed, falseHits: [String] }
        struct Minimum: Codable { var name: String; var minimum: Double }
        struct Out: Codable {
            var set: String; var articles, records: Int
            var fields: [Field]; var accuracy: [String: Accuracy]
            var minimums: [Minimum]; var below: [String]; var passed: Bool
            var problems: [String]; var details: [Detail]?
        }
        var acc: [String: Accuracy] = [:]
        for (k, v) in [("year", year), ("organization", organization), ("published", published)] {
            acc[k] = Accuracy(correct: v, of: count, share: accuracy(k) ?? 0)
        }
        let below = below(minimums)
        var details: [Detail]? = nil
        if verbose {
            details = articles.flatMap { a in
                GoldScoring.fields.compactMap { f -> Detail? in
                    let m = a.matches[f]!
                    guard m.fp > 0 || m.fn > 0 else { return nil }
                    return Detail(article: a.stem, field: f, tp: m.tp, fp: m.fp, fn: m.fn,
                                  missed: m.missed.map(\.rendered), falseHits: m.falseHits.map(\.rendered))
                }
            }
        }
        let out = Out(set: name, articles: count, records: records,
                      fields: fields.map { Field(field: $0.field, precision: $0.precision, recall: $0.recall, f1: $0.f1, tp: $0.tp, fp: $0.fp, fn: $0.fn) },
                      accuracy: acc, minimums: minimums.map { Minimum(name: $0.0, minimum: $0.1) }, below: below, passed: below.isEmpty,
                      problems: problems.map(\.description), details: details)
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? e.encode(out)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
