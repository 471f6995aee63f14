internal import CICU

/// An ICU transliterator (`utrans`), for example diacritic folding.
///
/// Not safe to share between threads: give each worker its own.
public final class Transliterator {
    private let handle: UnsafeMutablePointer<UTransliterator?>

    /// The compound id that folds Vietnamese for matching unaccented text:
    /// decompose, drop the marks, map đ/Đ to d/D, lowercase.
    public static let foldingID = "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower"

    /// Opens the transliterator with ICU id `id` (e.g. `Any-Latin`).
    public init(id: String) throws {
        var status = U_ZERO_ERROR
        var parseError = UParseError()
        let idUnits = Array(id.utf16)
        let h = idUnits.withUnsafeBufferPointer {
            utrans_openU($0.baseAddress, Int32($0.count), UTRANS_FORWARD, nil, 0, &parseError, &status)
        }
        try check(status, "utrans_openU(\(id))")
        guard let h else { throw ICUError(operation: "utrans_openU(\(id))", name: "null") }
        handle = h
    }

    deinit { utrans_close(handle) }

    /// Returns `text` transliterated.
    public func transliterate(_ text: String) throws -> String {
        var units = Array(text.utf16)
        if units.isEmpty { return text }
        var capacity = units.count * 2 + 16
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            var limit = Int32(units.count)
            var status = U_ZERO_ERROR
            buffer.withUnsafeMutableBufferPointer {
                utrans_transUChars(handle, $0.baseAddress, &length, Int32(capacity), 0, &limit, &status)
            }
            if status == U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(length) + 16
                continue
            }
            try check(status, "utrans_transUChars")
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
        }
    }
}
