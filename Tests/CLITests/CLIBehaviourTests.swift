import Foundation
import Testing

/// The command line behaves like the tools people know: errors for what
/// would silently do nothing or do damage, checked before the work starts.
@Suite("kiemdiem command-line behaviour")
struct CLIBehaviourTests {
    /// A fresh temporary folder, removed at the end of the test.
    final class Scratch {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    let article = CLIRunner.packageRoot.appendingPathComponent("corpus/01.txt").path

    @Test func unknownHelpTopicIsBadUsage() throws {
        let r = try CLIRunner.run(["help", "nosuch"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no help topic 'nosuch'"))
        #expect(r.stdout.isEmpty)
        #expect(try CLIRunner.run(["help", "extract"]).status == 0)
    }

    @Test func helpListsEveryExitStatusAndOneJobsDefault() throws {
        let r = try CLIRunner.run(["help", "extract"])
        let flat = r.stdout.replacingOccurrences(of: "\n", with: " ")
        for status in ["0 success", "1 the work", "2 bad usage", "3 some inputs", "141"] {
            #expect(flat.contains(status), "\(status)")
        }
        let jobs = flat.range(of: "--jobs <jobs>").map { String(flat[$0.lowerBound...].prefix(120)) } ?? ""
        #expect(jobs.components(separatedBy: "default").count == 2, "\(jobs)")
    }

    @Test func folderWithNothingReadableIsAnError() throws {
        let dir = try Scratch()
        try FileManager.default.createDirectory(atPath: dir.path("pdfs"), withIntermediateDirectories: true)
        try Data("%PDF-1.4".utf8).write(to: URL(fileURLWithPath: dir.path("pdfs/a.pdf")))
        let alone = try CLIRunner.run(["extract", dir.path("pdfs")])
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("no readable file"))
        #expect(alone.stdout.isEmpty)
        let mixed = try CLIRunner.run(["extract", dir.path("pdfs"), article])
        #expect(mixed.status == 3)
        #expect(mixed.stdout.split(separator: "\n").count == 1)
    }

    @Test func evalWithoutGoldIsAnError() throws {
        let dir = try Scratch()
        let r = try CLIRunner.run(["eval", dir.url.path])
        // Nothing to score is bad usage (exit 2), never a perfect score.
        #expect(r.status == 2)
        #expect(r.stderr.contains("no NN.gold.json or NN.expected.json files"))
        #expect(!r.stdout.contains("1.000"))
    }

    @Test func missingOutputFolderIsRefusedBeforeTheWork() throws {
        let dir = try Scratch()
        let db = dir.path("k.sqlite")
        let r = try CLIRunner.run(["run", article, "--db", db, "--report", "/nonexistent-kiemdiem/r.html"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent-kiemdiem"))
        #expect(!FileManager.default.fileExists(atPath: db), "the work started")
        let e = try CLIRunner.run(["extract", "-o", "/nonexistent-kiemdiem/r.jsonl", article])
        #expect(e.status == 2)
    }

    @Test func aFileThatIsNotAKiemdiemDatabaseIsNeverConverted() throws {
        let dir = try Scratch()
        let text = dir.path("notes.txt")
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: text))
        for command in [["stats", "--db", text], ["report", "--db", text, "--out", dir.path("r.html")],
                        ["run", article, "--db", text, "--no-report"]] {
            let r = try CLIRunner.run(command)
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("not a SQLite database"), "\(command): \(r.stderr)")
        }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a database\n")
    }

    @Test func outputFileIsWrittenWholeAndSummaryAsJSON() throws {
        let dir = try Scratch()
        let out = dir.path("records.jsonl")
        let r = try CLIRunner.run(["extract", "--quiet", "-o", out, article])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["records.jsonl"])

        let run = try CLIRunner.run(["run", article, "--db", dir.path("k.sqlite"), "--no-report", "--summary-json"])
        #expect(run.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(summary?["postsRead"] as? Int == 1)
        #expect(summary?["stored"] as? Int == 1)
        #expect((summary?["failedInputs"] as? [Any])?.isEmpty == true)
        let quiet = try CLIRunner.run(["run", article, "--db", dir.path("k.sqlite"), "--no-report", "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
    }
}
