internal import CICU

/// Byte ↔ Unicode conversion through ICU's converters (`ucnv`), e.g.
/// `windows-1258`, `windows-1252`, `UTF-8`.
///
/// Decoding is strict: bytes that are invalid or unmappable in the charset
/// throw instead of turning into U+FFFD. Not safe to share between threads.
public final class CharsetConverter {
    private let handle: OpaquePointer
    /// The charset name as given.
    public let name: String

    /// Opens the converter named `name` (any alias ICU knows).
    public init(_ name: String) throws {
        var status = U_ZERO_ERROR
        let h = ucnv_open(name, &status)
        try check(status, "ucnv_open(\(name))")
        guard let h else { throw ICUError(operation: "ucnv_open(\(name))", name: "null") }
        kd_ucnv_stopOnError(h, &status)
        kd_ucnv_stopOnUnmappable(h, &status)
        try check(status, "ucnv_setCallBack")
        handle = h
        self.name = name
    }

    deinit { ucnv_close(handle) }

    /// Decodes `bytes` to a string; throws on bytes the charset cannot map.
    public func decode(_ bytes: [UInt8]) throws -> String {
        if bytes.isEmpty { return "" }
        let units = try bytes.withUnsafeBufferPointer { src in
            try src.withMemoryRebound(to: CChar.self) { chars in
                try withGrowingBuffer(capacity: bytes.count + 16, "ucnv_toUChars(\(name))") {
                    ucnv_toUChars(handle, $0, $1, chars.baseAddress, Int32(chars.count), &$2)
                }
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Encodes `text` in this charset; throws on characters it cannot represent.
    public func encode(_ text: String) throws -> [UInt8] {
        let units = Array(text.utf16)
        if units.isEmpty { return [] }
        var capacity = units.count * 4 + 16
        while true {
            var status = U_ZERO_ERROR
            var out = [UInt8](repeating: 0, count: capacity)
            let n = units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    dst.withMemoryRebound(to: CChar.self) {
                        ucnv_fromUChars(handle, $0.baseAddress, Int32(capacity), src.baseAddress, Int32(src.count), &status)
                    }
                }
            }
            if status == U_BUFFER_OVERFLOW_ERROR { capacity = Int(n) + 1; continue }
            try check(status, "ucnv_fromUChars(\(name))")
            return Array(out[0..<Int(n)])
        }
    }
}
