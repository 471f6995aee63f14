/// Scalar classes the tokenizer needs, ASCII on a fast path and a table for
/// the rest of U+0000–U+1FFF (Latin, Vietnamese), built once from the same
/// Unicode properties the slow path asks.
enum CharClass {
    static let letterBit: UInt8 = 1, upperBit: UInt8 = 2, lowerBit: UInt8 = 4, symbolBit: UInt8 = 8

    /// Class bits of scalars below U+2000.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x2000)
        for v in 0..<0x2000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            var bits: UInt8 = 0
            if s.properties.isAlphabetic || slowIsMark(s) { bits |= letterBit }
            if s.properties.isUppercase { bits |= upperBit }
            if s.properties.isLowercase { bits |= lowerBit }
            if slowIsSymbol(s) { bits |= symbolBit }
            t[v] = bits
        }
        return t
    }()

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0x2000 { return table[Int(v)] & letterBit != 0 }
        return s.properties.isAlphabetic || isMark(s)
    }

    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool { slowIsMark(s) }

    static func slowIsMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// General category Sm, Sc, Sk or So.
    @inline(__always) static func isSymbol(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x2000 ? table[Int(s.value)] & symbolBit != 0 : slowIsSymbol(s)
    }

    static func slowIsSymbol(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x2000 { return table[Int(v)] & upperBit != 0 }
        return s.properties.isUppercase
    }

    @inline(__always) static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x2000 { return table[Int(v)] & lowerBit != 0 }
        return s.properties.isLowercase
    }

    /// `isLetter` with the class table already in hand (loops over many
    /// scalars fetch it once instead of through the lazy global each time).
    @inline(__always) static func isLetter(_ s: Unicode.Scalar, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0x2000 { return t[Int(v)] & letterBit != 0 }
        return s.properties.isAlphabetic || isMark(s)
    }

    /// `isLower` with the class table already in hand.
    @inline(__always) static func isLower(_ s: Unicode.Scalar, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x2000 { return t[Int(v)] & lowerBit != 0 }
        return s.properties.isLowercase
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r"
    }
}
