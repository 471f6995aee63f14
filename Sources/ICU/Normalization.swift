internal import CICU

/// Unicode normalization forms through ICU's `unorm2`.
public enum UnicodeNormalization {
    /// Returns `text` in Normalization Form C.
    public static func nfc(_ text: String) throws -> String {
        try normalize(text, form: .nfc)
    }

    /// Returns `text` in Normalization Form D.
    public static func nfd(_ text: String) throws -> String {
        try normalize(text, form: .nfd)
    }

    /// Whether `text` is already in NFC (fast path: no copy).
    public static func isNFC(_ text: String) throws -> Bool {
        var status = U_ZERO_ERROR
        let norm = unorm2_getNFCInstance(&status)
        try check(status, "unorm2_getNFCInstance")
        let units = Array(text.utf16)
        let result = units.withUnsafeBufferPointer { unorm2_isNormalized(norm, $0.baseAddress, Int32($0.count), &status) }
        try check(status, "unorm2_isNormalized")
        return result != 0
    }

    /// Normalizes UTF-16 code units to NFC.
    public static func nfc(utf16 units: [UInt16]) throws -> [UInt16] {
        try normalize(units, form: .nfc)
    }

    enum Form { case nfc, nfd }

    static func normalize(_ text: String, form: Form) throws -> String {
        String(decoding: try normalize(Array(text.utf16), form: form), as: UTF16.self)
    }

    static func normalize(_ units: [UInt16], form: Form) throws -> [UInt16] {
        var status = U_ZERO_ERROR
        let norm = form == .nfc ? unorm2_getNFCInstance(&status) : unorm2_getNFDInstance(&status)
        try check(status, "unorm2_getInstance")
        return try units.withUnsafeBufferPointer { src in
            try withGrowingBuffer(capacity: units.count * (form == .nfc ? 1 : 3) + 8, "unorm2_normalize") {
                unorm2_normalize(norm, src.baseAddress, Int32(src.count), $0, $1, &$2)
            }
        }
    }
}
