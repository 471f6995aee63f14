import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct SeedArticleTests {
    @Test func thuongThanhGivesSwapAndChiBoQuotaOnly() {
        let fs = Checks.withinArticle(RecordBuilder.thuongThanh2020().record)
        #expect(rules(fs).sorted { $0.rawValue < $1.rawValue } == [.figuresSwapped, .quotaExceeded])
        let quota = fs.first { $0.rule == .quotaExceeded }!
        #expect(quota.severity == .info)
        #expect(quota.message.contains("6 chi bộ approved HTXSNV are 28.6% of the 21 approved HTTNV"))
        #expect(quota.message.contains("20%"))
        #expect(quota.spans.count == 2)
        let swap = fs.first { $0.rule == .figuresSwapped }!
        #expect(swap.severity == .info)
        #expect(swap.spans.count == 4)
        #expect(swap.message.contains("proposed 21 HTXSNV, 6 HTTNV"))
    }

    @Test func checkedReplacesFindings() {
        var r = RecordBuilder.thuongThanh2020().record
        r.findings = [Finding(rule: .invalidDate, severity: .error, message: "stale", spans: [])]
        #expect(!rules(Checks.checked(r).findings).contains(.invalidDate))
    }
}
