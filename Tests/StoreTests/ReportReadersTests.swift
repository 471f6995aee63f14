import Foundation
import Testing
import Kiemdiem

/// The report as its readers get it: in Vietnamese or English, with the
/// method explained, findings grouped and linked to their sentences, and
/// trend charts computed from exclusive counts.
@Suite struct ReportReadersTests {
    /// Every `href="#…"` target and every `id="…"` of a page.
    static func links(_ page: String) -> (targets: [String], ids: Set<String>) {
        func all(_ pattern: String) -> [String] {
            let re = try! NSRegularExpression(pattern: pattern)
            return re.matches(in: page, range: NSRange(page.startIndex..., in: page)).map {
                String(page[Range($0.range(at: 1), in: page)!])
            }
        }
        return (all(##"href="#([^"]*)""##), Set(all(#"\sid="([^"]*)""#)))
    }

    /// Mỹ Lâm's shape: "5.400 đảng viên hoàn thành tốt nhiệm vụ trở lên, trong đó
    /// 812 hoàn thành xuất sắc" and 80 HTNV: 5,480 rated, 812 HTXSNV = 14.8%.
    static func cumulative(_ id: String = "c000000000000001", year: Int = 2021) -> ArticleRecord {
        var b = Rec(id, org: "Đảng ủy xã Mỹ Lâm", year: year, title: "Mỹ Lâm đánh giá năm \(year)")
        b.rating(.dangVien, .reported, .HTTNV, 5400)
        b.r.ratings[0].orAbove = true
        b.rating(.dangVien, .reported, .HTXSNV, 812)
        b.r.ratings[1].within = 0
        b.rating(.dangVien, .reported, .HTNV, 80)
        return b.r
    }

    @Test func vietnameseByDefaultEnglishOnRequest() {
        let seed = Rec.seed()
        let vi = HTMLReport(records: [seed], stats: Statistics.rows([seed])).render()
        let en = HTMLReport(records: [seed], stats: Statistics.rows([seed]), language: .en).render()
        #expect(vi.contains("<html lang=\"vi\">") && en.contains("<html lang=\"en\">"))
        for label in ["Tổng quan", "Xu hướng theo năm", "Phương pháp", "Phát hiện (", "Bài viết", "Vượt trần 20% HTXSNV", "năm đánh giá"] {
            #expect(vi.contains(label), "vi lacks \(label)")
            #expect(!en.contains(label), "en has \(label)")
        }
        for label in ["Overview", "Trends by year", "Method: the checks", "Findings (", "Above the 20% HTXSNV cap", "rated year"] {
            #expect(en.contains(label), "en lacks \(label)")
            #expect(!vi.contains(label), "vi has \(label)")
        }
        // The findings' own messages are shown as the records have them, in both.
        for f in seed.findings { #expect(vi.contains(HTMLEscape.text(f.message)) && en.contains(HTMLEscape.text(f.message))) }
        // Both tables are complete and differ.
        for rule in Rule.allCases {
            for t in [ReportStrings.vietnamese, .english] {
                #expect(!t.name(rule).isEmpty && !t.explanation(rule).isEmpty && !(t.ruleExamples[rule] ?? "").isEmpty)
            }
            #expect(ReportStrings.vietnamese.explanation(rule) != ReportStrings.english.explanation(rule))
        }
        #expect(ReportLanguage(rawValue: "en") == .en && ReportLanguage(rawValue: "vi") == .vi)
    }

    @Test(arguments: ReportLanguage.allCases)
    func methodSectionExplainsEveryRule(_ lang: ReportLanguage) {
        let page = HTMLReport(records: [], stats: [], language: lang).render()
        let t = lang.strings
        let method = page[page.range(of: "<section id=\"method\">")!.lowerBound...]
        let section = method[..<method.range(of: "</section>")!.lowerBound]
        for rule in Rule.allCases {
            #expect(section.contains("id=\"method-\(rule.rawValue)\""), "\(rule.rawValue)")
            #expect(section.contains(HTMLEscape.text(t.name(rule))))
            #expect(section.contains(HTMLEscape.text(t.explanation(rule))))
            #expect(section.contains(HTMLEscape.text(t.ruleExamples[rule]!)))
            #expect(section.contains(">\(rule.rawValue)</code>"))
        }
    }

    @Test func everyFindingLinkPointsToAnIdOnThePage() throws {
        var records = try CorpusReportTests.records()
        records.append(Rec.seed())
        for lang in ReportLanguage.allCases {
            for maxArticles in [2000, 3] {
                let page = HTMLReport(records: records, stats: Statistics.rows(records), maxArticles: maxArticles, language: lang).render()
                let (targets, ids) = Self.links(page)
                let missing = targets.filter { !ids.contains($0) }
                #expect(missing.isEmpty, "\(lang) \(maxArticles): \(missing.prefix(5))")
                // Findings link to their sentences: an id on a highlighted span.
                let sentenceLinks = targets.filter { $0.hasPrefix("f-") }
                #expect(!sentenceLinks.isEmpty)
                for id in Set(sentenceLinks) {
                    #expect(page.contains("<mark id=\"\(id)\"") || page.contains("<span class=\"anchor\" id=\"\(id)\"></span><mark"), "\(id)")
                }
            }
        }
        // The seed's quota finding (6 of 21 HTTNV) links to the sentence holding the figures.
        let seed = Rec.seed()
        let page = HTMLReport(records: [seed], stats: []).render()
        let k = try #require(seed.findings.firstIndex { $0.rule == .quotaExceeded })
        let anchor = HTMLReport.findingAnchor(articleID: seed.id, position: k)
        #expect(page.contains("href=\"#\(anchor)\""))
        let span = seed.findings[k].spans[0]
        let first = String(String.UnicodeScalarView(Array(seed.text.unicodeScalars)[span.start..<span.end])).prefix(3)
        #expect(page.contains("<mark id=\"\(anchor)\" class=\"") && page.range(of: "id=\"\(anchor)\"[^>]*>" + first, options: .regularExpression) != nil)
    }

    @Test func theStoreGivesTheSameAnchorsAsMemory() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        let records = Rec.crossArticleSample(count: 12, idBase: 0x100) + [Rec.seed()]
        for r in records { try store.insert(Checks.checked(r)) }
        try store.replaceCrossArticleFindings(Checks.crossArticle(try store.allRecords(includeCross: false)))
        let page = try ReportWriter.html(from: store)
        let (targets, ids) = Self.links(page)
        #expect(targets.filter { $0.hasPrefix("f-") }.count > 0)
        #expect(targets.allSatisfy { ids.contains($0) })
        #expect(page == HTMLReport(records: try store.allRecords(), stats: Statistics.rows(try store.allRecords())).render())
    }

    @Test func findingsAreGroupedByRuleThenOrganization() throws {
        func rec(_ id: String, _ org: String, _ rule: Rule, _ message: String) -> ArticleRecord {
            var b = Rec(id, org: org)
            let s = b.span("câu của \(message)")
            b.r.findings = [Finding(rule: rule, severity: rule == .sumMismatch ? .error : .warning, message: message, spans: [s])]
            return b.r
        }
        let records = [rec("a1", "Đảng ủy xã A", .sumMismatch, "m-sum-A1"), rec("a2", "Đảng ủy xã A", .sumMismatch, "m-sum-A2"),
                       rec("b1", "Đảng ủy xã B", .sumMismatch, "m-sum-B1"), rec("b2", "Đảng ủy xã B", .yearMismatch, "m-year-B2")]
        let page = HTMLReport(records: records, stats: []).render()
        func group(_ rule: Rule) throws -> Substring {
            let start = try #require(page.range(of: "<details class=\"rule-group\" id=\"rule-\(rule.rawValue)\""))
            let end = try #require(page.range(of: "</details>", range: start.upperBound..<page.endIndex))
            return page[start.lowerBound..<end.upperBound]
        }
        let sum = try group(.sumMismatch), year = try group(.yearMismatch)
        // Errors first; rule names, not only codes.
        #expect(page.range(of: "id=\"rule-sum_mismatch\"")!.lowerBound < page.range(of: "id=\"rule-year_mismatch\"")!.lowerBound)
        #expect(sum.contains(ReportStrings.vietnamese.name(.sumMismatch)) && sum.contains(ReportStrings.vietnamese.explanation(.sumMismatch)))
        // Within a rule, one heading per organization, most findings first, each with its own findings.
        let a = try #require(sum.range(of: "<h4>Đảng ủy xã A <span class=\"count\">2</span></h4>"))
        let b = try #require(sum.range(of: "<h4>Đảng ủy xã B <span class=\"count\">1</span></h4>"))
        #expect(a.lowerBound < b.lowerBound)
        #expect(sum[a.upperBound..<b.lowerBound].contains("m-sum-A1") && sum[a.upperBound..<b.lowerBound].contains("m-sum-A2"))
        #expect(sum[b.upperBound...].contains("m-sum-B1") && !sum.contains("m-year-B2"))
        #expect(year.contains("m-year-B2") && year.contains("<h4>Đảng ủy xã B"))
        #expect(sum.contains("href=\"#\(HTMLReport.findingAnchor(articleID: "a1", position: 0))\""))
    }

    @Test func everyRuleKeepsItsShareOfTheFindingRows() throws {
        let n = ReportContent.maxFindingRowsPerRule + 10
        var records: [ArticleRecord] = (0..<n).map { i in
            var b = Rec(String(format: "e%015x", i), org: "Đảng ủy xã \(i % 3)")
            let s = b.span("câu \(i)")
            b.r.findings = [Finding(rule: .sumMismatch, severity: .error, message: "sum \(i)", spans: [s])]
            return b.r
        }
        var b = Rec("f000000000000001", org: "Đảng ủy xã Y")
        b.r.findings = [Finding(rule: .yearMismatch, severity: .warning, message: "year 1", spans: [b.span("năm 2019")])]
        records.append(b.r)
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        _ = try store.insert(batch: records)
        let page = try ReportWriter.html(from: store, maxArticles: 20)
        #expect(page == HTMLReport(records: try store.allRecords(), stats: [], maxArticles: 20).render())
        #expect(page.contains("id=\"rule-year_mismatch\"") && page.contains("year 1"))
        #expect(page.contains(ReportStrings.format(ReportStrings.vietnamese.ruleTruncated, ReportContent.maxFindingRowsPerRule, n)))
        #expect(page.components(separatedBy: "<span class=\"msg\">sum ").count - 1 == ReportContent.maxFindingRowsPerRule)
        let (targets, ids) = Self.links(page)
        #expect(targets.allSatisfy { ids.contains($0) })
    }

    @Test func trendsAreComputedFromExclusiveCounts() throws {
        // Mỹ Lâm: the cumulative 5,400 less its 812 HTXSNV part, plus 80 HTNV: 5,480 rated, 14.8%.
        var t = Trends(records: [Self.cumulative()])
        #expect(t.shareByYear[2021] == Trends.Share(htxsnv: 812, rated: 5480, lists: 1))
        // 812 of an exclusive 4,588 HTTNV (17.7%): under the cap; bin [15%, 20%).
        #expect(t.capByYear[2021] == Trends.Cap(over: 0, lists: 1))
        #expect(t.ratioBins[3] == 1 && t.ratioBins.reduce(0, +) == 1)

        // 180 within a cumulative 1,000: 180 of 820 exclusive HTTNV is 22%, above the cap
        // (against the cumulative 1,000 it would be 18%, under it).
        var b = Rec("c2", org: "Đảng ủy xã X", year: 2022)
        b.rating(.chiBo, .approved, .HTTNV, 1000); b.r.ratings[0].orAbove = true
        b.rating(.chiBo, .approved, .HTXSNV, 180); b.r.ratings[1].within = 0
        b.rating(.chiBo, .reported, .HTXSNV, 999)   // the reported list is not used beside an approved one
        // A cumulative figure whose HTXSNV part is not given cannot be made exclusive: left out.
        var c = Rec("c3", org: "Đảng ủy xã Y", year: 2022)
        c.rating(.dangVien, .reported, .HTTNV, 300); c.r.ratings[0].orAbove = true
        c.rating(.dangVien, .reported, .HTNV, 10)
        t = Trends(records: [Self.cumulative(), b.r, c.r])
        #expect(t.shareByYear[2022] == Trends.Share(htxsnv: 180, rated: 1000, lists: 1))
        #expect(t.capByYear[2022] == Trends.Cap(over: 1, lists: 1))
        #expect(t.capBySubject[.chiBo] == Trends.Cap(over: 1, lists: 1) && t.capBySubject[.dangVien] == Trends.Cap(over: 0, lists: 1))
        #expect(t.ratioBins[4] == 1)
        #expect(t.capByYearSubject[2022]?[.chiBo] == Trends.Cap(over: 1, lists: 1) && t.capByYearSubject[2021]?[.dangVien] == Trends.Cap(over: 0, lists: 1))
        #expect(t.perYear[2021] == Trends.YearCounts(articles: 1, organizations: 1, findings: 0))
        #expect(t.perYear[2022]?.articles == 2 && t.perYear[2022]?.organizations == 2)

        // The page draws those figures: 14.8% for Mỹ Lâm, never 812 of 6,292 (12.9%).
        let vi = HTMLReport(records: [Self.cumulative()], stats: []).render()
        let en = HTMLReport(records: [Self.cumulative()], stats: [], language: .en).render()
        #expect(vi.contains(">14,8%</text>") && en.contains(">14.8%</text>"))
        #expect(vi.contains("812 / 5480 HTXSNV") && !vi.contains("6292"))
        for page in [vi, en] {
            let trends = try #require(page.range(of: "<section id=\"trends\">").map { page[$0.lowerBound...] })
            let section = trends[..<trends.range(of: "</section>")!.upperBound]
            #expect(section.components(separatedBy: "<svg class=\"trend\"").count - 1 == 5)   // five charts
            #expect(section.contains("<table class=\"captable\">") && section.contains(">0/1</td>"))   // and the year × level table
            #expect(!section.contains("<script") && !section.contains("href=\"http"))
        }
    }

    @Test func trendsFromTheStoreEqualTrendsInMemory() throws {
        let dir = try TempDir()
        let store = try RecordStore(path: dir.path("k.sqlite"))
        var records = Rec.crossArticleSample(count: 20, idBase: 0x200) + [Self.cumulative(), Rec.seed()]
        records[3].year = nil
        for r in records { try store.insert(Checks.checked(r)) }
        try store.replaceCrossArticleFindings(Checks.crossArticle(try store.allRecords(includeCross: false)))
        let fromStore = try ReportWriter.trends(of: store)
        #expect(fromStore == Trends(records: try store.allRecords()))
        #expect(fromStore.shareByYear[2021]?.htxsnv ?? 0 >= 812)
        #expect(fromStore.withoutYear.articles == 1)
    }
}
