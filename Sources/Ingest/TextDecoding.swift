import KiemdiemICU

/// Text decoded from an input's bytes, and the conversion that was needed.
struct DecodedText {
    var text: String
    /// `tcvn3`, `vni`, `windows-1258`, `utf8-mojibake`, `utf8-replaced` or nil.
    var conversion: String?
    /// Bytes that were not UTF-8 inside text that otherwise is, replaced with
    /// U+FFFD (`conversion` is then `utf8-replaced`); the reader warns about them.
    var replacedBytes = 0
    /// Markup mode: the legacy encoding the page's text nodes are in, still to convert.
    var legacyText: LegacyVietnamese.Conversion? = nil
    /// Markup mode: the failure to report if the page's text turns out not to be legacy-encoded either.
    var undecidedFailure: String? = nil
}

/// Turns bytes into Unicode text: honours a byte-order mark and a declared
/// charset but checks it against the bytes, converts windows-1258 (`CodePage`)
/// and the legacy font encodings (`LegacyVietnamese`), and returns NFC.
enum TextDecoding {
    /// Why the bytes are not text.
    struct Failure: Error { var reason: String }

    /// True when the bytes look like a binary file rather than text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        var control = 0
        for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
        return control * 20 > sample.count
    }

    /// The charset a page declares in its first bytes (`<meta charset>`,
    /// `http-equiv` content type, or an XML declaration), lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var search = head[...]
            while let r = search.range(of: marker) {
                var rest = head[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                rest = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." })
                if !rest.isEmpty { return String(rest) }
                search = head[r.upperBound...]
            }
        }
        return nil
    }

    static func charsetFamily(_ name: String) -> String {
        switch name.lowercased() {
        case "utf-8", "utf8": return "utf-8"
        case "windows-1258", "cp1258", "x-cp1258": return "windows-1258"
        case "windows-1252", "cp1252", "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii", "iso-8859-15": return "latin1"
        default: return name.lowercased()
        }
    }

    /// Decodes `bytes`. `declared` is a charset from outside the bytes (an HTTP
    /// header); `sniff` also looks for one inside them (HTML and XML pages).
    /// In `markup` mode legacy font encodings are judged on the text outside
    /// tags and left for the caller to convert node by node (`legacyText`).
    static func decode(_ bytes: [UInt8], declared: String? = nil, sniff: Bool, markup: Bool = false) throws -> DecodedText {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            guard let s = CodePage.utf16(Array(bytes.dropFirst(2)), bigEndian: bytes[0] == 0xFE) else {
                throw Failure(reason: "not valid \(name) (after a byte-order mark)")
            }
            return finish(s, conversion: nil, legacy: !markup)
        }
        if looksBinary(bytes) { throw Failure(reason: "binary file (control bytes, not text)") }
        if let s = String(validating: bytes, as: UTF8.self) {
            // Valid UTF-8 wins over any label (a UTF-8 page labelled windows-1252 is common).
            return finish(s, conversion: nil, legacy: !markup)
        }
        let label = declared ?? (sniff ? declaredCharset(bytes) : nil)
        let family = label.map(charsetFamily)
        // UTF-8 with a few bad bytes (a damaged copy, a cut multi-byte letter)
        // stays UTF-8: the bad bytes become U+FFFD, as in any UTF-8 reader,
        // instead of the whole post being read as windows-1258 mojibake.
        if let bad = mostlyUTF8(bytes) {
            var d = finish(String(decoding: bytes, as: UTF8.self), conversion: "utf8-replaced", legacy: !markup)
            if d.conversion == nil { d.conversion = "utf8-replaced" }
            d.replacedBytes = bad
            return d
        }
        if family == "windows-1258", let s = decodeCodePage(bytes, "windows-1258") {
            return DecodedText(text: LegacyVietnamese.nfc(s), conversion: "windows-1258")
        }
        if family == "utf-16le" || family == "utf-16be", let s = CodePage.utf16(bytes, bigEndian: family == "utf-16be") {
            return finish(s, conversion: nil, legacy: !markup)
        }
        // Unlabelled, mislabelled or Latin-1 bytes: try the Vietnamese 8-bit encodings,
        // judged on the text (outside tags, scripts and styles in markup mode).
        let latin = latin1(bytes)
        let what = label.map { " (declared \($0))" } ?? ""
        let failure = "not valid UTF-8\(what) and not a recognised Vietnamese encoding"
        let judged = markup ? visibleText(latin) : latin
        var best: (conversion: String, score: Int)? = nil
        let legacy = LegacyVietnamese.detectConversion(judged)
        if let legacy {
            best = (legacy.rawValue, LegacyVietnamese.plausibility(LegacyVietnamese.convertMixed(judged, from: legacy)).score)
        }
        let cp1258 = decodeCodePage(bytes, "windows-1258").map(LegacyVietnamese.nfc)
        if let t = cp1258 {
            let p = LegacyVietnamese.plausibility(markup ? visibleText(t) : t)
            let base = LegacyVietnamese.plausibility(judged).score
            if p.vietnameseWords >= 3, p.score > base + 2, best == nil || p.score > best!.score {
                best = ("windows-1258", p.score)
            }
        }
        switch best?.conversion {
        case "windows-1258"?: return DecodedText(text: cp1258!, conversion: "windows-1258")
        case nil:
            if family == "latin1" { return finish(latin, conversion: nil, legacy: false) }
            if markup { return DecodedText(text: latin, conversion: nil, undecidedFailure: failure) }
            throw Failure(reason: failure)
        default:
            if markup { return DecodedText(text: latin, conversion: legacy!.rawValue, legacyText: legacy) }
            return DecodedText(text: LegacyVietnamese.convertMixed(latin, from: legacy!), conversion: legacy!.rawValue)
        }
    }

    /// The number of bytes that are not part of a well-formed UTF-8 sequence,
    /// when the bytes are UTF-8 apart from them: at least 8 well-formed
    /// multi-byte sequences (Vietnamese letters) and at most one bad byte per
    /// 20 of them. Nil otherwise (another encoding: in windows-1258, TCVN3 or
    /// VNI text hardly any high byte pair is a well-formed sequence).
    static func mostlyUTF8(_ bytes: [UInt8]) -> Int? {
        var good = 0, bad = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var length = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var ok = length > 0 && i + length <= n
            if ok {
                for k in 1..<length {
                    let c = bytes[i + k]
                    let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                    if c < lo || c > hi { ok = false; break }
                }
            }
            if ok { good += 1; i += length } else { bad += 1; i += 1 }
        }
        return bad > 0 && good >= 8 && bad * 20 <= good ? bad : nil
    }

    /// The text of a page outside tags, scripts, styles and comments, one
    /// line per run of text (a rough cut, for judging encodings only).
    static func visibleText(_ page: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(page.unicodeScalars)
        var i = 0
        func startsWith(_ s: String, at j: Int) -> Bool {
            var k = j
            for u in s.unicodeScalars {
                guard k < scalars.count, scalars[k].properties.lowercaseMapping == String(u) || scalars[k] == u else { return false }
                k += 1
            }
            return true
        }
        while i < scalars.count {
            let u = scalars[i]
            if u == "<" {
                var close = ">"
                if startsWith("<script", at: i) { close = "</script>" }
                else if startsWith("<style", at: i) { close = "</style>" }
                else if startsWith("<!--", at: i) { close = "-->" }
                var j = i + 1
                while j < scalars.count && !startsWith(close, at: j) { j += 1 }
                i = j + close.unicodeScalars.count
                out.append("\n")
                continue
            }
            out.append(u)
            i += 1
        }
        return String(out)
    }

    /// Decodes `windows-1258` through ICU's converter (nil on a byte it cannot
    /// map; the text is not yet composed), or `windows-1252` by the browser table.
    static func decodeCodePage(_ bytes: [UInt8], _ name: String) -> String? {
        if name == "windows-1258" { return try? CharsetConverter("windows-1258").decode(bytes) }
        return CodePage.windows1252(bytes)
    }

    /// Bytes as Latin-1 scalars, with cp1252's punctuation in 0x80–0x9F.
    static func latin1(_ bytes: [UInt8]) -> String {
        if let s = decodeCodePage(bytes, "windows-1252") { return s }
        var view = String.UnicodeScalarView()
        for b in bytes { view.append(Unicode.Scalar(b)) }
        return String(view)
    }

    /// NFC, after undoing legacy-font mojibake or UTF-8 read as cp1252 when the text shows it.
    static func finish(_ s: String, conversion: String?, legacy: Bool = true) -> DecodedText {
        if let fixed = repairDoubleEncoding(s) { return DecodedText(text: fixed, conversion: "utf8-mojibake") }
        if legacy, let l = LegacyVietnamese.detect(s) { return DecodedText(text: l.text, conversion: l.conversion.rawValue) }
        return DecodedText(text: LegacyVietnamese.nfc(s), conversion: conversion)
    }

    /// UTF-8 that was once read as cp1252 and saved again (`Äáº£ng á»§y`):
    /// re-encoding as cp1252 gives back valid UTF-8 that reads better.
    static func repairDoubleEncoding(_ s: String) -> String? {
        var hits = 0
        var previous: Unicode.Scalar = " "
        for u in s.unicodeScalars {
            if (previous.value == 0xC3 || previous.value == 0xC4 || previous.value == 0xC6 || previous.value == 0xE1),
               (0x80...0xBF).contains(u.value) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".unicodeScalars.contains(u) {
                hits += 1
            }
            previous = u
        }
        guard hits >= 3, let raw = CodePage.encodeWindows1252(s),
              let fixed = String(validating: raw, as: UTF8.self) else { return nil }
        let before = LegacyVietnamese.plausibility(s).score, after = LegacyVietnamese.plausibility(fixed).score
        return after > before ? LegacyVietnamese.nfc(fixed) : nil
    }
}
