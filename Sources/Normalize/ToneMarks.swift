/// Vietnamese tone-mark placement for open syllables ending in oa, oe, uy.
///
/// Two spelling styles exist: "hoà, khoẻ, thuỷ, uỷ" (mark on the last vowel)
/// and "hòa, khỏe, thủy, ủy" (mark on the first). kiemdiem writes records in
/// the second, as RECORDS.md requires. Only open syllables ending in exactly
/// those pairs change, never after "q" ("quý" stays); a following consonant
/// or vowel ("hoàng", "khuya", "uyên") leaves the syllable alone. Case is kept
/// letter by letter ("UỶ" → "ỦY").
public enum ToneMarks {
    // Tone order in each row: grave, acute, hook, tilde, dot below.
    static let toned: [Character: [Unicode.Scalar]] = [
        "a": ["à", "á", "ả", "ã", "ạ"], "A": ["À", "Á", "Ả", "Ã", "Ạ"],
        "e": ["è", "é", "ẻ", "ẽ", "ẹ"], "E": ["È", "É", "Ẻ", "Ẽ", "Ẹ"],
        "y": ["ỳ", "ý", "ỷ", "ỹ", "ỵ"], "Y": ["Ỳ", "Ý", "Ỷ", "Ỹ", "Ỵ"],
        "o": ["ò", "ó", "ỏ", "õ", "ọ"], "O": ["Ò", "Ó", "Ỏ", "Õ", "Ọ"],
        "u": ["ù", "ú", "ủ", "ũ", "ụ"], "U": ["Ù", "Ú", "Ủ", "Ũ", "Ụ"],
    ]

    /// Toned scalar → (plain base letter, tone index).
    static let decompose: [Unicode.Scalar: (base: Unicode.Scalar, tone: Int)] = {
        var map: [Unicode.Scalar: (Unicode.Scalar, Int)] = [:]
        for (base, row) in toned {
            for (i, s) in row.enumerated() { map[s] = (base.unicodeScalars.first!, i) }
        }
        return map
    }()

    /// `decompose` as a table over U+00C0–U+1EFF: base scalar value << 3 | tone, 0 when absent.
    static let decomposeTable: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x1F00)
        for (s, d) in decompose where s.value < 0x1F00 { t[Int(s.value)] = d.base.value << 3 | UInt32(d.tone) }
        return t
    }()

    @inline(__always)
    static func decomposed(_ s: Unicode.Scalar) -> (base: Unicode.Scalar, tone: Int)? {
        if s.value < 0x1F00 {
            let e = decomposeTable[Int(s.value)]
            return e == 0 ? nil : (Unicode.Scalar(e >> 3)!, Int(e & 7))
        }
        return decompose[s]
    }

    static func tonedScalar(_ base: Unicode.Scalar, _ tone: Int) -> Unicode.Scalar {
        toned[Character(base)]![tone]
    }

    /// Whether `s` is a letter for syllable purposes.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    /// Rewrites, in place, every "oà/oè/uỳ"-style pair at a syllable end to
    /// the "òa/òe/ùy" style. The scalar count never changes, so offsets hold.
    public static func normalize(_ scalars: inout [Unicode.Scalar]) {
        scalars.withUnsafeMutableBufferPointer { normalize($0) }
    }

    /// `normalize(_:)` over scalars in a buffer, rewritten in place.
    public static func normalize(_ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>) {
        let n = scalars.count
        var i = 1
        while i < n {
            let second = scalars[i]
            let first = scalars[i - 1]
            let f = first.value | 0x20
            // Fast reject: an ASCII o/u followed by a non-ASCII letter, before
            // any table lookup (most positions stop here).
            guard second.value >= 0xC0, first.value < 0x80, f == 0x6F || f == 0x75 else { i += 1; continue }
            // The second letter must be a toned a/e/y.
            guard let (base2, tone) = decomposed(second) else { i += 1; continue }
            let b2 = base2.value | 0x20
            let pairOK = (f == 0x6F && (b2 == 0x61 || b2 == 0x65)) || (f == 0x75 && b2 == 0x79)
            guard pairOK else { i += 1; continue }
            // Open syllable: no letter follows.
            if i + 1 < n, isLetter(scalars[i + 1]) { i += 1; continue }
            // "qu" is an onset, not a vowel pair.
            if i >= 2, (scalars[i - 2].value | 0x20) == 0x71 { i += 1; continue }
            scalars[i - 1] = tonedScalar(first, tone)
            scalars[i] = base2
            i += 2
        }
    }

    public static func normalize(_ text: String) -> String {
        var scalars = ScalarString.scalars(of: text)
        normalize(&scalars)
        return ScalarString.string(scalars)
    }
}
