import Testing
import KiemdiemTokenize

/// Inputs found by fuzzing (fuzz/, docs/RELIABILITY.md) that once hung or
/// crashed the tokenizer.
@Suite struct TokenizerRegressionTests {
    let tokenizer = try! Tokenizer()

    /// "+" followed by a digit but not a phone number: the scanner emitted an
    /// empty number token at the "+" and never moved on (fuzz-tokenizer timeout).
    @Test(arguments: ["+0", "n+0b", "x+12y", "+1x", "Đ\u{FFFD}\u{14}\u{FFFD}n+0b\u{FFFD}\u{FFFD}ù ch\u{FFFD}\n", "1 + 2 = 3"])
    func plusBeforeADigitIsASymbol(_ input: String) {
        let doc = tokenizer.analyze(input)
        let plus = doc.tokens.first { doc.text(of: $0) == "+" }
        #expect(plus != nil)
        #expect(plus?.kind == .symbol || plus?.kind == .punctuation)
        for t in doc.tokens { #expect(t.start < t.end) }
    }

    @Test func internationalPhoneNumberStaysWhole() {
        let doc = tokenizer.analyze("Gọi +84912345678 nhé")
        #expect(doc.tokens.contains { $0.kind == .phone && doc.text(of: $0) == "+84912345678" })
    }
}
