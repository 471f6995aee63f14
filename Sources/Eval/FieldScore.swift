/// Precision, recall and F1 of one field over a set of articles.
public struct FieldScore: Sendable, Equatable {
    public var field: String
    /// Keys found in both (multiset intersection).
    public var matched: Int
    /// Keys the extractor gave.
    public var predicted: Int
    /// Keys the expected records hold.
    public var expected: Int

    public init(field: String, matched: Int = 0, predicted: Int = 0, expected: Int = 0) {
        self.field = field; self.matched = matched; self.predicted = predicted; self.expected = expected
    }

    /// 1 when nothing was predicted.
    public var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
    /// 1 when nothing was expected.
    public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Adds another article's counts.
    public mutating func add(_ other: FieldScore) {
        matched += other.matched; predicted += other.predicted; expected += other.expected
    }
}

/// One article's comparison: per-field scores and the keys that differ.
public struct ArticleComparison: Sendable {
    public var scores: [FieldScore]
    /// Keys extracted but not expected, per field.
    public var extra: [String: [String]]
    /// Keys expected but not extracted, per field.
    public var missing: [String: [String]]

    /// Compares the keys of an extracted record with those of its expected file.
    public init(actual: [String: [String]], expected: [String: [String]], fields: [String] = RecordKeys.fields) {
        scores = []; extra = [:]; missing = [:]
        for f in fields {
            let a = actual[f] ?? [], e = expected[f] ?? []
            var pool: [String: Int] = [:]
            for k in e { pool[k, default: 0] += 1 }
            var matched = 0
            var extras: [String] = []
            for k in a {
                if let n = pool[k], n > 0 { pool[k] = n - 1; matched += 1 } else { extras.append(k) }
            }
            var missed: [String] = []
            for k in e where (pool[k] ?? 0) > 0 { missed.append(k); pool[k]! -= 1 }
            scores.append(FieldScore(field: f, matched: matched, predicted: a.count, expected: e.count))
            if !extras.isEmpty { extra[f] = extras }
            if !missed.isEmpty { missing[f] = missed }
        }
    }
}
