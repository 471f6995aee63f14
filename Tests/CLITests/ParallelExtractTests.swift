import Foundation
import Testing

/// `extract` on several threads writes what one thread writes, in input
/// order; JSON Lines on standard input stream through line by line and give
/// the records of the same posts read from a file.
@Suite("kiemdiem extract: parallel and streaming")
struct ParallelExtractTests {
    let corpus = CLIRunner.packageRoot.appendingPathComponent("corpus")
    var posts: URL { corpus.appendingPathComponent("formats/posts.jsonl") }

    func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    /// A record without `source.path` and, if asked, without cross-article findings, as canonical JSON.
    func canonical(_ rec: [String: Any], dropCross: Bool) throws -> String {
        var r = rec
        var source = r["source"] as? [String: Any] ?? [:]
        source["path"] = nil
        r["source"] = source
        if dropCross {
            r["findings"] = (r["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String != "cross_article_mismatch" }
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: r, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func parallelOutputEqualsSequentialOutputInInputOrder() throws {
        let one = try CLIRunner.run(["extract", "--jobs", "1", "--batch", "1000", corpus.path])
        let many = try CLIRunner.run(["extract", "--jobs", "2", "--batch", "3", corpus.path])
        #expect(one.status == 0 && many.status == 0)
        #expect(one.stdout.split(separator: "\n").count > 40)
        #expect(one.stdout == many.stdout)
        // Cross-article findings survive the spill to disk.
        #expect(many.stdout.contains("cross_article_mismatch"))
        let json = try CLIRunner.run(["extract", "--format", "json", "--jobs", "2", "--batch", "3", corpus.path])
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(try array.map { try canonical($0, dropCross: false) } == objects(one.stdout).map { try canonical($0, dropCross: false) })
    }

    @Test func jsonLinesOnStandardInputStreamTheSameRecords() throws {
        let text = try String(contentsOf: posts, encoding: .utf8)
        let direct = try objects(try CLIRunner.run(["extract", posts.path]).stdout)
        let streamed = try CLIRunner.run(["extract", "--format", "jsonl", "--jobs", "2", "--batch", "2", "-"], stdin: text)
        #expect(streamed.status == 0)
        let got = try objects(streamed.stdout)
        #expect(got.count == direct.count && got.count >= 3)
        #expect(try got.map { try canonical($0, dropCross: true) } == direct.map { try canonical($0, dropCross: true) })
        for r in got { #expect((r["source"] as? [String: Any])?["path"] as? String == "-") }
        // Without streaming, standard input also gets the cross-article findings.
        let whole = try objects(try CLIRunner.run(["extract", "--no-stream", "-"], stdin: text).stdout)
        #expect(try whole.map { try canonical($0, dropCross: false) } == direct.map { try canonical($0, dropCross: false) })
    }

    @Test func aBadLineOnStandardInputIsNamedAndTheOthersComeOut() throws {
        let lines = try String(contentsOf: posts, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
        let input = ([String(lines[0]), "{not json"] + lines.dropFirst().map(String.init)).joined(separator: "\n") + "\n"
        let r = try CLIRunner.run(["extract", "-"], stdin: input)
        #expect(r.status == 3)
        #expect(r.stderr.contains("kiemdiem: -#line 2:"))
        #expect(try objects(r.stdout).count == lines.count)
    }
}
