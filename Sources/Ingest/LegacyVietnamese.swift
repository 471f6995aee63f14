import Foundation
import KiemdiemICU

/// The pre-Unicode Vietnamese font encodings still found in old pages and
/// documents, and a detector for text written in them.
///
/// Both encodings put Vietnamese letters on Latin-1 code points, so text in
/// them shows as recognisable mojibake when read as Latin-1 or cp1252
/// (`§¶ng ñy ph­êng` for TCVN3, `Ñaûng uûy phöôøng` for VNI). The converters
/// here work on scalars U+0000–U+00FF standing for the bytes, so they apply
/// equally to raw bytes and to such mojibake saved as Unicode.
public enum LegacyVietnamese {
    /// TCVN 5712:1993 VN3 ("ABC", fonts like .VnTime): one byte per letter.
    /// Upper-case letters with tone marks have no codes in this table (a
    /// separate upper-case font drew them from the lower-case codes).
    static let tcvn3: [UInt8: Unicode.Scalar] = {
        let pairs: [(UInt8, UInt32)] = [
            (0xA1, 0x0102), (0xA2, 0x00C2), (0xA3, 0x00CA), (0xA4, 0x00D4), (0xA5, 0x01A0), (0xA6, 0x01AF), (0xA7, 0x0110),
            (0xA8, 0x0103), (0xA9, 0x00E2), (0xAA, 0x00EA), (0xAB, 0x00F4), (0xAC, 0x01A1), (0xAD, 0x01B0), (0xAE, 0x0111),
            // a: grave, hook, tilde, acute, dot below
            (0xB5, 0x00E0), (0xB6, 0x1EA3), (0xB7, 0x00E3), (0xB8, 0x00E1), (0xB9, 0x1EA1),
            // ă
            (0xBB, 0x1EB1), (0xBC, 0x1EB3), (0xBD, 0x1EB5), (0xBE, 0x1EAF), (0xC6, 0x1EB7),
            // â
            (0xC7, 0x1EA7), (0xC8, 0x1EA9), (0xC9, 0x1EAB), (0xCA, 0x1EA5), (0xCB, 0x1EAD),
            // e
            (0xCC, 0x00E8), (0xCE, 0x1EBB), (0xCF, 0x1EBD), (0xD0, 0x00E9), (0xD1, 0x1EB9),
            // ê
            (0xD2, 0x1EC1), (0xD3, 0x1EC3), (0xD4, 0x1EC5), (0xD5, 0x1EBF), (0xD6, 0x1EC7),
            // i
            (0xD7, 0x00EC), (0xD8, 0x1EC9), (0xDC, 0x0129), (0xDD, 0x00ED), (0xDE, 0x1ECB),
            // o
            (0xDF, 0x00F2), (0xE1, 0x1ECF), (0xE2, 0x00F5), (0xE3, 0x00F3), (0xE4, 0x1ECD),
            // ô
            (0xE5, 0x1ED3), (0xE6, 0x1ED5), (0xE7, 0x1ED7), (0xE8, 0x1ED1), (0xE9, 0x1ED9),
            // ơ
            (0xEA, 0x1EDD), (0xEB, 0x1EDF), (0xEC, 0x1EE1), (0xED, 0x1EDB), (0xEE, 0x1EE3),
            // u
            (0xEF, 0x00F9), (0xF1, 0x1EE7), (0xF2, 0x0169), (0xF3, 0x00FA), (0xF4, 0x1EE5),
            // ư
            (0xF5, 0x1EEB), (0xF6, 0x1EED), (0xF7, 0x1EEF), (0xF8, 0x1EE9), (0xF9, 0x1EF1),
            // y
            (0xFA, 0x1EF3), (0xFB, 0x1EF7), (0xFC, 0x1EF9), (0xFD, 0x00FD), (0xFE, 0x1EF5),
        ]
        var table: [UInt8: Unicode.Scalar] = [:]
        for (b, u) in pairs { table[b] = Unicode.Scalar(u)! }
        return table
    }()

    /// VNI-Windows: an ASCII vowel followed by a mark byte, plus single bytes
    /// for ơ ư đ and the i/ỵ letters. Mark bytes → combining marks (NFC then composes).
    static let vniMarks: [UInt8: [UInt32]] = {
        let acute: UInt32 = 0x0301, grave: UInt32 = 0x0300, hook: UInt32 = 0x0309, tilde: UInt32 = 0x0303, dot: UInt32 = 0x0323
        let circ: UInt32 = 0x0302, breve: UInt32 = 0x0306
        var m: [UInt8: [UInt32]] = [:]
        // lower-case marks, then the upper-case forms used after capitals
        for (lower, upper, marks) in [
            (0xF9, 0xD9, [acute]), (0xF8, 0xD8, [grave]), (0xFB, 0xDB, [hook]), (0xF5, 0xD5, [tilde]), (0xEF, 0xCF, [dot]),
            (0xE2, 0xC2, [circ]), (0xE1, 0xC1, [circ, acute]), (0xE0, 0xC0, [circ, grave]), (0xE5, 0xC5, [circ, hook]),
            (0xE3, 0xC3, [circ, tilde]), (0xE4, 0xC4, [circ, dot]),
            (0xEA, 0xCA, [breve]), (0xE9, 0xC9, [breve, acute]), (0xE8, 0xC8, [breve, grave]), (0xFA, 0xDA, [breve, hook]),
            (0xFC, 0xDC, [breve, tilde]), (0xEB, 0xCB, [breve, dot]),
        ] as [(UInt8, UInt8, [UInt32])] {
            m[lower] = marks; m[upper] = marks
        }
        return m
    }()

    /// VNI single-byte letters.
    static let vniLetters: [UInt8: Unicode.Scalar] = {
        let pairs: [(UInt8, UInt32)] = [
            (0xF4, 0x01A1), (0xF6, 0x01B0), (0xF1, 0x0111), (0xED, 0x00ED), (0xEC, 0x00EC), (0xE6, 0x1EC9),
            (0xF3, 0x0129), (0xF2, 0x1ECB), (0xEE, 0x1EF5),
            (0xD4, 0x01A0), (0xD6, 0x01AF), (0xD1, 0x0110), (0xCD, 0x00CD), (0xCC, 0x00CC), (0xC6, 0x1EC8),
            (0xD3, 0x0128), (0xD2, 0x1ECA), (0xCE, 0x1EF4),
        ]
        var table: [UInt8: Unicode.Scalar] = [:]
        for (b, u) in pairs { table[b] = Unicode.Scalar(u)! }
        return table
    }()

    /// Converts TCVN3 text (bytes as scalars U+0000–U+00FF) to NFC Unicode.
    public static func fromTCVN3(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value <= 0xFF, let u = tcvn3[UInt8(s.value)] { out.append(u) } else { out.append(s) }
        }
        return nfc(String(out))
    }

    /// Converts VNI-Windows text (bytes as scalars U+0000–U+00FF) to NFC Unicode.
    public static func fromVNI(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousIsVowel = false
        for s in text.unicodeScalars {
            if s.value <= 0xFF {
                let b = UInt8(s.value)
                if previousIsVowel, let marks = vniMarks[b] {
                    // Dot below sorts before the other marks in canonical order; NFC reorders anyway.
                    for m in marks { out.append(Unicode.Scalar(m)!) }
                    previousIsVowel = false
                    continue
                }
                if let letter = vniLetters[b] {
                    out.append(letter)
                    previousIsVowel = "ơưƠƯ".unicodeScalars.contains(letter)
                    continue
                }
            }
            out.append(s)
            previousIsVowel = "aeiouyAEIOUY".unicodeScalars.contains(s)
        }
        return nfc(String(out))
    }

    /// Canonical composition (NFC).
    /// Runs of combining marks are first cut every 30 marks with U+034F
    /// (the stream-safe format of UAX #15): canonical reordering of one
    /// unbroken run is quadratic, and hostile text can be nothing but marks.
    static func nfc(_ s: String) -> String {
        // Only scalars below U+0300 or in U+1E00–U+1EFF (nearly every text):
        // no combining marks, nothing to compose, so `s` is its own NFC.
        if isStable(s) { return s }
        let safe = streamSafe(s)
        // Text already in NFC (nearly all of it) is its own NFC: ICU's check is far cheaper than the conversion.
        if (try? UnicodeNormalization.isNFC(safe)) == true { return safe }
        return (try? UnicodeNormalization.nfc(safe)) ?? safe
    }

    /// Whether every scalar of `s` is below U+0300 or in U+1E00–U+1EFF, read on
    /// the UTF-8 bytes: such text has no non-starters and no pair of its scalars
    /// composes, so it is in NFC and stream-safe as it is.
    static func isStable(_ s: String) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                if c >= 0xC2 && c <= 0xCB { i += 2; continue }                                 // U+0080–U+02FF
                if c == 0xE1, i + 1 < n, b[i + 1] >= 0xB8 && b[i + 1] <= 0xBB { i += 3; continue } // U+1E00–U+1EFF
                return false
            }
            return true
        }) { return r }
        return s.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
    }

    /// `s` with a combining grapheme joiner after every 30 consecutive
    /// non-starters (UAX #15 stream-safe text format); unchanged when no run is that long.
    static func streamSafe(_ s: String) -> String {
        var run = 0, long = false
        for u in s.unicodeScalars {
            run = u.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
            if run > 30 { long = true; break }
        }
        guard long else { return s }
        var out = String.UnicodeScalarView()
        run = 0
        for u in s.unicodeScalars {
            if u.properties.canonicalCombiningClass == .notReordered { run = 0 } else {
                run += 1
                if run > 30 { out.append("\u{034F}"); run = 1 }
            }
            out.append(u)
        }
        return String(out)
    }

    /// Latin-1 code points that Vietnamese Unicode text uses as letters.
    static let vietnameseLatin1: Set<UInt32> = Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".unicodeScalars.map(\.value))
    /// Latin-1 code points that are ordinary punctuation in any text.
    static let neutralLatin1: Set<UInt32> = [0xA0, 0xAB, 0xBB, 0xB0, 0xB7, 0xA9]

    /// Scalars that betray mojibake: Latin-1 letters and signs Vietnamese does not use.
    static func isSuspicious(_ s: Unicode.Scalar) -> Bool {
        (0xA1...0xFF).contains(s.value) && !vietnameseLatin1.contains(s.value) && !neutralLatin1.contains(s.value)
    }

    /// How plausible `text` is as Vietnamese: well-formed syllables count for
    /// it, syllables with two tone marks and leftover mojibake signs against.
    static func plausibility(_ text: String) -> (score: Int, vietnameseWords: Int, words: Int) {
        var valid = 0, invalid = 0, suspicious = 0, words = 0
        let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
        let decomposed = text.decomposedStringWithCanonicalMapping
        var toneCount = 0, marked = false, orphanMark = false, previousLetter = false, previousLetterCount = 0
        func endWord() {
            if previousLetterCount > 0 { words += 1 }
            previousLetterCount = 0
            if marked {
                if toneCount > 1 || orphanMark { invalid += 1 } else { valid += 1 }
            }
            toneCount = 0; marked = false; orphanMark = false
        }
        for s in decomposed.unicodeScalars {
            if isSuspicious(s) { suspicious += 1 }
            if (0x0300...0x036F).contains(s.value) {
                marked = true
                if tones.contains(s.value) { toneCount += 1 }
                if !previousLetter { orphanMark = true }
                continue
            }
            if s.properties.isAlphabetic && !isSuspicious(s) {
                if s.value == 0x0111 || s.value == 0x0110 { marked = true }
                previousLetter = true
                previousLetterCount += 1
            } else {
                previousLetter = false
                endWord()
            }
        }
        endWord()
        return (valid - 2 * invalid - suspicious, valid, words)
    }

    /// The conversions a text could need, tried in this order.
    public enum Conversion: String, Sendable, CaseIterable {
        case tcvn3, vni
    }

    /// Converts `text` from the legacy encoding `conversion`.
    public static func convert(_ text: String, from conversion: Conversion) -> String {
        conversion == .tcvn3 ? fromTCVN3(text) : fromVNI(text)
    }

    /// True when `text` could be in a legacy font encoding: it has no letter
    /// beyond Latin-1 (real Unicode Vietnamese nearly always has ư, ơ, đ or a
    /// letter from Latin Extended Additional).
    public static func couldBeLegacy(_ text: Substring) -> Bool {
        !text.unicodeScalars.contains { $0.value > 0xFF && $0.properties.isAlphabetic }
    }

    /// Converts the lines of `text` that could be legacy-encoded and leaves
    /// lines already in Unicode alone (a Unicode page template around an old
    /// article pasted in its font encoding).
    public static func convertMixed(_ text: String, from conversion: Conversion) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { out += "\n" }
            out += couldBeLegacy(line) ? convert(String(line), from: conversion) : String(line)
        }
        return out
    }

    /// If `text` reads as TCVN3 or VNI mojibake, the converted text and which
    /// conversion was applied; nil when the text is already fine.
    public static func detect(_ text: String) -> (text: String, conversion: Conversion)? {
        detectConversion(text).map { (convertMixed(text, from: $0), $0) }
    }

    /// Which legacy encoding `text` is in (judged on its lines that could be
    /// legacy text), or nil when it reads as Unicode already.
    public static func detectConversion(_ text: String) -> Conversion? {
        var suspicious = 0
        for s in text.unicodeScalars where isSuspicious(s) { suspicious += 1 }
        guard suspicious >= 2 else { return nil }
        let candidate = text.split(separator: "\n").filter(couldBeLegacy).joined(separator: "\n")
        let base = plausibility(candidate).score
        var best: (Conversion, Int)?
        for c in Conversion.allCases {
            let p = plausibility(convert(candidate, from: c))
            // Vietnamese marks most syllables; text that gains marks on a few words only is not Vietnamese.
            guard p.vietnameseWords >= 3, p.vietnameseWords * 4 >= p.words, p.score > base + 2 else { continue }
            if best == nil || p.score > best!.1 { best = (c, p.score) }
        }
        return best?.0
    }
}
