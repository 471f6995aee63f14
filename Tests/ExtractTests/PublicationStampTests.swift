import Testing
@testable import KiemdiemExtract

/// `PublicationStamp`: the portal stamp forms of contract v2 `published`
/// (written by the kiemdiem project, one line per form).
@Suite struct PublicationStampTests {
    @Test(arguments: [
        ("Tin tức\nTHỨ HAI, 14/03/2022 08:05:41\nNội dung bài.", "2022-03-14T08:05", "date-then-time"),
        ("Bài viết\n11/09/2018 - 20:15\nNội dung.", "2018-09-11T20:15", "date-then-time"),
        ("Cập nhật lúc 10:07, Thứ Tư, 05/06/2019 (GMT+7)\nNội dung.", "2019-06-05T10:07", "time-then-date"),
        ("15:30, 02/02/2021 [GMT+7]\nNội dung.", "2021-02-02T15:30", "time-then-date"),
        ("Đăng ngày 03/11/2023\nNội dung.", "2023-11-03", "date-line"),
        ("07/10/2024\nNội dung bài viết.", "2024-10-07", "date-line"),
        (" date 2024-05-19 Theo kế hoạch, hội nghị diễn ra.", "2024-05-19", "iso-metadata"),
        ("Người viết: TRẦN VĂN A 21/12/2021 16:40\nNội dung.", "2021-12-21T16:40", "date-then-time"),
        ("THỨ SÁU, 07/01/2022 11:04163670\nNội dung.", "2022-01-07T11:04", "date-then-time"),
    ])
    func stampForms(_ text: String, _ expected: String, _ form: String) {
        let found = PublicationStamp.find(in: text)
        #expect(found?.published == expected)
        #expect(found?.form == form)
    }

    /// Dates inside sentences are events, never the stamp.
    @Test func aDateInASentenceIsNotAStamp() {
        #expect(PublicationStamp.find(in: "Chiều ngày 09/12/2021, Đảng ủy phường tổ chức hội nghị đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2021 với sự tham dự của các đồng chí.") == nil)
        #expect(PublicationStamp.find(in: "Hội nghị lúc 14:00 ngày 20/3/2020 tại hội trường UBND xã, với sự tham dự của 120 đảng viên trong toàn Đảng bộ xã.") == nil)
    }
}
