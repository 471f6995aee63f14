import Foundation
import KiemdiemNormalize
import KiemdiemTokenize

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
    /// `properties.isUppercase` of each scalar below `tableLimit`.
    static let upperTable: [Bool] = (0..<tableLimit).map { v in Unicode.Scalar(v)?.properties.isUppercase ?? false }

    /// `s.properties.isUppercase`, from a table for the common scalars.
    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < tableLimit ? upperTable[Int(s.value)] : s.properties.isUppercase
    }
    static let noSingle: UInt32 = 0xFFFF_FFFF

    /// The text of `scalars[range]`.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        var n = 0
        for i in range { n += ScalarString.utf8Count(scalars[i].value) }
        return String(unsafeUninitializedCapacity: n) { buf in
            var k = 0
            for i in range { ScalarString.put(scalars[i].value, buf, &k) }
            return k
        }
    }

    /// Whether a scalar is one of those whose strings compare and hash by
    /// their bytes: below U+0300 (ASCII and the Latin blocks) or in Latin
    /// Extended Additional (U+1E00–U+1EFF, the Vietnamese letters with tone
    /// marks). None of them is a combining mark, decomposes to a non-starter
    /// or is excluded from composition, and no two of them compose, so a
    /// string of them alone is in NFC: two such strings, or one and any NFC
    /// string, are canonically equivalent (String `==`) exactly when their
    /// bytes are equal.
    @inline(__always) static func isPlain(_ v: UInt32) -> Bool { v < 0x300 || (v >= 0x1E00 && v <= 0x1EFF) }

    /// `string(scalars, range).lowercased()`, and whether it is plain (every scalar `isPlain`).
    /// `same`, when given, is `string(scalars, range)`: returned as it is when
    /// no scalar changes (a token already in lowercase), instead of a new String.
    static func lowercased(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                           same: String? = nil) -> (String, plain: Bool) {
        if range.isEmpty { return ("", true) }
        var n = 0
        var simple = true
        var plain = true
        var changed = false
        for i in range {
            var v = scalars[i].value
            if v >= 0x80 {
                if v < tableLimit, lowerTable[Int(v)] != noSingle {
                    if lowerTable[Int(v)] != v { changed = true }
                    v = lowerTable[Int(v)]
                } else { simple = false; break }
                if !isPlain(v) { plain = false }
            } else if v >= 0x41 && v <= 0x5A {
                changed = true
            }
            n += ScalarString.utf8Count(v)
        }
        if simple, !changed, let same { return (same, plain) }
        guard simple else {
            // A scalar outside the table or with a longer mapping: the library does it.
            let lower = string(scalars, range).lowercased()
            return (lower, lower.unicodeScalars.allSatisfy { isPlain($0.value) })
        }
        let lower = String(unsafeUninitializedCapacity: n) { buf in
            var k = 0
            for i in range {
                let v = scalars[i].value
                if v < 0x80 {
                    buf[k] = (v >= 0x41 && v <= 0x5A) ? UInt8(v + 0x20) : UInt8(v); k += 1
                } else {
                    ScalarString.put(lowerTable[Int(v)], buf, &k)
                }
            }
            return k
        }
        return (lower, plain)
    }

    /// `text.contains(String(UnicodeScalar(byte)))` for an ASCII `byte`: on the bytes
    /// when the text is all ASCII (digit tokens), else through the string search.
    static func contains(_ text: String, ascii byte: UInt8) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains(byte) }
        return text.contains(String(UnicodeScalar(byte)))
    }

    /// Whether `a` and `b` have the same UTF-8 bytes.
    @inline(__always) static func sameBytes(_ a: String, _ b: String) -> Bool {
        let n = a.utf8.count
        if n != b.utf8.count { return false }
        if n == 0 { return true }
        var a = a, b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                for k in 0..<n where pa[k] != pb[k] { return false }
                return true
            }
        }
    }
}

/// A string keyed by its UTF-8 bytes: hashing and comparing skip the
/// canonical-equivalence work of String's own, which is the same thing for
/// the plain words it is used with (`ScalarText.isPlain`).
struct ByteKey: Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: ByteKey, b: ByteKey) -> Bool { ScalarText.sameBytes(a.text, b.text) }
    func hash(into h: inout Hasher) {
        var s = text
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A set of lowercase words looked up by token: plain tokens by their bytes
/// (`ByteKey`), others by String equality, with the same answers as
/// `Set<String>.contains`.
struct WordSet {
    let words: Set<String>
    let bytes: ByteIDTable
    /// For each word number up to the highest of the words (`WordIDs`), whether it is one of them.
    let byID: [Bool]
    let maxID: Int32

    init(_ words: Set<String>) {
        self.words = words
        // By the bytes of each word's NFC: a plain token (NFC) has those bytes
        // exactly when it is canonically equal to the word.
        var bytes = ByteIDTable()
        for w in words { bytes.set(w.precomposedStringWithCanonicalMapping, 0) }
        self.bytes = bytes
        // By number: canonically equal words share one.
        let ids = words.map { WordIDs.shared.intern($0) }
        let maxID = ids.max() ?? -1
        var byID = [Bool](repeating: false, count: Int(maxID) + 1)
        for id in ids { byID[Int(id)] = true }
        self.byID = byID
        self.maxID = maxID
    }

    /// `contains(v.lower[i], plain: v.plain[i])` for a token in range: by the
    /// token's word number when the view was built after the words were numbered.
    @inline(__always) func contains(_ v: WordView, _ i: Int) -> Bool {
        if maxID < v.generation {
            let id = Int(v.ids[i])
            return id >= 0 && id < byID.count && byID[id]
        }
        return contains(v.lower[i], plain: v.plain[i])
    }

    @inline(__always) func contains(_ w: String, plain: Bool) -> Bool {
        plain ? bytes.value(w) != nil : words.contains(w)
    }
}

extension Document {
    /// `slice(start, end)`, built straight from the scalars (ScalarText).
    func sliceText(_ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { ScalarText.string($0, start..<end) }
    }
}
