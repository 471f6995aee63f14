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

    /// A WARC file holding only a warcinfo record: exit 0, no record, and one warning line (before: nothing at all).
    @Test func aWARCWithNoPageGivesAWarning() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kd-info-\(UUID().uuidString).warc").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let record = "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/warc-fields\r\nContent-Length: 13\r\n\r\nsoftware: x\r\n\r\n\r\n"
        try Data(record.utf8).write(to: URL(fileURLWithPath: path))
        let r = try CLIRunner.run(["extract", path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "kiemdiem: \(path): warning: no HTML page in its 1 WARC record (warcinfo); nothing read\n")
        // A WARC file with pages gives no warning.
        let good = try CLIRunner.run(["extract", CLIRunner.packageRoot.appendingPathComponent("corpus/formats/archive.warc").path])
        #expect(!good.stderr.contains("warning"))
    }
}
