import Foundation
import Testing

/// `extract` over several inputs links copies and near-copies by `duplicateOf`.
@Suite("kiemdiem extract: copies")
struct ExtractCopiesTests {
    let formats = CLIRunner.packageRoot.appendingPathComponent("corpus/formats")

    func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func aCopyInAnotherFormatAndARepostPointToTheFirstRecord() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiemdiem-copies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: formats.appendingPathComponent("src/a01_ngoc_lam.txt"), encoding: .utf8)
        let repost = dir.appendingPathComponent("repost.txt")
        try Data((text.trimmingCharacters(in: .whitespacesAndNewlines)
                  + "\n\nNguồn: Cổng thông tin điện tử huyện, đăng lại theo Báo Nhân Dân điện tử chuyên mục Xây dựng Đảng.\n").utf8).write(to: repost)
        let r = try CLIRunner.run(["extract", formats.appendingPathComponent("src/a01_ngoc_lam.txt").path,
                                   formats.appendingPathComponent("html/a01_ngoc_lam.html").path, repost.path])
        #expect(r.status == 0)
        let recs = try records(r.stdout)
        #expect(recs.count == 3)
        let first = try #require(recs.first?["id"] as? String)
        #expect(recs[0]["duplicateOf"] is NSNull)
        #expect(recs[1]["id"] as? String == first && recs[1]["duplicateOf"] as? String == first)
        #expect(recs[2]["id"] as? String != first && recs[2]["duplicateOf"] as? String == first)
    }
}
