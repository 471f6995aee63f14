import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct PercentMismatchTests {
    func one(_ count: Int, _ percent: Double, _ text: String, of: Int? = nil, total: Int? = 866) -> [Finding] {
        var b = RecordBuilder()
        b.rating(.dangVien, .approved, .HTXSNV, count, percent: percent, of: of, text: text)
        if let total { b.total(.dangVien, .evaluated, total) }
        return PercentMismatchRule().findings(in: b.record)
    }

    @Test func passesWithinHalfAUnitOfTheLastDigit() {
        // 72/866 = 8.314%: "8,3%" allows 8.25–8.35.
        #expect(one(72, 8.3, "72 đảng viên (8,3%)").isEmpty)
    }

    @Test func firesOutsideTheTolerance() {
        // 73/866 = 8.43%.
        let fs = one(73, 8.3, "73 đảng viên (8,3%)")
        #expect(fs.count == 1 && fs[0].severity == .error)
        #expect(fs[0].message.contains("73") && fs[0].message.contains("8.3%") && fs[0].message.contains("866"))
    }

    @Test func decimalsComeFromTheText() {
        // "8,30%" claims two decimals: 8.314 is off by more than 0.005.
        #expect(one(72, 8.3, "72 đảng viên (8,30%)").count == 1)
        // "8%" allows 7.5–8.5: 69/866 = 7.97%.
        #expect(one(69, 8, "69 đảng viên (8%)").isEmpty)
        // A whole percent too far: 60/866 = 6.93%.
        #expect(one(60, 8, "60 đảng viên (8%)").count == 1)
    }

    @Test func fractionBaseIsUsed() {
        #expect(one(2, 20, "02/10 đồng chí (20%)", of: 10, total: nil).isEmpty)
        #expect(one(3, 20, "03/10 đồng chí (20%)", of: 10, total: nil).count == 1)
    }

    @Test func listSumIsTheBaseWithoutATotal() {
        var b = RecordBuilder()
        b.rating(.chiBo, .approved, .HTXSNV, 6, percent: 22.2, text: "6 chi bộ (22,2%)")
        b.rating(.chiBo, .approved, .HTTNV, 21, percent: 77.8, text: "21 chi bộ (77,8%)")
        #expect(PercentMismatchRule().findings(in: b.record).isEmpty)
        var bad = RecordBuilder()
        bad.rating(.chiBo, .approved, .HTXSNV, 6, percent: 28.6, text: "6 chi bộ (28,6%)")
        bad.rating(.chiBo, .approved, .HTTNV, 21, percent: 77.8, text: "21 chi bộ (77,8%)")
        #expect(PercentMismatchRule().findings(in: bad.record).count == 1)
    }

    @Test func silentOnPercentOnlyAndApproximate() {
        var b = RecordBuilder()
        b.rating(.dangVien, .approved, .HTXSNV, nil, percent: 8.3, text: "8,3% đảng viên")
        b.rating(.dangVien, .approved, .HTTNV, 700, percent: 10, approx: true, text: "gần 700 (10%)")
        b.total(.dangVien, .evaluated, 866)
        #expect(PercentMismatchRule().findings(in: b.record).isEmpty)
    }

    @Test func readsDecimalsWritten() {
        #expect(PercentText.decimals(of: 98.1, in: "4.740 đảng viên (98,1%)") == 1)
        #expect(PercentText.decimals(of: 8.3, in: "đạt 8,30 %") == 2)
        #expect(PercentText.decimals(of: 20, in: "20 phần trăm") == 0)
        #expect(PercentText.decimals(of: 8.3, in: "không có phần trăm") == nil)
    }
}

@Suite struct PercentSumTests {
    @Test func firesWhenACompleteListMissesOneHundred() {
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTXSNV, nil, percent: 15)
        b.rating(.dangVien, .reported, .HTTNV, nil, percent: 80)
        b.rating(.dangVien, .reported, .HTNV, nil, percent: 2.3)
        b.rating(.dangVien, .reported, .KHTNV, 0)
        let fs = PercentSumRule().findings(in: b.record)
        #expect(fs.count == 1 && fs[0].severity == .warning)
        #expect(fs.first?.message.contains("97.3%") == true)
        #expect(fs.first?.compared["sum"] == 97.3)
    }

    @Test func silentWhenAListShortOfOneHundredLeavesOutALevel() {
        // 15 + 80 + 2.3 = 97.3: the 2.7% left may be the KHTNV the list does not name.
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTXSNV, nil, percent: 15)
        b.rating(.dangVien, .reported, .HTTNV, nil, percent: 80)
        b.rating(.dangVien, .reported, .HTNV, nil, percent: 2.3)
        #expect(PercentSumRule().findings(in: b.record).isEmpty)
        // Over 100 needs no worst level: no list can add up to 130.
        var c = RecordBuilder()
        c.rating(.dangVien, .reported, .HTXSNV, nil, percent: 30)
        c.rating(.dangVien, .reported, .HTTNV, nil, percent: 100)
        #expect(PercentSumRule().findings(in: c.record).count == 1)
        // "98,45% HTTNV trở lên; 0,33% KHTNV": HTNV is not named, so 98.78% proves nothing.
        var d = RecordBuilder()
        d.rating(.dangVien, .reported, .HTTNV, nil, percent: 98.45, orAbove: true)
        d.rating(.dangVien, .reported, .KHTNV, nil, percent: 0.33)
        #expect(PercentSumRule().findings(in: d.record).isEmpty)
    }

    @Test func roundingToleranceGrowsWithThePercents() {
        // 14.5 + 83.1 + 2.3 = 99.9, within 3 × 0.05.
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTXSNV, nil, percent: 14.5)
        b.rating(.dangVien, .reported, .HTTNV, nil, percent: 83.1)
        b.rating(.dangVien, .reported, .HTNV, nil, percent: 2.3)
        #expect(PercentSumRule().findings(in: b.record).isEmpty)
        // Two percents allow only ± 0.1: 99.8 fires.
        var c = RecordBuilder()
        c.rating(.chiBo, .reported, .HTXSNV, nil, percent: 20.0)
        c.rating(.chiBo, .reported, .HTTNV, nil, percent: 79.8)
        c.rating(.chiBo, .reported, .HTNV, 0)
        c.rating(.chiBo, .reported, .KHTNV, 0)
        #expect(PercentSumRule().findings(in: c.record).count == 1)
    }

    @Test func zeroCountLevelsNeedNoPercent() {
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTXSNV, 126, percent: 14.5)
        b.rating(.dangVien, .reported, .HTTNV, 720, percent: 83.2)
        b.rating(.dangVien, .reported, .HTNV, 20, percent: 2.3)
        b.rating(.dangVien, .reported, .KHTNV, 0)
        #expect(PercentSumRule().findings(in: b.record).isEmpty)
    }

    @Test func silentOnIncompleteLists() {
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTXSNV, 126, percent: 14.5)
        b.rating(.dangVien, .reported, .HTTNV, 720, percent: 60)
        b.rating(.dangVien, .reported, .HTNV, 20)
        #expect(PercentSumRule().findings(in: b.record).isEmpty)
    }

    @Test func silentWhenAPercentIsApproximate() {
        // "khoảng 14% … trên 75%": bounds, not a list that must reach 100.
        var b = RecordBuilder()
        b.rating(.toChucCoSoDang, .reported, .HTXSNV, nil, percent: 14, approx: true)
        b.rating(.toChucCoSoDang, .reported, .HTTNV, nil, percent: 75, approx: true)
        #expect(PercentSumRule().findings(in: b.record).isEmpty)
        // The same figures stated exactly do fire.
        var c = RecordBuilder()
        c.rating(.toChucCoSoDang, .reported, .HTXSNV, nil, percent: 14)
        c.rating(.toChucCoSoDang, .reported, .HTTNV, nil, percent: 75)
        c.rating(.toChucCoSoDang, .reported, .HTNV, 0)
        c.rating(.toChucCoSoDang, .reported, .KHTNV, 0)
        #expect(PercentSumRule().findings(in: c.record).count == 1)
    }

    @Test func cumulativePercentsAreMadeExclusive() {
        var b = RecordBuilder()
        b.rating(.dangVien, .reported, .HTTNV, nil, percent: 97.7, orAbove: true)
        b.rating(.dangVien, .reported, .HTXSNV, nil, percent: 14.5)
        b.rating(.dangVien, .reported, .HTNV, nil, percent: 2.3)
        #expect(PercentSumRule().findings(in: b.record).isEmpty)
    }
}
