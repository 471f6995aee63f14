import Foundation
import KiemdiemTokenize

/// One word: a run of tokens, `[start, end)` in scalar offsets.
public struct Word: Hashable, Sendable {
    /// Indices into the document's tokens.
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int

    public init(tokens: Range<Int>, start: Int, end: Int) {
        self.tokens = tokens; self.start = start; self.end = end
    }
}

/// Vietnamese word segmentation over the tokenizer's tokens.
///
/// A binary averaged-perceptron classifier decides, left to right, whether
/// each syllable token joins the one before it. Its features are the
/// surrounding syllables (lowercased), their shapes (capitalization, kind)
/// and the lexicon words that cross the gap. Only two syllable tokens one
/// space apart can join: numbers, dates, codes, abbreviations and
/// punctuation always stay words of their own.
///
/// An instance keeps scratch buffers: give each thread its own `Segmenter`.
public final class Segmenter {
    public let model: SegmenterModel
    private var context = TokenContext()
    private var statics: [Int32] = []
    /// Keeps `warm()`'s loads from being optimized away.
    private var warmSink: Int16 = 0
    /// Memoized generic static sums: key (`genericGapKey`) in the high 32
    /// bits, the sum in the low 32; an all-ones key marks an empty slot.
    private var genericMemo = [UInt64](repeating: .max, count: 1 << Segmenter.memoBits)
    static let memoBits = 12
    private let quantized: [Int16]
    /// Table line → line of `compact` (0: an all-zero line).
    private let remap: [UInt16]
    /// The non-zero lines of `quantized`, packed.
    private let compact: [Int16]

    /// Loads `models/segmenter.bin`.
    public convenience init() throws {
        try self.init(model: SegmenterModel(contentsOf: SegmenterModel.defaultURL()))
    }

    public init(model: SegmenterModel) {
        self.model = model
        // Weights as 16-bit integers: half the memory traffic of Float, and
        // the table lines a gap touches are what segmentation waits for.
        var largest: Float = 0
        for w in model.weights where w != 0 { largest = max(largest, abs(w)) }
        let scale = largest > 0 ? 32_000 / largest : 1
        let lines = model.weights.count >> 4
        var quantized = [Int16](repeating: 0, count: model.weights.count)
        // The syllable and pair features read 16-weight lines; fewer than
        // half of the table's lines hold a weight. Packing those lines
        // together (line 0 stays all zero for the rest) shrinks the memory
        // the syllable features touch from 2 MB to under 1 MB, and 16-bit
        // line numbers keep the map itself at 128 KB.
        var remap = [UInt16](repeating: 0, count: max(lines, 1))
        var compact = [Int16](repeating: 0, count: 16)
        model.weights.withUnsafeBufferPointer { w in
            quantized.withUnsafeMutableBufferPointer { q in
                let raw = UnsafeRawPointer(w.baseAddress!)
                for line in 0..<lines {
                    // Most lines are empty: OR their 64 bytes, sign bits aside (-0 is zero).
                    var bits: UInt64 = 0
                    for k in 0..<8 { bits |= raw.load(fromByteOffset: (line << 6) + 8 * k, as: UInt64.self) }
                    guard bits & 0x7FFF_FFFF_7FFF_FFFF != 0 else { continue }
                    for k in (line << 4)..<((line + 1) << 4) where w[k] != 0 {
                        q[k] = Int16((w[k] * scale).rounded())
                    }
                    remap[line] = UInt16(truncatingIfNeeded: compact.count >> 4)
                    compact.append(contentsOf: q[(line << 4)..<((line + 1) << 4)])
                }
            }
        }
        self.quantized = quantized
        if compact.count >> 4 <= Int(UInt16.max) {
            self.remap = remap
            self.compact = compact
        } else {
            // Too many lines for 16-bit line numbers (tables above 2^20
            // weights): read the syllable features from the full table.
            self.remap = []
            self.compact = quantized
        }
    }

    /// For each token of `tokens[range]`, whether it joins the token before
    /// it; `joins[k - range.lowerBound]` answers for token `k`.
    public func joins(_ scalars: [Unicode.Scalar], _ tokens: [Token], in range: Range<Int>, into joins: inout [Bool]) {
        joins.removeAll(keepingCapacity: true)
        if range.isEmpty { return }
        scalars.withUnsafeBufferPointer { s in
            tokens.withUnsafeBufferPointer { t in
                context.load(s, t, range, model.lexicon, bits: model.tableBits)
            }
        }
        if !remap.isEmpty { context.remapLines(remap) }
        warm()
        let bits = model.tableBits
        let n = context.count
        if statics.count < n { statics = [Int32](repeating: 0, count: max(n, 2 * statics.count)) }
        // Every flag is written below; the array keeps its capacity between calls.
        joins.append(contentsOf: repeatElement(false, count: n))
        context.joinable.withUnsafeBufferPointer { joinable in
            quantized.withUnsafeBufferPointer { full in
            compact.withUnsafeBufferPointer { w in
            statics.withUnsafeMutableBufferPointer { statics in
            genericMemo.withUnsafeMutableBufferPointer { memo in
            joins.withUnsafeMutableBufferPointer { joins in
                context.withView { c in
                    // Pass 1: static scores of every joinable gap.
                    // The generic part depends on 27 bits of context that
                    // take few values: its sums are memoized per key.
                    for r in 1..<n where joinable[r] {
                        let key = genericGapKey(c, r)
                        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> (32 - Segmenter.memoBits))
                        var score: Int32
                        let cached = memo[slot]
                        if UInt32(truncatingIfNeeded: cached >> 32) == key {
                            score = Int32(truncatingIfNeeded: cached)
                        } else {
                            score = 0
                            staticGenericFeatures(key, bits: bits) { score &+= Int32(full[$0]) }
                            memo[slot] = UInt64(key) << 32 | UInt64(UInt32(bitPattern: score))
                        }
                        staticIdentityFeatures(c, r, key) { score &+= Int32(w[$0]) }
                        statics[r] = score
                    }
                    // Pass 2: left to right with the history features.
                    var previous = false
                    var run = 1
                    for r in 1..<n {
                        var join = false
                        if joinable[r] {
                            var score = statics[r]
                            historyGapFeatures(c, r, bits: bits, previousJoined: previous, run: run, identity: true,
                                               generic: { score &+= Int32(full[$0]) }) { score &+= Int32(w[$0]) }
                            join = score > 0
                        }
                        joins[r] = join
                        previous = join
                        run = join ? run + 1 : 1
                    }
                }
            }
            }
            }
            }
            }
        }
    }

    /// Reads the first weight of every syllable and pair line of the loaded
    /// run. The loads are independent, so many are in flight at once; the
    /// scoring passes, whose loads feed one running sum, then find the lines
    /// in cache.
    @inline(__always)
    private func warm() {
        let total = context.count + 2 * TokenContext.pad
        var sum: Int16 = 0
        compact.withUnsafeBufferPointer { w in
            context.unigramLines.withUnsafeBufferPointer { u in
                context.pairLines.withUnsafeBufferPointer { pl in
                    for q in 0..<total { sum |= w[u[q]] | w[pl[q]] }
                }
            }
        }
        warmSink = sum
    }

    /// The words of `tokens[range]`.
    public func words(_ scalars: [Unicode.Scalar], _ tokens: [Token], in range: Range<Int>) -> [Word] {
        var flags: [Bool] = []
        joins(scalars, tokens, in: range, into: &flags)
        var out: [Word] = []
        var first = range.lowerBound
        for k in range.dropFirst() where !flags[k - range.lowerBound] {
            out.append(Word(tokens: first..<k, start: tokens[first].start, end: tokens[k - 1].end))
            first = k
        }
        if !range.isEmpty {
            out.append(Word(tokens: first..<range.upperBound, start: tokens[first].start, end: tokens[range.upperBound - 1].end))
        }
        return out
    }

    /// The words of a document, sentence by sentence.
    public func words(_ document: Document) -> [Word] {
        var out: [Word] = []
        for sentence in document.sentences {
            out += words(document.scalars, document.tokens, in: sentence.tokens)
        }
        return out
    }

    /// A text's words in the VnCoreNLP/pyvi style: words separated by
    /// spaces, the syllables of a word joined by `_`.
    public func underscored(_ scalars: [Unicode.Scalar], _ tokens: [Token]) -> String {
        var flags: [Bool] = []
        joins(scalars, tokens, in: 0..<tokens.count, into: &flags)
        var view = String.UnicodeScalarView()
        for (k, t) in tokens.enumerated() {
            if k > 0 { view.append(flags[k] ? "_" : " ") }
            view.append(contentsOf: scalars[t.start..<t.end])
        }
        return String(view)
    }
}
