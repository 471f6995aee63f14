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
    /// Optional feature groups (`SegmentExtras` mask bits).
    public var extras: UInt32 = 0

    /// A model trained on `sentences`. The model's lexicon is `lexicon`
    /// plus every multi-syllable word of the training sentences; while
    /// training, a sentence only sees the words of the other folds, so the
    /// model learns what to do with words the lexicon lacks (names, above
    /// all) instead of trusting a lexicon that knows every training word.
    /// `progress` receives (epoch, training errors) after each pass.
    public func train(_ sentences: [AlignedSentence], lexicon: [[UInt64]],
                      progress: (Int, Int) -> Void = { _, _ in }) -> SegmenterModel {
        let folds = max(self.folds, 1)
        let contiguous = extras & SegmentExtras.contiguousFolds != 0
        let foldOf = sentences.indices.map { contiguous ? min(folds - 1, $0 * folds / max(sentences.count, 1)) : $0 % folds }
        let foldLexicons: [LexiconTable] = (0..<folds).map { fold in
            var words = lexicon
            for (i, s) in sentences.enumerated() where foldOf[i] != fold || folds == 1 { words += s.words }
            return LexiconTable(words: words)
        }
        let full = LexiconTable(words: lexicon + sentences.flatMap(\.words))
        var foldExtras: [SegmentExtras?] = Array(repeating: nil, count: folds)
        var fullExtras: SegmentExtras? = nil
        if extras != 0 {
            // Pair statistics and word-position statistics, hidden by fold like the lexicon.
            var perFold = [[UInt64: (Int, Int)]](repeating: [:], count: folds)
            var all: [UInt64: (Int, Int)] = [:]
            if extras & (SegmentExtras.pairs | SegmentExtras.syllableText) != 0 {
                var ctx = TokenContext()
                let empty = LexiconTable(hashes: [])
                for (i, sentence) in sentences.enumerated() {
                    let gold = sentence.goldJoins
                    sentence.scalars.withUnsafeBufferPointer { s in
                        sentence.tokens.withUnsafeBufferPointer { t in ctx.load(s, t, 0..<t.count, empty, bits: tableBits) }
                    }
                    for r in 1..<max(ctx.count, 1) where ctx.joinable[r] {
                        let a = ctx.hashes[r - 1 + TokenContext.pad], b = ctx.hashes[r + TokenContext.pad]
                        var keys = [SegmentExtras.pairKey(a, b)]
                        if extras & SegmentExtras.syllableText != 0 {
                            keys.append(SegmentExtras.nextKey(a)); keys.append(SegmentExtras.previousKey(b))
                        }
                        let add = gold[r] ? (1, 0) : (0, 1)
                        for key in keys {
                            perFold[foldOf[i]][key, default: (0, 0)].0 += add.0
                            perFold[foldOf[i]][key, default: (0, 0)].1 += add.1
                            all[key, default: (0, 0)].0 += add.0
                            all[key, default: (0, 0)].1 += add.1
                        }
                    }
                }
            }
            func bytes(_ counts: [UInt64: (Int, Int)], minus: [UInt64: (Int, Int)]) -> [UInt64: UInt8] {
                var out: [UInt64: UInt8] = [:]
                for (k, v) in counts {
                    let m = minus[k] ?? (0, 0)
                    let b = SegmentExtras.pairByte(joined: v.0 - m.0, split: v.1 - m.1, fine: extras & SegmentExtras.fineBins != 0)
                    if b != 0 { out[k] = b }
                }
                return out
            }
            let usePositions = extras & SegmentExtras.positions != 0
            for fold in 0..<folds {
                var words = lexicon
                if usePositions { for (i, s) in sentences.enumerated() where foldOf[i] != fold || folds == 1 { words += s.words } }
                foldExtras[fold] = SegmentExtras(mask: extras, pairStats: bytes(all, minus: folds == 1 ? [:] : perFold[fold]),
                                                 syllableStats: usePositions ? SegmentExtras.positionStats(words) : [:])
            }
            fullExtras = SegmentExtras(mask: extras, pairStats: bytes(all, minus: [:]),
                                       syllableStats: usePositions ? SegmentExtras.positionStats(lexicon + sentences.flatMap(\.words)) : [:])
        }
        let size = 1 << tableBits
        var w = [Float](repeating: 0, count: size)
        var total = [Float](repeating: 0, count: size)   // sum of step * update
        var squares = [Float](repeating: 0, count: size) // AdaGrad accumulators
        var step: Float = 1
        var order = Array(sentences.indices)
        var rng = SplitMix(state: seed)
        var context = TokenContext()
        var features: [Int] = []
        // Identity lines of syllable pairs (and syllables) that occur only in a
        // sentence's own fold: hidden from it, as an unseen pair is at run time.
        var hiddenLines = [Set<Int>](repeating: [], count: sentences.count)
        let hidePairs = extras & SegmentExtras.hideNovelPairs != 0, hideSyllables = extras & SegmentExtras.hideNovelSyllables != 0
        if (hidePairs || hideSyllables) && folds > 1 {
            var foldsOfKey: [UInt64: UInt8] = [:]
            var keys: [[(UInt64, Int)]] = []
            let empty = LexiconTable(hashes: [])
            for (i, sentence) in sentences.enumerated() {
                sentence.scalars.withUnsafeBufferPointer { s in
                    sentence.tokens.withUnsafeBufferPointer { t in context.load(s, t, 0..<t.count, empty, bits: tableBits) }
                }
                var mine: [(UInt64, Int)] = []
                let pad = TokenContext.pad
                for q in pad..<(context.count + pad) {
                    if hidePairs { mine.append((fh(101, context.hashes[q - 1], context.hashes[q]), context.pairLines[q])) }
                    if hideSyllables { mine.append((fh(100, context.hashes[q]) ^ 1, context.unigramLines[q])) }
                }
                for (k, _) in mine { foldsOfKey[k, default: 0] |= 1 << UInt8(foldOf[i] & 7) }
                keys.append(mine)
            }
            for i in sentences.indices {
                let own: UInt8 = 1 << UInt8(foldOf[i] & 7)
                for (k, line) in keys[i] where foldsOfKey[k] == own { hiddenLines[i].insert(line) }
            }
        }
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
                        context.load(s, t, 0..<t.count, foldLexicons[foldOf[index]], bits: tableBits, extras: foldExtras[foldOf[index]])
                    }
                }
                var previous = false
                var run = 1
                for r in 1..<max(context.count, 1) {
                    var join = false
                    if context.joinable[r] {
                        features.removeAll(keepingCapacity: true)
                        let identity = Double(rng.next() % 1_000_000) / 1_000_000 >= identityDropout
                        let hidden = hiddenLines[index]
                        context.withView { c in
                            if hidden.isEmpty {
                                gapFeatures(c, r, bits: tableBits, previousJoined: previous, run: run, identity: identity,
                                            extras: extras) { features.append($0) }
                            } else {
                                let keep: (Int) -> Void = { if !hidden.contains($0 & ~15) { features.append($0) } }
                                staticGapFeatures(c, r, bits: tableBits, identity: identity, generic: { features.append($0) }, keep)
                                historyGapFeatures(c, r, bits: tableBits, previousJoined: previous, run: run, identity: identity,
                                                   extras: extras, generic: { features.append($0) }, keep)
                                if extras & ~(SegmentExtras.hideNovelPairs | SegmentExtras.hideNovelSyllables) != 0 {
                                    extraGapFeatures(c, r, bits: tableBits, mask: extras, identity: identity) { features.append($0) }
                                }
                            }
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
        return SegmenterModel(tableBits: tableBits, weights: averaged, lexicon: full, extras: fullExtras)
    }
}

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SegmentHash.mix(state)
    }
}
