import Testing
@testable import KiemdiemIngest

/// `isDateLine` skips the lowercasing for lines that cannot match; the lines
/// that can (any case of the prefixes, "lượt xem" anywhere) still match.
@Suite struct DateLineTests {
    @Test(arguments: [
        "Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 275", "NGÀY ĐĂNG: 8/12/2020", "ngày đăng 08-12-2020",
        "Đăng ngày 08/12/2020", "ĐĂNG NGÀY 08.12.2020", "Cập nhật: 08/12/2020", "CẬP NHẬT LÚC 10:00 08/12/2020",
        "Thời gian đăng: 08/12/2020", "Ngày xuất bản 08/12/2020", "08/12/2020 | LƯỢT XEM: 12", "(08/12/2020) - Lượt xem 40",
    ])
    func headerLinesMatch(line: String) {
        #expect(PageArticle.isDateLine(line))
    }

    @Test(arguments: [
        "", "Đảng ủy phường 08/12/2020", "Trong năm 2020, 08/12/2020", "xe máy 08/12/2020", "Lượt xe 08/12/2020",
        "Ngày đăng", "Xem thêm 08/12/2020",
    ])
    func otherLinesDoNot(line: String) {
        #expect(!PageArticle.isDateLine(line))
    }
}
