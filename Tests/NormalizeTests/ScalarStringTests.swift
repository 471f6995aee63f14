import Testing
import KiemdiemNormalize

/// `ScalarString` against the standard library's scalar views.
@Suite struct ScalarStringTests {
    static let samples = [
        "", "a", "Đảng ủy phường Thượng Thanh", "hòa khỏe thủy", "e\u{301} decomposed", "İstanbul ǅ",
        "emoji 🇻🇳 👍🏽 and 𝔘", "tab\tCR\r\nNBSP\u{A0}ZWJ\u{200D}", "日本語 한국어 ᄀ\u{1161}", "\u{FEFF}BOM",
        "U+02FF \u{2FF} U+0300 a\u{300} U+1DFF \u{1DFF} U+1E00 \u{1E00} U+1EFF \u{1EFF} U+1F00 \u{1F00}",
    ]

    @Test(arguments: samples)
    func roundTrip(text: String) {
        let scalars = ScalarString.scalars(of: text)
        #expect(scalars == Array(text.unicodeScalars))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let viaView = String(view)
        let direct = ScalarString.string(scalars)
        #expect(Array(direct.utf8) == Array(viaView.utf8))
        if scalars.count >= 3 {
            let sliced = ScalarString.string(scalars, 1..<(scalars.count - 1))
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[1..<(scalars.count - 1)])
            #expect(Array(sliced.utf8) == Array(String(v).utf8))
        }
    }

    @Test(arguments: samples)
    func stableMeansEveryScalarIsStable(text: String) {
        #expect(ScalarString.isStable(text) == text.unicodeScalars.allSatisfy { Normalizer.isStable($0.value) })
    }

    /// Every scalar of U+0000–U+2000 alone: the byte test agrees with the scalar test.
    @Test func stableOnEachScalar() {
        for v in UInt32(0)...0x2000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = "x" + String(Character(s)) + "y"
            #expect(ScalarString.isStable(text) == Normalizer.isStable(v), "U+\(String(v, radix: 16))")
        }
    }
}
