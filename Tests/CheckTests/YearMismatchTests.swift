import Testing
import KiemdiemCore
@testable import KiemdiemCheck

@Suite struct YearMismatchTests {
    func check(title: String?, year: Int?) -> [Finding] {
        var b = RecordBuilder(title: title, year: year)
        b.rating(.dangVien, .approved, .HTXSNV, 10)
        return YearMismatchRule().findings(in: b.record)
    }

    @Test func firesWhenTitleAndBodyYearsDiffer() {
        let fs = check(title: "Đảng ủy phường X đánh giá, xếp loại năm 2020", year: 2019)
        #expect(fs.count == 1 && fs[0].severity == .warning)
        #expect(fs[0].message.contains("2020") && fs[0].message.contains("2019"))
        #expect(fs[0].spans.count == 1)
    }

    @Test func silentWhenTheyAgree() {
        #expect(check(title: "Đảng ủy phường X đánh giá, xếp loại năm 2020", year: 2020).isEmpty)
    }

    @Test func silentWithoutAYearInTheTitleOrBody() {
        #expect(check(title: "Hội nghị đánh giá, xếp loại chi bộ", year: 2020).isEmpty)
        #expect(check(title: nil, year: 2020).isEmpty)
        var b = RecordBuilder(title: "Đánh giá năm 2020", year: nil)
        #expect(YearMismatchRule().findings(in: b.record).isEmpty)
        b.record.title = nil
    }

    @Test func silentWhenTheBodyYearIsOneOfSeveral() {
        #expect(check(title: "Tổng kết năm 2020, triển khai nhiệm vụ năm 2021", year: 2020).isEmpty)
    }

    @Test func yearsOutsideRatingTitlesAreIgnored() {
        // A term range in a title about a congress is not a rated year.
        #expect(check(title: "Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025", year: 2019).isEmpty)
        // A bare year in a title about rating is.
        #expect(check(title: "Kết quả đánh giá, xếp loại đảng viên 2020", year: 2019).count == 1)
    }
}
