internal import CICU

/// Text boundaries found by ICU's rule-based break iterators (`ubrk`).
///
/// Not safe to share between threads: give each worker its own.
public final class TextBreaker {
    /// Which boundaries to find.
    public enum Kind: Sendable { case character, word, line, sentence }

    private let kind: Kind
    private let locale: String

    /// - Parameters:
    ///   - kind: character, word, line or sentence boundaries.
    ///   - locale: ICU locale id, `vi` by default.
    public init(_ kind: Kind, locale: String = "vi") {
        self.kind = kind
        self.locale = locale
    }

    /// Boundaries as UTF-16 offsets into `units`, starting with 0 and ending
    /// with `units.count`.
    public func boundaries(utf16 units: [UInt16]) throws -> [Int] {
        try segments(utf16: units).map { $0.end }.reduce(into: [0]) { $0.append($1) }
    }

    /// Segments as `(start, end, ruleStatus)` in UTF-16 offsets. For word
    /// boundaries, `ruleStatus` tells words (>= 100) from spaces and punctuation (< 100).
    public func segments(utf16 units: [UInt16]) throws -> [(start: Int, end: Int, status: Int)] {
        if units.isEmpty { return [] }
        var status = U_ZERO_ERROR
        let type: UBreakIteratorType
        switch kind {
        case .character: type = UBRK_CHARACTER
        case .word: type = UBRK_WORD
        case .line: type = UBRK_LINE
        case .sentence: type = UBRK_SENTENCE
        }
        return try units.withUnsafeBufferPointer { buf in
            guard let bi = ubrk_open(type, locale, buf.baseAddress, Int32(buf.count), &status) else {
                try check(status, "ubrk_open")
                return []
            }
            defer { ubrk_close(bi) }
            try check(status, "ubrk_open")
            var result: [(start: Int, end: Int, status: Int)] = []
            var start = Int(ubrk_first(bi))
            while true {
                let next = ubrk_next(bi)
                if next == UBRK_DONE { break }
                result.append((start, Int(next), Int(ubrk_getRuleStatus(bi))))
                start = Int(next)
            }
            return result
        }
    }

    /// Convenience: the pieces of `text` between boundaries.
    public func split(_ text: String) throws -> [String] {
        let units = Array(text.utf16)
        return try segments(utf16: units).map { String(decoding: units[$0.start..<$0.end], as: UTF16.self) }
    }
}
