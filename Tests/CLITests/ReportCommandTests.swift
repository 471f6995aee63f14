import Foundation
import Testing

/// `run` and `report` write the report in Vietnamese unless `--lang en` asks for English.
@Suite struct ReportCommandTests {
    @Test func languageFlag() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("k.sqlite").path
        let vi = dir.appendingPathComponent("vi.html").path, en = dir.appendingPathComponent("en.html").path
        let run = try CLIRunner.run(["run", "corpus/02.txt", "--db", db, "--report", vi])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try CLIRunner.run(["report", "--db", db, "--out", en, "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
        let viPage = try String(contentsOfFile: vi, encoding: .utf8), enPage = try String(contentsOfFile: en, encoding: .utf8)
        #expect(viPage.contains("<html lang=\"vi\">") && viPage.contains("Phương pháp"))
        #expect(enPage.contains("<html lang=\"en\">") && enPage.contains("Method: the checks"))
        let runEn = try CLIRunner.run(["run", "corpus/02.txt", "--db", db, "--report", vi, "--lang", "en"])
        #expect(runEn.status == 0)
        #expect(try String(contentsOfFile: vi, encoding: .utf8).contains("<html lang=\"en\">"))
        let bad = try CLIRunner.run(["report", "--db", db, "--out", en, "--lang", "fr"])
        #expect(bad.status != 0 && bad.stderr.contains("--lang"))
    }
}
