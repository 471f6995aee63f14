import Foundation
import Testing
import KiemdiemTokenize
@testable import KiemdiemExtract

/// `WordSet.contains(_:_:)` (by word number, or by text for a set built after
/// the view) answers as `Set<String>.contains` of the token's lowercase.
@Suite struct WordSetByNumberTests {
    @Test func numbersAndTextAgreeWithSet() throws {
        let tokenizer = try Tokenizer()
        let doc = tokenizer.analyze("Năm 2020, hai mươi mốt đảng viên; THÁNG Mười, ngày mồng Một, quý IV và e\u{301} ﬁ Tư")
        let words: Set<String> = ["năm", "hai", "mươi", "mốt", "tháng", "mười", "một", "tư", "e\u{301}", "ﬁ", "é"]
        let early = WordSet(words)
        let v = WordView(doc)
        let late = WordSet(words.union(["từ-mới-\(UUID().uuidString.lowercased())"]))
        #expect(early.maxID < v.generation)
        #expect(late.maxID >= v.generation)
        for i in 0..<v.count {
            #expect(early.contains(v, i) == words.contains(v.lower[i]), "\(v.lower[i])")
            #expect(late.contains(v, i) == late.words.contains(v.lower[i]), "\(v.lower[i])")
        }
    }
}
