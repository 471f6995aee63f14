import Foundation
import Testing
import Kiemdiem

/// Hostile article text, titles, URLs and names go through the store into
/// the report and come out as text only: no element, attribute or link a
/// browser would act on. (scripts/report-safety.sh opens such a report in
/// headless Chromium.)
@Suite struct ReportSafetyTests {
    static let payloads = [
        "<script>document.title='PWNED'</script>",
        "\"><script>document.title='PWNED'</script>",
        "'><img src=x onerror=\"document.title='PWNED'\">",
        "<a href=\"javascript:document.title='PWNED'\">bấm</a>",
        "<svg onload=alert(1)>",
        "</style><script>alert(1)</script>",
        "<!-- --><iframe src=\"javascript:alert(1)\"></iframe>",
    ]

    func hostileRecord(_ i: Int) -> ArticleRecord {
        let p = Self.payloads[i % Self.payloads.count]
        var text = "Đảng ủy phường X đánh giá năm 2020: \(p) có 12 chi bộ HTXSNV."
        let evidence = "12 chi bộ HTXSNV"
        let start = text.unicodeScalars.count - evidence.unicodeScalars.count - 1
        text += " \(p)"
        var r = ArticleRecord(
            id: String(format: "%064x", i + 1),
            source: Source(path: "\(p).txt", url: ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "https://x.vn/\"onmouseover=\"alert(1)",
                                                     "data:text/html,<script>alert(1)</script>"][i % 4], format: "text"),
            title: p, category: p, published: "2020-12-08", text: text, year: 2020,
            organization: Organization(name: "Đảng ủy \(p)", unit: "phường", place: p, parent: p))
        r.ratings = [Rating(subject: .chiBo, stage: .reported, level: .HTXSNV, count: 12, year: 2020,
                            text: evidence, span: Span(start, start + evidence.unicodeScalars.count))]
        r.officials = [Official(name: p, titles: [p], span: Span(0, 5))]
        r.findings = [Finding(rule: .sumMismatch, severity: .warning, message: p, spans: [Span(0, 3)])]
        return r
    }

    @Test func hostileFieldsAppearOnlyAsText() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        for i in 0..<8 { try store.insert(hostileRecord(i)) }
        try store.recordFailure(InputFailure(path: "<script>alert(1)</script>.html", reason: "\"><img src=x onerror=alert(1)>"))
        let page = try ReportWriter.html(from: store)
        let lower = page.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<iframe"))
        #expect(!lower.contains("<svg onload"))
        #expect(!lower.contains("href=\"javascript") && !lower.contains("href=\" javascript") && !lower.contains("href=\"data:"))
        // No attribute made from article data: every on…= handler would need an unescaped quote or '<'.
        // (Quoted attribute values emptied first: escaped text inside them is inert.)
        let bare = page.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
        let handler = bare.range(of: #"<[a-zA-Z][^>]*\son[a-z]+\s*="#, options: .regularExpression)
        #expect(handler == nil, "\(handler.map { String(bare[$0]) } ?? "")")
        // The payloads are there, escaped, as text.
        #expect(page.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"))
        #expect(page.contains("&quot;&gt;&lt;script&gt;"))
        // The browser is told to run no script even if escaping ever failed.
        #expect(page.contains("http-equiv=\"Content-Security-Policy\""))
        #expect(HTMLReport.contentSecurityPolicy.contains("default-src 'none'"))
        #expect(!HTMLReport.contentSecurityPolicy.contains("script-src"))
    }
}
