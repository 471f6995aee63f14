import KiemdiemNormalize

/// One analysed text: the normalized text, its tokens and sentences, every
/// piece addressed by scalar offsets into `text` (the spaCy way).
public struct Document: Sendable {
    /// The normalized form and the map back to the input.
    public let normalized: NormalizedText
    public let tokens: [Token]
    public let sentences: [Sentence]

    public var text: String { normalized.text }
    public var scalars: [Unicode.Scalar] { normalized.scalars }

    public init(normalized: NormalizedText, tokens: [Token], sentences: [Sentence]) {
        self.normalized = normalized; self.tokens = tokens; self.sentences = sentences
    }

    /// The text of `[start, end)`.
    public func slice(_ start: Int, _ end: Int) -> String {
        ScalarString.string(normalized.scalars, start..<end)
    }

    /// The text of a token.
    public func text(of token: Token) -> String { slice(token.start, token.end) }

    /// Index of the sentence that contains scalar offset `offset`.
    public func sentenceIndex(at offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    public static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        if let r = scalars.withContiguousStorageIfAvailable({ ScalarString.string($0) }) { return r }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
