import Foundation
import Testing
import Kiemdiem

@Suite struct HTMLReportTests {
    @Test func articleTextTitlesAndURLsAreEscaped() {
        var b = Rec("a1", title: "<script>alert('x')</script> & co")
        b.r.text = "<img src=x onerror=alert(1)> \"quoted\""
        b.r.source.url = "javascript:alert(1)"
        let page = HTMLReport(records: [b.r], stats: []).render()
        #expect(!page.contains("<script>") && !page.contains("<img"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(!page.contains("href=\"javascript"))
        #expect(HTMLEscape.link("https://example.vn/a?b=1&c=2").contains("href=\"https://example.vn/a?b=1&amp;c=2\""))
        #expect(!HTMLEscape.link(" JavaScript:alert(1)").contains("<a"))
    }

    @Test func highlightsCutAtUnicodeScalarOffsets() {
        // "Hoà" written with a combining grave: 4 scalars, 3 characters; an emoji is 1 scalar, 2 UTF-16 units.
        let text = "Hoa\u{0300} 😀 ngày 08/12/2020 xong"
        let start = Array(text.unicodeScalars).count - "ngày 08/12/2020 xong".unicodeScalars.count
        let html = Highlighter.html(text: text, marks: [.init(span: Span(start, start + 15), kind: "date", note: "d")])
        #expect(html.contains("\">ngày 08/12/2020</mark> xong"))
        #expect(html.hasPrefix("Hoa\u{0300} 😀 <mark class=\"h-date\""))
    }

    @Test func overlappingAndOutOfRangeSpansStayWellFormed() {
        let html = Highlighter.html(text: "abcdef", marks: [
            .init(span: Span(0, 4), kind: "rating", note: "r"), .init(span: Span(2, 6), kind: "finding", note: "f"),
            .init(span: Span(5, 40), kind: "date", note: "d"),
        ])
        #expect(html.components(separatedBy: "<mark").count == html.components(separatedBy: "</mark>").count)
        #expect(html.contains("<mark class=\"h-rating h-finding\" title=\"r\nf\">cd</mark>"))
        #expect(html.hasSuffix("<mark class=\"h-finding h-date\" title=\"f\nd\">f</mark>"))
    }

    @Test func pageHasOverviewChartsFindingsAndAnchors() {
        let seed = Rec.seed()
        let page = HTMLReport(records: [seed], stats: Statistics.rows([seed])).render()
        #expect(page.contains("<svg") && page.contains("<rect"))
        #expect(page.contains("id=\"a-\(seed.id)\"") && page.contains("href=\"#f-\(seed.id)-"))   // findings link to their sentences
        #expect(page.contains(">figures_swapped</code>") && page.contains(">quota_exceeded</code>"))
        #expect(page.contains("class=\"h-rating"))
        #expect(!page.contains("<link") && !page.contains("src=") && !page.contains("@import"))  // nothing fetched
        #expect(!page.contains("<script"))
    }
}
