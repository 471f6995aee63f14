import Foundation
import Testing

/// Every input limit is a flag of `extract` and `run`, documented in --help,
/// with a default that reads the whole corpus, and each one stops what it
/// limits with a one-line reason naming the flag.
@Suite("input limit flags")
struct LimitFlagTests {
    let formats = CLIRunner.packageRoot.appendingPathComponent("corpus/formats")
    let flags = ["--max-bytes", "--max-decompressed-bytes", "--max-line-bytes", "--max-warc-records"]

    func recordCount(_ stdout: String) -> Int { stdout.split(separator: "\n").count }

    @Test func helpDocumentsEveryLimit() throws {
        for command in ["extract", "run"] {
            let help = try CLIRunner.run([command, "--help"])
            for flag in flags { #expect(help.stdout.contains(flag), "\(command) --help lacks \(flag)") }
        }
    }

    @Test func defaultsReadTheWholeCorpus() throws {
        let r = try CLIRunner.run(["extract", formats.appendingPathComponent("archive.warc.gz").path,
                                   formats.appendingPathComponent("posts.jsonl").path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
    }

    @Test func maxBytes() throws {
        let path = CLIRunner.packageRoot.appendingPathComponent("corpus/01.txt").path
        let r = try CLIRunner.run(["extract", "--max-bytes", "100", path])
        #expect(r.status == 3)
        #expect(recordCount(r.stdout) == 0)
        #expect(r.stderr.contains(path) && r.stderr.contains("--max-bytes"))
        #expect(try CLIRunner.run(["extract", "--max-bytes", "100000", path]).status == 0)
    }

    @Test func maxDecompressedBytes() throws {
        let path = formats.appendingPathComponent("archive.warc.gz").path
        let r = try CLIRunner.run(["extract", "--max-decompressed-bytes", "1000", path])
        #expect(r.status == 3)
        #expect(r.stderr.contains(path) && r.stderr.contains("--max-decompressed-bytes"))
    }

    @Test func maxLineBytes() throws {
        let path = formats.appendingPathComponent("posts.jsonl").path
        let all = recordCount(try CLIRunner.run(["extract", path]).stdout)
        let r = try CLIRunner.run(["extract", "--max-line-bytes", "100", path])
        #expect(r.status == 3)
        #expect(recordCount(r.stdout) == 0 && all > 0)
        #expect(r.stderr.split(separator: "\n").count == all)
        #expect(r.stderr.contains("--max-line-bytes"))
    }

    @Test func maxWarcRecords() throws {
        let path = formats.appendingPathComponent("archive.warc").path
        let all = recordCount(try CLIRunner.run(["extract", path]).stdout)
        let r = try CLIRunner.run(["extract", "--max-warc-records", "3", path])
        #expect(r.status == 3)
        #expect(recordCount(r.stdout) < all)
        #expect(r.stderr.contains("--max-warc-records"))
    }

    @Test func limitsMustBePositive() throws {
        for flag in flags {
            let r = try CLIRunner.run(["run", "--no-report", "--db", "/nonexistent/x.sqlite", flag, "0", "corpus"])
            #expect(r.status == 2)
            #expect(r.stderr.contains(flag))
        }
    }

    /// Issue 16 row 14: numbers past any sensible range are usage errors
    /// (status 2, one line naming the flag) before any work: before, they
    /// trapped on overflow, asked for an 18 EB buffer, or crashed after storing.
    @Test func outOfRangeNumbersAreUsageErrors() throws {
        let path = CLIRunner.packageRoot.appendingPathComponent("corpus/01.txt").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-range-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("k.sqlite").path
        let cases: [([String], String)] = [
            (["extract", "--max-bytes", "9223372036854775807", path], "--max-bytes"),
            (["extract", "--max-decompressed-bytes", "9223372036854775807", path], "--max-decompressed-bytes"),
            (["extract", "--max-line-bytes", "9223372036854775807", "-"], "--max-line-bytes"),
            (["extract", "--max-warc-records=-1", path], "--max-warc-records"),
            (["extract", "--batch", "9223372036854775807", path], "--batch"),
            (["run", "--batch", "9223372036854775807", path, "--db", db], "--batch"),
            (["run", "--top=-1", path, "--db", db, "--no-report"], "--top"),
            (["report", "--max-articles=-5", "--db", db], "--max-articles"),
            (["extract", "--jobs", "0", path], "--jobs"),
        ]
        for (args, flag) in cases {
            let r = try CLIRunner.run(args, stdin: "")
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.hasPrefix("kiemdiem: \(flag) must be"), "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        // Nothing was stored by the refused runs.
        #expect(!FileManager.default.fileExists(atPath: db))
        // More threads than cores are capped, not refused: the run still gives its record.
        let many = try CLIRunner.run(["extract", "--jobs", "10000", path])
        #expect(many.status == 0)
        #expect(recordCount(many.stdout) == 1)
    }
}

/// Issue 16 row 4: `tokenize` reads at most --max-bytes (it held all of /dev/zero before).
@Suite struct TokenizeLimitTests {
    @Test func tokenizeRefusesInputOverItsLimit() throws {
        let r = try CLIRunner.run(["tokenize", "--max-bytes", "1000"], stdin: String(repeating: "Đảng ủy ", count: 500))
        #expect(r.status == 1)
        #expect(r.stderr == "kiemdiem: standard input: over the 1000-byte limit (--max-bytes)\n")
        #expect(r.stdout.isEmpty)
        #expect(try CLIRunner.run(["tokenize", "--max-bytes", "100000"], stdin: "Đảng ủy phường").status == 0)
    }
}
