import Foundation
import KiemdiemICU

/// The text rules of gold scoring, with Python's character classes (`\w`,
/// `\s`, `[^\W\d_]`) so that names compare exactly as the reference scorer
/// compares them.
public enum GoldText {
    /// Old ("hoà", "thuỷ") to new ("hòa", "thủy") tone placement, in the scorer's
    /// order: oa, oe, uy with each tone, each in lower, capitalized and upper case.
    static let tonePairs: [([Unicode.Scalar], [Unicode.Scalar])] = {
        var out: [([Unicode.Scalar], [Unicode.Scalar])] = []
        let toned: [Character: [Character]] = ["a": Array("àáảãạ"), "e": Array("èéẻẽẹ"), "y": Array("ỳýỷỹỵ")]
        let first: [Character: [Character]] = ["o": Array("òóỏõọ"), "u": Array("ùúủũụ")]
        for (lead, vowel) in [("o", "a"), ("o", "e"), ("u", "y")] as [(Character, Character)] {
            for i in 0..<5 {
                let old = String(lead) + String(toned[vowel]![i]), new = String(first[lead]![i]) + String(vowel)
                for (o, n) in [(old, new), (capitalized(old), capitalized(new)), (old.uppercased(), new.uppercased())] {
                    out.append((Array(o.unicodeScalars), Array(n.unicodeScalars)))
                }
            }
        }
        return out
    }()

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst().lowercased() }

    /// Python `str.isalpha` for one scalar (letters of every category).
    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Python regex `\w`: letters, anything numeric, underscore.
    static func isWord(_ c: Unicode.Scalar) -> Bool { isAlpha(c) || c.properties.numericType != nil || c == "_" }

    /// Python regex `[^\W\d_]`: a word character that is neither a decimal digit nor "_".
    static func isLetterLike(_ c: Unicode.Scalar) -> Bool {
        isAlpha(c) || (c.properties.numericType != nil && c.properties.numericType != .decimal)
    }

    /// Python `\s` and `str.isspace`: Unicode white space plus the separators U+001C–U+001F.
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace || (0x1C...0x1F).contains(c.value) }

    static func string(_ s: [Unicode.Scalar]) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    /// `norm(s)`: NFC, "Ð" (U+00D0) as "Đ", old tone placement before a
    /// non-letter rewritten to the new one, runs of white space as one space,
    /// trimmed. nil for null; other values through `str()` first.
    public static func norm(_ value: JSONValue) -> String? {
        if case .null = value { return nil }
        return norm(value.pythonString)
    }

    public static func norm(_ text: String) -> String {
        let nfc = (try? UnicodeNormalization.nfc(text)) ?? text
        var s = nfc.unicodeScalars.map { $0 == "\u{00D0}" ? "\u{0110}" : $0 }
        for (old, new) in tonePairs {
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(s.count)
            var i = 0
            while i < s.count {
                if i + 1 < s.count, s[i] == old[0], s[i + 1] == old[1], i + 2 == s.count || !isLetterLike(s[i + 2]) {
                    out += new
                    i += 2
                } else {
                    out.append(s[i])
                    i += 1
                }
            }
            s = out
        }
        var out: [Unicode.Scalar] = []
        var inSpace = false
        for c in s {
            if isSpace(c) { inSpace = true; continue }
            if inSpace, !out.isEmpty { out.append(" ") }
            inSpace = false
            out.append(c)
        }
        return string(out)
    }

    /// Python `str.casefold`: the lowercase mapping, with the folds where it differs
    /// (ß and ẞ to "ss", long s, final sigma, micro sign, Greek symbol forms, Latin ligatures).
    public static func casefold(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if let f = foldExceptions[c.value] { out += f } else { out += c.properties.lowercaseMapping }
        }
        return out
    }

    static let foldExceptions: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss", 0x017F: "s", 0x03C2: "σ", 0x00B5: "μ", 0x0345: "ι",
        0x03D0: "β", 0x03D1: "θ", 0x03D5: "φ", 0x03D6: "π", 0x03F0: "κ", 0x03F1: "ρ", 0x03F5: "ε", 0x1E9B: "ṡ",
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    ]

    /// Python `str.upper` (full mappings: "ß" becomes "SS").
    public static func upper(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars { out += c.properties.uppercaseMapping }
        return out
    }

    static func replacing(_ s: [Unicode.Scalar], _ old: [Unicode.Scalar], _ new: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if i + old.count <= s.count, s[i..<i + old.count].elementsEqual(old) {
                out += new
                i += old.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    static let levelWords: [[Unicode.Scalar]] = ["huyện", "quận", "tỉnh", "thị", "thành"].map { Array($0.unicodeScalars) }
    static let uy = Array(" ủy".unicodeScalars)

    /// `org_key(name)`: organization names compared as the unit they name.
    /// Case and tone style aside, "đảng bộ" counts as "đảng ủy", a doubled
    /// level word ("tỉnh ủy tỉnh X") as one, and punctuation is dropped.
    public static func orgKey(_ name: JSONValue) -> String {
        var s = Array(casefold(norm(name) ?? "").unicodeScalars)
        s = replacing(s, Array("đảng bộ".unicodeScalars), Array("đảng ủy".unicodeScalars))
        // re.sub(r"\b(huyện|quận|tỉnh|thị|thành) ủy \1\b", r"\1 ủy", s)
        var out: [Unicode.Scalar] = []
        var i = 0
        scan: while i < s.count {
            if i == 0 || !isWord(s[i - 1]) {
                for w in levelWords {
                    let whole = w + uy + [" "] + w
                    let end = i + whole.count
                    if end <= s.count, s[i..<end].elementsEqual(whole), end == s.count || !isWord(s[end]) {
                        out += w + uy
                        i = end
                        continue scan
                    }
                }
            }
            out.append(s[i])
            i += 1
        }
        // re.sub(r"[^\w ]", "", s).strip()
        out = out.filter { isWord($0) || $0 == " " }
        while let f = out.first, isSpace(f) { out.removeFirst() }
        while let l = out.last, isSpace(l) { out.removeLast() }
        return string(out)
    }

    /// `num(x)`: a document number without its leading zeros ("05" and "5" alike; "0" stays).
    public static func number(_ value: JSONValue) -> String {
        let x = Array((norm(value) ?? "").unicodeScalars)
        let stripped = Array(x.drop { $0 == "0" })
        return string(stripped.isEmpty ? x : stripped)
    }

    /// Python `round(x, 2)`: the double nearest to the exact binary value rounded
    /// half-to-even at two decimals (printf rounds the exact value the same way).
    public static func round2(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        var buffer = [CChar](repeating: 0, count: 400)
        let n = withVaList([x]) { vsnprintf(&buffer, buffer.count, "%.2f", $0) }
        guard n > 0, n < buffer.count else { return x }
        return Double(String(cString: buffer)) ?? x
    }
}
