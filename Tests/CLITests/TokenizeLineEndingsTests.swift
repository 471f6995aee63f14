import Foundation
import Testing

@Suite("kiemdiem tokenize line handling")
struct TokenizeLineEndingsTests {
    @Test func everyLineTerminatorEndsALine() throws {
        // \r\n, \r, U+0085, U+2028 and U+2029 each end one line, as \n does.
        let r = try CLIRunner.run(["tokenize", "--words"], stdin: "một\r\nhai\rba\u{85}bốn\u{2028}năm\u{2029}sáu")
        #expect(r.status == 0)
        #expect(r.stdout == "một\nhai\nba\nbốn\nnăm\nsáu\n")
    }

    @Test func longLinesComeThroughWhole() throws {
        // Far longer than the splitter's first buffer, and than one output chunk.
        let sentence = "Đảng ủy phường Thượng Thanh hoàn thành xuất sắc nhiệm vụ. "
        let line = String(repeating: sentence, count: 3_000)
        let r = try CLIRunner.run(["tokenize", "--words"], stdin: line + "\nBí thư Đảng ủy\n")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0].split(separator: " ").filter { $0 == "Đảng_ủy" }.count == 3_000)
        #expect(lines[0].replacingOccurrences(of: "_", with: " ").filter { $0 != " " }
                == line.replacingOccurrences(of: ".", with: " .").filter { $0 != " " })
        #expect(lines[1] == "Bí_thư Đảng_ủy")
    }
}
