import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct QuotaExceededTests {
    func members(_ stage: Stage, _ xs: Int, _ tt: Int, year: Int? = 2020, subject: Subject = .dangVien, orAbove: Bool = false) -> [Finding] {
        var b = RecordBuilder(year: year)
        b.rating(subject, stage, .HTXSNV, xs)
        b.rating(subject, stage, .HTTNV, tt, orAbove: orAbove)
        b.rating(subject, stage, .HTNV, 20)
        return QuotaExceededRule().findings(in: b.record)
    }

    @Test func warnsForMembersOverTheCap() {
        let fs = members(.approved, 150, 720)
        #expect(fs.count == 1 && fs[0].severity == .warning)
        #expect(fs[0].message.contains("150") && fs[0].message.contains("720") && fs[0].message.contains("20%"))
    }

    @Test func capIsOfHTTNVNotOfTheTotal() {
        // 150 ≤ 20% of 890 members but > 20% of 720 HTTNV.
        #expect(members(.reported, 150, 720).count == 1)
    }

    @Test func exactlyTwentyPercentIsAllowed() {
        #expect(members(.approved, 144, 720).isEmpty)
        #expect(members(.approved, 145, 720).count == 1)
    }

    @Test func neverOnProposedLists() {
        #expect(members(.proposed, 300, 720).isEmpty)
    }

    @Test func neverBefore2018OrWithoutAYear() {
        #expect(members(.approved, 300, 720, year: 2017).isEmpty)
        #expect(members(.approved, 300, 720, year: nil).isEmpty)
        var b = RecordBuilder(year: 2018)
        b.rating(.chiBo, .approved, .TSVM, 10); b.rating(.chiBo, .approved, .HTXSNV, 5); b.rating(.chiBo, .approved, .HTTNV, 6)
        #expect(QuotaExceededRule().findings(in: b.record).isEmpty)
    }

    @Test func cumulativeHTTNVIsMadeExclusive() {
        // 846 "trở lên" minus 126 = 720 HTTNV: 126 ≤ 144.
        #expect(members(.approved, 126, 846, orAbove: true).isEmpty)
        // 300 "trở lên" minus 60 = 240: 60 > 48.
        #expect(members(.approved, 60, 300, orAbove: true).count == 1)
    }

    @Test func organizationsAreInformationAndLeadersWarnings() {
        #expect(members(.approved, 6, 21, subject: .chiBo).first?.severity == .info)
        #expect(members(.approved, 6, 21, subject: .toChucCoSoDang).first?.severity == .info)
        #expect(members(.approved, 6, 21, subject: .canBoLanhDao).first?.severity == .warning)
    }

    @Test func percentsWhenCountsAreMissing() {
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTXSNV, nil, percent: 20)
        b.rating(.dangVien, .reported, .HTTNV, nil, percent: 75)
        #expect(QuotaExceededRule().findings(in: b.record).count == 1)
        var ok = RecordBuilder()
        ok.rating(.dangVien, .reported, .HTXSNV, nil, percent: 14)
        ok.rating(.dangVien, .reported, .HTTNV, nil, percent: 75)
        #expect(QuotaExceededRule().findings(in: ok.record).isEmpty)
    }
}

@Suite struct FiguresSwappedTests {
    @Test func silentOnMembersOfTheSeed() {
        var b = RecordBuilder.thuongThanh2020()
        b.record.ratings.removeAll { $0.subject == .chiBo }
        #expect(FiguresSwappedRule().findings(in: b.record).isEmpty)
    }

    @Test func silentWhenNothingChanged() {
        var b = RecordBuilder()
        for stage in [Stage.proposed, .approved] { b.rating(.chiBo, stage, .HTXSNV, 5); b.rating(.chiBo, stage, .HTTNV, 22) }
        #expect(FiguresSwappedRule().findings(in: b.record).isEmpty)
    }

    @Test func silentWithoutAnApprovedList() {
        var b = RecordBuilder()
        b.rating(.chiBo, .proposed, .HTXSNV, 21); b.rating(.chiBo, .proposed, .HTTNV, 6)
        b.rating(.chiBo, .reported, .HTXSNV, 6); b.rating(.chiBo, .reported, .HTTNV, 21)
        #expect(FiguresSwappedRule().findings(in: b.record).isEmpty)
    }

    @Test func firesOnASwapOfThreeLevels() {
        var b = RecordBuilder()
        b.rating(.dangVien, .proposed, .HTXSNV, 10); b.rating(.dangVien, .proposed, .HTTNV, 70); b.rating(.dangVien, .proposed, .HTNV, 3)
        b.rating(.dangVien, .approved, .HTXSNV, 3); b.rating(.dangVien, .approved, .HTTNV, 70); b.rating(.dangVien, .approved, .HTNV, 10)
        #expect(rules(FiguresSwappedRule().findings(in: b.record)) == [.figuresSwapped])
    }
}
