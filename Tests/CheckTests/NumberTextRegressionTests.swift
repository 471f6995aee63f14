import Testing
@testable import KiemdiemCheck

/// Found by `fuzz/run.sh 540 article` (2026-11-27): a percent far beyond
/// Int.max in a finding message trapped on `Int(r)`.
@Suite struct NumberTextRegressionTests {
    @Test func hugeWholeNumbersAreWrittenWithoutTrapping() {
        let text = Words.number(1e300)
        #expect(!text.isEmpty)
        #expect(Double(text) == 1e300)
        #expect(Words.number(14.8) == "14.8")
        #expect(Words.number(20) == "20")
    }
}
