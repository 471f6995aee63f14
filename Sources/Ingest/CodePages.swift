/// The single-byte Windows code pages that Vietnamese pages are labelled
/// with, decoded by table (the published Microsoft code page tables).
///
/// KiemdiemIngest does not import KiemdiemICU: a module that imports both a
/// system C module (CZlib, CLibXML2) and KiemdiemICU fails to build from a
/// clean cache, because the system ICU seen through CICU clashes with the
/// ICU copy inside Foundation. The two code pages are small fixed tables, so
/// they are decoded here; Unicode normalization comes from Foundation.
enum CodePage {
    /// 0x80–0x9F of windows-1252; nil where the code page has no character.
    static let cp1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// windows-1258 (Vietnamese): 0x80–0xFF. Besides precomposed Latin
    /// letters it holds ă â ê ô ơ ư đ and five combining tone marks, so its
    /// text is only partly composed and needs NFC.
    static let cp1258High: [UInt32?] = {
        var t: [UInt32?] = cp1252High
        // Š Ž š ž are not in windows-1258.
        t[0x0A] = nil; t[0x0E] = nil; t[0x1A] = nil; t[0x1E] = nil
        for b in 0xA0...0xFF { t.append(UInt32(b)) }       // Latin-1 by default, then the differences:
        let differences: [Int: UInt32] = [
            0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF, 0xDE: 0x0303,
            0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1, 0xFD: 0x01B0, 0xFE: 0x20AB,
        ]
        for (b, u) in differences { t[b - 0x80] = u }
        return t
    }()

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

    /// Decodes windows-1258 (not yet composed); nil if a byte has no character.
    static func windows1258(_ bytes: [UInt8]) -> String? {
        var view = String.UnicodeScalarView()
        for b in bytes {
            if b < 0x80 { view.append(Unicode.Scalar(b)); continue }
            guard let u = cp1258High[Int(b) - 0x80] else { return nil }
            view.append(Unicode.Scalar(u)!)
        }
        return String(view)
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
