/// Conversions between `String` and arrays of Unicode scalars done on the
/// UTF-8 bytes, for the text of every article (the standard library's
/// `String.UnicodeScalarView` appends and iterates one scalar at a time
/// through generic code, several times slower).
///
/// `string(_:)` gives the same String as appending the scalars to a
/// `String.UnicodeScalarView`; `scalars(of:)` the same array as
/// `Array(text.unicodeScalars)`.
public enum ScalarString {
    /// The number of UTF-8 bytes of scalar value `v`.
    @inline(__always) public static func utf8Count(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// Writes scalar value `v` as UTF-8 at `buf[k]` and moves `k` past it.
    @inline(__always) public static func put(_ v: UInt32, _ buf: UnsafeMutableBufferPointer<UInt8>, _ k: inout Int) {
        if v < 0x80 {
            buf[k] = UInt8(v); k += 1
        } else if v < 0x800 {
            buf[k] = UInt8(0xC0 | (v >> 6)); buf[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
        } else if v < 0x10000 {
            buf[k] = UInt8(0xE0 | (v >> 12)); buf[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buf[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
        } else {
            buf[k] = UInt8(0xF0 | (v >> 18)); buf[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            buf[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
        }
    }

    /// The text of `scalars`.
    public static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        if scalars.isEmpty { return "" }
        var n = 0
        for s in scalars { n += utf8Count(s.value) }
        return String(unsafeUninitializedCapacity: n) { buf in
            var k = 0
            for s in scalars { put(s.value, buf, &k) }
            return k
        }
    }

    /// The text of `scalars`.
    public static func string(_ scalars: [Unicode.Scalar]) -> String {
        scalars.withUnsafeBufferPointer { string($0) }
    }

    /// The text of `scalars[range]`.
    public static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        scalars.withUnsafeBufferPointer { string(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The scalars of `text`, decoded from its UTF-8 (always valid in a String).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        if let r = text.utf8.withContiguousStorageIfAvailable({ scalars(utf8: $0) }) { return r }
        return Array(text.unicodeScalars)
    }

    /// The scalars of valid UTF-8 `b`.
    static func scalars(utf8 b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let n = b.count
        return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            var i = 0, m = 0
            while i < n {
                let c = UInt32(b[i])
                var v: UInt32
                if c < 0x80 {
                    v = c; i += 1
                } else if c < 0xE0 {
                    v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                } else if c < 0xF0 {
                    v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                } else {
                    v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                        | UInt32(b[i + 3] & 0x3F); i += 4
                }
                out.baseAddress![m] = Unicode.Scalar(decoded: v); m += 1
            }
            count = m
        }
    }

    /// Whether every scalar of `text` is below U+0300 or in U+1E00–U+1EFF
    /// (`Normalizer.isStable`): such text is in NFC as it is, and has no
    /// combining marks. Read on the UTF-8 bytes.
    public static func isStable(_ text: String) -> Bool {
        if let r = text.utf8.withContiguousStorageIfAvailable({ isStable(utf8: $0) }) { return r }
        return text.unicodeScalars.allSatisfy { Normalizer.isStable($0.value) }
    }

    /// `isStable(_:)` on valid UTF-8.
    public static func isStable(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            // Two-byte sequences with lead C2–CB: U+0080–U+02FF.
            if c >= 0xC2 && c <= 0xCB { i += 2; continue }
            // E1 B8–BB: U+1E00–U+1EFF.
            if c == 0xE1, i + 1 < n, b[i + 1] >= 0xB8 && b[i + 1] <= 0xBB { i += 3; continue }
            return false
        }
        return true
    }
}

fileprivate extension Unicode.Scalar {
    /// A scalar from a value known to be valid (decoded from valid UTF-8).
    @inline(__always) init(decoded v: UInt32) {
        self = Unicode.Scalar(v) ?? "\u{FFFD}"
    }
}
