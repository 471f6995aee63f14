/// windows-1252 decoded the way browsers do (WHATWG Encoding), by table, and
/// UTF-16. windows-1258 and Unicode normalization go through the system ICU
/// (`KiemdiemICU`); windows-1252 stays a table because the browser reading
/// maps every byte (the five undefined ones to C1 controls), which the
/// mojibake repair needs and a strict ICU converter refuses.
enum CodePage {
    /// 0x80–0x9F of windows-1252; nil where the code page has no character.
    static let cp1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// Decodes windows-1252 as browsers do (WHATWG Encoding): the five bytes
    /// without a character become the C1 controls of the same value, so
    /// every byte sequence decodes and UTF-8 read this way can be restored.
    static func windows1252(_ bytes: [UInt8]) -> String? {
        var view = String.UnicodeScalarView()
        for b in bytes {
            if b < 0x80 || b >= 0xA0 { view.append(Unicode.Scalar(b)); continue }
            view.append(Unicode.Scalar(cp1252High[Int(b) - 0x80] ?? UInt32(b))!)
        }
        return String(view)
    }

    /// Encodes text as windows-1252; nil if a character is not in it.
    static func encodeWindows1252(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for u in text.unicodeScalars {
            if u.value < 0x80 || (0xA0...0xFF).contains(u.value) { out.append(UInt8(u.value)); continue }
            if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(u.value) { out.append(UInt8(u.value)); continue }
            guard let i = cp1252High.firstIndex(where: { $0 == u.value }) else { return nil }
            out.append(UInt8(0x80 + i))
        }
        return out
    }

    /// Decodes UTF-16 without its byte-order mark; nil on unpaired surrogates.
    static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return String(validating: units, as: UTF16.self)
    }
}
