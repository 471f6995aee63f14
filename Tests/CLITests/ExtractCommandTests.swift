import Foundation
import Testing

@Suite("kiemdiem extract and eval")
struct ExtractCommandTests {
    let corpus = CLIRunner.packageRoot.appendingPathComponent("corpus")

    func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func recordsCarryWithinAndCrossArticleFindings() throws {
        // 15 and 16 give different figures for the same commune and year; 02 has swapped figures.
        let paths = ["02", "15", "16"].map { corpus.appendingPathComponent("\($0).txt").path }
        let r = try CLIRunner.run(["extract"] + paths)
        #expect(r.status == 0)
        let recs = try records(r.stdout)
        #expect(recs.count == 3)
        func rules(_ rec: [String: Any]) -> [String] {
            (rec["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        }
        #expect(rules(recs[0]).contains("figures_swapped"))
        #expect(rules(recs[1]).contains("cross_article_mismatch"))
        #expect(rules(recs[2]).contains("cross_article_mismatch"))
        // Alone, 15 has nobody to disagree with.
        let alone = try records(try CLIRunner.run(["extract", paths[1]]).stdout)
        #expect(!rules(alone[0]).contains("cross_article_mismatch"))
    }

    @Test func everySpanGivesBackItsEvidence() throws {
        let r = try CLIRunner.run(["extract", corpus.appendingPathComponent("01.txt").path])
        let rec = try #require(try records(r.stdout).first)
        let text = Array((rec["text"] as! String).unicodeScalars)
        var checked = 0
        for key in ["dates", "documents", "ratings"] {
            for item in rec[key] as? [[String: Any]] ?? [] {
                let span = item["span"] as! [Int]
                var view = String.UnicodeScalarView(); view.append(contentsOf: text[span[0]..<span[1]])
                #expect(String(view) == item["text"] as? String)
                checked += 1
            }
        }
        #expect(checked > 5)
    }

    @Test func aBadInputIsReportedAndTheRestStillComesOut() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        let r = try CLIRunner.run(["extract", empty.path, corpus.appendingPathComponent("03.txt").path, "/no/such.txt"])
        #expect(r.status == 3)
        #expect(try records(r.stdout).count == 1)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains(empty.path) && $0.contains("empty") })
        #expect(lines.contains { $0.contains("/no/such.txt") })
    }

    @Test func badUsageExitsTwoWithOneLine() throws {
        let r = try CLIRunner.run(["extract", "--format", "xml", corpus.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--format"))
        #expect(r.stdout.isEmpty)
    }

    @Test func evalScoresEveryFieldAtLeast095() throws {
        let r = try CLIRunner.run(["eval", corpus.path])
        #expect(r.status == 0)
        var fields = 0
        for line in r.stdout.split(separator: "\n") {
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            guard cols.count >= 4, let f1 = Double(cols[3]) else { continue }
            fields += 1
            #expect(f1 >= 0.95, "\(cols[0]): F1 \(f1)")
        }
        #expect(fields == 13)   // 12 fields and the overall line
    }
    /// Hundreds of digits before "%" once parsed to infinity, which JSON cannot
    /// hold, and `extract` wrote an empty line for the record.
    @Test func aFigureTooLargeForJSONStillGivesAWholeRecord() throws {
        let digits = String(repeating: "9", count: 400)
        let article = "Đảng ủy phường Thượng Thanh\nNgày đăng 08/12/2020 | 10:00 | Lượt xem: 5\n"
            + "Năm 2020, có \(digits)% đảng viên hoàn thành xuất sắc nhiệm vụ; \(digits),5% chi bộ hoàn thành tốt nhiệm vụ.\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("huge.txt")
        try article.write(to: file, atomically: true, encoding: .utf8)
        for args in [["extract", file.path], ["extract", "--stream", file.path]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 1)
            let rec = try #require(try records(r.stdout).first)
            #expect((rec["text"] as? String)?.contains(digits) == true)
            for rating in rec["ratings"] as? [[String: Any]] ?? [] {
                if let p = rating["percent"] as? Double { #expect(p.isFinite) }
            }
        }
    }

    /// A failed write to standard output (a full disk) used to be ignored and
    /// `extract` ended with success and a truncated output.
    @Test func aFailedWriteToStandardOutputIsAnError() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        for args in [["extract", corpus.appendingPathComponent("01.txt").path], ["tokenize", corpus.appendingPathComponent("01.txt").path]] {
            let r = try CLIRunner.run(args, stdoutTo: full)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.contains("standard output: write failed"), "\(args): \(r.stderr)")
        }
    }
}
