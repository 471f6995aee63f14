import Testing
import KiemdiemICU

@Suite("System ICU wrapper")
struct ICUWrapperTests {
    @Test func nfcComposesDecomposedVietnamese() throws {
        // "ế" written as e + U+0302 + U+0301 composes to U+1EBF.
        let decomposed = "Vi\u{0065}\u{0302}\u{0323}t nam k\u{0065}\u{0302}\u{0301}"
        let composed = try UnicodeNormalization.nfc(decomposed)
        #expect(composed == "Việt nam kế")
        #expect(composed.unicodeScalars.count == 11)
        #expect(try UnicodeNormalization.isNFC(composed))
        #expect(try !UnicodeNormalization.isNFC(decomposed))
    }

    @Test func nfdDecomposes() throws {
        #expect(try UnicodeNormalization.nfd("ế").unicodeScalars.map(\.value) == [0x65, 0x302, 0x301])
    }

    @Test func sentenceBreaksThroughICU() throws {
        let breaker = TextBreaker(.sentence)
        let parts = try breaker.split("Hội nghị bắt đầu lúc 8 giờ. Đồng chí Hồng phát biểu! Ai dự?")
        #expect(parts.count == 3)
        #expect(parts[1] == "Đồng chí Hồng phát biểu! ")
    }

    @Test func wordBreaksSeparateSyllables() throws {
        let breaker = TextBreaker(.word)
        let units = Array("Đảng ủy phường".utf16)
        let words = try breaker.segments(utf16: units).filter { $0.status >= 100 }
        #expect(words.count == 3)
    }

    @Test(arguments: [
        ("hai mươi mốt", 21.0), ("một trăm hai mươi sáu", 126.0), ("bảy trăm lẻ bảy", 707.0),
        ("tám trăm sáu mươi sáu", 866.0), ("mười lăm", 15.0), ("một nghìn", 1000.0),
    ])
    func spelloutParsesVietnamese(phrase: String, value: Double) throws {
        let rbnf = try SpelloutNumbers(locale: "vi")
        #expect(rbnf.parse(phrase) == value)
    }

    @Test func spelloutRejectsPartialParses() throws {
        let rbnf = try SpelloutNumbers(locale: "vi")
        #expect(rbnf.parse("hai mươi mốt chi bộ") == nil)
        #expect(rbnf.parse("chi bộ") == nil)
        #expect(rbnf.parse("") == nil)
    }

    @Test func spelloutRoundTrips() throws {
        let rbnf = try SpelloutNumbers(locale: "vi")
        for n: Int64 in [1, 6, 21, 105, 139, 720, 4740] {
            let words = try rbnf.format(n)
            #expect(rbnf.parse(words) == Double(n), "\(n) → \(words)")
        }
    }

    @Test func vietnameseCollationOrdersDStrokeAfterD() throws {
        let coll = try Collator(locale: "vi")
        let sorted = coll.sorted(["Đặng", "Hà", "Dương", "Bùi", "Âu", "An"])
        #expect(sorted == ["An", "Âu", "Bùi", "Dương", "Đặng", "Hà"])
        #expect(coll.compare("Đặng", "Dương") == 1)
        let keys = ["Hà", "Đặng", "An"].map(coll.sortKey)
        #expect(keys[2].lexicographicallyPrecedes(keys[1]) && keys[1].lexicographicallyPrecedes(keys[0]))
    }

    @Test func windows1258DecodesThroughICU() throws {
        // windows-1258 spells tones as combining marks: Đ a U+0309 n g = "Đảng",
        // u U+0309 y = "ủy", p h ư ơ U+0300 n g = "phường".
        let conv = try CharsetConverter("windows-1258")
        let bytes: [UInt8] = [0xD0, 0x61, 0xD2, 0x6E, 0x67, 0x20, 0x75, 0xD2, 0x79, 0x20,
                              0x70, 0x68, 0xFD, 0xF5, 0xCC, 0x6E, 0x67]
        let text = try UnicodeNormalization.nfc(try conv.decode(bytes))
        #expect(text == "Đảng ủy phường")
        // Back: the decomposed form is representable, byte for byte.
        #expect(try conv.encode(try conv.decode(bytes)) == bytes)
    }

    @Test func encodingRefusesUnmappableCharacters() throws {
        let latin1 = try CharsetConverter("ISO-8859-1")
        #expect(try latin1.encode("café") == [0x63, 0x61, 0x66, 0xE9])
        #expect(throws: ICUError.self) { try latin1.encode("Đảng") }
    }

    @Test func strictDecodingRejectsInvalidBytes() throws {
        let utf8 = try CharsetConverter("UTF-8")
        #expect(try utf8.decode(Array("Hà Nội".utf8)) == "Hà Nội")
        #expect(throws: ICUError.self) { try utf8.decode([0x48, 0xC3, 0x28]) }
    }

    @Test func unknownCharsetIsAnError() {
        #expect(throws: ICUError.self) { try CharsetConverter("no-such-charset-x") }
    }
}
