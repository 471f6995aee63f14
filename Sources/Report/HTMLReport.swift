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
    /// The page's language (Vietnamese unless asked otherwise).
    public var language: ReportLanguage
    var strings: ReportStrings { language.strings }

    /// The default of `maxChartOrganizations`.
    public static let defaultChartOrganizations = 30

    /// The report of `content`.
    public init(content: ReportContent, maxChartOrganizations: Int = HTMLReport.defaultChartOrganizations,
                language: ReportLanguage = .vi) {
        self.content = content
        self.maxChartOrganizations = maxChartOrganizations
        self.language = language
    }

    /// The report of `records` (each with all its findings) and their
    /// statistics rows, with at most `maxArticles` article views (articles
    /// with findings first).
    public init(records: [ArticleRecord], stats: [StatRow], failures: [InputFailure] = [],
                maxArticles: Int = 2000, maxChartOrganizations: Int = HTMLReport.defaultChartOrganizations,
                language: ReportLanguage = .vi) {
        self.init(content: ReportContent(records: records, stats: stats, failures: failures, maxArticles: maxArticles),
                  maxChartOrganizations: maxChartOrganizations, language: language)
    }

    /// The page's Content-Security-Policy: no scripts, frames, forms or
    /// remote loads at all; only its own inline style and inline images. Text
    /// escaping (`HTMLEscape`) is the first defence, this the second.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

    /// The id of the anchor on the sentence of finding number `position` of article `articleID`.
    public static func findingAnchor(articleID: String, position: Int) -> String {
        "f-" + HTMLEscape.anchor(articleID).dropFirst(2) + "-\(position)"
    }

    /// The whole page.
    public func render() -> String {
        let t = strings
        let shown = content.shown
        // The article views first: the findings link to the anchors they hold.
        var anchors = Set<String>()
        var articlesHTML = ""
        let shownIDs = Set(shown.map(\.id))
        for r in shown { articlesHTML += articleView(r, shown: shownIDs, anchors: &anchors) }
        var h = """
        <!DOCTYPE html>
        <html lang="\(t.lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
        <title>\(HTMLEscape.text(t.pageTitle))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <header><h1>\(HTMLEscape.text(t.pageTitle))</h1>
        <nav><a href="#overview">\(t.navOverview)</a> · <a href="#trends">\(t.navTrends)</a> · <a href="#method">\(t.navMethod)</a> · <a href="#findings">\(t.navFindings)</a> · <a href="#articles">\(t.navArticles)</a></nav></header>
        <main>

        """
        h += overview()
        h += trends()
        h += method()
        h += findingsSection(shownIDs: shownIDs, anchors: anchors)
        h += charts()
        h += "<section id=\"articles\"><h2>\(t.navArticles)</h2>\n"
        if shown.count < content.articleCount {
            h += "<p class=\"note\">\(ReportStrings.format(t.articlesTruncated, shown.count, content.articleCount))</p>\n"
        }
        h += legend()
        h += articlesHTML
        h += "</section>\n</main>\n</body>\n</html>\n"
        return h
    }

    // MARK: Overview

    func overview() -> String {
        let t = strings
        let years = content.years
        let failures = content.failures
        var h = "<section id=\"overview\"><h2>\(t.overview)</h2>\n<div class=\"cards\">"
        h += card("\(content.articleCount)", t.articles)
        h += card("\(content.organizationCount)", t.organizations)
        h += card(years.isEmpty ? "–" : (years.first! == years.last! ? "\(years.first!)" : "\(years.first!)–\(years.last!)"), t.ratedYears)
        h += card("\(content.findingTotal)", t.findings)
        h += card("\(failures.count)", t.failedInputs)
        h += "</div>\n<div class=\"scroll\"><table class=\"rules\"><thead><tr><th>\(t.ruleHeader)</th><th>\(t.severityHeader)</th><th class=\"num\">\(t.countHeader)</th></tr></thead><tbody>\n"
        for rule in Rule.allCases {
            let n = content.findingCounts[rule]?.count ?? 0
            let sevs = (content.findingCounts[rule]?.severities ?? []).sorted(by: >).map { severityBadge($0) }
            let tip = " title=\"\(HTMLEscape.text(t.explanation(rule)))\""
            let name = "<a href=\"#\(n > 0 ? Self.ruleAnchor(rule) : Self.methodAnchor(rule))\"\(tip)>\(HTMLEscape.text(t.name(rule)))</a>"
            h += "<tr class=\"\(n == 0 ? "zero" : "")\"><td>\(name) <code class=\"rid\">\(rule.rawValue)</code></td><td>\(sevs.joined(separator: " "))</td><td class=\"num\">\(n)</td></tr>\n"
        }
        h += "</tbody></table></div>\n"
        if !failures.isEmpty {
            h += "<details><summary>\(ReportStrings.format(t.failedInputsSummary, failures.count))</summary><ul class=\"failures\">"
            for f in failures.prefix(500) { h += "<li><code>\(HTMLEscape.text(f.path))</code>: \(HTMLEscape.text(f.reason))</li>" }
            h += "</ul></details>\n"
        }
        return h + "</section>\n"
    }

    func card(_ value: String, _ label: String) -> String {
        "<div class=\"card\"><div class=\"value\">\(HTMLEscape.text(value))</div><div class=\"label\">\(HTMLEscape.text(label))</div></div>"
    }

    func severityBadge(_ s: Severity) -> String {
        "<span class=\"sev \(s.rawValue)\">\(HTMLEscape.text(strings.name(s)))</span>"
    }

    /// A rule as readers see it: its name, with the id beside it and the explanation as a tooltip.
    func ruleLabel(_ rule: Rule) -> String {
        "<a class=\"rule\" href=\"#\(Self.methodAnchor(rule))\" title=\"\(HTMLEscape.text(strings.explanation(rule)))\">\(HTMLEscape.text(strings.name(rule)))</a> <code class=\"rid\">\(rule.rawValue)</code>"
    }

    static func ruleAnchor(_ rule: Rule) -> String { "rule-" + rule.rawValue }
    static func methodAnchor(_ rule: Rule) -> String { "method-" + rule.rawValue }

    // MARK: Trends

    func trends() -> String {
        let t = strings
        var h = "<section id=\"trends\"><h2>\(t.trends)</h2>\n<p class=\"note\">\(HTMLEscape.text(t.trendsNote))</p>\n"
        h += TrendCharts.all(content.trends, t)
        return h + "</section>\n"
    }

    // MARK: Method

    func method() -> String {
        let t = strings
        var h = "<section id=\"method\"><h2>\(t.method)</h2>\n<p>\(HTMLEscape.text(t.methodIntro))</p>\n<dl class=\"method\">\n"
        for rule in Rule.allCases {
            h += "<dt id=\"\(Self.methodAnchor(rule))\">\(HTMLEscape.text(t.name(rule))) <code class=\"rid\">\(rule.rawValue)</code> \(severityBadge(Self.ruleSeverity[rule]!))</dt>"
            h += "<dd>\(HTMLEscape.text(t.explanation(rule)))<br><span class=\"ex\">\(t.example): \(HTMLEscape.text(t.ruleExamples[rule] ?? ""))</span></dd>\n"
        }
        return h + "</dl></section>\n"
    }

    /// The usual severity of each rule (RECORDS.md; `quota_exceeded` is info for organizations).
    static let ruleSeverity: [Rule: Severity] = [
        .sumMismatch: .error, .stageTotalMismatch: .error, .percentMismatch: .error, .percentSum: .warning,
        .quotaExceeded: .warning, .figuresSwapped: .info, .invalidDate: .error, .rangeReversed: .error,
        .dateAfterPublication: .warning, .yearMismatch: .warning, .crossArticleMismatch: .warning,
    ]

    // MARK: Charts

    static let levelOrder = ["TSVMTB", "HTXSNV", "TSVM", "HTTNV", "HTNV", "KHTNV", "YK", "VPTC"]
    static let levelColor: [String: String] = [
        "TSVMTB": "#0b6e4f", "HTXSNV": "#1a7f37", "TSVM": "#2da44e", "HTTNV": "#6cc070",
        "HTNV": "#e3b341", "KHTNV": "#cf222e", "YK": "#a40e26", "VPTC": "#82071e",
    ]

    func charts() -> String {
        let t = strings
        var h = "<section id=\"charts\"><details><summary><h2>\(t.organizationCharts)</h2></summary>\n"
        h += "<p class=\"note\">\(HTMLEscape.text(t.organizationChartsNote))</p>\n"
        h += "<div class=\"legend\">" + Self.levelOrder.map { "<span title=\"\(Level(rawValue: $0)?.vietnameseName ?? "")\"><i style=\"background:\(Self.levelColor[$0]!)\"></i>\($0)</span>" }.joined() + "</div>\n"
        let ratingRows = Self.chartRows(content.stats)
        var articleCount: [String: Set<String>] = [:]
        for r in ratingRows { articleCount[r.organization, default: []].formUnion(r.articleIDs.split(separator: ";").map(String.init)) }
        let orgs = articleCount.keys.sorted { Self.chartOrder((articleCount[$0]!.count, $0), (articleCount[$1]!.count, $1)) }
            .prefix(maxChartOrganizations)
        if orgs.isEmpty { h += "<p class=\"note\">\(t.noRatings)</p>\n" }
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
        return h + "</details></section>\n"
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
        let t = strings
        let subjectName = Subject(rawValue: subject).map { t.name($0) } ?? subject
        let stageName: (String) -> String = { Stage(rawValue: $0).map { t.name($0) } ?? $0 }
        var s = "<figure class=\"chart\"><figcaption>\(HTMLEscape.text(subjectName))</figcaption>"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(left + width + 80) \(height)\" style=\"max-width:\(left + width + 80)px\" role=\"img\" aria-label=\"\(HTMLEscape.text(subjectName))\">"
        for (i, bar) in bars.enumerated() {
            let y = top + i * (barH + gap)
            s += "<text x=\"0\" y=\"\(y + 13)\" class=\"yl\">\(bar.year)\(bar.conflict ? " !" : "")</text>"
            s += "<text x=\"40\" y=\"\(y + 13)\" class=\"st\">\(HTMLEscape.text(stageName(bar.stage)))</text>"
            let byCount = bar.parts.allSatisfy { $0.count != nil }
            let value: (StatRow) -> Double? = { byCount ? $0.count.map(Double.init) : $0.percent }
            let total = bar.parts.compactMap(value).reduce(0, +)
            var x = Double(left)
            for p in bar.parts {
                guard let c = value(p), c > 0, total > 0 else { continue }
                let w = Double(width) * c / total
                let pct = (c * 1000 / total).rounded() / 10
                let shown = byCount ? String(Int(c)) : "\(c)%"
                s += "<rect x=\"\(fmt(x))\" y=\"\(y)\" width=\"\(fmt(max(w, 0.5)))\" height=\"\(barH)\" fill=\"\(Self.levelColor[p.level] ?? "#888")\"><title>\(bar.year) \(HTMLEscape.text(subjectName)) \(HTMLEscape.text(stageName(bar.stage))) \(p.level): \(shown)\(byCount ? " (\(pct)%)" : "")\(p.conflict ? " – \(HTMLEscape.text(t.name(Rule.crossArticleMismatch))): \(HTMLEscape.text(p.figures))" : "")</title></rect>"
                if w > Double(shown.count * 7 + 6) { s += "<text x=\"\(fmt(x + 3))\" y=\"\(y + 13)\" class=\"in\">\(shown)</text>" }
                x += w
            }
            s += "<text x=\"\(left + width + 6)\" y=\"\(y + 13)\" class=\"yl\">\(byCount ? "n = \(Int(total))" : "%")</text>"
        }
        return s + "</svg></figure>\n"
    }

    func fmt(_ x: Double) -> String { String((x * 10).rounded() / 10) }

    // MARK: Findings

    /// Findings grouped by rule (worst severity first), then by organization
    /// (most findings first); each links to the sentence it is about.
    func findingsSection(shownIDs: Set<String>, anchors: Set<String>) -> String {
        let t = strings
        var h = "<section id=\"findings\"><h2>\(t.findingsHeading) (\(content.findingTotal))</h2>\n"
        if content.findingRows.isEmpty { return h + "<p class=\"note\">\(t.noFindings)</p></section>\n" }
        if content.findingRows.count < content.findingTotal {
            h += "<p class=\"note\">\(ReportStrings.format(t.findingsTruncated, content.findingRows.count, content.findingTotal, ReportContent.maxFindingRowsPerRule))</p>\n"
        }
        var byRule: [Rule: [ReportContent.FindingRow]] = [:]
        for row in content.findingRows { byRule[row.finding.rule, default: []].append(row) }
        let rules = Rule.allCases.filter { byRule[$0] != nil }.sorted { a, b in
            let sa = byRule[a]!.map(\.finding.severity).max()!, sb = byRule[b]!.map(\.finding.severity).max()!
            return sa != sb ? sa > sb : Rule.allCases.firstIndex(of: a)! < Rule.allCases.firstIndex(of: b)!
        }
        let total = { (rule: Rule) in Swift.max(self.content.findingCounts[rule]?.count ?? 0, byRule[rule]?.count ?? 0) }
        h += "<p class=\"rule-index\">" + rules.map {
            "<a href=\"#\(Self.ruleAnchor($0))\">\(HTMLEscape.text(t.name($0)))</a>&nbsp;(\(total($0)))"
        }.joined(separator: " · ") + "</p>\n"
        for rule in rules {
            let rows = byRule[rule]!
            h += "<details class=\"rule-group\" id=\"\(Self.ruleAnchor(rule))\" open><summary><h3>\(HTMLEscape.text(t.name(rule))) <code class=\"rid\">\(rule.rawValue)</code> <span class=\"count\">\(total(rule))</span></h3></summary>\n"
            h += "<p class=\"explain\">\(HTMLEscape.text(t.explanation(rule))) <a href=\"#\(Self.methodAnchor(rule))\">\(t.example)</a></p>\n"
            if rows.count < total(rule) {
                h += "<p class=\"note\">\(ReportStrings.format(t.ruleTruncated, rows.count, total(rule)))</p>\n"
            }
            var byOrg: [String: [ReportContent.FindingRow]] = [:]
            var orgOrder: [String] = []
            for row in rows {
                let org = row.organization ?? t.unknownOrganization
                if byOrg[org] == nil { orgOrder.append(org) }
                byOrg[org, default: []].append(row)
            }
            orgOrder.sort { (byOrg[$0]!.count, $1) > (byOrg[$1]!.count, $0) }
            for org in orgOrder {
                let list = byOrg[org]!
                h += "<div class=\"org-group\"><h4>\(HTMLEscape.text(org)) <span class=\"count\">\(list.count)</span></h4><ul class=\"flist\">\n"
                for row in list {
                    let f = row.finding
                    let label = HTMLEscape.text(row.title ?? row.articleID)
                    let anchor = Self.findingAnchor(articleID: row.articleID, position: row.position)
                    var link = label
                    if anchors.contains(anchor) {
                        link = "<a href=\"#\(anchor)\">\(label)</a> <a class=\"go\" href=\"#\(anchor)\">→ \(t.toSentence)</a>"
                    } else if shownIDs.contains(row.articleID) {
                        link = "<a href=\"#\(HTMLEscape.anchor(row.articleID))\">\(label)</a>"
                    }
                    h += "<li>\(severityBadge(f.severity)) <span class=\"msg\">\(HTMLEscape.text(f.message))</span><br><span class=\"src\">\(link)</span></li>\n"
                }
                h += "</ul></div>\n"
            }
            h += "</details>\n"
        }
        return h + "</section>\n"
    }

    // MARK: Articles

    func legend() -> String {
        let t = strings
        return "<div class=\"legend marks\"><mark class=\"h-rating\">\(t.legendRating)</mark><mark class=\"h-total\">\(t.legendTotal)</mark><mark class=\"h-date\">\(t.legendDate)</mark><mark class=\"h-document\">\(t.legendDocument)</mark><mark class=\"h-official\">\(t.legendOfficial)</mark><mark class=\"h-finding\">\(t.legendFinding)</mark></div>\n"
    }

    /// One article's view; adds the ids of the finding anchors it writes to `anchors`.
    func articleView(_ r: ArticleRecord, shown: Set<String>, anchors: inout Set<String>) -> String {
        let t = strings
        var h = "<article id=\"\(HTMLEscape.anchor(r.id))\"><h3>\(HTMLEscape.text(r.title ?? t.noTitle))</h3>\n<p class=\"meta\">"
        var meta: [String] = ["<code>\(HTMLEscape.text(r.id))</code>"]
        if let p = r.published { meta.append(HTMLEscape.text(p)) }
        if let o = r.organization { meta.append(HTMLEscape.text(o.name) + (o.parent.map { " (" + HTMLEscape.text($0) + ")" } ?? "")) }
        if let y = r.year { meta.append("\(t.ratedYear) \(y)") }
        if let u = r.source.url { meta.append(HTMLEscape.link(u)) }
        if let p = r.source.path { meta.append("<code>\(HTMLEscape.text(p))</code>") }
        h += meta.joined(separator: " · ") + "</p>\n<div class=\"cols\"><div class=\"text\">"
        let marks = Highlighter.marks(of: r, strings: t) { Self.findingAnchor(articleID: r.id, position: $0) }
        let written = Set(Highlighter.anchors(of: marks, textLength: r.text.unicodeScalars.count))
        anchors.formUnion(written)
        h += Highlighter.html(text: r.text, marks: marks)
        h += "</div><aside>"
        if r.findings.isEmpty {
            h += "<p class=\"note\">\(t.noFindings)</p>"
        } else {
            h += "<ul class=\"flist\">"
            for (k, f) in r.findings.enumerated() {
                let anchor = Self.findingAnchor(articleID: r.id, position: k)
                var item = "<li>\(severityBadge(f.severity)) \(ruleLabel(f.rule))<br>\(HTMLEscape.text(f.message))"
                if written.contains(anchor) { item += " <a class=\"go\" href=\"#\(anchor)\">→ \(t.toSentence)</a>" }
                if let o = f.otherArticle, shown.contains(o) { item += " <a href=\"#\(HTMLEscape.anchor(o))\">\(t.otherArticle)</a>" }
                h += item + "</li>"
            }
            h += "</ul>"
        }
        h += "<p class=\"facts\">\(ReportStrings.format(t.factsLine, r.ratings.count, r.totals.count, r.dates.count, r.documents.count, r.officials.count))</p>"
        return h + "</aside></div></article>\n"
    }

    static let css = """
    *,*::before,*::after{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2328;background:#f6f8fa;overflow-wrap:break-word}
    header{background:#24292f;color:#fff;padding:12px 24px}header h1{margin:0 0 4px;font-size:20px;line-height:1.3}header a{color:#9ecbff}
    nav{font-size:14px}
    main{padding:8px 24px 48px;max-width:1280px;margin:0 auto}section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 18px 16px;margin:16px 0;min-width:0}
    h2{font-size:18px;border-bottom:1px solid #d8dee4;padding-bottom:4px}h3{font-size:16px;margin:14px 0 6px}h4{font-size:15px;margin:10px 0 4px}
    summary h2,summary h3{display:inline;border:0}summary{cursor:pointer;margin:8px 0}
    code{font-size:12.5px;overflow-wrap:anywhere}code.rid{color:#57606a;background:#f6f8fa;border-radius:4px;padding:0 4px}
    .cards{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 16px}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:100px;flex:1 1 100px}
    .card .value{font-size:24px;font-weight:600}.card .label{color:#57606a;font-size:13px}
    .scroll{overflow-x:auto;max-width:100%}
    table{border-collapse:collapse;font-size:14px}th,td{border-bottom:1px solid #eaeef2;padding:4px 8px;text-align:left;vertical-align:top}
    th.num,td.num{text-align:right}tr.zero{color:#8c959f}tr.zero a{color:inherit}.note{color:#57606a;font-size:13px}
    .sev{border-radius:10px;padding:0 7px;font-size:12px;color:#fff;white-space:nowrap}.sev.error{background:#cf222e}.sev.warning{background:#9a6700}.sev.info{background:#0969da}
    .legend{display:flex;flex-wrap:wrap;gap:10px;font-size:13px;margin:6px 0}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
    .tgrid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:12px 28px}
    .tchart{margin:0;min-width:0}.tchart figcaption{font-size:14px;margin-bottom:4px}
    svg.trend{display:block;width:100%;max-width:500px;height:auto}
    svg text{font-size:12px;fill:#1f2328}svg text.in{fill:#fff}svg text.st{fill:#57606a;font-size:11px}svg text.val{font-size:11px}svg text.small{font-size:9px;fill:#57606a}svg text.cap{font-size:10px;fill:#cf222e}
    .chart{margin:4px 24px 10px 0;display:inline-block;vertical-align:top;width:100%;max-width:492px}.chart figcaption{font-size:13px;color:#57606a}.chart svg{width:100%;height:auto;display:block}
    table.captable{font-size:13px}table.captable td.over{background:#fff1e5;color:#953800;font-weight:600}table.captable td.none{color:#8c959f}
    dl.method dt{font-weight:600;margin-top:10px}dl.method dd{margin:2px 0 0 0;padding-left:12px;border-left:3px solid #d0d7de}.ex{color:#57606a;font-size:13.5px}
    .rule-index{font-size:14px}.rule-group{border-top:1px solid #d8dee4;padding-top:2px}.explain{font-size:14px;color:#57606a;margin:2px 0 6px}
    .count{display:inline-block;background:#eaeef2;border-radius:10px;padding:0 8px;font-size:12px;font-weight:normal;color:#1f2328}
    .org-group{margin-left:4px}.src{font-size:13px;color:#57606a}a.go{white-space:nowrap}
    article{border-top:1px solid #d0d7de;padding-top:6px;margin-top:18px}.meta{color:#57606a;font-size:13px;overflow-wrap:anywhere}
    .cols{display:flex;gap:18px;align-items:flex-start}.text{flex:3;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}aside{flex:1.3;min-width:0;font-size:13px;background:#f6f8fa;border-radius:6px;padding:6px 10px}
    .flist{padding-left:18px;margin:4px 0}.flist li{margin-bottom:6px}
    mark{border-radius:2px;padding:0 1px;background:transparent;color:inherit}mark.h-rating{background:#fff1a8}mark.h-total{background:#ffd8b5}mark.h-date{background:#cce5ff}
    mark.h-document{background:#c9f2d0}mark.h-official{background:#ead9ff}mark.h-finding{outline:2px solid #cf222e;outline-offset:0}
    mark:target,.anchor:target+mark{outline:3px solid #cf222e;background:#ffd7d5;scroll-margin-top:40vh}
    .marks mark{margin-right:6px}
    @media (max-width:800px){.cols{flex-direction:column;align-items:stretch}}
    @media (max-width:600px){header{padding:10px 12px}main{padding:4px 8px 32px}section{padding:6px 10px 12px;margin:10px 0}h1{font-size:18px}
    .card{padding:6px 10px}.card .value{font-size:20px}.org-group{margin-left:0}.flist{padding-left:14px}}
    """
}
