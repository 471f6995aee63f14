import KiemdiemTokenize

/// Precision, recall and F1 of predicted word spans against gold spans.
public struct PRF: Sendable {
    public var correct = 0
    public var predicted = 0
    public var gold = 0

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// Word-segmentation scores in three views: all words, words that are not
/// punctuation, and multi-syllable words only.
///
/// Spans are compared over the sentence's characters with whitespace and `_`
/// removed, so a word is right exactly when both its ends are.
public struct SegmentationScore: Sendable {
    public var all = PRF()
    public var withoutPunctuation = PRF()
    public var multiSyllable = PRF()
    public var sentences = 0

    public init() {}

    struct Span: Hashable { var start: Int; var end: Int }

    /// Adds one sentence: `predicted` words over `sentence.tokens`.
    public mutating func add(_ sentence: AlignedSentence, predicted: [Word]) {
        sentences += 1
        let s = sentence.scalars
        // Offsets with spaces and "_" removed.
        var compact = [Int](repeating: 0, count: s.count + 1)
        var n = 0
        for (k, sc) in s.enumerated() {
            compact[k] = n
            if sc != " " && sc != "_" && sc != "\n" { n += 1 }
        }
        compact[s.count] = n
        func isPunctuation(_ a: Int, _ b: Int) -> Bool {
            !s[a..<b].contains { $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) }
        }
        // Gold spans.
        var goldSpans: [(Span, punct: Bool, multi: Bool)] = []
        var k = 0
        while k < s.count {
            let id = sentence.wordOf[k]
            if id < 0 { k += 1; continue }
            var e = k
            while e < s.count, sentence.wordOf[e] == id || (s[e] == " " && e + 1 < s.count && sentence.wordOf[e + 1] == id) { e += 1 }
            goldSpans.append((Span(start: compact[k], end: compact[e]), isPunctuation(k, e), sentence.multiSyllable[id]))
            k = e
        }
        var predictedSpans: [(Span, punct: Bool, multi: Bool)] = []
        for w in predicted {
            predictedSpans.append((Span(start: compact[w.start], end: compact[w.end]), isPunctuation(w.start, w.end), w.tokens.count > 1))
        }
        func score(_ prf: inout PRF, _ keep: ((Span, punct: Bool, multi: Bool)) -> Bool) {
            let g = Set(goldSpans.filter(keep).map { $0.0 })
            let p = predictedSpans.filter(keep).map { $0.0 }
            prf.gold += g.count
            prf.predicted += p.count
            prf.correct += p.filter { g.contains($0) }.count
        }
        score(&all) { _ in true }
        score(&withoutPunctuation) { !$0.punct }
        score(&multiSyllable) { $0.multi }
    }
}
