import Testing
import KiemdiemCore
@testable import KiemdiemCheck

/// The check rules on the shapes real reports take (contract v2): nested
/// figures, several plausible percent bases, lists cut off or incomplete,
/// bounded figures, generic organization names.
@Suite struct RealTextRuleTests {
    /// "4.740 HTTNV, trong đó 858 HTXSNV": the quota uses the HTTNV-only 3,882;
    /// read as exclusive, 858 ≤ 20% of 4,740 and nothing would fire.
    @Test func quotaUsesTheHTTNVOnlyCountOfANestedList() {
        var b = RecordBuilder(year: 2021)
        b.rating(.dangVien, .reported, .HTTNV, 4740, orAbove: true)
        b.rating(.dangVien, .reported, .HTXSNV, 858)
        b.record.ratings[1].within = 0
        let fs = QuotaExceededRule().findings(in: b.record)
        #expect(fs.count == 1)
        #expect(fs.first?.compared["HTTNV"] == 3882)
        #expect(fs.first?.compared["HTXSNV"] == 858)
    }

    /// A part is never summed beside its whole: 212 TSVM (with 51 TSVMTB inside) + 30 + 3 = 245.
    @Test func aPartIsNotSummedBesideItsWhole() {
        var b = RecordBuilder(year: 2016)
        b.rating(.toChucCoSoDang, .reported, .TSVM, 212, orAbove: true)
        b.rating(.toChucCoSoDang, .reported, .TSVMTB, 51)
        b.record.ratings[1].within = 0
        b.rating(.toChucCoSoDang, .reported, .HTTNV, 30)
        b.rating(.toChucCoSoDang, .reported, .HTNV, 3)
        b.total(.toChucCoSoDang, .all, 245)
        #expect(SumMismatchRule().findings(in: b.record).isEmpty)
        b.record.totals[0].count = 250
        #expect(SumMismatchRule().findings(in: b.record).count == 1)
    }

    /// Pre-2018 TSVMTB written as a row of its own but counted inside TSVM: silent when that is how it adds up.
    @Test func honoursCountedInsideTSVMWhenThatIsHowTheListAddsUp() {
        var b = RecordBuilder(year: 2017)
        b.rating(.chiBo, .reported, .TSVM, 2, of: 3)
        b.rating(.chiBo, .reported, .HTTNV, 1)
        b.rating(.chiBo, .reported, .TSVMTB, 2)
        b.total(.chiBo, .all, 3)
        #expect(SumMismatchRule().findings(in: b.record).isEmpty)
    }

    /// A percent that fits any plausible base passes: 304/545 = 55.8% although 304/543 evaluated is 56.0%.
    @Test func aPercentFittingAnyPlausibleBasePasses() {
        var b = RecordBuilder()
        b.rating(.chiBo, .reported, .TSVM, 304, percent: 55.8, text: "304 chi bộ đạt TSVM, tỷ lệ 55,8%")
        b.total(.chiBo, .evaluated, 543)
        b.total(.chiBo, .all, 545)
        #expect(PercentMismatchRule().findings(in: b.record).isEmpty)
        // Fitting none fires, and the message names every base tried.
        b.record.ratings[0].percent = 57.8
        b.record.ratings[0].text = "304 chi bộ đạt TSVM, tỷ lệ 57,8%"
        let fs = PercentMismatchRule().findings(in: b.record)
        #expect(fs.count == 1)
        #expect(fs.first.map { $0.message.contains("543") && $0.message.contains("545") } == true)
        #expect(fs.first?.compared["percent"] == 57.8)
    }

    /// A part's percent may be of its whole's own base: "12/15 … HTTNV (80%), trong đó 3 … HTXSNV (20%)".
    @Test func aPartsPercentMayUseItsWholesBase() {
        var b = RecordBuilder(year: 2021)
        b.rating(.toChucCoSoDang, .reported, .HTTNV, 12, percent: 80, of: 15, orAbove: true, text: "12/15 Đảng bộ cơ sở (chiếm 80%)")
        b.rating(.toChucCoSoDang, .reported, .HTXSNV, 3, percent: 20, text: "3 Đảng bộ cơ sở (chiếm 20%)")
        b.record.ratings[1].within = 0
        #expect(PercentMismatchRule().findings(in: b.record).isEmpty)
    }

    /// The excerpt ends inside the list: no sum over it.
    @Test func noSumOverAListCutOffByTheExcerpt() {
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTXSNV, 534)
        b.rating(.dangVien, .reported, .HTTNV, 3131)
        b.rating(.dangVien, .reported, .HTNV, 343)
        b.total(.dangVien, .evaluated, 4016)
        #expect(SumMismatchRule().findings(in: b.record).count == 1)
        // The same list whose last figure ends the excerpt, followed by "…".
        var c = RecordBuilder()
        c.total(.dangVien, .evaluated, 4016)
        c.rating(.dangVien, .reported, .HTXSNV, 534)
        c.rating(.dangVien, .reported, .HTTNV, 3131)
        c.rating(.dangVien, .reported, .HTNV, 343)
        c.record.text.removeLast()
        c.record.text += "… Bên cạnh đó"
        #expect(SumMismatchRule().findings(in: c.record).isEmpty)
    }

    /// "trên 120" is at least 120; "gần 120" at least 108; "dưới 120" says nothing from below.
    @Test func quotaOnBoundedCounts() {
        func quota(_ bound: Bound) -> Int {
            var b = RecordBuilder(year: 2020)
            b.rating(.dangVien, .reported, .HTXSNV, 120, approx: true)
            b.record.ratings[0].bound = bound
            b.rating(.dangVien, .reported, .HTTNV, 500)
            return QuotaExceededRule().findings(in: b.record).count
        }
        #expect(quota(.lower) == 1)    // ≥ 120 > 100
        #expect(quota(.about) == 1)    // ≥ 108 > 100
        #expect(quota(.upper) == 0)
    }

    /// Two bodies that merely share a generic name are never compared across articles.
    @Test func genericNamesAreNotComparedAcrossArticles() {
        func record(_ id: String, _ org: String, _ count: Int) -> ArticleRecord {
            var b = RecordBuilder(id: id, year: 2019, org: org)
            b.rating(.chiBo, .reported, .HTXSNV, count)
            return b.record
        }
        let generic = CrossArticleMismatchRule().findings(across: [record("a1", "Đảng ủy cơ quan Đảng", 5), record("a2", "Đảng ủy cơ quan Đảng", 2)])
        #expect(generic.isEmpty)
        let named = CrossArticleMismatchRule().findings(across: [record("a1", "Đảng ủy phường Tân Mai", 5), record("a2", "Đảng bộ phường Tân Mai", 2)])
        #expect(named.count == 2)
        #expect(OrganizationIdentity.isGeneric("Đảng ủy Khối Doanh nghiệp"))
        #expect(!OrganizationIdentity.isGeneric("Đảng ủy xã Tâm Thắng"))
    }

    /// A schedule in one sentence is a plan, even where the date itself has no cue before it.
    @Test func aScheduleSentenceIsPlanned() {
        var b = RecordBuilder(published: "2020-03-16T19:55")
        b.record.text = "Theo lộ trình, đại hội các chi bộ hoàn thành trước ngày 30-3-2020; đại hội cơ sở bắt đầu từ tháng 4"
        let start = b.record.text.unicodeScalars.count - "tháng 4".unicodeScalars.count
        b.record.dates.append(DateMention(start: "2020-04", end: "2020-04", grain: .month, text: "tháng 4",
                                          span: Span(start, start + 7)))
        #expect(DateAfterPublicationRule().findings(in: b.record).isEmpty)
        // The same date reported as done still fires.
        var c = RecordBuilder(published: "2020-03-16T19:55")
        c.date("2020-04-02", text: "ngày 02/4/2020")
        #expect(DateAfterPublicationRule().findings(in: c.record).count == 1)
    }
}
