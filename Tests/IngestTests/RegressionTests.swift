import Foundation
import Testing
@testable import KiemdiemIngest
import KiemdiemIngestNative

/// Inputs found by the pathological benchmark (bench/pathological.sh) that
/// once took super-linear time in the reader.
@Suite struct IngestRegressionTests {
    /// Text made only of combining marks: canonical reordering of one run was
    /// quadratic (0.2 MB took 20 s). Runs are now cut every 30 marks (UAX #15).
    @Test func longRunsOfCombiningMarksAreCutStreamSafe() {
        let marks = String(repeating: "\u{0301}\u{0300}\u{0309}\u{0303}\u{0323}", count: 2000)
        let safe = LegacyVietnamese.streamSafe(marks)
        var run = 0, longest = 0
        for u in safe.unicodeScalars {
            run = u.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
            longest = max(longest, run)
        }
        #expect(longest <= 30)
        #expect(safe.unicodeScalars.filter { $0 == "\u{034F}" }.count >= marks.unicodeScalars.count / 31)
        // Every mark kept, in order.
        #expect(String(String.UnicodeScalarView(safe.unicodeScalars.filter { $0 != "\u{034F}" })) == marks)
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Đảng ủy phường Thượng Thanh tổng kết năm 2020; Hoa\u{0300}"
        #expect(LegacyVietnamese.streamSafe(text) == text)
        #expect(LegacyVietnamese.nfc(text) == text.precomposedStringWithCanonicalMapping)
    }

    @Test func aPostOfOnlyCombiningMarksIsRead() {
        let body = String(repeating: "\u{0301}\u{0323}", count: 50_000)
        let bytes = Array("Tiêu đề\nNgày đăng 08/12/2020 | 17:41 | Lượt xem: 1\n\n\(body)\n".utf8)
        var posts = 0
        PostReader().read(bytes: bytes, path: "marks.txt", name: "marks.txt") { if case .success = $0 { posts += 1 } }
        #expect(posts == 1)
    }

    /// A page nested deeper than libxml2's default limit (256) once gave "no
    /// article text found": the parser now runs with XML_PARSE_HUGE and the
    /// tree is hung flat below `HTMLParser.maxTreeDepth`.
    @Test(arguments: [300, 1_000, 20_000])
    func deeplyNestedPagesKeepTheirArticle(depth: Int) {
        let body = "Đảng ủy phường Thượng Thanh tổng kết công tác năm 2020. Có 45/48 chi bộ hoàn thành tốt nhiệm vụ."
        var html = "<!DOCTYPE html><html><head><title>Sâu</title></head><body>"
        html += String(repeating: "<div><span>", count: depth / 2)
        html += "<p>Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 1</p><p>\(body)</p><p>Đoạn thứ hai vẫn là một đoạn riêng.</p>"
        html += String(repeating: "</span></div>", count: depth / 2)
        html += "</body></html>"
        var texts: [String] = [], failures: [String] = []
        PostReader().read(bytes: Array(html.utf8), path: "deep.html", name: "deep.html") {
            switch $0 {
            case .success(let post): texts.append(post.text)
            case .failure(let f): failures.append(f.reason)
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(texts.count == 1)
        let lines = comparable(texts.first ?? "")
        #expect(lines.contains(body))
        #expect(lines.contains("Đoạn thứ hai vẫn là một đoạn riêng."))
    }

    @Test func theTreeStaysShallowWhateverTheNesting() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 5_000) + "<p>chữ</p>" + "</body></html>"
        let root = try #require(HTMLParser.parse(Array(html.utf8)))
        var deepest = 0, texts = 0
        var stack: [(HTMLNode, Int)] = [(root, 0)]
        while let (n, d) = stack.popLast() {
            deepest = max(deepest, d)
            if n.kind == .text, n.text == "chữ" { texts += 1 }
            stack.append(contentsOf: n.children.map { ($0, d + 1) })
        }
        #expect(deepest <= HTMLParser.maxTreeDepth + 2)
        #expect(deepest > 200)
        #expect(texts == 1)
    }
}
