/// The parts of a Vietnamese syllable the segmenter's sub-syllable features
/// read: the tone, the onset (leading consonants) and the rhyme (the rest),
/// each of the latter two as a hash of its tone-stripped letters.
///
/// A syllable is onset + rhyme + tone; the tone is written as a mark on one
/// vowel letter (grave, acute, hook above, tilde, dot below). Stripping it
/// groups "ma", "má", "mà", "mả", "mã", "mạ" under one form.
enum SyllableParts {
    /// Tone classes: 0 level (no mark), 1 grave, 2 acute, 3 hook above,
    /// 4 tilde, 5 dot below; 6 for a token that is no syllable.
    static let noTone: UInt8 = 6

    /// Per scalar below `tableSize`: the tone-stripped scalar in the low 24
    /// bits, the tone class in the next 4 bits and bit 28 set for a vowel
    /// letter. Scalars without an entry map to themselves, consonants.
    static let tableSize = 0x1F00
    static let vowelBit: UInt32 = 1 << 28
    static let table: [UInt32] = {
        var t = (0..<UInt32(tableSize)).map { $0 }
        let rows = ["aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
                    "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"]
        for row in rows {
            let scalars = Array(row.unicodeScalars)
            let base = scalars[0].value
            for (tone, s) in scalars.enumerated() where Int(s.value) < tableSize {
                t[Int(s.value)] = base | UInt32(tone) << 24 | vowelBit
            }
        }
        return t
    }()

    /// Vowel letters with their quality marks dropped too (ă, â → a; ê → e;
    /// ô, ơ → o; ư → u) and đ → d: the form of text typed without any
    /// diacritics.
    @inline(__always)
    static func unaccented(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x103, 0xE2: return 0x61
        case 0xEA: return 0x65
        case 0xF4, 0x1A1: return 0x6F
        case 0x1B0: return 0x75
        case 0x111: return 0x64
        default: return v
        }
    }

    /// The parts of the lowercased syllable `s[start..<end]`.
    ///
    /// `bare`: hash of the tone-stripped syllable (with `unaccented`, of the
    /// syllable without any diacritic); `onset`, `rhyme`: hashes of the
    /// tone-stripped onset and rhyme; `tone`: the tone class; `length`:
    /// letters, at most 7.
    @inline(__always)
    static func analyze(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                        _ lower: UnsafePointer<UInt32>, _ parts: UnsafePointer<UInt32>, unaccented stripAll: Bool)
        -> (bare: UInt64, onset: UInt64, rhyme: UInt64, tone: UInt8, length: UInt8) {
        var bare: UInt64 = 0xCBF2_9CE4_8422_2325
        var onset: UInt64 = 0x84222325
        var rhyme: UInt64 = 0x1B3
        var tone: UInt8 = 0
        var inOnset = true
        var previous: UInt32 = 0
        var k = start
        while k < end {
            let v = SegmentHash.lower(s[k].value, lower)
            var base = v
            var vowel = false
            if Int(v) < tableSize {
                let e = parts[Int(v)]
                base = e & 0xFF_FFFF
                vowel = e & vowelBit != 0
                let t = UInt8(truncatingIfNeeded: (e >> 24) & 15)
                if t != 0 { tone = t }
            }
            if inOnset && vowel {
                // "qu" and "gi" + vowel: the u / i belongs to the onset.
                let next = k + 1 < end ? SegmentHash.lower(s[k + 1].value, lower) : 0
                let nextVowel = Int(next) < tableSize && parts[Int(next)] & vowelBit != 0
                if !((previous == 0x71 && base == 0x75) || (previous == 0x67 && base == 0x69 && nextVowel && k == start + 1)) {
                    inOnset = false
                }
            }
            let written = stripAll ? unaccented(base) : base
            bare = (bare ^ UInt64(written)) &* 0x0000_0100_0000_01B3
            if inOnset {
                onset = (onset ^ UInt64(base)) &* 0x0000_0100_0000_01B3
            } else {
                rhyme = (rhyme ^ UInt64(base)) &* 0x0000_0100_0000_01B3
            }
            previous = base
            k += 1
        }
        return (SegmentHash.mix(bare), SegmentHash.mix(onset), SegmentHash.mix(rhyme), tone, UInt8(min(end - start, 7)))
    }
}
