import Foundation
import Testing
import KiemdiemCore
import KiemdiemTokenize
@testable import KiemdiemExtract

/// The word view builds token strings straight from scalars (`ScalarText`);
/// they must be the strings `Document.text(of:)` and `lowercased()` give.
@Suite struct ScalarTextTests {
    static func expectSameWords(_ doc: Document) {
        let words = WordView(doc)
        for (k, t) in doc.tokens.enumerated() {
            let text = doc.text(of: t)
            #expect(Array(words.texts[k].utf8) == Array(text.utf8), "\(text)")
            #expect(Array(words.lower[k].utf8) == Array(text.lowercased().utf8), "\(text)")
        }
    }

    /// Every token of every corpus article.
    @Test func corpusTokensAgree() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let names = try #require(try? FileManager.default.contentsOfDirectory(atPath: corpus.path), "corpus/ is missing from the package")
        let tokenizer = try Tokenizer()
        var n = 0
        for name in names.sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            Self.expectSameWords(tokenizer.analyze(text))
            n += 1
        }
        #expect(n >= 40)
    }

    /// Capitals of many scripts, letters whose lowercase is longer ("İ"),
    /// letters past the table ("Ａ", Deseret "𐐀"), Greek sigma, Cyrillic,
    /// Vietnamese capitals with tone marks, combining marks, emoji.
    @Test func awkwardScalarsAgree() {
        let samples = ["ĐẢNG ỦY PHƯỜNG Thượng Thanh", "İstanbul ΣΟΦΙΑ ΌΣΟΣ Ǆemal ǅ Ꮳ", "ＡＢＣ 𐐀𐐁 ÅNGSTRÖM Å K",
                       "A\u{301}Ê\u{323} ẞ ǰ ΐ", "Москва ÀÁẢÃẠ ĂẮẰẲẴẶ ÂẤẦẨẪẬ", "😀 x\u{2028}y 09-KH/ĐU"]
        let all = (0x41..<0x2100).compactMap(Unicode.Scalar.init).filter { $0.properties.isUppercase || $0.properties.changesWhenLowercased }
        for s in samples + [String(String.UnicodeScalarView(all))] {
            let scalars = Array(s.unicodeScalars)
            scalars.withUnsafeBufferPointer { b in
                for end in [scalars.count, scalars.count / 2, 1] where end <= scalars.count {
                    let expected = Document.string(scalars[0..<end])
                    #expect(Array(ScalarText.string(b, 0..<end).utf8) == Array(expected.utf8))
                    let (lower, plain) = ScalarText.lowercased(b, 0..<end)
                    #expect(Array(lower.utf8) == Array(expected.lowercased().utf8))
                    #expect(plain == expected.lowercased().unicodeScalars.allSatisfy { ScalarText.isPlain($0.value) })
                    // Plain words compare by bytes exactly as String == does.
                    if plain { #expect(ScalarText.sameBytes(lower, expected.lowercased()) == (lower == expected.lowercased())) }
                }
            }
        }
    }

    /// `linesSplit` gives the pieces of `split(separator: "\n", …)`, with and without CR.
    @Test func linesSplitMatchesCharacterSplit() {
        let texts = ["", "\n", "a\n\nb\n", "Đảng ủy\n\n\nx\u{301}\ny", "a\r\nb\rc\n\nd", "\n\n a \n", "one line",
                     "\n\n\n", "a\n", "\na", "1\n2\n\n3\n4\n5\n\n\n6\n7\n8\n9\n10\n11\n12\n13\n14\n"]
        for t in texts {
            for maxSplits in [0, 1, 4, 12, Int.max] {
                for omit in [true, false] {
                    #expect(t.linesSplit(maxSplits: maxSplits, omittingEmptySubsequences: omit)
                            == t.split(separator: "\n", maxSplits: maxSplits, omittingEmptySubsequences: omit), "\(t.debugDescription)")
                }
            }
        }
    }

    /// `WordSet` answers as `Set<String>` does, for plain and other tokens.
    @Test func wordSetAgreesWithSet() throws {
        let words: Set<String> = ["năm", "tháng", "i", "mười", "ﬁ", "e\u{301}"]
        let set = WordSet(words)
        let doc = try Tokenizer().analyze("Năm THÁNG i Mười ﬁ é e\u{301} nam thang")
        let v = WordView(doc)
        for i in 0..<v.count {
            #expect(set.contains(v.lower[i], plain: v.plain[i]) == words.contains(v.lower[i]), "\(v.lower[i])")
        }
    }

    /// A phrase table matches by word numbers when its words were numbered
    /// before the view, by text otherwise; both give the same matches.
    @Test func phraseTablesMatchByNumberAndByText() throws {
        let tokenizer = try Tokenizer()
        let text = "Ông Qưzzzy Ủy Ban hoàn thành Qưzzzy Ủy, không qưzzzy ủy ban."
        let early = ArticleTokens(tokenizer.analyze(text))     // built before the table numbers "qưzzzy"
        var table = PhraseTable<Int>()
        table.add("qưzzzy ủy ban", 3, tokenizer: tokenizer)
        table.add("qưzzzy ủy", 2, tokenizer: tokenizer)
        let late = ArticleTokens(tokenizer.analyze(text))
        #expect(late.generation > early.generation)
        var found: [Int] = []
        for i in 0..<late.count {
            let a = table.match(early, at: i), b = table.match(late, at: i)
            #expect(a?.length == b?.length && a?.value == b?.value)
            if let b { found.append(b.value) }
        }
        #expect(found == [3, 2, 3])
    }
}
