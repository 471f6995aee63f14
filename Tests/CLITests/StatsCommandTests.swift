import Foundation
import Testing

/// `kiemdiem stats` on a store of the bundled corpus.
@Suite("kiemdiem stats")
struct StatsCommandTests {
    static func python(_ script: String, _ args: [String]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let hasPandas = (try? python("import pandas", []).status) == 0

    func store() throws -> (URL, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let db = dir.appendingPathComponent("k.sqlite").path
        let r = try CLIRunner.run(["run", "corpus", "--db", db, "--no-report"])
        #expect(r.status == 0)
        return (dir, db)
    }

    @Test func runCountsEachPostOnceAndStatsGivesMyLamsExclusiveShare() throws {
        let (dir, db) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = try CLIRunner.run(["run", "corpus", "--db", db, "--no-report"]).stdout
        #expect(summary.contains("0 new articles"))
        let csv = try CLIRunner.run(["stats", "--db", db, "--org", "My Lam", "--format", "csv"])
        #expect(csv.status == 0)
        let header = csv.stdout.components(separatedBy: "\r\n")[0].components(separatedBy: ",")
        let row = try #require(csv.stdout.components(separatedBy: "\r\n").first { $0.contains(",dang_vien,reported,HTXSNV,") && $0.contains(",812,") })
        let share = Double(row.components(separatedBy: ",")[header.firstIndex(of: "share")!])!
        #expect(String(format: "%.1f", share * 100) == "14.8")
    }

    @Test(.enabled(if: hasPandas))
    func byYearCSVLoadsInPandasWithNumericColumns() throws {
        let (dir, db) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("by-year.csv")
        let r = try CLIRunner.run(["stats", "--db", db, "--by", "year", "--format", "csv"])
        #expect(r.status == 0)
        try Data(r.stdout.utf8).write(to: csv)
        let check = try Self.python("""
            import sys, pandas as pd
            from pandas.api.types import is_numeric_dtype
            d = pd.read_csv(sys.argv[1])
            assert len(d) > 0, "no rows"
            for c in ["year", "organizations", "articles", "lists", "exclusive_count", "list_total", "share", "lists_above_cap", "share_above_cap"]:
                assert is_numeric_dtype(d[c]), (c, d[c].dtype)
            assert d["approx"].dtype == bool, d["approx"].dtype
            x = d[(d.level == "HTXSNV") & (d.subject == "dang_vien")]
            assert x["share"].dropna().between(0, 1).all()
            print("ok", len(d))
            """, [csv.path])
        #expect(check.status == 0, Comment(rawValue: check.out))
    }
}
