import Foundation
import Testing
import Kiemdiem

/// `stats`: exclusive and cumulative figures apart, shares from exclusive
/// counts, approximations carried, conflicts shown with their articles and
/// the rule that chose, accent-insensitive --org, --by year.
@Suite struct HonestStatisticsTests {
    /// "5.480 đảng viên được đánh giá; 5.312 HTTNV trở lên, trong đó 812 HTXSNV; 150 HTNV; 18 KHTNV" (Mỹ Lâm 2019).
    func myLam(id: String = "m1", org: String = "Huyện ủy Mỹ Lâm", withinPart: Bool = true) -> ArticleRecord {
        var b = Rec(id, org: org, year: 2019)
        b.r.organization?.unit = "huyện"
        b.rating(.dangVien, .reported, .HTTNV, 5312)
        b.r.ratings[0].orAbove = true
        b.rating(.dangVien, .reported, .HTXSNV, 812)
        if withinPart { b.r.ratings[1].within = 0 }
        b.rating(.dangVien, .reported, .HTNV, 150)
        b.rating(.dangVien, .reported, .KHTNV, 18)
        b.total(.dangVien, .evaluated, 5480)
        return b.r
    }

    @Test(arguments: [true, false])
    func aCumulativeFigureGivesTheExclusiveShare(withinPart: Bool) throws {
        let lines = Statistics.lines([myLam(withinPart: withinPart)])
        let xs = try #require(lines.first { $0.level == "HTXSNV" })
        let tt = try #require(lines.first { $0.level == "HTTNV" })
        #expect(tt.cumulative && tt.count == 5312 && tt.exclusiveCount == 4500)
        #expect(!xs.cumulative && xs.exclusiveCount == 812)
        #expect(String(format: "%.1f", xs.share! * 100) == "14.8")  // 812 / 5,480, not 812 / 980
        #expect(abs(lines.compactMap(\.share).reduce(0, +) - 1) < 1e-9)
        // The report's rows: the stated "HTTNV+" and its exclusive HTTNV, so the bars add up to 5,480.
        let rows = Statistics.rows([myLam(withinPart: withinPart)])
        #expect(rows.first { $0.level == "HTTNV+" }?.count == 5312)
        #expect(rows.first { $0.level == "HTTNV" }?.count == 4500)
        #expect(rows.filter { $0.stage != "total" && !$0.level.hasSuffix("+") }.compactMap(\.count).reduce(0, +) == 5480)
    }

    @Test func approximateFiguresKeepTheirCountAndBoundInCSVAndJSON() throws {
        var b = Rec("s1", org: "Tỉnh ủy Sơn La", year: 2020)
        b.rating(.toChucCoSoDang, .reported, .HTXSNV, 120)
        b.r.ratings[0].approx = true
        b.r.ratings[0].bound = .about
        b.rating(.toChucCoSoDang, .reported, .HTTNV, 451)
        let lines = Statistics.lines([b.r])
        let csv = StatsOutput.render(lines, format: .csv)
        let header = csv.components(separatedBy: "\r\n")[0].components(separatedBy: ",")
        let row = try #require(csv.components(separatedBy: "\r\n").first { $0.contains(",HTXSNV,") }).components(separatedBy: ",")
        #expect(row[header.firstIndex(of: "count")!] == "120")
        #expect(row[header.firstIndex(of: "approx")!] == "true")
        #expect(row[header.firstIndex(of: "bound")!] == "about")
        let json = try JSONSerialization.jsonObject(with: Data(StatsOutput.render(lines, format: .json).utf8)) as! [[String: Any]]
        let x = try #require(json.first { $0["level"] as? String == "HTXSNV" })
        #expect(x["count"] as? Int == 120 && x["approx"] as? Bool == true && x["bound"] as? String == "about")
        #expect((x["figures"] as? [[String: Any]])?.first?["bound"] as? String == "about")
        #expect((x["article_ids"] as? [String]) == ["s1"])
        // The exact HTTNV's share depends on the approximate 120: marked approximate too.
        #expect(json.first { $0["level"] as? String == "HTTNV" }?["approx"] as? Bool == true)
        #expect(StatsOutput.render(lines, format: .table).contains("~120"))
    }

    @Test func conflictsListEveryFigureWithItsArticleAndTheRuleThatChose() throws {
        // a1's list adds up to its stated total; b2 is later but its total does not add up.
        var a = Rec("a1", published: "2020-12-08")
        a.rating(.dangVien, .approved, .HTXSNV, 46); a.rating(.dangVien, .approved, .HTTNV, 200)
        a.total(.dangVien, .evaluated, 246)
        var b = Rec("b2", published: "2021-01-05")
        b.rating(.dangVien, .approved, .HTXSNV, 48); b.rating(.dangVien, .approved, .HTTNV, 200)
        b.total(.dangVien, .evaluated, 246)
        let lines = Statistics.lines([a.r, b.r])
        let xs = try #require(lines.first { $0.level == "HTXSNV" })
        #expect(xs.conflict && xs.count == 46 && xs.chosenArticle == "a1")
        #expect(xs.choice == "adds up to its stated total")
        #expect(xs.figures.map(\.article) == ["a1", "b2"] && xs.figures.map(\.count) == [46, 48])
        let table = StatsOutput.render(lines, format: .table)
        #expect(table.contains("46 [a1]; 48 [b2]") && table.contains(Statistics.choiceRule))
        // Without totals, the later article is chosen, and the output says so.
        a.r.totals = []; b.r.totals = []
        let later = try #require(Statistics.lines([a.r, b.r]).first { $0.level == "HTXSNV" })
        #expect(later.count == 48 && later.choice == "published last")
    }

    @Test func orgMatchesWithoutTonemarks() {
        var p = Rec("p1", org: "Đảng ủy phường Phú Mỹ"); p.rating(.chiBo, .approved, .HTXSNV, 3)
        var q = Rec("q1", org: "Đảng ủy xã Đông Hòa"); q.rating(.chiBo, .approved, .HTXSNV, 4)
        #expect(Set(Statistics.lines([p.r, q.r], filter: .init(organization: "Phu My")).map(\.organization)) == ["Đảng ủy phường Phú Mỹ"])
        #expect(Set(Statistics.lines([p.r, q.r], filter: .init(organization: "dong hoa")).map(\.organization)) == ["Đảng ủy xã Đông Hòa"])
        #expect(Statistics.rows([p.r, q.r], filter: .init(organization: "PHU MY")).count == 1)
    }

    @Test func byYearAddsUpExclusiveCountsOverOrganizations() throws {
        var a = Rec("a1", org: "Đảng ủy phường An Bình", year: 2020)
        a.rating(.dangVien, .approved, .HTXSNV, 30); a.rating(.dangVien, .approved, .HTTNV, 100)  // 30 > 20% of 100
        var b = Rec("b1", org: "Đảng ủy xã Tân Lạc", year: 2020)
        b.rating(.dangVien, .approved, .HTTNV, 80)
        b.r.ratings[0].orAbove = true
        b.rating(.dangVien, .approved, .HTXSNV, 10)
        b.r.ratings[1].within = 0  // 70 HTTNV alone; 10 <= 20% of 70
        let agg = Statistics.aggregate(Statistics.lines([a.r, b.r, myLam()]), by: .year)
        let xs = try #require(agg.first { $0.year == 2020 && $0.level == "HTXSNV" })
        #expect(xs.group == "all" && xs.organizations == 2 && xs.lists == 2)
        #expect(xs.exclusiveCount == 40 && xs.listTotal == 210)
        #expect(abs(xs.share! - 40.0 / 210.0) < 1e-9)
        #expect(xs.listsAboveCap == 1 && xs.shareAboveCap == 0.5)
        #expect(agg.first { $0.year == 2020 && $0.level == "HTTNV" }?.exclusiveCount == 170)
        #expect(agg.contains { $0.year == 2019 && $0.level == "HTXSNV" && $0.exclusiveCount == 812 })
        // By level: communes (phường, xã) apart from districts (huyện).
        let byLevel = Statistics.aggregate(Statistics.lines([a.r, b.r, myLam()]), by: .level)
        #expect(Set(byLevel.map(\.group)) == ["commune", "district"])
        let csv = StatsOutput.render(agg, format: .csv)
        #expect(csv.hasPrefix(StatsOutput.aggregateColumns.joined(separator: ",") + "\r\n"))
    }

    @Test func nearCopiesAreNotCountedInStatistics() {
        var a = Rec("a1"); a.rating(.chiBo, .approved, .HTXSNV, 5)
        var b = Rec("b1"); b.rating(.chiBo, .approved, .HTXSNV, 5)
        b.r.duplicateOf = "a1"
        #expect(Statistics.lines([a.r, b.r]).first?.articles == 1)
    }
}
