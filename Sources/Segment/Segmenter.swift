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

    /// Loads `models/segmenter.bin`.
    public convenience init() throws {
        try self.init(model: SegmenterModel(contentsOf: SegmenterModel.defaultURL()))
    }

    public init(model: SegmenterModel) {
        self.model = model
    }

    /// For each token of `tokens[range]`, whether it joins the token before
    /// it; `joins[k - range.lowerBound]` answers for token `k`.
    public func joins(_ scalars: [Unicode.Scalar], _ tokens: [Token], in range: Range<Int>, into joins: inout [Bool]) {
        joins.removeAll(keepingCapacity: true)
        if range.isEmpty { return }
        scalars.withUnsafeBufferPointer { s in
            tokens.withUnsafeBufferPointer { t in
                context.load(s, t, range, model.lexicon)
            }
        }
        let bits = model.tableBits
        let n = context.count
        context.joinable.withUnsafeBufferPointer { joinable in
            model.weights.withUnsafeBufferPointer { w in
                context.withView { c in
                    var previous = false
                    var run = 1
                    joins.append(false)
                    for r in 1..<n {
                        var join = false
                        if joinable[r] {
                            var score: Float = 0
                            gapFeatures(c, r, bits: bits, previousJoined: previous, run: run) { score += w[$0] }
                            join = score > 0
                        }
                        joins.append(join)
                        previous = join
                        run = join ? run + 1 : 1
                    }
                }
            }
        }
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
