import Testing
import KiemdiemCore
import KiemdiemExtract

@Suite struct LayoutTests {
    static let extractor = try! ArticleExtractor()

    @Test("layout table", arguments: Tables.rows("layout.tsv"))
    func table(_ row: TableRow) {
        let post = IngestedPost(id: "0", source: Source(path: "t.txt", format: "text"), text: row.cells[0])
        let r = Self.extractor.extract(post)
        let rendered = [r.category, r.title, r.published, r.views.map(String.init), r.text].map { $0 ?? "-" }.joined(separator: " | ")
        #expect(rendered == row.cells[1])
    }

    @Test func metadataOutsideTheTextFillsGaps() {
        let post = IngestedPost(id: "0", source: Source(path: nil, format: "jsonl"), text: "Thân bài.",
                                title: "Tiêu đề hoà", published: "2021-03-04")
        let r = Self.extractor.extract(post)
        #expect(r.title == "Tiêu đề hòa")
        #expect(r.published == "2021-03-04")
        #expect(r.text == "Thân bài.")
    }
}
