import Foundation
import KiemdiemCore

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
}
