import Foundation
import KiemdiemNormalize
import KiemdiemTokenize

/// One sentence of a CoNLL-U treebank: its word forms (a Vietnamese
/// multi-syllable word is one form with spaces inside) and their UPOS tags.
public struct GoldSentence: Sendable {
    public var forms: [String]
    public var upos: [String]
}

/// Reading CoNLL-U files (multiword-token ranges and empty nodes skipped).
public enum CoNLLU {
    /// The sentences of the file at `path`.
    public static func read(_ path: String) throws -> [GoldSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SegmenterModelError.unreadable(path, "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SegmenterModelError.unreadable(path, "not valid UTF-8")
        }
        return parse(text)
    }

    /// The sentences of CoNLL-U text.
    public static func parse(_ text: String) -> [GoldSentence] {
        var out: [GoldSentence] = []
        var current = GoldSentence(forms: [], upos: [])
        func finish() {
            if !current.forms.isEmpty { out.append(current) }
            current = GoldSentence(forms: [], upos: [])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty || line.allSatisfy({ $0 == " " || $0 == "\r" }) { finish(); continue }
            if line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 4 else { continue }
            if cols[0].contains("-") || cols[0].contains(".") { continue }
            let form = String(cols[1]).trimmingCharacters(in: .whitespaces)
            if form.isEmpty { continue }
            current.forms.append(form)
            current.upos.append(String(cols[3]))
        }
        finish()
        return out
    }
}

/// A gold sentence as the segmenter sees it: the normalized text of its
/// forms joined by spaces, the tokenizer's tokens, and for every scalar the
/// index of the gold word it belongs to (-1 for spaces).
public struct AlignedSentence: Sendable {
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token]
    public var wordOf: [Int]
    /// Whether gold word `k` has more than one syllable.
    public var multiSyllable: [Bool]
    /// The gold multi-syllable words, as syllable hashes.
    public var words: [[UInt64]]

    /// Aligns `sentence` using `normalizer` and `tokenizer`.
    public init(_ sentence: GoldSentence, normalizer: Normalizer, tokenizer: Tokenizer) {
        var scalars: [Unicode.Scalar] = []
        var wordOf: [Int] = []
        var multi: [Bool] = []
        var words: [[UInt64]] = []
        for (k, form) in sentence.forms.enumerated() {
            let normalized = normalizer.normalize(form).scalars
            if !scalars.isEmpty { scalars.append(" "); wordOf.append(-1) }
            for sc in normalized {
                scalars.append(sc)
                wordOf.append(sc == " " ? -1 : k)
            }
            multi.append(normalized.contains(" ") || normalized.contains("_"))
            if multi[k] { words.append(LexiconTable.syllables(of: Document.string(normalized))) }
        }
        self.scalars = scalars
        self.wordOf = wordOf
        self.multiSyllable = multi
        self.words = words
        self.tokens = tokenizer.tokenize(scalars)
    }

    /// For each token, whether the gold words put it in the same word as the
    /// token before it.
    public var goldJoins: [Bool] {
        tokens.indices.map { k in
            guard k > 0 else { return false }
            let a = wordOf[tokens[k - 1].end - 1], b = wordOf[tokens[k].start]
            return a >= 0 && a == b
        }
    }
}

extension AlignedSentence {
    /// The gold words in the `_` style: words separated by spaces, the
    /// syllables of a word joined by `_`.
    public func underscoredGold() -> String {
        var view = String.UnicodeScalarView()
        for (k, sc) in scalars.enumerated() {
            if sc == " " {
                let joined = k > 0 && k + 1 < scalars.count && wordOf[k - 1] >= 0 && wordOf[k - 1] == wordOf[k + 1]
                view.append(joined ? "_" : " ")
            } else {
                view.append(sc)
            }
        }
        return String(view)
    }

    /// `words` (over this sentence's tokens) in the `_` style.
    public func underscored(_ words: [Word]) -> String {
        var view = String.UnicodeScalarView()
        for (i, w) in words.enumerated() {
            if i > 0 { view.append(" ") }
            for k in w.tokens {
                if k > w.tokens.lowerBound { view.append("_") }
                view.append(contentsOf: scalars[tokens[k].start..<tokens[k].end])
            }
        }
        return String(view)
    }
}
