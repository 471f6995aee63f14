import Foundation
import Testing

/// Inputs read, but not exactly as written, are read with a warning line on
/// standard error (issue 16 row 16 and the follow-ups), and the exit status stays 0.
@Suite struct WarningTests {
    let article = try! String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("corpus/01.txt"), encoding: .utf8)

    @Test func anOutOfRangeNumberInJSONLinesIsNullWithAWarning() throws {
        let text = String(decoding: try JSONSerialization.data(withJSONObject: article, options: [.fragmentsAllowed]), as: UTF8.self)
        let line = #"{"url":"https://x.vn/a","extra":1e400,"views":\#(String(repeating: "7", count: 5000)),"text":\#(text)}"#
        let r = try CLIRunner.run(["extract", "-"], stdin: line + "\n")
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.hasPrefix("kiemdiem: -#line 1: warning: numbers out of range read as null: 1e400, 7777"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
