import Foundation
import Testing
import Kiemdiem

@Suite struct StatisticsTests {
    func twoArticles() -> [ArticleRecord] {
        var a = Rec("a1", published: "2020-12-08")
        a.rating(.dangVien, .approved, .HTXSNV, 126); a.rating(.dangVien, .approved, .HTTNV, 720); a.rating(.dangVien, .approved, .HTNV, 20)
        a.total(.dangVien, .evaluated, 866)
        var b = Rec("b2", org: "Đảng bộ phường  Thượng Thanh", published: "2021-01-05")
        b.rating(.dangVien, .approved, .HTXSNV, 130)
        var c = Rec("c3", org: "Đảng ủy xã Ngọc Thụy, huyện \"Gia\" Lâm", year: 2019)
        c.rating(.chiBo, .reported, .HTXSNV, 3)
        return [a.r, b.r, c.r]
    }

    @Test func mergesArticlesAndMarksConflicts() {
        let rows = Statistics.rows(twoArticles())
        let xs = rows.first { $0.organization == "Đảng ủy phường Thượng Thanh" && $0.level == "HTXSNV" }!
        #expect(xs.conflict && xs.articles == 2)
        #expect(xs.count == 126)  // a1's list adds up to its stated total (choiceRule step 1), b2 is only later
        #expect(xs.figures == "126 [a1]; 130 [b2]")
        let tt = rows.first { $0.organization == "Đảng ủy phường Thượng Thanh" && $0.level == "HTTNV" }!
        #expect(!tt.conflict && tt.articles == 1 && tt.figures.isEmpty)
        #expect(abs(tt.share! - 720.0 / 866.0) < 1e-9)  // 126 + 720 + 20: one article's list, never a mix
        #expect(rows.contains { $0.stage == "total" && $0.level == "evaluated" && $0.count == 866 })
    }

    @Test func filtersByOrganizationAndYear() {
        let records = twoArticles()
        #expect(Set(Statistics.rows(records, filter: .init(organization: "thượng thanh")).map(\.organization)) == ["Đảng ủy phường Thượng Thanh"])
        #expect(Statistics.rows(records, filter: .init(year: 2019)).map(\.level) == ["HTXSNV"])
        #expect(Statistics.rows(records, filter: .init(organization: "Hà Nội")).isEmpty)
    }

    @Test func csvFollowsRFC4180() {
        let csv = StatFormat.csv(Statistics.rows(twoArticles()))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == StatRow.columns.joined(separator: ","))
        #expect(lines.last == "")
        #expect(csv.contains("\"Đảng ủy xã Ngọc Thụy, huyện \"\"Gia\"\" Lâm\",2019,chi_bo,reported,HTXSNV,3,"))
        #expect(StatFormat.csvField("a\nb") == "\"a\nb\"" && StatFormat.csvField("plain") == "plain")
    }

    @Test func jsonIsAnArrayOfFlatObjects() throws {
        let rows = Statistics.rows(twoArticles())
        let parsed = try JSONSerialization.jsonObject(with: Data(StatFormat.json(rows).utf8)) as! [[String: Any]]
        #expect(parsed.count == rows.count)
        #expect(Set(parsed[0].keys) == Set(StatRow.columns))
        let conflict = parsed.first { ($0["conflict"] as? Bool) == true }!
        #expect(conflict["count"] as? Int == 126 && conflict["year"] as? Int == 2020)
        #expect(parsed.contains { $0["share"] is NSNull })
    }

    @Test func yearlySummaryListsTheLargestOrganizationFirst() {
        let text = Statistics.yearlySummary(Statistics.rows(twoArticles()), topOrganizations: 1)
        #expect(text.contains("Thượng Thanh") && !text.contains("Ngọc Thụy"))
        #expect(text.contains("126 HTXSNV") && text.contains("!"))
    }
}
