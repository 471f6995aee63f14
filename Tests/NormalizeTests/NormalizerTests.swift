import Testing
import KiemdiemNormalize

@Suite("Normalizer")
struct NormalizerTests {
    let normalizer = Normalizer()

    @Test(arguments: [
        ("uỷ", "ủy"), ("hoà", "hòa"), ("khoẻ", "khỏe"), ("Thuỷ", "Thủy"), ("Đảng uỷ", "Đảng ủy"),
        ("UỶ BAN", "ỦY BAN"), ("Hoà Bình", "Hòa Bình"), ("thuý", "thúy"), ("tuỳ", "tùy"), ("loè", "lòe"),
        ("hoạ", "họa"), ("Khoá", "Khóa"),
    ])
    func toneMarksMoveToFirstVowel(input: String, expected: String) {
        #expect(normalizer(input) == expected)
    }

    @Test(arguments: ["hoàng", "uyên", "khuya", "quý", "quả", "thuyền", "ủy", "hòa", "khỏe", "Quỳnh", "oai", "ngoài", "khuỷu"])
    func otherSyllablesStay(word: String) {
        #expect(normalizer(word) == word)
    }

    @Test func composesDecomposedInputAndKeepsOffsetsToTheOriginal() {
        // "Việt" with e + U+0302 + U+0323 decomposed: 6 input scalars → 4 output.
        let input = "Vi\u{0065}\u{0302}\u{0323}t Nam"
        let n = normalizer.normalize(input)
        #expect(n.text == "Việt Nam")
        #expect(n.originalOffset(3) == 5)   // "t" in the output is input scalar 5
        #expect(n.originalOffset(5) == 7)   // "N"
        let range = n.originalRange(0, 4)
        #expect(range.start == 0 && range.end == 6)
    }

    @Test func fixesLookalikeLettersAndHiddenCharacters() {
        let input = "\u{00D0}ảng\u{00A0}bộ\u{200B} phư\u{00AD}ờng \u{201C}Thượng Thanh\u{201D} \u{2013} 2020"
        #expect(normalizer(input) == "Đảng bộ phường \"Thượng Thanh\" - 2020")
        #expect(normalizer(input).unicodeScalars.first == "\u{0110}")
    }

    @Test func collapsesSpacesAndKeepsParagraphs() {
        let input = "  Dòng   một\t có  khoảng  trắng.  \r\n\r\n\r\n\r\nĐoạn hai.\nDòng ba.  "
        #expect(normalizer(input) == "Dòng một có khoảng trắng.\n\nĐoạn hai.\nDòng ba.")
    }

    @Test func offsetsPointBackThroughCleanUp() {
        let input = "A\u{00A0}\u{00A0}B\u{200B}C"
        let n = normalizer.normalize(input)
        #expect(n.text == "A BC")
        #expect(n.originalOffsets == [0, 1, 3, 5, 6])
    }

    @Test func emptyAndWhitespaceOnlyInput() {
        #expect(normalizer("") == "")
        #expect(normalizer(" \n\t ") == "")
        #expect(normalizer.normalize("").originalOffsets == [0])
    }

    @Test func combiningMarksAloneDoNotCrash() {
        let marks = String(repeating: "\u{0301}", count: 50)
        let n = normalizer.normalize(marks)
        #expect(n.originalOffsets.count == n.scalars.count + 1)
    }
}
