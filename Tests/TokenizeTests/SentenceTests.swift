import Testing
import KiemdiemTokenize

@Suite("Sentence splitting")
struct SentenceTests {
    static let tokenizer = try! Tokenizer()

    func sentences(_ text: String) -> [String] {
        let doc = Self.tokenizer.analyze(text)
        return doc.sentences.map { doc.slice($0.start, $0.end) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        let s = sentences("Hội nghị tổ chức tại TP. Hà Nội. Đồng chí Lan chủ trì.")
        #expect(s == ["Hội nghị tổ chức tại TP. Hà Nội.", "Đồng chí Lan chủ trì."])
    }

    @Test func districtAbbreviationAndComrade() {
        let s = sentences("Quận ủy Q. Long Biên chỉ đạo. Đ/c Hồng phát biểu.")
        #expect(s.count == 2)
        #expect(s[0] == "Quận ủy Q. Long Biên chỉ đạo.")
    }

    @Test func linesAreSentenceBoundaries() {
        let s = sentences("công tác đảng\nĐảng ủy phường đánh giá chi bộ năm 2020\nNgày đăng 08/12/2020")
        #expect(s.count == 3)
    }

    @Test func sentenceTokensCoverTheSentence() {
        let doc = Self.tokenizer.analyze("Ngày 08/12/2020, Đảng ủy họp. Có 21 chi bộ tự nhận Hoàn thành xuất sắc nhiệm vụ.")
        #expect(doc.sentences.count == 2)
        for s in doc.sentences {
            for k in s.tokens { #expect(doc.tokens[k].start >= s.start && doc.tokens[k].end <= s.end) }
        }
        #expect(doc.sentences.map(\.tokens.count).reduce(0, +) == doc.tokens.count)
        #expect(doc.sentenceIndex(at: doc.sentences[1].start) == 1)
    }

    @Test func offsetsAreUnicodeScalars() {
        let doc = Self.tokenizer.analyze("Đảng uỷ phường")
        // "Đảng" = 4 scalars in NFC; "ủy" starts at 5.
        #expect(doc.tokens[1].start == 5 && doc.tokens[1].end == 7)
        #expect(doc.text(of: doc.tokens[1]) == "ủy")
    }
}
