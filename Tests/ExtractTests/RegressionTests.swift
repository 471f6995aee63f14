import Testing
import KiemdiemCore
import KiemdiemExtract

/// Inputs found by the pathological benchmark (bench/pathological.sh) that
/// once took quadratic time in the extractors.
@Suite struct ExtractRegressionTests {
    static let extractor = try! RatingExtractor()

    /// A long run of numbers without punctuation: each figure's clause was
    /// read back to the start of the sentence. Clauses are now read at most
    /// `clauseWindow` tokens each way; bare numbers are neither ratings nor totals.
    @Test func longRunOfNumbersGivesNoFigures() {
        let numbers = (0..<5000).map { String(($0 * 7919) % 100_000) }.joined(separator: " ")
        let result = Self.extractor.extract(Shared.analyze(numbers), year: 2020)
        #expect(result.ratings.isEmpty)
        #expect(result.totals.isEmpty)
    }

    /// The window still reaches a total's words in an ordinary long clause.
    @Test func totalAfterALongClauseIsStillFound() {
        let filler = Array(repeating: "công tác", count: 40).joined(separator: " ")
        let text = "Năm 2020 \(filler) tổng số 866 đảng viên được đánh giá, xếp loại."
        let totals = Self.extractor.extract(Shared.analyze(text), year: 2020).totals
        #expect(totals.contains { $0.count == 866 })
    }
}
