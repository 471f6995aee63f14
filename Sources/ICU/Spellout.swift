internal import CICU

/// Spelled-out numbers through ICU's rule-based number format (RBNF,
/// `UNUM_SPELLOUT`), e.g. Vietnamese "hai mươi mốt" ↔ 21.
///
/// Not safe to share between threads: give each worker its own.
public final class SpelloutNumbers {
    private let handle: UnsafeMutablePointer<UNumberFormat?>

    /// Opens the spell-out rules for `locale` (`vi` by default).
    public init(locale: String = "vi") throws {
        var status = U_ZERO_ERROR
        let h = unum_open(UNUM_SPELLOUT, nil, 0, locale, nil, &status)
        try check(status, "unum_open(spellout, \(locale))")
        guard let h else { throw ICUError(operation: "unum_open", name: "null") }
        unum_setAttribute(h, UNUM_LENIENT_PARSE, 1)
        handle = h
    }

    deinit { unum_close(handle) }

    /// Parses `phrase` as a spelled-out number. Returns nil unless the rules
    /// consumed the whole phrase (surrounding spaces aside).
    public func parse(_ phrase: String) -> Double? {
        let units = Array(phrase.utf16)
        var lo = 0, hi = units.count
        while lo < hi, units[lo] == 0x20 { lo += 1 }
        while hi > lo, units[hi - 1] == 0x20 { hi -= 1 }
        if lo == hi { return nil }
        let trimmed = Array(units[lo..<hi])
        var status = U_ZERO_ERROR
        var position: Int32 = 0
        let value = trimmed.withUnsafeBufferPointer {
            unum_parseDouble(handle, $0.baseAddress, Int32($0.count), &position, &status)
        }
        if status.rawValue > U_ZERO_ERROR.rawValue || Int(position) != trimmed.count { return nil }
        return value
    }

    /// Spells `value` out in words.
    public func format(_ value: Int64) throws -> String {
        String(decoding: try withGrowingBuffer(capacity: 64, "unum_formatInt64") {
            unum_formatInt64(handle, value, $0, $1, nil, &$2)
        }, as: UTF16.self)
    }
}
