import Foundation
@_implementationOnly import CZlib

/// Article texts are stored compressed (zlib, level 6, after a 4-byte
/// little-endian length): a synthetic 3.0 KB article text takes about a
/// third of that. `RecordStore` compresses on writing and expands on reading.
enum TextDeflate {
    static func compress(_ s: String) -> Data {
        let src = Array(s.utf8)
        var destLen = compressBound(uLong(src.count))
        var out = [UInt8](repeating: 0, count: Int(destLen) + 4)
        let n = UInt32(src.count)
        for i in 0..<4 { out[i] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(i))) }
        let rc = out.withUnsafeMutableBufferPointer { p in
            src.withUnsafeBufferPointer { q in compress2(p.baseAddress! + 4, &destLen, q.baseAddress, uLong(src.count), 6) }
        }
        precondition(rc == Z_OK, "zlib compress2 failed (\(rc))")
        return Data(out.prefix(Int(destLen) + 4))
    }

    /// The text of `data` (nil when it is not what `compress` wrote).
    static func expand(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        guard bytes.count >= 4 else { return nil }
        var n: UInt32 = 0
        for i in 0..<4 { n |= UInt32(bytes[i]) << (8 * UInt32(i)) }
        if n == 0 { return "" }
        var destLen = uLong(n)
        var out = [UInt8](repeating: 0, count: Int(n))
        let rc = out.withUnsafeMutableBufferPointer { p in
            bytes.withUnsafeBufferPointer { q in uncompress(p.baseAddress, &destLen, q.baseAddress! + 4, uLong(bytes.count - 4)) }
        }
        guard rc == Z_OK, destLen == uLong(n) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }
}
