/// What a token is, lexically. Meaning (is "30/4" a date?) is the extractors' call.
public enum TokenKind: String, Codable, Sendable, CaseIterable {
    /// A run of letters: one Vietnamese syllable or a foreign word ("Đảng", "ủy").
    case syllable
    /// An abbreviation ("HĐND", "UBND", "TP.", "đ/c", "BCH").
    case abbreviation
    /// Digits with Vietnamese separators ("06", "1.234", "12,5").
    case number
    /// The percent sign after a number.
    case percent
    /// A whole date or month ("08/12/2020", "8-12-2020", "12/2024", "IV/2020").
    case date
    /// Two numbers joined by a slash, no year ("30/4", "02/10").
    case fraction
    /// A clock time ("17:41", "8h30").
    case time
    /// A document code or other alphanumeric code ("07-KH/ĐU", "123/QĐ-UBND", "Covid-19").
    case code
    case url
    case email
    case phone
    case punctuation
    /// Any other symbol.
    case symbol
}

/// A token: its kind and `[start, end)` in Unicode scalar offsets of the
/// normalized text.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int

    public init(_ kind: TokenKind, _ start: Int, _ end: Int) {
        self.kind = kind; self.start = start; self.end = end
    }
}

/// A sentence: `[start, end)` in scalar offsets and the range of its tokens.
public struct Sentence: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>
}
