import Foundation
import KiemdiemTokenize

/// Trains a `SegmenterModel`: logistic regression over hashed features,
/// fitted by AdaGrad, weights averaged over all steps.
///
/// Each gap between two joinable syllable tokens is one binary example
/// (join or not); the history features (did the previous token join, how
/// long is the word so far) come from the model's own predictions, as at
/// run time.
public struct SegmenterTrainer {
    public var tableBits = 20
    public var epochs = 12
    public var seed: UInt64 = 20_201_208
    /// Share of training gaps seen without the syllable-identity features,
    /// so the generic ones (shapes, lexicon) learn to handle unseen words.
    public var identityDropout = 0.3
    /// AdaGrad step size.
    public var learningRate: Float = 0.1

    public init() {}

    /// Folds for the training sentences' own words (see `train`).
    public var folds = 5

    /// A model trained on `sentences`. The model's lexicon is `lexicon`
    /// plus every multi-syllable word of the training sentences; while
    /// training, a sentence only sees the words of the other folds, so the
    /// model learns what to do with words the lexicon lacks (names, above
    /// all) instead of trusting a lexicon that knows every training word.
    /// `progress` receives (epoch, training errors) after each pass.
    public func train(_ sentences: [AlignedSentence], lexicon: [[UInt64]],
                      progress: (Int, Int) -> Void = { _, _ in }) -> SegmenterModel {
        let folds = max(self.folds, 1)
        let foldOf = sentences.indices.map { $0 % folds }
        let foldLexicons: [LexiconTable] = (0..<folds).map { fold in
            var words = lexicon
            for (i, s) in sentences.enumerated() where foldOf[i] != fold || folds == 1 { words += s.words }
            return LexiconTable(words: words)
        }
        let full = LexiconTable(words: lexicon + sentences.flatMap(\.words))
        let size = 1 << tableBits
        var w = [Float](repeating: 0, count: size)
        var total = [Float](repeating: 0, count: size)   // sum of step * update
        var squares = [Float](repeating: 0, count: size) // AdaGrad accumulators
        var step: Float = 1
        var order = Array(sentences.indices)
        var rng = SplitMix(state: seed)
        var context = TokenContext()
        var features: [Int] = []
        for epoch in 1...epochs {
            // Fisher-Yates with a fixed seed: reproducible models.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            var errors = 0
            for index in order {
                let sentence = sentences[index]
                let gold = sentence.goldJoins
                sentence.scalars.withUnsafeBufferPointer { s in
                    sentence.tokens.withUnsafeBufferPointer { t in
                        context.load(s, t, 0..<t.count, foldLexicons[foldOf[index]], bits: tableBits)
                    }
                }
                var previous = false
                var run = 1
                for r in 1..<max(context.count, 1) {
                    var join = false
                    if context.joinable[r] {
                        features.removeAll(keepingCapacity: true)
                        let identity = Double(rng.next() % 1_000_000) / 1_000_000 >= identityDropout
                        context.withView { c in
                            gapFeatures(c, r, bits: tableBits, previousJoined: previous, run: run, identity: identity) { features.append($0) }
                        }
                        var score: Float = 0
                        for f in features { score += w[f] }
                        join = score > 0
                        if join != gold[r] { errors += 1 }
                        let p = 1 / (1 + exp(-max(min(score, 30), -30)))
                        let g = (gold[r] ? 1 : 0) - p
                        if abs(g) > 1e-4 {
                            for f in features {
                                squares[f] += g * g
                                let delta = learningRate * g / (squares[f] + 1e-6).squareRoot()
                                w[f] += delta; total[f] += step * delta
                            }
                        }
                        step += 1
                    }
                    previous = join
                    run = join ? run + 1 : 1
                }
            }
            progress(epoch, errors)
        }
        var averaged = [Float](repeating: 0, count: size)
        for i in 0..<size where w[i] != 0 || total[i] != 0 {
            averaged[i] = w[i] - total[i] / step
        }
        return SegmenterModel(tableBits: tableBits, weights: averaged, lexicon: full)
    }
}

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SegmentHash.mix(state)
    }
}
