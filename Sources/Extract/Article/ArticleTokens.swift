import Foundation
import KiemdiemCore
import KiemdiemTokenize

/// A token-level view of one analysed text for the rule-based extractors of
/// this folder: token texts, lower-cased forms and phrase matching.
struct ArticleTokens {
    let doc: Document
    let tokens: [Token]
    let texts: [String]
    let lower: [String]
    /// For each token, the index of its sentence.
    let sentenceOf: [Int]
    /// Plain lowercase tokens (`WordView.plain`): compared and hashed by bytes.
    let plain: [Bool]
    /// Word numbers of the tokens and their generation (`WordView.ids`).
    let ids: [Int32]
    let generation: Int32

    init(_ doc: Document) { self.init(WordView(doc)) }

    /// The token view of an already built word view (its texts are shared, not rebuilt).
    init(_ words: WordView) {
        let doc = words.doc
        self.doc = doc
        tokens = words.tokens
        texts = words.texts
        lower = words.lower
        plain = words.plain
        ids = words.ids
        generation = words.generation
        var sentenceOf = [Int](repeating: 0, count: doc.tokens.count)
        for (k, s) in doc.sentences.enumerated() {
            for t in s.tokens where t < sentenceOf.count { sentenceOf[t] = k }
        }
        self.sentenceOf = sentenceOf
    }

    var count: Int { tokens.count }

    func word(_ i: Int) -> String? { i >= 0 && i < count ? lower[i] : nil }

    func kind(_ i: Int) -> TokenKind? { i >= 0 && i < count ? tokens[i].kind : nil }

    /// Whether tokens `i…` spell `phrase` (lower-cased words).
    func matches(_ i: Int, _ phrase: [String]) -> Bool {
        guard i >= 0, i + phrase.count <= count else { return false }
        for (k, w) in phrase.enumerated() where !isWord(i + k, w) { return false }
        return true
    }

    /// Whether tokens `i…` have the word numbers `phrase` (all numbered before this view).
    @inline(__always) func matches(_ i: Int, ids phrase: [Int32]) -> Bool {
        guard i >= 0, i + phrase.count <= count else { return false }
        for k in 0..<phrase.count where ids[i + k] != phrase[k] { return false }
        return true
    }

    /// `word(i) == w` for an NFC word `w` (every word of the rules is NFC):
    /// false outside the list, byte comparison for plain tokens.
    @inline(__always) func isWord(at i: Int, _ w: String) -> Bool {
        i >= 0 && i < count && isWord(i, w)
    }

    /// `words.contains(word(i) ?? "")` for NFC words: whether token `i` is one of `words`.
    @inline(__always) func isAnyWord(at i: Int, _ words: [String]) -> Bool {
        i >= 0 && i < count && isAnyWord(i, words)
    }

    /// `words.contains(lower[i])` for NFC words and `i` in range.
    @inline(__always) func isAnyWord(_ i: Int, _ words: [String]) -> Bool {
        for w in words where isWord(i, w) { return true }
        return false
    }

    /// Whether token `i` (in range) is the lowercase word `w` (NFC, as every
    /// word of the rules and lexicons is): byte comparison for plain tokens.
    @inline(__always) func isWord(_ i: Int, _ w: String) -> Bool {
        plain[i] ? ScalarText.sameBytes(lower[i], w) : lower[i] == w
    }

    /// Whether a letter token starts with a capital letter.
    func isCapitalized(_ i: Int) -> Bool {
        guard i >= 0, i < count, tokens[i].kind == .syllable || tokens[i].kind == .abbreviation,
              let first = texts[i].unicodeScalars.first else { return false }
        return ScalarText.isUppercase(first)
    }

    func isWord(_ i: Int) -> Bool {
        guard let k = kind(i) else { return false }
        return k == .syllable || k == .abbreviation
    }

    /// Whether tokens `a` and `b` lie on the same line (no newline between them).
    func sameLine(_ a: Int, _ b: Int) -> Bool {
        let lo = tokens[min(a, b)].end, hi = tokens[max(a, b)].start
        if lo >= hi { return true }
        return !doc.scalars[lo..<hi].contains("\n")
    }

    /// The span of tokens `a…b` (inclusive).
    func span(_ a: Int, _ b: Int) -> Span { Span(tokens[a].start, tokens[b].end) }

    /// The text of tokens `a…b` (inclusive) as written.
    func text(_ a: Int, _ b: Int) -> String { doc.sliceText(tokens[a].start, tokens[b].end) }

    /// The first token starting at or after scalar offset `offset` (binary search).
    func tokenIndex(atOrAfter offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? lo : nil
    }

    /// Token range of sentence `k`.
    func sentenceTokens(_ k: Int) -> Range<Int> {
        guard k >= 0, k < doc.sentences.count else { return 0..<0 }
        return doc.sentences[k].tokens
    }
}

/// A list of phrases (sequences of lower-cased words) with a value each,
/// matched longest first at a token position.
struct PhraseTable<Value> {
    private var byFirst: [String: [([String], Value)]] = [:]
    /// The same lists keyed by bytes, for plain tokens (`ArticleTokens.plain`).
    private var byFirstBytes: [ByteKey: [([String], Value)]] = [:]
    /// The same lists by the number of the first word (`WordIDs`), phrases as numbers.
    private var byFirstID: [[([Int32], Value)]] = []
    /// The highest word number in the table.
    private var maxID: Int32 = -1

    init() {}

    /// Adds `phrase`, split into words the way the tokenizer splits text.
    mutating func add(_ phrase: String, _ value: Value, tokenizer: Tokenizer) {
        let words = PhraseTable.words(phrase, tokenizer: tokenizer)
        guard let first = words.first else { return }
        byFirst[first, default: []].append((words, value))
        byFirst[first]!.sort { $0.0.count > $1.0.count }
        byFirstBytes[ByteKey(first.precomposedStringWithCanonicalMapping)] = byFirst[first]!
        let numbered = byFirst[first]!.map { entry in (entry.0.map { WordIDs.shared.intern($0) }, entry.1) }
        let firstID = Int(numbered[0].0[0])
        maxID = max(maxID, numbered.flatMap(\.0).max() ?? -1)
        if byFirstID.count <= Int(maxID) { byFirstID += Array(repeating: [], count: Int(maxID) + 1 - byFirstID.count) }
        byFirstID[firstID] = numbered
    }

    static func words(_ phrase: String, tokenizer: Tokenizer) -> [String] {
        let doc = tokenizer.analyze(phrase)
        return doc.tokens.map { doc.text(of: $0).lowercased() }
    }

    /// The longest phrase starting at token `i`: its length in tokens and value.
    func match(_ t: ArticleTokens, at i: Int) -> (length: Int, value: Value)? {
        if maxID < t.generation {
            // Every word of the table was numbered before the view: compare numbers.
            guard i >= 0, i < t.count else { return nil }
            let id = t.ids[i]
            guard id >= 0, Int(id) < byFirstID.count else { return nil }
            for (ids, value) in byFirstID[Int(id)] where t.matches(i, ids: ids) { return (ids.count, value) }
            return nil
        }
        guard let w = t.word(i), let list = t.plain[i] ? byFirstBytes[ByteKey(w)] : byFirst[w] else { return nil }
        for (words, value) in list where t.matches(i, words) { return (words.count, value) }
        return nil
    }
}

/// Reads a tab-separated lexicon: each non-comment line split at tabs.
func lexiconRows(_ name: String) throws -> [[String]] {
    try ResourceLocator.lexiconLines(name).map { line in
        line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
