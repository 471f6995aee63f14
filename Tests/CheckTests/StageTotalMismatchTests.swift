import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct StageTotalMismatchTests {
    @Test func firesWhenStagesDisagreeOnTheTotal() {
        var b = RecordBuilder()
        b.rating(.dangVien, .proposed, .HTXSNV, 139); b.rating(.dangVien, .proposed, .HTTNV, 707); b.rating(.dangVien, .proposed, .HTNV, 20)
        b.rating(.dangVien, .approved, .HTXSNV, 126); b.rating(.dangVien, .approved, .HTTNV, 720); b.rating(.dangVien, .approved, .HTNV, 21)
        let fs = StageTotalMismatchRule().findings(in: b.record)
        #expect(fs.count == 1)
        #expect(fs[0].message.contains("866") && fs[0].message.contains("867"))
        #expect(fs[0].spans.count == 6)
    }

    @Test func silentOnTheSeedArticle() {
        #expect(StageTotalMismatchRule().findings(in: RecordBuilder.thuongThanh2020().record).isEmpty)
    }

    @Test func silentAcrossYearsOrSubjects() {
        var b = RecordBuilder()
        b.rating(.dangVien, .proposed, .HTXSNV, 10, year: 2019); b.rating(.dangVien, .proposed, .HTTNV, 50, year: 2019)
        b.rating(.dangVien, .approved, .HTXSNV, 9, year: 2020); b.rating(.dangVien, .approved, .HTTNV, 40, year: 2020)
        b.rating(.chiBo, .approved, .HTXSNV, 2); b.rating(.chiBo, .approved, .HTTNV, 8)
        #expect(StageTotalMismatchRule().findings(in: b.record).isEmpty)
    }
}
