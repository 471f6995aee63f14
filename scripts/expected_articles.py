"""Hand-written expected values for each corpus article (see corpus_expected.py for the notation)."""
from corpus_expected import art, D, Y, Doc, O, R, T, F, Org

HX, HT, HN, KH = "HTXSNV", "HTTNV", "HTNV", "KHTNV"

# 01 — seed-like ward article, clean; approved chi bộ 4 vs 20 sits exactly on the 20% line (no quota).
art(1, 2021, Org("Đảng ủy phường Đông Lạc", "phường", "Đông Lạc", "Quận ủy Nam Sơn"),
    [D("2021-12-09", "ngày 09/12/2021"), D("2021-11-15", "ngày 15/11/2021"), Y(2021),
     D("2021-11-24", "từ ngày 24 - 27/11/2021", "2021-11-27"), Y(2022, planned=True)],
    [Doc("KH", "Kế hoạch", "09", "ĐU", "Kế hoạch số 09-KH/ĐU, ngày 15/11/2021", date="2021-11-15")],
    [O("Trần Thị Bích Ngọc", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
     O("Lê Quang Vinh", "Phó Bí thư Thường trực Đảng ủy phường")],
    [R("cb", "p", HX, 8, "08 chi bộ tự nhận Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 16, "16 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HX, 125, "125 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "p", HT, 565, "565 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HN, 12, "12 đảng viên Hoàn thành nhiệm vụ"),
     R("cb", "a", HX, 4, "04 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 20, "20 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 110, "110 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 580, "580 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 12, "12 đảng viên Hoàn thành nhiệm vụ")],
    [T("dv", "evaluated", 702, "702 đảng viên được đánh giá, xếp loại")])

# 02 — seed-like with the chi bộ figures swapped between proposed and approved; 5 HTXS vs 18 HTT chi bộ.
art(2, 2020, Org("Đảng ủy xã Tân Phong", "xã", "Tân Phong", "Huyện ủy Đại Lâm"),
    [D("2020-12-10", "Ngày 10/12/2020"), Y(2020), D("2019-10-18", "ngày 18/10/2019"),
     D("2020-11-20", "ngày 20/11/2020"), D("2020-11-30", "từ ngày 30/11 - 04/12/2020", "2020-12-04")],
    [Doc("HD", "Hướng dẫn", "21", "BTCTW", "Hướng dẫn 21-HD/BTCTW ngày 18/10/2019", date="2019-10-18"),
     Doc("KH", "Kế hoạch", "11", "ĐU", "Kế hoạch số 11-KH/ĐU, ngày 20/11/2020", date="2020-11-20")],
    [O("Vũ Đình Khoa", "HUV", "Bí thư Đảng ủy xã"),
     O("Ngô Thị Thanh Hòa", "Phó Trưởng Ban Tổ chức Huyện ủy Đại Lâm")],
    [R("cb", "p", HX, 18, "18 chi bộ tự nhận Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 5, "05 chi bộ nhận Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HX, 96, "96 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "p", HT, 402, "402 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HN, 14, "14 đảng viên Hoàn thành nhiệm vụ"),
     R("cb", "a", HX, 5, "05 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 18, "18 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 80, "80 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 418, "418 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 14, "14 đảng viên Hoàn thành nhiệm vụ")],
    [T("cb", "all", 23, "23 chi bộ trực thuộc"), T("dv", "all", 530, "tổng số 530 đảng viên"),
     T("dv", "exempt", 18, "18 đảng viên được miễn sinh hoạt đảng")],
    [F("figures_swapped"), F("quota_exceeded", "info")])

# 03 — approved member list over the 20% cap (58 > 0.2 x 240): quota warning.
art(3, 2019, Org("Đảng ủy phường Bình Minh", "phường", "Bình Minh"),
    [D("2019-12-17", "Sáng 17/12"), Y(2019)],
    [Doc("QĐ", "Quy định", "132", "TW", "Quy định 132-QĐ/TW"),
     Doc("HD", "Hướng dẫn", "21", "BTCTW", "Hướng dẫn số 21-HD/BTCTW")],
    [O("Đặng Văn Hùng", "Bí thư Đảng ủy phường")],
    [R("cb", "a", HX, 3, "03 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 15, "15 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "01 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 58, "58 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 240, "240 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 9, "09 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 1, "01 đảng viên Không hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 19, "19 chi bộ trực thuộc"), T("dv", "all", 321, "Tổng số đảng viên toàn Đảng bộ là 321 đồng chí"),
     T("dv", "exempt", 13, "13 đồng chí được miễn đánh giá"),
     T("dv", "evaluated", 308, "308 đảng viên được đánh giá, xếp loại")],
    [F("quota_exceeded", "warning")])

# 04 — trap: the proposed member list is over 20% (70 vs 250) but proposed lists never fire; approved 50 vs 270 is fine.
art(4, 2022, Org("Đảng ủy xã Hòa Tiến", "xã", "Hòa Tiến"),
    [D("2022-12-05", "Từ ngày 05/12 đến ngày 09/12/2022", "2022-12-09"), Y(2022), D("2022-12-21", "Ngày 21/12/2022")],
    [Doc(None, "Hướng dẫn", "35", None, "Hướng dẫn số 35"),
     Doc("QĐ", "Quy định", "132", "TW", "Quy định số 132-QĐ/TW")],
    [O("Phan Văn Thủy", "Phó Bí thư Thường trực Đảng ủy xã")],
    [R("cb", "p", HX, 6, "06 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 9, "09 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HX, 70, "70 đồng chí Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "p", HT, 250, "250 đồng chí Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HN, 6, "06 đồng chí Hoàn thành nhiệm vụ"),
     R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 13, "13 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 50, "50 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 270, "270 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 6, "06 đảng viên Hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 15, "15 chi bộ trực thuộc"), T("dv", "evaluated", 326, "326 đảng viên tham gia kiểm điểm")])

# 05 — pre-2018 scheme (2016), January article; members HTXS 1.020 vs HTT 3.500 would exceed 20% but the cap does not apply.
art(5, 2016, Org("Huyện ủy Đại Lâm", "huyện", "Đại Lâm"),
    [D("2017-01-11", "Ngày 11/01/2017"), Y(2016), D("2014-09-25", "ngày 25/9/2014"),
     D("2012", "giai đoạn 2012 - 2016", "2016"), D("2018", "năm sau", planned=True)],
    [Doc("HD", "Hướng dẫn", "27", "BTCTW", "Hướng dẫn 27-HD/BTCTW ngày 25/9/2014", date="2014-09-25")],
    [O("Hoàng Minh Tuấn", "TUV", "Bí thư Huyện ủy")],
    [R("tc", "a", "TSVMTB", 12, "12 tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu"),
     R("tc", "a", "TSVM", 30, "30 tổ chức cơ sở đảng trong sạch vững mạnh"),
     R("tc", "a", HT, 8, "08 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
     R("tc", "a", HN, 3, "03 tổ chức cơ sở đảng hoàn thành nhiệm vụ"),
     R("tc", "a", "YK", 1, "01 tổ chức cơ sở đảng yếu kém"),
     R("dv", "r", HX, 1020, "1.020 đảng viên đủ tư cách, hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "r", HT, 3500, "3.500 đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ"),
     R("dv", "r", HN, 410, "410 đảng viên đủ tư cách, hoàn thành nhiệm vụ"),
     R("dv", "r", "VPTC", 14, "14 đảng viên vi phạm tư cách")],
    [T("tc", "evaluated", 54, "54 tổ chức cơ sở đảng trực thuộc"), T("dv", "all", 5012, "tổng số 5.012 đảng viên"),
     T("dv", "exempt", 68, "68 đồng chí được miễn đánh giá"),
     T("dv", "evaluated", 4944, "4.944 đảng viên tham gia đánh giá")])

# 06 — district, January, percents in every style; clean (sums to 100, counts match percents).
art(6, 2020, Org("Quận ủy Nam Sơn", "quận", "Nam Sơn"),
    [D("2021-01-19", "Chiều 19-1"), Y(2020), Y(2020, cap=True), Y(2021, planned=True)],
    [],
    [O("Lương Thị Thu Hà", "UVTV", "Trưởng Ban Tổ chức Quận ủy")],
    [R("tc", "r", HX, 6, "6 đơn vị Hoàn thành xuất sắc nhiệm vụ (14,3%)", pct=14.3),
     R("tc", "r", HT, 33, "33 đơn vị Hoàn thành tốt nhiệm vụ (78,6%)", pct=78.6),
     R("tc", "r", HN, 3, "3 đơn vị Hoàn thành nhiệm vụ (7,1%)", pct=7.1),
     R("tc", "r", KH, 0, "không có tổ chức cơ sở đảng nào Không hoàn thành nhiệm vụ"),
     R("dv", "r", HX, 638, "638 đồng chí Hoàn thành xuất sắc nhiệm vụ, chiếm tỷ lệ 13,2", pct=13.2),
     R("dv", "r", HT, 3687, "3.687 đồng chí Hoàn thành tốt nhiệm vụ (76,3 %)", pct=76.3),
     R("dv", "r", HN, 401, "401 đồng chí Hoàn thành nhiệm vụ, chiếm 8,3%", pct=8.3),
     R("dv", "r", KH, 106, "106 đồng chí Không hoàn thành nhiệm vụ (2,2%)", pct=2.2)],
    [T("tc", "evaluated", 42, "42 tổ chức cơ sở đảng"),
     T("dv", "evaluated", 4832, "4.832 đảng viên được đánh giá, xếp loại")])

# 07 — percent_mismatch: 90 of 760 is 11.8%, not the stated 14,8%.
art(7, 2023, Org("Đảng ủy thị trấn Cầu Mây", "thị trấn", "Cầu Mây"),
    [D("2023-12-27", "Ngày 27/12/2023"), Y(2023), D("2023-10-04", "ngày 04/10/2023")],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định số 124-QĐ/TW ngày 04/10/2023", date="2023-10-04"),
     Doc("HD", "Hướng dẫn", "25", "BTCTW", "Hướng dẫn số 25-HD/BTCTW")],
    [O("Đỗ Thị Hạnh", "Bí thư Đảng ủy thị trấn"),
     O("Nguyễn Hữu Lộc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND thị trấn")],
    [R("dv", "a", HX, 90, "90 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 14,8%)", pct=14.8),
     R("dv", "a", HT, 612, "612 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 50, "50 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 8, "08 đảng viên Không hoàn thành nhiệm vụ")],
    [T("dv", "evaluated", 760, "760 đảng viên được đánh giá, xếp loại")],
    [F("percent_mismatch")])

# 08 — province, percents only; the organization percents sum to 99.1: percent_sum.
art(8, 2018, Org("Tỉnh ủy Sơn Hà", "tỉnh", "Sơn Hà"),
    [D("2019-01-21", "Sáng 21-1-2019"), Y(2018), Y(2018, cap=True), D("2018-03-08", "ngày 08/3/2018"),
     D("2018-09-24", "ngày 24/9/2018")],
    [Doc("QĐ", "Quy định", "132", "TW", "Quy định 132-QĐ/TW ngày 08/3/2018", date="2018-03-08"),
     Doc("HD", "Hướng dẫn", "16", "BTCTW", "Hướng dẫn 16-HD/BTCTW ngày 24/9/2018", date="2018-09-24")],
    [O("Trịnh Văn Khải", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy")],
    [R("tc", "r", HX, None, "12,6% tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ", pct=12.6),
     R("tc", "r", HT, None, "76,2% Hoàn thành tốt nhiệm vụ", pct=76.2),
     R("tc", "r", HN, None, "9,1% Hoàn thành nhiệm vụ", pct=9.1),
     R("tc", "r", KH, None, "1,2% Không hoàn thành nhiệm vụ", pct=1.2),
     R("dv", "r", HX, None, "14,1% đảng viên Hoàn thành xuất sắc nhiệm vụ", pct=14.1),
     R("dv", "r", HT, None, "78,9% Hoàn thành tốt nhiệm vụ", pct=78.9),
     R("dv", "r", HN, None, "6,4% Hoàn thành nhiệm vụ", pct=6.4),
     R("dv", "r", KH, None, "0,6% Không hoàn thành nhiệm vụ", pct=0.6)],
    [T("tc", "all", 612, "612 tổ chức cơ sở đảng")],
    [F("percent_sum")])

# 09 — sum_mismatch: 52 + 310 + 25 + 3 = 390, but 394 were evaluated.
art(9, 2021, Org("Đảng ủy xã Đông Yên", "xã", "Đông Yên"),
    [D("2021-12-15", "15/12/2021"), Y(2021)],
    [],
    [O("Bùi Thị Lan", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"), O("Trương Văn Sáu", "PBT Thường trực Đảng ủy")],
    [R("cb", "a", HX, 2, "02/17 chi bộ Hoàn thành xuất sắc nhiệm vụ", of=17),
     R("cb", "a", HT, 15, "15/17 chi bộ Hoàn thành tốt nhiệm vụ", of=17),
     R("dv", "a", HX, 52, "52 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 310, "310 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 25, "25 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 3, "03 đảng viên Không hoàn thành nhiệm vụ")],
    [T("dv", "all", 412, "Tổng số 412 đảng viên"), T("dv", "exempt", 18, "miễn đánh giá 18 đồng chí"),
     T("dv", "evaluated", 394, "394 đảng viên được đánh giá, xếp loại")],
    [F("sum_mismatch")])

# 10 — stage_total_mismatch: 20 chi bộ proposed (7 + 13), 19 approved (2 + 16 + 1). Damaged "09 -KH/ĐU".
art(10, 2022, Org("Đảng ủy phường Tân Thịnh", "phường", "Tân Thịnh"),
    [D("2022-12-19", "ngày 19/12/2022"), Y(2022), D("2022-11", "tháng 11/2022")],
    [Doc("KH", "Kế hoạch", "09", "ĐU", "Kế hoạch 09 -KH/ĐU")],
    [O("Cao Văn Toàn", "Bí thư Đảng ủy phường"),
     O("Lý Thị Ngọc Thủy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường")],
    [R("cb", "p", HX, 7, "07 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 13, "13 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 16, "16 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "01 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 55, "55 đồng chí Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 298, "298 đồng chí Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 11, "11 đồng chí Hoàn thành nhiệm vụ")],
    [],
    [F("stage_total_mismatch")])

# 11 — chi bộ level, fractions "02/10 đồng chí", proposed by the chi bộ; impossible date 31/11/2021.
art(11, 2021, Org("Chi bộ Khu phố 3", "chi bộ", "Khu phố 3", "Đảng bộ phường Tân Thịnh"),
    [D("2021-11-31", "ngày 31/11/2021"), Y(2021)],
    [],
    [O("Mai Xuân Trường", "BTCB"), O("Cao Văn Toàn", "Bí thư Đảng ủy phường")],
    [R("dv", "p", HX, 2, "02/10 đồng chí Hoàn thành xuất sắc nhiệm vụ", of=10),
     R("dv", "p", HT, 7, "07/10 đồng chí Hoàn thành tốt nhiệm vụ", of=10),
     R("dv", "p", HN, 1, "01/10 đồng chí Hoàn thành nhiệm vụ", of=10)],
    [T("dv", "all", 12, "12 đảng viên"), T("dv", "exempt", 2, "02 đồng chí được miễn sinh hoạt"),
     T("dv", "attended", 10, "10/10 đảng viên thuộc diện đánh giá dự họp")],
    [F("invalid_date")])

# 12 — range written backwards "Từ ngày 28 - 25/11/2022"; percents consistent; title-first official.
art(12, 2022, Org("Đảng ủy xã Minh Đức", "xã", "Minh Đức", "Huyện ủy Thanh Lâm"),
    [D("2022-11-04", "ngày 04/11/2022"), Y(2022), D("2022-11-28", "Từ ngày 28 - 25/11/2022", "2022-11-25"),
     D("2022-12-01", "Ngày 01/12/2022")],
    [Doc("HD", "Hướng dẫn", "06", "HU", "Hướng dẫn số 06-HD/HU ngày 04/11/2022", date="2022-11-04")],
    [O("Kiều Văn Dũng", "Bí thư Huyện ủy"), O("Hà Văn Cường", "Phó Bí thư Thường trực")],
    [R("cb", "a", HX, 3, "03 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 16, "16 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "01 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 48, "48 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 11,1%)", pct=11.1),
     R("dv", "a", HT, 362, "362 đảng viên Hoàn thành tốt nhiệm vụ (83,8%)", pct=83.8),
     R("dv", "a", HN, 20, "20 đảng viên Hoàn thành nhiệm vụ (4,6%)", pct=4.6),
     R("dv", "a", KH, 2, "02 đảng viên Không hoàn thành nhiệm vụ (0,5%)", pct=0.5)],
    [T("dv", "evaluated", 432, "432 đảng viên được đánh giá, xếp loại")],
    [F("range_reversed")])

# 13 — a conference reported as held on 12/12/2023 in an article of 05/12/2023; the deadline 20/12 is planned (no finding).
art(13, 2023, Org("Đảng ủy phường Ngọc Hà", "phường", "Ngọc Hà"),
    [D("2023-12-12", "Ngày 12/12/2023"), Y(2023), D("2023-12-05", "Hôm nay"),
     D("2023-12-20", "trước ngày 20/12/2023", planned=True)],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định số 124-QĐ/TW")],
    [O("Tô Minh Đức", "UVTV Quận ủy", "Bí thư Đảng ủy phường")],
    [R("cb", "a", HX, 4, "04 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 22, "22 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "01 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 95, "95 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 601, "601 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 17, "17 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 2, "02 đảng viên Không hoàn thành nhiệm vụ")],
    [T("dv", "evaluated", 715, "715 đảng viên được đánh giá, xếp loại")],
    [F("date_after_publication")])

# 14 — January article; title says 2022, the body rates 2021: year_mismatch. "đường 30/4" is not a date.
art(14, 2021, Org("Đảng ủy xã Lạc Đạo", "xã", "Lạc Đạo"),
    [D("2022-01-13", "Sáng 13.1"), Y(2021, 2), Y(2022, planned=True)],
    [],
    [O("Trần Văn Bảy", "HUV", "Bí thư Đảng ủy xã")],
    [R("dv", "r", HX, 30, "30 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "r", HT, 221, "221 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "r", HN, 15, "15 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "r", KH, 2, "02 đảng viên Không hoàn thành nhiệm vụ")],
    [T("dv", "evaluated", 268, "268 đảng viên được đánh giá, xếp loại")],
    [F("year_mismatch")])

# 15 — Phú Mỹ 2021 as decided in December (48 HTXSNV members); pairs with 16.
art(15, 2021, Org("Đảng ủy xã Phú Mỹ", "xã", "Phú Mỹ"),
    [D("2021-12-16", "Ngày 16/12/2021"), Y(2021, 2)],
    [],
    [O("Lưu Đình Phúc", "Bí thư Đảng ủy xã"), O("Đoàn Thị Thu Trang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
    [R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 13, "13 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 48, "48 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 296, "296 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 10, "10 đảng viên Hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 15, "15 chi bộ trực thuộc"), T("dv", "evaluated", 354, "354 đảng viên được đánh giá, xếp loại")],
    [F("cross_article_mismatch")])

# 16 — the January review of the same year gives 46 HTXSNV members: cross_article_mismatch with 15.
art(16, 2021, Org("Đảng ủy xã Phú Mỹ", "xã", "Phú Mỹ"),
    [D("2022-01-17", "Sáng 17-1"), Y(2021), Y(2022, planned=True), Y(2021, cap=True)],
    [Doc("NĐ", "Nghị định", "30", "CP", "Nghị định số 30/2020/NĐ-CP", year=2020),
     Doc("QĐ", "Quyết định", "1234", "UBND", "Quyết định số 1234/QĐ-UBND")],
    [O("Lưu Đình Phúc", "Bí thư Đảng ủy xã")],
    [R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 13, "13 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 46, "46 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 296, "296 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 10, "10 đảng viên Hoàn thành nhiệm vụ")],
    [],
    [F("cross_article_mismatch")])

# 17 — khối level; organizations, leadership collectives and leaders, proposed and approved; clean.
art(17, 2019, Org("Đảng ủy Khối Doanh nghiệp", "khối", "Doanh nghiệp", "Tỉnh ủy Sơn Hà"),
    [D("2019-12-26", "Ngày 26/12/2019"), Y(2019), D("2019-10-18", "ngày 18/10/2019"), Y(2019, cap=True)],
    [Doc("QĐ", "Quy định", "132", "TW", "Quy định 132-QĐ/TW"),
     Doc("HD", "Hướng dẫn", "21", "BTCTW", "Hướng dẫn 21-HD/BTCTW ngày 18/10/2019", date="2019-10-18")],
    [O("Chu Quang Huy", "TUV", "Bí thư Đảng ủy Khối")],
    [R("tc", "p", HX, 9, "9 tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ"),
     R("tc", "p", HT, 26, "26 tổ chức cơ sở đảng Hoàn thành tốt nhiệm vụ"),
     R("tc", "p", HN, 3, "3 tổ chức cơ sở đảng Hoàn thành nhiệm vụ"),
     R("tc", "a", HX, 5, "5 tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ"),
     R("tc", "a", HT, 30, "30 tổ chức cơ sở đảng Hoàn thành tốt nhiệm vụ"),
     R("tc", "a", HN, 3, "3 tổ chức cơ sở đảng Hoàn thành nhiệm vụ"),
     R("tc", "a", KH, 0, "không có tổ chức cơ sở đảng nào Không hoàn thành nhiệm vụ"),
     R("tt", "a", HX, 4, "4 tập thể lãnh đạo, quản lý Hoàn thành xuất sắc nhiệm vụ"),
     R("tt", "a", HT, 21, "21 tập thể Hoàn thành tốt nhiệm vụ"),
     R("tt", "a", HN, 2, "2 tập thể Hoàn thành nhiệm vụ"),
     R("cl", "a", HX, 12, "12 cán bộ lãnh đạo, quản lý Hoàn thành xuất sắc nhiệm vụ"),
     R("cl", "a", HT, 64, "64 cán bộ Hoàn thành tốt nhiệm vụ"),
     R("cl", "a", HN, 3, "3 cán bộ Hoàn thành nhiệm vụ")],
    [T("tc", "evaluated", 38, "38 tổ chức cơ sở đảng trực thuộc"), T("dv", "all", 4125, "4.125 đảng viên")])

# 18 — January review repeating 01's approved figures exactly (trap: no cross_article_mismatch).
art(18, 2021, Org("Đảng ủy phường Đông Lạc", "phường", "Đông Lạc", "Quận ủy Nam Sơn"),
    [D("2022-01-06", "Sáng 6.1"), Y(2021), Y(2021, cap=True), D("2020", "nhiệm kỳ 2020 - 2025", "2025"),
     D("2022-Q1", "quý I/2022", planned=True), Y(2022, planned=True)],
    [],
    [O("Trần Thị Bích Ngọc", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
     O("Phùng Văn Hải", "Quận ủy viên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường")],
    [R("cb", "a", HX, 4, "04 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 20, "20 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 110, "110 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 580, "580 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 12, "12 đảng viên Hoàn thành nhiệm vụ")],
    [])

# 19 — district, January; "trở lên, trong đó" cumulative figures that add up with exclusive counts (trap for sum/percent_sum).
art(19, 2019, Org("Huyện ủy Mỹ Lâm", "huyện", "Mỹ Lâm"),
    [D("2020-01-14", "Chiều 14-1"), Y(2019), Y(2020, cap=True), D("2020", "nhiệm kỳ 2020 - 2025", "2025")],
    [],
    [O("Đinh Công Thành", "UVTV", "Trưởng Ban Tổ chức Huyện ủy")],
    [R("tc", "r", HT, 96, "96/102 tổ chức cơ sở đảng Hoàn thành tốt nhiệm vụ trở lên (94,1%)", pct=94.1, of=102, above=True),
     R("tc", "r", HX, 15, "15 tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ"),
     R("tc", "r", HN, 5, "05 tổ chức cơ sở đảng Hoàn thành nhiệm vụ"),
     R("tc", "r", KH, 1, "01 tổ chức cơ sở đảng Không hoàn thành nhiệm vụ"),
     R("dv", "r", HT, 5312, "5.312 đảng viên Hoàn thành tốt nhiệm vụ trở lên (96,9%)", pct=96.9, above=True),
     R("dv", "r", HX, 812, "812 đảng viên Hoàn thành xuất sắc nhiệm vụ (14,8%)", pct=14.8),
     R("dv", "r", HN, 150, "150 đảng viên Hoàn thành nhiệm vụ (2,7%)", pct=2.7),
     R("dv", "r", KH, 18, "18 đảng viên Không hoàn thành nhiệm vụ (0,3%)", pct=0.3)],
    [T("tc", "evaluated", 102, "102 tổ chức cơ sở đảng được đánh giá, xếp loại"),
     T("dv", "evaluated", 5480, "5.480 đảng viên được đánh giá, xếp loại")])

# 20 — quota only visible with exclusive counts: 210 HTXSNV vs 1.150 - 210 = 940 HTTNV (22.3%).
art(20, 2020, Org("Thị ủy Phú Điền", "thị xã", "Phú Điền"),
    [D("2020-12-28", "Ngày 28/12/2020"), D("2020-11-02", "ngày 02/11/2020"), D("2020-12-08", "ngày 8 tháng 12 năm 2020")],
    [Doc("KH", "Kế hoạch", "87", "TU", "Kế hoạch số 87-KH/TU ngày 02/11/2020", date="2020-11-02"),
     Doc("HD", "Hướng dẫn", "21", "BTCTW", "Hướng dẫn 21-HD/BTCTW")],
    [O("Phạm Quốc Bảo", "Bí thư Thị ủy"),
     O("Hồ Thị Kim Oanh", "Phó Bí thư Thường trực Thị ủy", "Chủ tịch HĐND thị xã")],
    [R("dv", "r", HT, 1150, "1.150 đảng viên Hoàn thành tốt nhiệm vụ trở lên", above=True),
     R("dv", "r", HX, 210, "210 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "r", HN, 220, "220 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "r", KH, 12, "12 đảng viên Không hoàn thành nhiệm vụ")],
    [T("dv", "evaluated", 1382, "1.382 đảng viên được đánh giá, xếp loại")],
    [F("quota_exceeded", "warning")])

# 21 — spelled-out counts ("hai mươi mốt chi bộ", "mười sáu chi bộ"); minority names; clean.
art(21, 2024, Org("Đảng ủy xã Tam Hưng", "xã", "Tam Hưng"),
    [D("2024-12", "tháng 12/2024"), Y(2024), D("2024-12-24", "Ngày 24/12/2024")],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định số 124-QĐ/TW"),
     Doc("HD", "Hướng dẫn", "25", "BTCTW", "Hướng dẫn số 25-HD/BTCTW")],
    [O("Lò Văn Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
     O("Giàng A Sử", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
    [R("cb", "a", HX, 3, "ba chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 16, "mười sáu chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 2, "hai chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 41, "41 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 247, "247 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 9, "09 đảng viên Hoàn thành nhiệm vụ")],
    [T("cb", "all", 21, "hai mươi mốt chi bộ trực thuộc"),
     T("dv", "evaluated", 297, "297 đảng viên được đánh giá, xếp loại")])

# 22 — province, January; approximate figures (khoảng, trên, gần, hơn); delegates are not totals; clean.
art(22, 2023, Org("Tỉnh ủy Sơn Hà", "tỉnh", "Sơn Hà"),
    [D("2024-01-18", "Sáng 18-1"), Y(2023), D("2024-Q1", "quý I/2024", planned=True)],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định số 124-QĐ/TW")],
    [O("Hà Quang Minh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh")],
    [R("tc", "r", HX, None, "khoảng 14% tổ chức cơ sở đảng được xếp loại Hoàn thành xuất sắc nhiệm vụ", pct=14, approx=True),
     R("tc", "r", HT, None, "trên 75% Hoàn thành tốt nhiệm vụ", pct=75, approx=True),
     R("dv", "r", HX, 12500, "gần 12.500 đảng viên Hoàn thành xuất sắc nhiệm vụ", approx=True),
     R("dv", "r", HT, 78000, "hơn 78.000 đảng viên Hoàn thành tốt nhiệm vụ", approx=True)],
    [T("tc", "all", 1126, "1.126 tổ chức cơ sở đảng")])

# 23 — zero counts "không có … nào"; damaged document number "Số 09 KH/ĐU"; clean.
art(23, 2023, Org("Đảng ủy phường Kim Giang", "phường", "Kim Giang"),
    [D("2023-12-21", "21/12/2023"), Y(2023), D("2023-11-06", "ngày 06/11/2023")],
    [Doc("KH", "Kế hoạch", "09", "ĐU", "Số 09 KH/ĐU, ngày 06/11/2023", date="2023-11-06")],
    [O("Dương Thị Mai", "Bí thư Đảng ủy phường")],
    [R("cb", "a", HX, 3, "03 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 17, "17 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", KH, 0, "không có chi bộ nào Không hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 74, "74 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 391, "391 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 12, "12 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 0, "không có đảng viên nào Không hoàn thành nhiệm vụ")],
    [T("cb", "all", 20, "20 chi bộ trực thuộc"), T("dv", "evaluated", 477, "477 đảng viên được đánh giá, xếp loại")])

# 24 — pre-2018 (2017), old tone marks throughout (uỷ, Hoà, Thuỷ, khoẻ); TSVM scheme and "đủ tư cách"; clean.
art(24, 2017, Org("Đảng ủy xã Hòa Thủy", "xã", "Hòa Thủy"),
    [D("2017-12-19", "Ngày 19/12/2017"), Y(2017)],
    [Doc("HD", "Hướng dẫn", "27", "BTCTW", "Hướng dẫn 27-HD/BTCTW")],
    [O("Nguyễn Thị Thủy", "Bí thư Đảng ủy xã"), O("Hoàng Văn Hòa", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy")],
    [R("cb", "a", "TSVMTB", 4, "04 chi bộ trong sạch vững mạnh tiêu biểu"),
     R("cb", "a", "TSVM", 11, "11 chi bộ trong sạch vững mạnh"),
     R("cb", "a", HT, 3, "03 chi bộ hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "01 chi bộ hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 41, "41 đảng viên đủ tư cách, hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 221, "221 đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 21, "21 đảng viên đủ tư cách, hoàn thành nhiệm vụ"),
     R("dv", "a", "VPTC", 2, "02 đảng viên vi phạm tư cách")],
    [T("cb", "all", 19, "19 chi bộ trực thuộc"), T("dv", "evaluated", 285, "285 đảng viên được đánh giá, phân loại")])

# 25 — 2015, pre-2018 organization scheme with HD 27-style member levels; "ngày 8 tháng 12 năm 2015"; clean.
art(25, 2015, Org("Đảng ủy phường Đồng Tiến", "phường", "Đồng Tiến"),
    [D("2015-12-08", "Ngày 8 tháng 12 năm 2015"), Y(2015), Y(2015, cap=True)],
    [Doc("HD", "Hướng dẫn", "27", "BTCTW", "Hướng dẫn 27-HD/BTCTW")],
    [O("Kiều Thị Hương", "Bí thư Đảng ủy phường"), O("Lê Văn Tám", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường")],
    [R("cb", "a", "TSVMTB", 3, "03 chi bộ trong sạch vững mạnh tiêu biểu"),
     R("cb", "a", "TSVM", 9, "09 chi bộ trong sạch vững mạnh"),
     R("cb", "a", HT, 2, "02 chi bộ hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 52, "52 đảng viên hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 281, "281 đảng viên hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 21, "21 đảng viên hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 2, "02 đảng viên không hoàn thành nhiệm vụ")],
    [T("cb", "all", 14, "14 chi bộ trực thuộc"), T("dv", "evaluated", 356, "356 đảng viên được đánh giá, phân loại")])

# 26 — chi bộ of a school, 2018; proposed fractions 03/18 vs 14/18 (over 20% but proposed: no finding); school years.
art(26, 2018, Org("Chi bộ Trường THCS Nguyễn Du", "chi bộ", "Trường THCS Nguyễn Du", "Đảng bộ xã Tân Phong"),
    [D("2018-12-13", "ngày 13/12/2018"), Y(2018), D("2017", "năm học 2017 - 2018", "2018"),
     D("2018", "năm học 2018 - 2019", "2019"), Y(2018, cap=True), Y(2019, planned=True)],
    [Doc("QĐ", "Quy định", "132", "TW", "Quy định 132-QĐ/TW")],
    [O("Đào Thị Hằng", "BTCB", "Hiệu trưởng nhà trường")],
    [R("dv", "p", HX, 3, "03/18 đồng chí Hoàn thành xuất sắc nhiệm vụ", of=18),
     R("dv", "p", HT, 14, "14/18 đồng chí Hoàn thành tốt nhiệm vụ", of=18),
     R("dv", "p", HN, 1, "01/18 đồng chí Hoàn thành nhiệm vụ", of=18)],
    [T("dv", "all", 18, "18 đảng viên"), T("dv", "attended", 18, "18/18 đồng chí có mặt")])

# 27 — district, January 2025; "tổ chức đảng" subject; members "trở lên … trong đó" with percents; clean.
art(27, 2024, Org("Quận ủy Tây Lâm", "quận", "Tây Lâm"),
    [D("2025-01-08", "Sáng 8-1"), Y(2024), Y(2025, cap=True, planned=True), D("2025", "nhiệm kỳ 2025 - 2030", "2030")],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định số 124-QĐ/TW"),
     Doc("HD", "Hướng dẫn", "25", "BTCTW", "Hướng dẫn số 25-HD/BTCTW")],
    [O("Lê Hoàng Long", "Phó Bí thư Thường trực Quận ủy"), O("Vương Thị Nga", "UVTV", "Trưởng Ban Tổ chức Quận ủy")],
    [R("td", "a", HX, 48, "48 tổ chức đảng Hoàn thành xuất sắc nhiệm vụ"),
     R("td", "a", HT, 250, "250 tổ chức đảng Hoàn thành tốt nhiệm vụ"),
     R("td", "a", HN, 13, "13 tổ chức đảng Hoàn thành nhiệm vụ"),
     R("td", "a", KH, 1, "01 tổ chức đảng Không hoàn thành nhiệm vụ"),
     R("dv", "r", HT, 7962, "7.962 đảng viên Hoàn thành tốt nhiệm vụ trở lên (96,9%)", pct=96.9, above=True),
     R("dv", "r", HX, 1198, "1.198 đảng viên Hoàn thành xuất sắc nhiệm vụ (14,6%)", pct=14.6),
     R("dv", "r", HN, 227, "227 đảng viên Hoàn thành nhiệm vụ (2,8%)", pct=2.8),
     R("dv", "r", KH, 25, "25 đảng viên Không hoàn thành nhiệm vụ (0,3%)", pct=0.3)],
    [T("td", "evaluated", 312, "312 tổ chức đảng (gồm tổ chức cơ sở đảng và chi bộ trực thuộc đảng ủy cơ sở) được đánh giá, xếp loại"),
     T("dv", "evaluated", 8214, "8.214 đảng viên được đánh giá, xếp loại")])

# 28 — 2025, QĐ 366 / HD 43, new two-tier ward under the Tỉnh ủy; proposed and approved; clean.
art(28, 2025, Org("Đảng ủy phường Thanh Sơn", "phường", "Thanh Sơn", "Tỉnh ủy Sơn Hà"),
    [D("2025-07-01", "ngày 01/7/2025"), Y(2025, cap=True), D("2025-08-30", "ngày 30/8/2025"),
     D("2025-10-31", "ngày 31/10/2025"), D("2025-12-02", "Từ ngày 02/12 đến ngày 05/12/2025", "2025-12-05"),
     D("2025-12-22", "Ngày 22/12/2025")],
    [Doc("QĐ", "Quy định", "366", "TW", "Quy định số 366-QĐ/TW ngày 30/8/2025", date="2025-08-30"),
     Doc("HD", "Hướng dẫn", "43", "BTCTW", "Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025", date="2025-10-31")],
    [O("Lại Văn Quyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường")],
    [R("cb", "p", HX, 14, "14 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 38, "38 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "p", HN, 2, "02 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "p", HX, 280, "280 Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "p", HT, 1420, "1.420 Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HN, 35, "35 Hoàn thành nhiệm vụ"),
     R("cb", "a", HX, 8, "08 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 44, "44 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 2, "02 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 236, "236 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 1464, "1.464 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 35, "35 đảng viên Hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 54, "54 chi bộ trực thuộc"), T("dv", "evaluated", 1735, "1.735 đảng viên được đánh giá, xếp loại")])

# 29 — January; đảng bộ bộ phận subject; cross-year range 28/12/2020 - 03/01/2021; percents consistent; clean.
art(29, 2020, Org("Đảng ủy phường Đại An", "phường", "Đại An"),
    [D("2021-01-11", "ngày 11/01/2021"), Y(2020), D("2020-12-28", "28/12/2020 - 03/01/2021", "2021-01-03"),
     D("2020-10-30", "ngày 30/10/2020"), D("2022", "năm sau", planned=True)],
    [Doc("QĐ", "Quy định", "132", "TW", "Quy định 132-QĐ/TW"),
     Doc("HD", "Hướng dẫn", "33", "BTCTW", "Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020", date="2020-10-30"),
     Doc("QĐ", "Quy định", "213", "TW", "Quy định 213-QĐ/TW")],
    [O("Nguyễn Văn Đông", "Bí thư Đảng ủy phường")],
    [R("bp", "a", HT, 4, "04/04 đảng bộ bộ phận Hoàn thành tốt nhiệm vụ", of=4),
     R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 15, "15 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "01 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 132, "132 đảng viên Hoàn thành xuất sắc nhiệm vụ (12,6%)", pct=12.6),
     R("dv", "a", HT, 862, "862 đảng viên Hoàn thành tốt nhiệm vụ (82,4%)", pct=82.4),
     R("dv", "a", HN, 48, "48 đảng viên Hoàn thành nhiệm vụ (4,6%)", pct=4.6),
     R("dv", "a", KH, 4, "04 đảng viên Không hoàn thành nhiệm vụ (0,4%)", pct=0.4)],
    [T("bp", "all", 4, "4 đảng bộ bộ phận"), T("cb", "all", 18, "18 chi bộ trực thuộc"),
     T("dv", "evaluated", 1046, "1.046 đảng viên được đánh giá, xếp loại")])

# 30 — district; leadership collectives (proposed/approved) and leaders as individuals; "Chiều 16-9"; clean.
art(30, 2022, Org("Huyện ủy Thanh Lâm", "huyện", "Thanh Lâm"),
    [D("2022-09-16", "Chiều 16-9"), Y(2022), D("2022-12-27", "Ngày 27/12/2022")],
    [Doc("KH", "Kế hoạch", "112", "HU", "Kế hoạch số 112-KH/HU")],
    [O("Kiều Văn Dũng", "Bí thư Huyện ủy"), O("Thái Minh Tâm", "UVTV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy")],
    [R("tc", "a", HX, 6, "6 tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ"),
     R("tc", "a", HT, 31, "31 tổ chức cơ sở đảng Hoàn thành tốt nhiệm vụ"),
     R("tc", "a", HN, 4, "4 tổ chức cơ sở đảng Hoàn thành nhiệm vụ"),
     R("tt", "p", HX, 12, "12 tập thể Hoàn thành xuất sắc nhiệm vụ"),
     R("tt", "p", HT, 30, "30 tập thể Hoàn thành tốt nhiệm vụ"),
     R("tt", "a", HX, 6, "6 tập thể Hoàn thành xuất sắc nhiệm vụ"),
     R("tt", "a", HT, 36, "36 tập thể Hoàn thành tốt nhiệm vụ"),
     R("cl", "a", HX, 15, "15 cán bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cl", "a", HT, 80, "80 cán bộ Hoàn thành tốt nhiệm vụ"),
     R("cl", "a", HN, 3, "3 cán bộ Hoàn thành nhiệm vụ")],
    [T("tc", "evaluated", 41, "41 tổ chức cơ sở đảng được đánh giá, xếp loại"),
     T("cl", "evaluated", 98, "98 cán bộ lãnh đạo, quản lý diện Ban Thường vụ Huyện ủy quản lý được đánh giá")])

# 31 — no ratings at all (year null): Huy hiệu tiers, admissions against a target, phone, "đường 30/4", Covid-19.
art(31, None, Org("Đảng ủy xã Yên Phú", "xã", "Yên Phú"),
    [D("2021-11-07", "Sáng 7-11"), Y(2021, planned=True)],
    [],
    [O("Quách Văn Lực", "Bí thư Đảng ủy", "Chủ tịch HĐND xã")],
    [],
    [T("dv", "all", 298, "tổng số 298 đảng viên"), T("dv", "official_members", 287, "287 đảng viên chính thức"),
     T("dv", "probationary", 11, "11 đảng viên dự bị")])

# 32 — school chi bộ, approved by the Đảng ủy xã (02/15 vs 12/15: 16.7%, fine); chính thức + dự bị = 15; clean.
art(32, 2020, Org("Chi bộ Trường Tiểu học Hòa Bình", "chi bộ", "Trường Tiểu học Hòa Bình", "Đảng bộ xã Đông Yên"),
    [D("2020-12-29", "Ngày 29/12/2020"), Y(2020), D("2020", "năm học 2020 - 2021", "2021"), Y(2021, planned=True)],
    [],
    [O("Tạ Thị Hoa", "BTCB", "Hiệu trưởng nhà trường"), O("Bùi Thị Lan", "Bí thư Đảng ủy xã")],
    [R("dv", "a", HX, 2, "02/15 đồng chí Hoàn thành xuất sắc nhiệm vụ", of=15),
     R("dv", "a", HT, 12, "12/15 đồng chí Hoàn thành tốt nhiệm vụ", of=15),
     R("dv", "a", HN, 1, "01/15 đồng chí Hoàn thành nhiệm vụ", of=15)],
    [T("dv", "all", 15, "15 đảng viên"), T("dv", "official_members", 13, "13 đảng viên chính thức"),
     T("dv", "probationary", 2, "02 đảng viên dự bị")])

# 33 — "8-12-2020", "quý IV/2020", "Năm nay", "Giai đoạn 2016 - 2020"; deadline 15/01/2021 after publication is planned (trap).
art(33, 2020, Org("Đảng ủy phường An Lạc", "phường", "An Lạc"),
    [D("2020-12-08", "8-12-2020"), D("2020-Q4", "quý IV/2020"), Y(2020), D("2016", "Giai đoạn 2016 - 2020", "2020"),
     D("2020", "Năm nay"), D("2021-01-15", "trước ngày 15/01/2021", planned=True),
     D("2020-12", "tháng 12/2020", planned=True)],
    [],
    [O("Võ Thành Nhân", "Quận ủy viên", "Bí thư Đảng ủy phường")],
    [R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 14, "14 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "01 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 61, "61 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 338, "338 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 14, "14 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 2, "02 đảng viên Không hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 17, "17 chi bộ trực thuộc"), T("dv", "evaluated", 415, "415 đảng viên được đánh giá, xếp loại")])

# 34 — "4.740 đảng viên (98,1%)" cumulative with percents; d-m-yyyy date; clean.
art(34, 2022, Org("Huyện ủy Ngọc Lâm", "huyện", "Ngọc Lâm"),
    [D("2023-01-05", "Sáng 5-1-2023"), Y(2022), D("2022-10-14", "ngày 14/10/2022"),
     D("2023-Q1", "quý I/2023", planned=True)],
    [Doc("KH", "Kế hoạch", "156", "HU", "Kế hoạch số 156-KH/HU ngày 14/10/2022", date="2022-10-14")],
    [O("Mạc Văn Khánh", "TUV", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện")],
    [R("tc", "a", HX, 10, "10 tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ"),
     R("tc", "a", HT, 52, "52 tổ chức cơ sở đảng Hoàn thành tốt nhiệm vụ"),
     R("tc", "a", HN, 5, "5 tổ chức cơ sở đảng Hoàn thành nhiệm vụ"),
     R("tc", "a", KH, 1, "1 tổ chức cơ sở đảng Không hoàn thành nhiệm vụ"),
     R("dv", "r", HT, 4740, "4.740 đảng viên (98,1%) Hoàn thành tốt nhiệm vụ trở lên", pct=98.1, above=True),
     R("dv", "r", HX, 702, "702 đảng viên (14,5%) Hoàn thành xuất sắc nhiệm vụ", pct=14.5),
     R("dv", "r", HN, 87, "87 đảng viên (1,8%) Hoàn thành nhiệm vụ", pct=1.8),
     R("dv", "r", KH, 5, "5 đảng viên (0,1%) Không hoàn thành nhiệm vụ", pct=0.1)],
    [T("tc", "all", 68, "68 tổ chức cơ sở đảng"), T("dv", "evaluated", 4832, "4.832 đảng viên được đánh giá, xếp loại")])

# 35 — only self-assessed figures (88 vs 402 over 20%, proposed: no finding); "Tuần trước"; a planned meeting after publication.
art(35, 2024, Org("Đảng ủy phường Nam Thành", "phường", "Nam Thành"),
    [D("2024-12-02", "Tuần trước", "2024-12-08"), Y(2024), D("2024-12-20", "ngày 20/12/2024", planned=True),
     D("2024-12", "tháng 12 năm 2024")],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định số 124-QĐ/TW")],
    [O("Hứa Thị Duyên", "Phó Bí thư Thường trực Đảng ủy phường")],
    [R("cb", "p", HX, 6, "06 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 15, "15 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HX, 88, "88 đồng chí Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "p", HT, 402, "402 đồng chí Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HN, 9, "09 đồng chí Hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 21, "21 chi bộ trực thuộc"), T("dv", "evaluated", 499, "499 đảng viên tham gia kiểm điểm")])

# 36 — khối, 2017: "hoàn thành nhiệm vụ nhưng còn hạn chế" (HTNV); members 168 vs 601 over 20% but pre-2018 (trap).
art(36, 2017, Org("Đảng ủy Khối Các cơ quan", "khối", "Các cơ quan", "Huyện ủy Mỹ Lâm"),
    [D("2017-12-25", "Ngày 25/12/2017"), Y(2017)],
    [],
    [O("Mẫn Văn Hiếu", "HUV", "Bí thư Đảng ủy Khối")],
    [R("tc", "a", "TSVMTB", 5, "05 tổ chức cơ sở đảng trong sạch vững mạnh tiêu biểu"),
     R("tc", "a", "TSVM", 14, "14 tổ chức cơ sở đảng trong sạch vững mạnh"),
     R("tc", "a", HT, 5, "05 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
     R("tc", "a", HN, 2, "02 tổ chức cơ sở đảng hoàn thành nhiệm vụ nhưng còn hạn chế"),
     R("dv", "a", HX, 168, "168 đảng viên hoàn thành xuất sắc nhiệm vụ (20,7%)", pct=20.7),
     R("dv", "a", HT, 601, "601 đảng viên hoàn thành tốt nhiệm vụ (74,0%)", pct=74.0),
     R("dv", "a", HN, 40, "40 đảng viên hoàn thành nhiệm vụ (4,9%)", pct=4.9),
     R("dv", "a", KH, 3, "03 đảng viên không hoàn thành nhiệm vụ (0,4%)", pct=0.4)],
    [T("tc", "all", 26, "26 tổ chức cơ sở đảng trực thuộc"), T("dv", "evaluated", 812, "812 đảng viên được phân loại")])

# 37 — province, January: counts with percents, member percents only; delegates, admissions, Huy hiệu, the 20% rule; clean.
art(37, 2021, Org("Tỉnh ủy Sơn Hà", "tỉnh", "Sơn Hà"),
    [D("2022-01-24", "Sáng 24-1"), D("2020", "nhiệm kỳ 2020 - 2025", "2025"), Y(2021)],
    [],
    [O("Hà Quang Minh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"), O("Nông Văn Chiến", "Phó Bí thư Thường trực Tỉnh ủy")],
    [R("tc", "r", HX, 171, "171 tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ (14,9%)", pct=14.9),
     R("tc", "r", HT, 872, "872 tổ chức cơ sở đảng Hoàn thành tốt nhiệm vụ (76,0%)", pct=76.0),
     R("tc", "r", HN, 95, "95 tổ chức cơ sở đảng Hoàn thành nhiệm vụ (8,3%)", pct=8.3),
     R("tc", "r", KH, 10, "10 tổ chức cơ sở đảng Không hoàn thành nhiệm vụ (0,9%)", pct=0.9),
     R("dv", "r", HX, None, "số Hoàn thành xuất sắc nhiệm vụ chiếm 15,2%", pct=15.2),
     R("dv", "r", HT, None, "Hoàn thành tốt nhiệm vụ 79,6%", pct=79.6),
     R("dv", "r", HN, None, "Hoàn thành nhiệm vụ 4,7%", pct=4.7),
     R("dv", "r", KH, None, "Không hoàn thành nhiệm vụ 0,5%", pct=0.5)],
    [T("tc", "evaluated", 1148, "1.148 tổ chức cơ sở đảng được đánh giá, xếp loại")])

# 38 — seed-like proposed → approved, stage carried over ("11 chi bộ nhận …" is proposed); cross-month range; clean.
art(38, 2022, Org("Đảng ủy phường Hưng Phú", "phường", "Hưng Phú", "Quận ủy Nam Sơn"),
    [D("2022-11-10", "ngày 10-11-2022"), D("2022-11-30", "30/11 - 05/12/2022", "2022-12-05"),
     D("2022-12-13", "Ngày 13/12/2022"), Y(2023, planned=True)],
    [Doc("KH", "Kế hoạch", "28", "ĐU", "Kế hoạch số 28-KH/ĐU ngày 10-11-2022", date="2022-11-10")],
    [O("Tôn Nữ Thu Hà", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
     O("Huỳnh Văn Lợi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường")],
    [R("cb", "p", HX, 5, "05 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 11, "11 chi bộ nhận Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HX, 64, "64 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "p", HT, 290, "290 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HN, 8, "8 đảng viên Hoàn thành nhiệm vụ"),
     R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 14, "14 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 58, "58 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 296, "296 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 8, "8 đảng viên Hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 16, "16 chi bộ trực thuộc"), T("dv", "evaluated", 362, "362 đảng viên được đánh giá, xếp loại")])

# 39 — sum_mismatch on members: 268 chính thức + 16 dự bị = 284, not the stated 286 (the rating list itself adds up to 286).
art(39, 2024, Org("Đảng ủy xã Tân Lập", "xã", "Tân Lập"),
    [D("2024-12-26", "Ngày 26/12/2024"), Y(2024)],
    [Doc("CT", "Chỉ thị", "05", "TW", "Chỉ thị số 05-CT/TW")],
    [O("Mã Văn Tài", "Bí thư Đảng ủy xã"), O("Ông Thị Liên", "PBT Thường trực Đảng ủy xã")],
    [R("dv", "a", HX, 38, "38 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 232, "232 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 14, "14 đảng viên Hoàn thành nhiệm vụ"),
     R("dv", "a", KH, 2, "02 đảng viên Không hoàn thành nhiệm vụ")],
    [T("dv", "all", 286, "tổng số 286 đảng viên"), T("dv", "official_members", 268, "268 đảng viên chính thức"),
     T("dv", "probationary", 16, "16 đảng viên dự bị"), T("cb", "all", 14, "14 chi bộ")],
    [F("sum_mismatch")])

# 40 — impossible date 29/02/2023 (2023 is a common year); cumulative chi bộ figures fine with exclusive counts.
art(40, 2022, Org("Đảng ủy phường Quang Minh", "phường", "Quang Minh"),
    [D("2023-02-29", "Ngày 29/02/2023"), Y(2022, 2), Y(2023, 2, planned=True), D("2023-Q2", "quý II/2023", planned=True)],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định số 124-QĐ/TW")],
    [O("Triệu Văn Khương", "Bí thư Đảng ủy phường")],
    [R("cb", "r", HT, 18, "18/19 chi bộ Hoàn thành tốt nhiệm vụ trở lên", of=19, above=True),
     R("cb", "r", HX, 3, "03 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "r", HN, 1, "01 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "r", HT, None, "Tỷ lệ đảng viên Hoàn thành tốt nhiệm vụ trở lên đạt 96,5%", pct=96.5, above=True)],
    [T("cb", "all", 19, "19 chi bộ trực thuộc")],
    [F("invalid_date")])

# 41 — cơ quan; members HTXSNV exactly 20% of HTTNV (60 vs 300): the cap is not exceeded (trap); party "Quyết định" 215-QĐ/ĐU.
art(41, 2020, Org("Đảng ủy Cơ quan UBND huyện Mỹ Lâm", "cơ quan", "UBND huyện Mỹ Lâm", "Huyện ủy Mỹ Lâm"),
    [D("2020-12-22", "ngày 22/12/2020"), Y(2020), D("2020-12-23", "ngày 23/12/2020")],
    [Doc("QĐ", "Quyết định", "215", "ĐU", "Quyết định số 215-QĐ/ĐU ngày 22/12/2020", date="2020-12-22"),
     Doc("HD", "Hướng dẫn", "21", "BTCTW", "Hướng dẫn 21-HD/BTCTW")],
    [O("Ninh Văn Quang", "HUV", "Bí thư Đảng ủy Cơ quan", "Phó Chủ tịch UBND huyện")],
    [R("cb", "a", HX, 2, "02 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 13, "13 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HX, 60, "60 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 300, "300 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 12, "12 đảng viên Hoàn thành nhiệm vụ")],
    [T("dv", "evaluated", 372, "372 đảng viên được đánh giá, xếp loại"), T("cb", "all", 15, "15 chi bộ trực thuộc")])

# 42 — company party organization; "quý này"; exempt members; business figures are not ratings; clean.
art(42, 2019, Org("Đảng ủy Công ty Cổ phần Cơ khí Sơn Hà", "công ty", "Cổ phần Cơ khí Sơn Hà", "Đảng ủy Khối Doanh nghiệp"),
    [D("2019-Q4", "quý này"), Y(2019), D("2019-12-18", "Ngày 18/12/2019"), Y(2019, cap=True)],
    [Doc("QĐ", "Quy định", "132", "TW", "Quy định 132-QĐ/TW"), Doc("HD", "Hướng dẫn", "21", "BTCTW", "Hướng dẫn 21-HD/BTCTW")],
    [O("Văn Đức Thịnh", "Bí thư Đảng ủy", "Chủ tịch Hội đồng quản trị Công ty")],
    [R("cb", "p", HX, 3, "3 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "p", HT, 6, "6 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HX, 1, "1 chi bộ Hoàn thành xuất sắc nhiệm vụ"),
     R("cb", "a", HT, 7, "7 chi bộ Hoàn thành tốt nhiệm vụ"),
     R("cb", "a", HN, 1, "1 chi bộ Hoàn thành nhiệm vụ"),
     R("dv", "a", HX, 27, "27 đảng viên Hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "a", HT, 149, "149 đảng viên Hoàn thành tốt nhiệm vụ"),
     R("dv", "a", HN, 6, "6 đảng viên Hoàn thành nhiệm vụ")],
    [T("cb", "all", 9, "9 chi bộ trực thuộc"), T("dv", "all", 186, "Tổng số 186 đảng viên"),
     T("dv", "exempt", 4, "4 đồng chí miễn đánh giá"), T("dv", "evaluated", 182, "182 đảng viên được đánh giá, xếp loại")])

# 43–46 were written after the extractors were built, by someone who had not
# tuned them, to measure how the rules hold on unseen articles (see
# corpus/README.md). They are part of the corpus from now on.

# 43 — commune, approved chi bộ with percents, members in a following sentence (reported), target and admissions are not ratings; clean.
art(43, 2022, Org("Đảng ủy xã Hòa Khánh", "xã", "Hòa Khánh"),
    [D("2022-12-14", "Sáng 14/12"), Y(2022), D("2022-11-02", "ngày 02/11/2022"),
     D("2022-12-01", "từ ngày 01/12 đến ngày 08/12/2022", "2022-12-08"), Y(2023, cap=True, planned=True)],
    [Doc("QĐ", "Quy định", "132", "TW", "Quy định số 132-QĐ/TW"),
     Doc("KH", "Kế hoạch", "15", "ĐU", "Kế hoạch số 15-KH/ĐU ngày 02/11/2022", date="2022-11-02")],
    [O("Lê Văn Hùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã")],
    [R("cb", "a", HX, 3, "3 chi bộ hoàn thành xuất sắc nhiệm vụ (15,8%)", pct=15.8),
     R("cb", "a", HT, 15, "15 chi bộ hoàn thành tốt nhiệm vụ (78,9%)", pct=78.9),
     R("cb", "a", HN, 1, "1 chi bộ hoàn thành nhiệm vụ (5,3%)", pct=5.3),
     R("dv", "r", HX, 71, "71 đảng viên hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "r", HT, 420, "420 đảng viên hoàn thành tốt nhiệm vụ"),
     R("dv", "r", HN, 19, "19 đảng viên hoàn thành nhiệm vụ"),
     R("dv", "r", KH, 2, "2 đảng viên không hoàn thành nhiệm vụ")],
    [T("cb", "evaluated", 19, "19 chi bộ trực thuộc"), T("dv", "evaluated", 512, "512 đồng chí")])

# 44 — district, January, "trở lên, trong đó" for organizations (exclusive 33 HTTNV vs 8 HTXSNV: the organization cap fires as info), member percents only, chính thức + dự bị add up, Huy hiệu is not a rating.
art(44, 2019, Org("Huyện ủy Kim Sơn", "huyện", "Kim Sơn"),
    [D("2020-01-07", "Chiều 7-1"), Y(2019)],
    [],
    [O("Vũ Thị Thanh Hà", "UVTV", "Trưởng Ban Tổ chức Huyện ủy")],
    [R("tc", "a", HT, 41, "41 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", above=True),
     R("tc", "a", HX, 8, "8 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ"),
     R("tc", "a", HN, 3, "3 tổ chức cơ sở đảng hoàn thành nhiệm vụ"),
     R("tc", "a", KH, 0, "không có tổ chức cơ sở đảng nào không hoàn thành nhiệm vụ"),
     R("dv", "r", HX, None, "hoàn thành xuất sắc nhiệm vụ chiếm tỷ lệ 13,6%", pct=13.6),
     R("dv", "r", HT, None, "hoàn thành tốt nhiệm vụ chiếm 80,2%", pct=80.2),
     R("dv", "r", HN, None, "hoàn thành nhiệm vụ chiếm 5,8%", pct=5.8),
     R("dv", "r", KH, None, "không hoàn thành nhiệm vụ chiếm 0,4%", pct=0.4)],
    [T("dv", "all", 6215, "6.215 đảng viên"), T("dv", "official_members", 5980, "5.980 đảng viên chính thức"),
     T("dv", "probationary", 235, "235 đảng viên dự bị")],
    [F("quota_exceeded", "info")])

# 45 — pre-2018 ward (2016): chi bộ TSVM tiêu biểu / TSVM / HTTNV / "không có chi bộ yếu kém"; members in the next sentence (reported); parent named in an official's title; both tone-mark styles; clean.
art(45, 2016, Org("Đảng ủy phường Quang Trung", "phường", "Quang Trung", "Quận ủy Hà Đông"),
    [D("2016-12-23", "Ngày 23 tháng 12 năm 2016"), Y(2016), D("2014-09-25", "ngày 25/9/2014")],
    [Doc("HD", "Hướng dẫn", "27", "BTCTW", "Hướng dẫn số 27-HD/BTCTW ngày 25/9/2014", date="2014-09-25")],
    [O("Đỗ Minh Khoa", "Phó Bí thư Thường trực Quận ủy Hà Đông"), O("Nguyễn Thị Hòa", "Bí thư Đảng ủy phường")],
    [R("cb", "a", "TSVMTB", 4, "4 chi bộ trong sạch vững mạnh tiêu biểu"),
     R("cb", "a", "TSVM", 11, "11 chi bộ trong sạch vững mạnh"),
     R("cb", "a", HT, 2, "2 chi bộ hoàn thành tốt nhiệm vụ"),
     R("cb", "a", "YK", 0, "không có chi bộ yếu kém"),
     R("dv", "r", HX, 58, "58 đảng viên hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "r", HT, 402, "402 đảng viên hoàn thành tốt nhiệm vụ"),
     R("dv", "r", HN, 15, "15 đảng viên hoàn thành nhiệm vụ"),
     R("dv", "r", KH, 1, "1 đảng viên không hoàn thành nhiệm vụ")],
    [])

# 46 — chi bộ of a tổ dân phố; "Hôm nay"; spelled-out counts ("năm" is five here, "ba mươi"); attendance 38/41 and exempt members are totals; a planned deadline; clean.
art(46, 2024, Org("Chi bộ Tổ dân phố số 5", "chi bộ", "Tổ dân phố số 5", "Đảng bộ phường Nghĩa Tân"),
    [D("2024-12-20", "Hôm nay"), Y(2024), D("2024-12-25", "trước ngày 25/12/2024", planned=True)],
    [Doc("QĐ", "Quy định", "124", "TW", "Quy định 124-QĐ/TW")],
    [O("Phan Văn Lợi", "Bí thư chi bộ")],
    [R("dv", "p", HX, 5, "năm đảng viên hoàn thành xuất sắc nhiệm vụ"),
     R("dv", "p", HT, 30, "ba mươi đảng viên hoàn thành tốt nhiệm vụ"),
     R("dv", "p", HN, 2, "02 đảng viên hoàn thành nhiệm vụ")],
    [T("dv", "attended", 38, "38/41 đảng viên"), T("dv", "exempt", 4, "04 đồng chí")])
