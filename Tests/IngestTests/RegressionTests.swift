import Foundation
import Testing
@testable import KiemdiemIngest

/// Inputs found by the pathological benchmark (bench/pathological.sh) that
/// once took super-linear time in the reader.
@Suite struct IngestRegressionTests {
    /// Text made only of combining marks: canonical reordering of one run was
    /// quadratic (0.2 MB took 20 s). Runs are now cut every 30 marks (UAX #15).
    @Test func longRunsOfCombiningMarksAreCutStreamSafe() {
        let marks = String(repeating: "\u{0301}\u{0300}\u{0309}\u{0303}\u{0323}", count: 2000)
        let safe = LegacyVietnamese.streamSafe(marks)
        var run = 0, longest = 0
        for u in safe.unicodeScalars {
            run = u.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
            longest = max(longest, run)
        }
        #expect(longest <= 30)
        #expect(safe.unicodeScalars.filter { $0 == "\u{034F}" }.count >= marks.unicodeScalars.count / 31)
        // Every mark kept, in order.
        #expect(String(String.UnicodeScalarView(safe.unicodeScalars.filter { $0 != "\u{034F}" })) == marks)
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Đảng ủy phường Thượng Thanh tổng kết năm 2020; Hoa\u{0300}"
        #expect(LegacyVietnamese.streamSafe(text) == text)
        #expect(LegacyVietnamese.nfc(text) == text.precomposedStringWithCanonicalMapping)
    }

    @Test func aPostOfOnlyCombiningMarksIsRead() {
        let body = String(repeating: "\u{0301}\u{0323}", count: 50_000)
        let bytes = Array("Tiêu đề\nNgày đăng 08/12/2020 | 17:41 | Lượt xem: 1\n\n\(body)\n".utf8)
        var posts = 0
        PostReader().read(bytes: bytes, path: "marks.txt", name: "marks.txt") { if case .success = $0 { posts += 1 } }
        #expect(posts == 1)
    }
}
