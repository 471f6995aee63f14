import KiemdiemCore

/// The self-contained HTML report: overview, yearly rating-mix charts (inline
/// SVG), the findings table and one view per article with its facts marked
/// at their spans and its findings beside the text. No scripts, no network:
/// everything (CSS included) is inline, and every piece of article text,
/// title and URL is escaped.
public struct HTMLReport {
    /// What the page shows.
    public var content: ReportContent
    /// At most this many organizations get charts (most articles first).
    public var maxChartOrganizations: Int

    /// The default of `maxChartOrganizations`.
    public static let defaultChartOrganizations = 30

    /// The report of `content`.
    public init(content: ReportContent, maxChartOrganizations: Int = HTMLReport.defaultChartOrganizations) {
        self.content = content
        self.maxChartOrganizations = maxChartOrganizations
    }

    /// The report of `records` (each with all its findings) and their
    /// statistics rows, with at most `maxArticles` article views (articles
    /// with findings first).
    public init(records: [ArticleRecord], stats: [StatRow], failures: [InputFailure] = [],
                maxArticles: Int = 2000, maxChartOrganizations: Int = HTMLReport.defaultChartOrganizations) {
        self.init(content: ReportContent(records: records, stats: stats, failures: failures, maxArticles: maxArticles),
                  maxChartOrganizations: maxChartOrganizations)
    }

    /// The whole page.
    /// The page's Content-Security-Policy: no scripts, frames, forms or
    /// remote loads at all; only its own inline style and inline images. Text
    /// escaping (`HTMLEscape`) is the first defence, this the second.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

    public func render() -> String {
        let shown = content.shown
        let shownIDs = Set(shown.map(\.id))
        var h = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
        <title>kiemdiem report</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <header><h1>kiemdiem report</h1>
        <nav><a href="#overview">Overview</a> · <a href="#charts">Charts</a> · <a href="#findings">Findings</a> · <a href="#articles">Articles</a></nav></header>
        <main>

        """
        h += overview()
        h += charts()
        h += findingsTable(shownIDs: shownIDs)
        h += "<section id=\"articles\"><h2>Articles</h2>\n"
        if shown.count < content.articleCount {
            h += "<p class=\"note\">Showing \(shown.count) of \(content.articleCount) articles (those with findings first).</p>\n"
        }
        h += Self.legend
        for r in shown { h += articleView(r) }
        h += "</section>\n</main>\n</body>\n</html>\n"
        return h
    }

    // MARK: Overview

    func overview() -> String {
        let years = content.years
        let failures = content.failures
        var h = "<section id=\"overview\"><h2>Overview</h2>\n<div class=\"cards\">"
        h += card("\(content.articleCount)", "articles")
        h += card("\(content.organizationCount)", "organizations")
        h += card(years.isEmpty ? "–" : (years.first! == years.last! ? "\(years.first!)" : "\(years.first!)–\(years.last!)"), "rated years")
        h += card("\(content.findingTotal)", "findings")
        h += card("\(failures.count)", "failed inputs")
        h += "</div>\n<table class=\"rules\"><thead><tr><th>rule</th><th>severity</th><th>findings</th></tr></thead><tbody>\n"
        for rule in Rule.allCases {
            let n = content.findingCounts[rule]?.count ?? 0
            let sevs = (content.findingCounts[rule]?.severities ?? []).sorted(by: >).map { "<span class=\"sev \($0.rawValue)\">\($0.rawValue)</span>" }
            h += "<tr class=\"\(n == 0 ? "zero" : "")\"><td><code>\(rule.rawValue)</code></td><td>\(sevs.joined(separator: " "))</td><td class=\"num\">\(n)</td></tr>\n"
        }
        h += "</tbody></table>\n"
        if !failures.isEmpty {
            h += "<details><summary>\(failures.count) inputs could not be read</summary><ul>"
            for f in failures.prefix(500) { h += "<li><code>\(HTMLEscape.text(f.path))</code>: \(HTMLEscape.text(f.reason))</li>" }
            h += "</ul></details>\n"
        }
        return h + "</section>\n"
    }

    func card(_ value: String, _ label: String) -> String {
        "<div class=\"card\"><div class=\"value\">\(HTMLEscape.text(value))</div><div class=\"label\">\(label)</div></div>"
    }

    // MARK: Charts

    static let levelOrder = ["TSVMTB", "HTXSNV", "TSVM", "HTTNV", "HTNV", "KHTNV", "YK", "VPTC"]
    static let levelColor: [String: String] = [
        "TSVMTB": "#0b6e4f", "HTXSNV": "#1a7f37", "TSVM": "#2da44e", "HTTNV": "#6cc070",
        "HTNV": "#e3b341", "KHTNV": "#cf222e", "YK": "#a40e26", "VPTC": "#82071e",
    ]

    func charts() -> String {
        var h = "<section id=\"charts\"><h2>Yearly rating mix per organization</h2>\n"
        h += "<p class=\"note\">Each bar is one year: the approved figures, else the reported ones, else the proposed ones. Hover for the counts; ! marks figures on which articles disagree.</p>\n"
        h += "<div class=\"legend\">" + Self.levelOrder.map { "<span><i style=\"background:\(Self.levelColor[$0]!)\"></i>\($0)</span>" }.joined() + "</div>\n"
        let ratingRows = Self.chartRows(content.stats)
        var articleCount: [String: Set<String>] = [:]
        for r in ratingRows { articleCount[r.organization, default: []].formUnion(r.articleIDs.split(separator: ";").map(String.init)) }
        let orgs = articleCount.keys.sorted { Self.chartOrder((articleCount[$0]!.count, $0), (articleCount[$1]!.count, $1)) }
            .prefix(maxChartOrganizations)
        if orgs.isEmpty { h += "<p class=\"note\">No rating figures yet.</p>\n" }
        for org in orgs {
            h += "<div class=\"org\"><h3>\(HTMLEscape.text(org))</h3>\n"
            let mine = ratingRows.filter { $0.organization == org }
            for subject in Subject.allCases.map(\.rawValue) {
                let rows = mine.filter { $0.subject == subject }
                guard !rows.isEmpty else { continue }
                h += chart(subject: subject, rows: rows)
            }
            h += "</div>\n"
        }
        return h + "</section>\n"
    }

    /// The statistics rows the charts draw: counts, or stated percents where
    /// an article gives only those, of exclusive levels in a known year.
    public static func chartRows(_ stats: [StatRow]) -> [StatRow] {
        stats.filter { $0.stage != "total" && !$0.level.hasSuffix("+") && ($0.count != nil || $0.percent != nil) && $0.year != nil }
    }

    /// How many articles give the chart rows of one organization's `stats`
    /// (0: the organization gets no chart).
    public static func chartArticleCount(_ stats: [StatRow]) -> Int {
        Set(chartRows(stats).flatMap { $0.articleIDs.split(separator: ";") }).count
    }

    /// The order in which organizations get charts: most articles first, then by name.
    public static func chartOrder(_ a: (articles: Int, name: String), _ b: (articles: Int, name: String)) -> Bool {
        (a.articles, b.name) > (b.articles, a.name)
    }

    func chart(subject: String, rows: [StatRow]) -> String {
        let years = Set(rows.compactMap(\.year)).sorted()
        var bars: [(year: Int, stage: String, parts: [StatRow], conflict: Bool)] = []
        for y in years {
            let ofYear = rows.filter { $0.year == y }
            guard let stage = ["approved", "reported", "proposed"].first(where: { s in ofYear.contains { $0.stage == s } }) else { continue }
            let parts = ofYear.filter { $0.stage == stage }.sorted {
                (Self.levelOrder.firstIndex(of: $0.level) ?? 99) < (Self.levelOrder.firstIndex(of: $1.level) ?? 99)
            }
            bars.append((y, stage, parts, parts.contains { $0.conflict }))
        }
        let barH = 18, gap = 6, left = 112, width = 300, top = 4
        let height = top + bars.count * (barH + gap) + 4
        var s = "<figure class=\"chart\"><figcaption>\(HTMLEscape.text(subject))</figcaption>"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(left + width + 80)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLEscape.text(subject)) rating mix by year\">"
        for (i, bar) in bars.enumerated() {
            let y = top + i * (barH + gap)
            s += "<text x=\"0\" y=\"\(y + 13)\" class=\"yl\">\(bar.year)\(bar.conflict ? " !" : "")</text>"
            s += "<text x=\"52\" y=\"\(y + 13)\" class=\"st\">\(bar.stage)</text>"
            let byCount = bar.parts.allSatisfy { $0.count != nil }
            let value: (StatRow) -> Double? = { byCount ? $0.count.map(Double.init) : $0.percent }
            let total = bar.parts.compactMap(value).reduce(0, +)
            var x = Double(left)
            for p in bar.parts {
                guard let c = value(p), c > 0, total > 0 else { continue }
                let w = Double(width) * c / total
                let pct = (c * 1000 / total).rounded() / 10
                let shown = byCount ? String(Int(c)) : "\(c)%"
                s += "<rect x=\"\(fmt(x))\" y=\"\(y)\" width=\"\(fmt(max(w, 0.5)))\" height=\"\(barH)\" fill=\"\(Self.levelColor[p.level] ?? "#888")\"><title>\(bar.year) \(HTMLEscape.text(subject)) \(bar.stage) \(p.level): \(shown)\(byCount ? " (\(pct)%)" : "")\(p.conflict ? " – articles disagree: \(HTMLEscape.text(p.figures))" : "")</title></rect>"
                if w > Double(shown.count * 7 + 6) { s += "<text x=\"\(fmt(x + 3))\" y=\"\(y + 13)\" class=\"in\">\(shown)</text>" }
                x += w
            }
            s += "<text x=\"\(left + width + 6)\" y=\"\(y + 13)\" class=\"yl\">\(byCount ? "n = \(Int(total))" : "percents")</text>"
        }
        return s + "</svg></figure>\n"
    }

    func fmt(_ x: Double) -> String { String((x * 10).rounded() / 10) }

    // MARK: Findings

    func findingsTable(shownIDs: Set<String>) -> String {
        var h = "<section id=\"findings\"><h2>Findings (\(content.findingTotal))</h2>\n"
        if content.findingRows.isEmpty { return h + "<p class=\"note\">No findings.</p></section>\n" }
        if content.findingRows.count < content.findingTotal {
            h += "<p class=\"note\">The first \(content.findingRows.count) of \(content.findingTotal) findings (errors first).</p>\n"
        }
        h += "<table class=\"findings\"><thead><tr><th>severity</th><th>rule</th><th>article</th><th>message</th></tr></thead><tbody>\n"
        for row in content.findingRows {
            let f = row.finding
            let label = HTMLEscape.text(row.title ?? row.articleID)
            let link = shownIDs.contains(row.articleID) ? "<a href=\"#\(HTMLEscape.anchor(row.articleID))\">\(label)</a>" : label
            h += "<tr><td><span class=\"sev \(f.severity.rawValue)\">\(f.severity.rawValue)</span></td><td><code>\(f.rule.rawValue)</code></td><td>\(link)</td><td>\(HTMLEscape.text(f.message))</td></tr>\n"
        }
        return h + "</tbody></table></section>\n"
    }

    // MARK: Articles

    static let legend = """
    <div class="legend marks"><mark class="h-rating">rating</mark><mark class="h-total">total</mark><mark class="h-date">date</mark><mark class="h-document">document</mark><mark class="h-official">official</mark><mark class="h-finding">finding</mark></div>

    """

    func articleView(_ r: ArticleRecord) -> String {
        var h = "<article id=\"\(HTMLEscape.anchor(r.id))\"><h3>\(HTMLEscape.text(r.title ?? "(no title)"))</h3>\n<p class=\"meta\">"
        var meta: [String] = ["<code>\(HTMLEscape.text(r.id))</code>"]
        if let p = r.published { meta.append(HTMLEscape.text(p)) }
        if let o = r.organization { meta.append(HTMLEscape.text(o.name) + (o.parent.map { " (" + HTMLEscape.text($0) + ")" } ?? "")) }
        if let y = r.year { meta.append("rated year \(y)") }
        if let u = r.source.url { meta.append(HTMLEscape.link(u)) }
        if let p = r.source.path { meta.append("<code>\(HTMLEscape.text(p))</code>") }
        h += meta.joined(separator: " · ") + "</p>\n<div class=\"cols\"><div class=\"text\">"
        h += Highlighter.html(text: r.text, marks: Highlighter.marks(of: r))
        h += "</div><aside>"
        if r.findings.isEmpty {
            h += "<p class=\"note\">No findings.</p>"
        } else {
            h += "<ul class=\"flist\">"
            for f in r.findings {
                var item = "<li><span class=\"sev \(f.severity.rawValue)\">\(f.severity.rawValue)</span> <code>\(f.rule.rawValue)</code><br>\(HTMLEscape.text(f.message))"
                if let o = f.otherArticle { item += " <a href=\"#\(HTMLEscape.anchor(o))\">other article</a>" }
                h += item + "</li>"
            }
            h += "</ul>"
        }
        h += "<p class=\"facts\">\(r.ratings.count) ratings · \(r.totals.count) totals · \(r.dates.count) dates · \(r.documents.count) documents · \(r.officials.count) officials</p>"
        return h + "</aside></div></article>\n"
    }

    static let css = """
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
    header{background:#24292f;color:#fff;padding:12px 24px}header h1{margin:0;font-size:20px}header a{color:#9ecbff}
    main{padding:8px 24px 48px;max-width:1280px}section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 18px 16px;margin:16px 0}
    h2{font-size:18px;border-bottom:1px solid #d8dee4;padding-bottom:4px}h3{font-size:16px;margin:14px 0 6px}
    .cards{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 16px;min-width:110px}
    .card .value{font-size:24px;font-weight:600}.card .label{color:#57606a;font-size:13px}
    table{border-collapse:collapse;font-size:14px}th,td{border-bottom:1px solid #eaeef2;padding:4px 8px;text-align:left;vertical-align:top}
    td.num{text-align:right}tr.zero{color:#8c959f}.note{color:#57606a;font-size:13px}
    .sev{border-radius:10px;padding:0 7px;font-size:12px;color:#fff}.sev.error{background:#cf222e}.sev.warning{background:#bf8700}.sev.info{background:#0969da}
    .legend{display:flex;flex-wrap:wrap;gap:10px;font-size:13px;margin:6px 0}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
    .chart{margin:4px 24px 10px 0;display:inline-block;vertical-align:top}.chart figcaption{font-size:13px;color:#57606a}svg text{font-size:12px;fill:#1f2328}svg text.in{fill:#fff}svg text.st{fill:#57606a;font-size:11px}
    article{border-top:1px solid #d0d7de;padding-top:6px;margin-top:18px}.meta{color:#57606a;font-size:13px}
    .cols{display:flex;gap:18px;align-items:flex-start}.text{flex:3;white-space:pre-wrap;font-size:14px}aside{flex:1.3;font-size:13px;background:#f6f8fa;border-radius:6px;padding:6px 10px}
    .flist{padding-left:16px;margin:4px 0}.flist li{margin-bottom:6px}
    mark{border-radius:2px;padding:0 1px;background:transparent;color:inherit}mark.h-rating{background:#fff1a8}mark.h-total{background:#ffd8b5}mark.h-date{background:#cce5ff}
    mark.h-document{background:#c9f2d0}mark.h-official{background:#ead9ff}mark.h-finding{outline:2px solid #cf222e;outline-offset:0}
    .marks mark{margin-right:6px}
    @media (max-width:800px){.cols{flex-direction:column}}
    """
}
