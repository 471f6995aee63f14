/// Strings made straight from a run of Unicode scalars, as UTF-8, for the
/// word views built for every token of every article.
///
/// `string` gives the same String as appending the scalars to a
/// `String.UnicodeScalarView` (what `Document.slice` does), and `lowercased`
/// the same as `String.lowercased()` of it (which maps each scalar through its
/// `lowercaseMapping`), without the per-scalar overhead of either.
enum ScalarText {
    /// Lowercase of each scalar below `tableLimit` when it is one scalar
    /// (`noSingle` when the mapping is longer, e.g. "İ" → "i̇").
    static let lowerTable: [UInt32] = (0..<tableLimit).map { v -> UInt32 in
        guard let s = Unicode.Scalar(v) else { return v }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : noSingle
    }
    static let tableLimit: UInt32 = 0x2000
    static let noSingle: UInt32 = 0xFFFF_FFFF

    @inline(__always) static func utf8Count(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    @inline(__always) static func put(_ v: UInt32, _ buf: UnsafeMutableBufferPointer<UInt8>, _ k: inout Int) {
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

    /// The text of `scalars[range]`.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        var n = 0
        for i in range { n += utf8Count(scalars[i].value) }
        return String(unsafeUninitializedCapacity: n) { buf in
            var k = 0
            for i in range { put(scalars[i].value, buf, &k) }
            return k
        }
    }

    /// `string(scalars, range).lowercased()`.
    static func lowercased(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        var n = 0
        var simple = true
        for i in range {
            var v = scalars[i].value
            if v >= 0x80 {
                if v < tableLimit, lowerTable[Int(v)] != noSingle { v = lowerTable[Int(v)] } else { simple = false; break }
            }
            n += utf8Count(v)
        }
        guard simple else {
            // A scalar outside the table or with a longer mapping: the library does it.
            return string(scalars, range).lowercased()
        }
        return String(unsafeUninitializedCapacity: n) { buf in
            var k = 0
            for i in range {
                let v = scalars[i].value
                if v < 0x80 {
                    buf[k] = (v >= 0x41 && v <= 0x5A) ? UInt8(v + 0x20) : UInt8(v); k += 1
                } else {
                    put(lowerTable[Int(v)], buf, &k)
                }
            }
            return k
        }
    }
}
