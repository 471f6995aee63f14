import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct SumMismatchTests {
    func members(_ b: inout RecordBuilder, _ xs: Int, _ tt: Int, _ ht: Int) {
        b.rating(.dangVien, .approved, .HTXSNV, xs); b.rating(.dangVien, .approved, .HTTNV, tt); b.rating(.dangVien, .approved, .HTNV, ht)
    }

    @Test func firesAgainstEvaluatedTotal() {
        var b = RecordBuilder(); members(&b, 126, 720, 20); let t = b.total(.dangVien, .evaluated, 870)
        let fs = SumMismatchRule().findings(in: b.record)
        #expect(fs.count == 1)
        #expect(fs[0].severity == .error)
        #expect(fs[0].message.contains("866") && fs[0].message.contains("870"))
        #expect(fs[0].spans.contains(t) && fs[0].spans.count == 4)
    }

    @Test func silentWhenTheListAddsUp() {
        var b = RecordBuilder(); members(&b, 126, 720, 20); b.total(.dangVien, .evaluated, 866)
        #expect(SumMismatchRule().findings(in: b.record).isEmpty)
    }

    @Test func usesAllMinusExemptWithoutEvaluated() {
        var ok = RecordBuilder(); members(&ok, 126, 720, 20); ok.total(.dangVien, .all, 880); ok.total(.dangVien, .exempt, 14)
        #expect(SumMismatchRule().findings(in: ok.record).isEmpty)
        var bad = RecordBuilder(); members(&bad, 126, 720, 20); bad.total(.dangVien, .all, 880); bad.total(.dangVien, .exempt, 10)
        #expect(rules(SumMismatchRule().findings(in: bad.record)) == [.sumMismatch])
    }

    @Test func evaluatedWinsOverAll() {
        var b = RecordBuilder(); members(&b, 126, 720, 20); b.total(.dangVien, .all, 900); b.total(.dangVien, .evaluated, 866)
        #expect(SumMismatchRule().findings(in: b.record).isEmpty)
    }

    @Test func cumulativeFiguresAreMadeExclusive() {
        var b = RecordBuilder()
        b.rating(.dangVien, .approved, .HTTNV, 846, orAbove: true)
        b.rating(.dangVien, .approved, .HTXSNV, 126)
        b.rating(.dangVien, .approved, .HTNV, 20)
        b.total(.dangVien, .evaluated, 866)
        #expect(SumMismatchRule().findings(in: b.record).isEmpty)
    }

    @Test func silentOnIncompleteOrApproximateLists() {
        var one = RecordBuilder(); one.rating(.dangVien, .approved, .HTXSNV, 126); one.total(.dangVien, .evaluated, 866)
        #expect(SumMismatchRule().findings(in: one.record).isEmpty)
        var approx = RecordBuilder()
        approx.rating(.dangVien, .approved, .HTXSNV, 120, approx: true); approx.rating(.dangVien, .approved, .HTTNV, 700)
        approx.total(.dangVien, .evaluated, 866)
        #expect(SumMismatchRule().findings(in: approx.record).isEmpty)
    }

    @Test func officialPlusProbationaryVersusAll() {
        var bad = RecordBuilder(); bad.total(.dangVien, .all, 866); bad.total(.dangVien, .officialMembers, 800); bad.total(.dangVien, .probationary, 60)
        let fs = SumMismatchRule().findings(in: bad.record)
        #expect(fs.count == 1 && fs[0].message.contains("860"))
        var ok = RecordBuilder(); ok.total(.dangVien, .all, 866); ok.total(.dangVien, .officialMembers, 806); ok.total(.dangVien, .probationary, 60)
        #expect(SumMismatchRule().findings(in: ok.record).isEmpty)
    }

    @Test func otherSubjectsTotalDoesNotApply() {
        var b = RecordBuilder(); members(&b, 126, 720, 20); b.total(.chiBo, .evaluated, 27)
        #expect(SumMismatchRule().findings(in: b.record).isEmpty)
    }
}
