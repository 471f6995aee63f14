import Foundation
import Testing
import Kiemdiem

/// Near-copy detection (`NearCopy`): the threshold against real reposts.
@Suite struct NearCopyTests {
    static let realDev = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../corpus/real-dev").standardizedFileURL.path

    /// Reposts made from a text: a portal header added, the first line changed,
    /// a footer added, the last line replaced, and header and footer both.
    static func reposts(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        let header = "Cổng thông tin điện tử Đảng bộ tỉnh - Tin tức - Sự kiện"
        let footer = "Nguồn: Ban Tuyên giáo Tỉnh ủy (đăng lại ngày 12/3/2021). Lượt xem: 1.204"
        var firstChanged = lines; firstChanged[0] = "Tin tức: " + firstChanged[0] + " (cập nhật)"
        var out = [
            ([header] + lines).joined(separator: "\n"),
            firstChanged.joined(separator: "\n"),
            (lines + [footer]).joined(separator: "\n"),
            ([header] + lines + [footer]).joined(separator: "\n"),
        ]
        // The last line replaced when it is a footer (a short line: source, author, view count), not the body.
        if lines.count > 2, lines[lines.count - 1].split(separator: " ").count <= 25 {
            var lastReplaced = lines; lastReplaced[lastReplaced.count - 1] = footer
            out.append(lastReplaced.joined(separator: "\n"))
        }
        return out
    }

    /// Prints the figures docs/BENCHMARKS.md quotes, and holds the threshold
    /// between them: every repost of a real-dev article at or above it
    /// (articles of at least 40 words), every pair of different articles below.
    @Test
    func thresholdSeparatesRepostsFromDifferentArticles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.realDev).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try files.map { try String(contentsOfFile: Self.realDev + "/" + $0, encoding: .utf8) }
        let sigs = texts.map { NearCopy.signature($0) }
        var repost: [(Double, Int)] = []
        for t in texts {
            let words = t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
            let s = NearCopy.signature(t)
            for (k, v) in Self.reposts(t).enumerated() {
                let x = NearCopy.similarity(s, NearCopy.signature(v))
                if x < 0.75 { print("  low: variant \(k), \(words) words, \(x)") }
                repost.append((x, words))
            }
        }
        var different: [Double] = []
        for i in sigs.indices { for j in sigs.indices where j > i { different.append(NearCopy.similarity(sigs[i], sigs[j])) } }
        different.sort()
        let long = repost.filter { $0.1 >= 40 }.map(\.0).sorted()
        let short = repost.filter { $0.1 < 40 }.map(\.0).sorted()
        func q(_ xs: [Double], _ p: Double) -> String { xs.isEmpty ? "-" : String(format: "%.3f", xs[min(xs.count - 1, Int(Double(xs.count) * p))]) }
        print("near-copy calibration: \(texts.count) real-dev articles, shingles of \(NearCopy.shingleSize) words, \(NearCopy.hashCount) hashes, \(NearCopy.bands)x\(NearCopy.rowsPerBand) bands, threshold \(NearCopy.threshold)")
        print("  reposts of articles >= 40 words: \(long.count), min \(q(long, 0)), 5% \(q(long, 0.05)), median \(q(long, 0.5)); below threshold: \(long.filter { $0 < NearCopy.threshold }.count)")
        print("  reposts of articles < 40 words: \(short.count), min \(q(short, 0)), median \(q(short, 0.5)); below threshold: \(short.filter { $0 < NearCopy.threshold }.count)")
        print("  different-article pairs: \(different.count), max \(q(different, 1)), 99.9% \(q(different, 0.999)), 99% \(q(different, 0.99)); at or above threshold: \(different.filter { $0 >= NearCopy.threshold }.count)")
        #expect(long.allSatisfy { $0 >= NearCopy.threshold })
        #expect(different.allSatisfy { $0 < NearCopy.threshold })
    }

    /// With KIEMDIEM_SYNTHETIC=DIR (bench/make_synthetic_corpus.py output):
    /// how similar different synthetic posts (one template, other names and
    /// figures) are, to check they are not taken for near-copies.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KIEMDIEM_SYNTHETIC"] != nil))
    func syntheticPostsAreNotNearCopies() throws {
        let dir = ProcessInfo.processInfo.environment["KIEMDIEM_SYNTHETIC"]!
        let lines = try String(contentsOfFile: dir + "/posts-0000.jsonl", encoding: .utf8).split(separator: "\n").prefix(1000)
        let texts = try lines.map { try JSONDecoder().decode([String: String].self, from: Data($0.utf8))["text"] ?? "" }
        let sigs = texts.map { NearCopy.signature($0) }
        var sims: [Double] = []
        for i in sigs.indices { for j in sigs.indices where j > i { sims.append(NearCopy.similarity(sigs[i], sigs[j])) } }
        sims.sort()
        print("synthetic: \(sims.count) pairs, max \(sims.last ?? 0), 99.9% \(sims[Int(Double(sims.count) * 0.999)]), at or above threshold \(sims.filter { $0 >= NearCopy.threshold }.count)")
    }

    @Test func aRepostIsFoundAndADifferentArticleIsNot() {
        let body = (1...60).map { "Câu thứ \($0) nói về công tác đánh giá, xếp loại chất lượng tổ chức đảng năm 2020." }.joined(separator: " ")
        let a = NearCopy.signature(title: "Đảng ủy phường Thượng Thanh", body: body)
        let repost = NearCopy.signature(title: "Đảng ủy phường Thượng Thanh", body: "Cổng thông tin quận Long Biên\n" + body + "\nNguồn: Báo Hà Nội Mới")
        let other = NearCopy.signature(title: "Đảng ủy xã An Bình", body: "Một bài khác hẳn về hội nghị tổng kết công tác xây dựng Đảng và tặng giấy khen cho 12 chi bộ.")
        var index = NearCopyIndex()
        index.add(id: "a", a, figures: 1)
        #expect(index.match(repost, figures: 1)?.id == "a")
        #expect(index.match(repost, figures: 2) == nil)  // other figures: not a copy
        #expect(index.match(other, figures: 1) == nil)
        let stored = NearCopy.signature(bytes: NearCopy.bytes(a))
        #expect(NearCopy.similarity(stored, a) == 1 && NearCopy.bandKeys(stored, figures: 1) == NearCopy.bandKeys(a, figures: 1))
    }
}
