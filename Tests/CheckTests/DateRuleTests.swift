import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct InvalidDateTests {
    func check(_ start: String, _ end: String? = nil, grain: DateGrain = .day) -> [Finding] {
        var b = RecordBuilder(); b.date(start, end, grain: grain)
        return InvalidDateRule().findings(in: b.record)
    }

    @Test func firesOnImpossibleDates() {
        #expect(check("2021-11-31").count == 1)
        #expect(check("2021-02-29").count == 1)
        #expect(check("2020-13", grain: .month).count == 1)
        #expect(check("2020-Q5", grain: .quarter).count == 1)
        #expect(check("2020-11-25", "2020-11-31").count == 1)
        #expect(check("2021-11-31")[0].message.contains("2021-11-31"))
    }

    @Test func silentOnRealDates() {
        #expect(check("2020-02-29").isEmpty)
        #expect(check("2000-02-29").isEmpty)
        #expect(check("2020-12-31").isEmpty)
        #expect(check("2024-12", grain: .month).isEmpty)
        #expect(check("2022-Q4", grain: .quarter).isEmpty)
        #expect(check("2020", "2025", grain: .year).isEmpty)
    }

    @Test func centuryYearsAreNotLeap() {
        #expect(check("1900-02-29").count == 1)
    }
}

@Suite struct RangeReversedTests {
    func check(_ start: String, _ end: String, grain: DateGrain = .day) -> [Finding] {
        var b = RecordBuilder(); b.date(start, end, grain: grain)
        return RangeReversedRule().findings(in: b.record)
    }

    @Test func firesWhenTheEndIsBeforeTheStart() {
        let fs = check("2020-11-28", "2020-11-25")
        #expect(fs.count == 1 && fs[0].severity == .error && fs[0].message.contains("2020-11-25"))
        #expect(check("2025", "2020", grain: .year).count == 1)
    }

    @Test func silentOnForwardAndCrossYearRanges() {
        #expect(check("2020-11-25", "2020-11-28").isEmpty)
        #expect(check("2020-12-28", "2021-01-03").isEmpty)
        #expect(check("2020", "2025", grain: .year).isEmpty)
    }

    @Test func leavesImpossibleEndsToInvalidDate() {
        #expect(check("2020-11-28", "2020-11-31").isEmpty)
    }
}

@Suite struct DateAfterPublicationTests {
    func check(_ start: String, grain: DateGrain = .day, text: String? = nil, planned: Bool = false, published: String? = "2020-12-08T17:41") -> [Finding] {
        var b = RecordBuilder(published: published); b.date(start, grain: grain, text: text, planned: planned)
        return DateAfterPublicationRule().findings(in: b.record)
    }

    @Test func firesOnADoneEventAfterPublication() {
        let fs = check("2020-12-15")
        #expect(fs.count == 1 && fs[0].severity == .warning && fs[0].message.contains("2020-12-08"))
        #expect(check("2021-01", grain: .month).count == 1)
    }

    @Test func neverOnPlannedDates() {
        #expect(check("2020-12-15", planned: true).isEmpty)
        // A cue in the text guards a mention the extractor did not mark.
        var b = RecordBuilder()
        b.record.text = "Các chi bộ hoàn thành trước ngày "
        let start = b.record.text.unicodeScalars.count
        b.record.text += "15/12/2020"
        b.record.dates.append(DateMention(start: "2020-12-15", end: "2020-12-15", grain: .day, text: "15/12/2020",
                                          span: Span(start, start + 10)))
        #expect(DateAfterPublicationRule().findings(in: b.record).isEmpty)
        #expect(check("2020-12-20", text: "dự kiến ngày 20/12/2020").isEmpty)
    }

    @Test func silentOnTheSameDayEarlierDatesYearsAndUnknownPublication() {
        #expect(check("2020-12-08").isEmpty)
        #expect(check("2020-11-25").isEmpty)
        #expect(check("2021", grain: .year).isEmpty)
        #expect(check("2020-12-15", published: nil).isEmpty)
        #expect(check("2020-12-15", published: "2020-12-20").isEmpty)
        #expect(check("2021-11-31").isEmpty)
    }
}

@Suite struct PlanningCueTests {
    /// A record whose text is `before` + the date mention + `after`.
    func check(_ before: String, _ mention: String, _ start: String, grain: DateGrain = .day) -> [Finding] {
        var b = RecordBuilder()
        let s = before.unicodeScalars.count
        b.record.text = before + mention + " xong."
        b.record.dates = [DateMention(start: start, end: start, grain: grain, text: mention,
                                      span: Span(s, s + mention.unicodeScalars.count))]
        return DateAfterPublicationRule().findings(in: b.record)
    }

    @Test func cuesInTheSameClauseSilence() {
        #expect(check("Hội nghị sẽ được tổ chức vào ", "ngày 20/12/2020", "2020-12-20").isEmpty)
        #expect(check("Các chi bộ nộp báo cáo trước ", "ngày 20/12/2020", "2020-12-20").isEmpty)
        #expect(check("Đảng ủy tổng kết ", "trong quý tới", "2021-Q1", grain: .quarter).isEmpty)
    }

    @Test func cuesInAnEarlierSentenceDoNotSilence() {
        #expect(check("Năm tới sẽ phấn đấu hơn. Hội nghị họp ", "ngày 20/12/2020", "2020-12-20").count == 1)
        // "Trước đó" (earlier) is not a deadline.
        #expect(check("Trước đó, hội nghị họp ", "ngày 20/12/2020", "2020-12-20").count == 1)
    }

    @Test func aPlanDocumentDatedAfterPublicationStillFires() {
        #expect(check("Thực hiện Kế hoạch số 07-KH/ĐU, ", "ngày 18/12/2020", "2020-12-18").count == 1)
    }
}
