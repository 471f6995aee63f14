import KiemdiemCore
import KiemdiemTokenize

/// A token list with each token's text and lowercase text at hand, the view
/// the rule files match on. Offsets are scalar offsets into `doc.text`.
public struct WordView {
    public let doc: Document
    public let tokens: [Token]
    /// Token texts as written.
    public let texts: [String]
    /// Token texts in lowercase.
    public let lower: [String]
    /// For each token, whether its lowercase is plain (`ScalarText.isPlain`):
    /// then it equals an NFC word exactly when their bytes are equal.
    let plain: [Bool]
    /// For each token, its word number (`WordIDs`), -1 when no phrase table has the word.
    let ids: [Int32]
    /// How many words were numbered when `ids` were looked up.
    let generation: Int32

    public init(_ doc: Document) {
        self.doc = doc
        self.tokens = doc.tokens
        // Straight from the scalars (ScalarText): the same strings as
        // `doc.text(of:)` and its `lowercased()`, at a fraction of the cost.
        var texts: [String] = []
        var lower: [String] = []
        var plain: [Bool] = []
        texts.reserveCapacity(doc.tokens.count)
        lower.reserveCapacity(doc.tokens.count)
        plain.reserveCapacity(doc.tokens.count)
        doc.scalars.withUnsafeBufferPointer { s in
            for t in doc.tokens {
                let text = ScalarText.string(s, t.start..<t.end)
                texts.append(text)
                let (l, p) = ScalarText.lowercased(s, t.start..<t.end, same: text)
                lower.append(l)
                plain.append(p)
            }
        }
        self.texts = texts
        self.lower = lower
        self.plain = plain
        (ids, generation) = WordIDs.shared.numbers(lower, plain: plain)
    }

    public var count: Int { tokens.count }

    /// The lowercase text of token `i`, nil outside the list.
    public func word(_ i: Int) -> String? { i >= 0 && i < tokens.count ? lower[i] : nil }

    /// The kind of token `i`, nil outside the list.
    public func kind(_ i: Int) -> TokenKind? { i >= 0 && i < tokens.count ? tokens[i].kind : nil }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    public func touches(_ i: Int) -> Bool {
        i >= 0 && i + 1 < tokens.count && tokens[i].end == tokens[i + 1].start
    }

    /// Whether tokens `i` and `i + 1` are in the same line (no newline between them).
    public func sameLine(_ i: Int) -> Bool {
        guard i >= 0, i + 1 < tokens.count else { return false }
        let s = doc.scalars
        var k = tokens[i].end
        while k < tokens[i + 1].start { if s[k] == "\n" { return false }; k += 1 }
        return true
    }

    /// Whether the lowercase words from `i` on are `words` (each one token), on one line.
    public func matches(_ i: Int, _ words: [String]) -> Bool {
        guard i >= 0, i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() {
            if !isWord(i + k, w) { return false }
            if k > 0 && !sameLine(i + k - 1) { return false }
        }
        return true
    }

    /// `word(i) == w` for an NFC word `w` (every word of the rules is NFC):
    /// false outside the list, byte comparison for plain tokens.
    @inline(__always) func isWord(at i: Int, _ w: String) -> Bool {
        i >= 0 && i < tokens.count && isWord(i, w)
    }

    /// `words.contains(word(i) ?? "")` for NFC words: whether token `i` is one of `words`.
    @inline(__always) func isAnyWord(at i: Int, _ words: [String]) -> Bool {
        i >= 0 && i < tokens.count && isAnyWord(i, words)
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

    /// `matches(_:_:)` for a phrase as word numbers (all numbered before this view).
    @inline(__always) func matches(_ i: Int, ids phrase: [Int32]) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for k in 0..<phrase.count {
            if ids[i + k] != phrase[k] { return false }
            if k > 0 && !sameLine(i + k - 1) { return false }
        }
        return true
    }

    /// Whether the lowercase words ending just before `i` are `words`.
    public func precededBy(_ i: Int, _ words: [String]) -> Bool {
        matches(i - words.count, words) && (words.isEmpty || sameLine(i - 1))
    }

    /// The span from the start of token `a` to the end of token `b` (inclusive).
    public func span(_ a: Int, _ b: Int) -> Span { Span(tokens[a].start, tokens[b].end) }

    /// The text of `span`.
    public func text(_ span: Span) -> String { doc.sliceText(span.start, span.end) }
}
