/// Hashing helpers shared by the segmenter's features and its lexicon table.
///
/// Every string the segmenter looks at is reduced to a 64-bit hash of its
/// lowercased scalars, so inference never allocates a `String`.
enum SegmentHash {
    /// A 64-bit finalizer (the SplitMix64 output function).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Combines a running hash with one more value.
    @inline(__always)
    static func combine(_ h: UInt64, _ v: UInt64) -> UInt64 { mix(h ^ (v &* 0xFF51_AFD7_ED55_8CCD)) }

    /// Lowercase forms of scalars below U+2000 (Latin, Latin Extended and
    /// Vietnamese letters live there or in U+1E00–U+1EFF, handled too).
    static let lowerTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x2000)
        for v in 0..<0x2000 {
            table[v] = UInt32(v)
            guard v >= 0x80, let s = Unicode.Scalar(UInt32(v)) else { continue }
            let lower = s.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let l = lower.first { table[v] = l.value }
        }
        return table
    }()

    /// The lowercase value of one scalar (simple case mapping).
    @inline(__always)
    static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v }
        if v < 0x2000 { return lowerTable[Int(v)] }
        return v
    }

    /// `lower(v)` with the table already in hand (hot loops fetch the table
    /// once instead of going through the lazy global on every scalar).
    @inline(__always)
    static func lower(_ v: UInt32, _ table: UnsafePointer<UInt32>) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v }
        if v < 0x2000 { return table[Int(v)] }
        return v
    }

    /// Hash of the lowercased scalars `s[start..<end]`.
    @inline(__always)
    static func lowercased(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        lowerTable.withUnsafeBufferPointer { lowercased(s, start, end, $0.baseAddress!) }
    }

    /// `lowercased(s, start, end)` with the lowercase table in hand.
    @inline(__always)
    static func lowercased(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                           _ table: UnsafePointer<UInt32>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var k = start
        while k < end {
            h = (h ^ UInt64(lower(s[k].value, table))) &* 0x0000_0100_0000_01B3
            k += 1
        }
        return mix(h)
    }

    /// Hash of the lowercased scalars of `text`.
    static func lowercased(_ text: Substring) -> UInt64 {
        let scalars = Array(text.unicodeScalars)
        return scalars.withUnsafeBufferPointer { lowercased($0, 0, $0.count) }
    }

    /// The seed of a word hash (a sequence of syllable hashes).
    static let wordSeed: UInt64 = 0x5EED_0F_30AD_5EED
}
