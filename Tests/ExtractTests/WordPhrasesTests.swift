import Foundation
import Testing
import KiemdiemTokenize
@testable import KiemdiemExtract

/// `WordPhrases` answers as phrase-by-phrase text matching does, by word
/// number (phrases numbered before the view) and by text (numbered after).
@Suite struct WordPhrasesTests {
    static let lists: [[[String]]] = [
        RatingRules.committeeWords, RatingRules.rateVerbs, RatingRules.evalWords, RatingRules.attendWords,
        DateParser.plannedWords, DateParser.aheadWords, DateParser.requestWords, [[";"], [","], ["và"]],
        [["đảng", "ủy"], [], ["ủy"]],
    ]

    static func expectAgreement(_ p: WordPhrases, _ v: WordView) {
        let t = ArticleTokens(v)
        for i in -2...(v.count + 1) {
            #expect(p.first(t, at: i) == p.words.firstIndex { t.matches(i, $0) })
            #expect(p.first(v, at: i) == p.words.firstIndex { v.matches(i, $0) })
            #expect(p.anyEnding(v, at: i) == p.words.contains { v.matches(i - $0.count + 1, $0) })
            #expect(p.firstPreceding(v, i) == p.words.firstIndex { v.precededBy(i, $0) })
        }
    }

    @Test func numbersAndTextAgreeWithMatching() throws {
        let tokenizer = try Tokenizer()
        let text = """
            Đảng ủy phường đã xem xét, đánh giá, xếp loại 15 chi bộ; Ban Thường vụ Quận ủy \
            dự kiến phấn đấu đến hết năm. Đề nghị các chi bộ triển khai nhiệm vụ trọng tâm và tham dự hội nghị.
            Đảng
            ủy phân loại, dự họp có mặt; ĐẢNG ỦY XẾP LOẠI và kiểm điểm, chỉ đạo, giao, yêu cầu; nhiệm vụ
            """
        let numbered = Self.lists.map(WordPhrases.init)          // before the views: by number
        let doc = tokenizer.analyze(text)
        for p in numbered {
            let v = WordView(doc)
            #expect(p.maxID < v.generation)
            Self.expectAgreement(p, v)
        }
        // Phrases with a word numbered after the view: by text.
        let v = WordView(doc)
        let late = WordPhrases([["đảng", "ủy"], ["từ-mới-\(UUID().uuidString.lowercased())"]])
        #expect(late.maxID >= v.generation)
        Self.expectAgreement(late, v)
    }
}
