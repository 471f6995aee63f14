import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest
import KiemdiemIngestNative

/// Main-content extraction on hand-made pages that stress one thing each.
@Suite struct ExtractionTests {
    func extract(_ html: String) throws -> ExtractedArticle {
        let root = try #require(HTMLParser.parse(Array(html.utf8)))
        return try #require(PageArticle.extract(root))
    }

    let body1 = "Ngày 08/12/2020, Đảng ủy phường tổ chức hội nghị đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2020."
    let body2 = "Kết quả có 126 đảng viên hoàn thành xuất sắc nhiệm vụ, 720 đảng viên hoàn thành tốt nhiệm vụ và 20 đảng viên hoàn thành nhiệm vụ."
    let rating = "Phường Ngọc Thụy có 95% đảng viên hoàn thành nhiệm vụ năm 2019"

    @Test func plainTextSidebarWithoutClassNamesStaysOut() throws {
        let html = """
        <html><body><table><tr>
        <td width="180"><b>Tin nổi bật</b><br>\(rating)<br>Chi bộ khu 3 có 100% đảng viên hoàn thành tốt nhiệm vụ<br>12 chi bộ hoàn thành xuất sắc nhiệm vụ năm 2018</td>
        <td><b>Đảng ủy phường tổng kết năm 2020</b><br><i>Ngày đăng 09/12/2020 | 08:15 | Lượt xem: 12</i><br>\(body1)<br><br>\(body2)</td>
        </tr></table></body></html>
        """
        let a = try extract(html)
        #expect(a.title == "Đảng ủy phường tổng kết năm 2020")
        #expect(a.dateLine == "Ngày đăng 09/12/2020 | 08:15 | Lượt xem: 12")
        #expect(a.paragraphs == [body1, body2])
        #expect(!a.layoutText.contains("95%"))
    }

    @Test func paragraphSidebarNextToTheBodyStaysOut() throws {
        let html = """
        <html><body><div class="wrap">
        <div class="box"><p>\(rating)</p><p>Xã Tân Lập: 31 đảng viên hoàn thành xuất sắc nhiệm vụ</p></div>
        <div class="main"><h1>Tiêu đề bài viết về hội nghị</h1><div>Cập nhật: 10/12/2020 14:05</div>
        <div class="sapo"><strong>\(body1)</strong></div>
        <div class="detail"><p>\(body2)</p><p>Hội nghị kết thúc lúc 11 giờ cùng ngày, các đồng chí thống nhất cao với báo cáo.</p></div></div>
        </div></body></html>
        """
        let a = try extract(html)
        #expect(a.title == "Tiêu đề bài viết về hội nghị")
        #expect(a.dateLine == "Ngày đăng 10/12/2020 | 14:05")
        #expect(a.paragraphs == [body1, body2, "Hội nghị kết thúc lúc 11 giờ cùng ngày, các đồng chí thống nhất cao với báo cáo."])
        #expect(!a.layoutText.contains("95%"))
        #expect(!a.layoutText.contains("Tân Lập"))
    }

    @Test func entitiesInlineTagsCommentsAndScriptsInTheBody() throws {
        let html = """
        <html><head><title>Tin - Site</title></head><body><article><h1>Hội&nbsp;nghị &amp; tổng kết</h1>
        <p>Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 1.275</p>
        <p>Đảng &#7911;y ph&#x01B0;&#x1EDD;ng t&ocirc; chức <b>hội</b> <a href="/x">nghị</a><!-- 90% đảng viên --> đánh giá đảng viên năm 2020 theo kế hoạch.</p>
        <script>document.write("<p>95% đảng viên</p>")</script><style>p{color:red}</style>
        <p>Đoạn thứ hai&hellip; có &quot;trích dẫn&quot; và dấu &lt;nhỏ hơn&gt;.<br>Dòng sau một thẻ br.</p>
        </article></body></html>
        """
        let a = try extract(html)
        #expect(a.title == "Hội nghị & tổng kết")
        #expect(a.dateLine == "Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 1.275")
        #expect(a.paragraphs == [
            "Đảng ủy phường tô chức hội nghị đánh giá đảng viên năm 2020 theo kế hoạch.",
            "Đoạn thứ hai… có \"trích dẫn\" và dấu <nhỏ hơn>.", "Dòng sau một thẻ br.",
        ])
    }

    @Test func relatedNewsInsideTheArticleIsDropped() throws {
        let html = """
        <html><body><div class="content"><h2 class="title">Tiêu đề</h2><p>Ngày đăng 01/02/2021 | Lượt xem: 3</p>
        <p>\(body1)</p><p>\(body2)</p>
        <ul><li><a href="/1">\(rating)</a></li><li><a href="/2">Đảng bộ xã tổng kết năm 2019 với nhiều kết quả</a></li></ul>
        </div></body></html>
        """
        let a = try extract(html)
        #expect(a.title == "Tiêu đề")
        #expect(a.dateLine == "Ngày đăng 01/02/2021 | Lượt xem: 3")
        #expect(a.paragraphs == [body1, body2])
    }

    @Test func publicationLineUnderTheBodyKeepsTheBody() throws {
        let html = """
        <html><body><div class="news"><h1>Tiêu đề ở trên</h1>
        <p>\(body1)</p><p>\(body2)</p><p>Đoạn thứ ba của bài viết có đủ độ dài để được tính.</p><p>Đoạn thứ tư cũng có đủ độ dài để được tính.</p>
        <p>Ngày đăng 02/03/2021 | 10:00 | Lượt xem: 5</p></div></body></html>
        """
        let a = try extract(html)
        #expect(a.title == "Tiêu đề ở trên")
        #expect(a.dateLine == "Ngày đăng 02/03/2021 | 10:00 | Lượt xem: 5")
        #expect(a.paragraphs == [body1, body2, "Đoạn thứ ba của bài viết có đủ độ dài để được tính.", "Đoạn thứ tư cũng có đủ độ dài để được tính."])
    }

    @Test func bodySentencesThatMentionUpdatesAndDatesStay() throws {
        let short = "Cập nhật số liệu ngày 08/12/2020 của Đảng ủy phường."
        let html = """
        <html><body><div class="content"><h1>Tiêu đề</h1><p>Ngày đăng 09/12/2020 | 08:00 | Lượt xem: 1</p>
        <p>\(short)</p><p>\(body1)</p><p>\(body2)</p></div></body></html>
        """
        let a = try extract(html)
        #expect(a.dateLine == "Ngày đăng 09/12/2020 | 08:00 | Lượt xem: 1")
        #expect(a.paragraphs == [short, body1, body2])
    }

    @Test func metadataFallbacksWhenThePageHasNoDateLine() throws {
        let html = """
        <html><head><title>Đảng ủy phường họp tổng kết năm 2020 | Cổng thông tin</title>
        <meta property="article:published_time" content="2020-12-08T17:41:00+07:00"></head>
        <body><div><p>\(body1)</p><p>\(body2)</p></div></body></html>
        """
        let a = try extract(html)
        #expect(a.title == "Đảng ủy phường họp tổng kết năm 2020")
        #expect(a.dateLine == "Ngày đăng 08/12/2020 | 17:41")
        #expect(a.paragraphs == [body1, body2])
        #expect(a.layoutText == "Đảng ủy phường họp tổng kết năm 2020\nNgày đăng 08/12/2020 | 17:41\n\n\(body1)\n\n\(body2)\n")
    }

    @Test func brokenMarkupIsRecovered() throws {
        let html = "<html><body><div class=content><h1>Tiêu đề<p>Ngày đăng 05/01/2021 | 07:00 | Lượt xem: 9<p>\(body1)<p>\(body2)</div></span></table>"
        let a = try extract(html)
        #expect(a.paragraphs == [body1, body2])
        #expect(a.dateLine == "Ngày đăng 05/01/2021 | 07:00 | Lượt xem: 9")
    }

    @Test func formatSniffing() {
        #expect(PostReader.format(name: "", bytes: Array("WARC/1.0\r\n".utf8)) == .warc)
        #expect(PostReader.format(name: "", bytes: Array("  {\"url\": 1}\n".utf8)) == .jsonl)
        #expect(PostReader.format(name: "", bytes: Array("\u{FEFF}<!DOCTYPE html><html>".utf8)) == .html)
        #expect(PostReader.format(name: "", bytes: Array("Công tác đảng\n".utf8)) == .text)
        #expect(PostReader.format(name: "x.htm", bytes: Array("hello".utf8)) == .html)
    }

    @Test func bytesInMemoryAreSniffedLikeStandardInput() throws {
        let gz = [UInt8](try #require(FileManager.default.contents(atPath: formatsDir.appendingPathComponent("archive.warc.gz").path)))
        var got: [Result<KiemdiemCore.IngestedPost, KiemdiemCore.InputFailure>] = []
        PostReader().read(bytes: gz, path: "-") { got.append($0) }
        let fromFile = PostReader().read(formatsDir.appendingPathComponent("archive.warc.gz").path)
        #expect(got.count == fromFile.count && got.count >= 2)
        #expect(got.compactMap(\.value).map(\.text) == fromFile.compactMap(\.value).map(\.text))
        #expect(got.compactMap(\.value).allSatisfy { $0.source.format == "warc" && $0.source.path == "-" })
    }
}
