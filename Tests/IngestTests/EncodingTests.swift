import Foundation
import Testing
import KiemdiemCore
@testable import KiemdiemIngest

/// Legacy encodings and mislabelled pages decode to the right Unicode.
@Suite struct EncodingTests {
    /// Latin-1 scalars standing for bytes.
    func latin1(_ bytes: [UInt8]) -> String { String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })) }

    @Test func tcvn3Signatures() {
        // DOMAIN.md §6: how TCVN3 text looks when read as Latin-1.
        #expect(LegacyVietnamese.fromTCVN3("§¶ng ñy ph\u{AD}êng") == "Đảng ủy phường")
        #expect(LegacyVietnamese.fromTCVN3("ViÖt Nam") == "Việt Nam")
        #expect(LegacyVietnamese.fromTCVN3("Héi nghÞ") == "Hội nghị")
        #expect(LegacyVietnamese.fromTCVN3("BÝ th\u{AD}") == "Bí thư")
        #expect(LegacyVietnamese.fromTCVN3("Hoµn thµnh xuÊt s¾c nhiÖm vô") == "Hoàn thành xuất sắc nhiệm vụ")
        #expect(LegacyVietnamese.fromTCVN3("Uû ban nh©n d©n") == "Uỷ ban nhân dân")
    }

    @Test func vniSignatures() {
        #expect(LegacyVietnamese.fromVNI("Ñaûng uûy phöôøng") == "Đảng ủy phường")
        #expect(LegacyVietnamese.fromVNI("Vieät Nam") == "Việt Nam")
        #expect(LegacyVietnamese.fromVNI("Hoäi nghò") == "Hội nghị")
        #expect(LegacyVietnamese.fromVNI("Chuû tòch") == "Chủ tịch")
        // Upper-case mark bytes after capitals.
        #expect(LegacyVietnamese.fromVNI("UÛY BAN") == "ỦY BAN")
        // A mark byte after a consonant is not a mark.
        #expect(LegacyVietnamese.fromVNI("Xin chào") == "Xin chào")
    }

    @Test func detectionTellsTheEncodingsApart() {
        let tcvn = "§¶ng ñy ph\u{AD}êng Th\u{AD}îng Thanh ®¸nh gi¸, ph©n lo¹i chi bé n¨m 2020"
        let vni = "Ñaûng uûy phöôøng Thöôïng Thanh ñaùnh giaù, phaân loaïi chi boä naêm 2020"
        #expect(LegacyVietnamese.detect(tcvn)?.conversion == .tcvn3)
        #expect(LegacyVietnamese.detect(tcvn)?.text == "Đảng ủy phường Thượng Thanh đánh giá, phân loại chi bộ năm 2020")
        #expect(LegacyVietnamese.detect(vni)?.conversion == .vni)
        #expect(LegacyVietnamese.detect(vni)?.text == "Đảng ủy phường Thượng Thanh đánh giá, phân loại chi bộ năm 2020")
        // Real Unicode Vietnamese, French and English are left alone.
        #expect(LegacyVietnamese.detect("Đảng ủy phường Thượng Thanh đánh giá, phân loại chi bộ năm 2020") == nil)
        #expect(LegacyVietnamese.detect("Le comité a élu à l'unanimité son président, déjà connu.") == nil)
        #expect(LegacyVietnamese.detect("Plain English text with no accents at all.") == nil)
        #expect(LegacyVietnamese.detect("Die Größe der öffentlichen Straße wurde von Herrn Müller übermäßig gelobt, während Jürgen schwieg.") == nil)
    }

    @Test func windows1258BytesAreConvertedAndComposed() throws {
        // The generated windows-1258 page: precomposed base vowels + combining tone marks.
        let url = formatsDir.appendingPathComponent("legacy")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: url.path).first { $0.hasSuffix(".windows-1258.html") })
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: url.appendingPathComponent(file).path)))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let labelled = try TextDecoding.decode(bytes, sniff: true)
        #expect(labelled.conversion == "windows-1258")
        #expect(labelled.text.contains("Đảng ủy phường"))
        #expect(labelled.text == labelled.text.precomposedStringWithCanonicalMapping)
        // Mislabelled as windows-1252, or not labelled at all: still recognised.
        let page = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        #expect(page.contains("charset=windows-1258"))
        let relabel = { (from: String, to: String) -> [UInt8] in
            let f = Array(from.utf8), t = Array(to.utf8)
            var out: [UInt8] = [], i = 0
            while i < bytes.count {
                if bytes[i...].starts(with: f) { out += t; i += f.count } else { out.append(bytes[i]); i += 1 }
            }
            return out
        }
        for variant in [relabel("windows-1258", "windows-1252"), relabel("charset=windows-1258", "x=y")] {
            let decoded = try TextDecoding.decode(variant, sniff: true)
            #expect(decoded.conversion == "windows-1258")
            // Same text apart from the label itself.
            let strip = { (t: String) in t.replacingOccurrences(of: "charset=windows-1258", with: "").replacingOccurrences(of: "charset=windows-1252", with: "").replacingOccurrences(of: "x=y", with: "") }
            #expect(strip(decoded.text) == strip(labelled.text))
        }
    }

    @Test func utf8LabelledWindows1252IsReadAsUTF8() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><h1>Đảng ủy phường Long Biên họp</h1><p>Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 2</p><p>Hội nghị đánh giá, xếp loại đảng viên năm 2020 đã diễn ra thành công.</p></body></html>"
        let folder = temporaryFolder()
        let path = write(Array(html.utf8), "page.html", in: folder)
        let post = try #require(PostReader().read(path).first?.value)
        #expect(post.text.contains("Đảng ủy phường Long Biên họp"))
        #expect(post.text.contains("Hội nghị đánh giá, xếp loại đảng viên năm 2020"))
        #expect(post.source.conversion == nil)
        // Declared windows-1252 and really windows-1252 (no Vietnamese): read as such.
        let french = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Le comit".utf8) + [0xE9] + Array(" a d".utf8) + [0xE9] + Array("cid".utf8) + [0xE9] + Array(" de tout revoir avant la fin de l'ann".utf8) + [0xE9, 0x65] + Array(".</p></body></html>".utf8)
        let frenchPost = try #require(PostReader().read(write(french, "fr.html", in: folder)).first?.value)
        #expect(frenchPost.text.contains("Le comité a décidé"))
    }

    @Test func utf8ReadAsCp1252AndSavedAgainIsRepaired() throws {
        let good = "Đảng ủy phường Thượng Thanh tổ chức Hội nghị"
        // Every byte of the UTF-8 read as a cp1252 character (this text has none of cp1252's five holes).
        let cp1252 = try #require(CodePage.windows1252(Array(good.utf8)))
        #expect(cp1252.hasPrefix("Ä"))
        let fixed = TextDecoding.finish(cp1252, conversion: nil)
        #expect(fixed.conversion == "utf8-mojibake")
        #expect(fixed.text == good)
    }

    @Test func doubleEncodedPageIsRepaired() throws {
        let body = "Đảng ủy phường tổ chức hội nghị đánh giá, xếp loại chất lượng đảng viên năm 2020."
        let page = "<html><body><h1>Hội nghị tổng kết</h1><p>Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 5</p><p>\(body)</p></body></html>"
        let mojibake = try #require(CodePage.windows1252(Array(page.utf8)))
        #expect(mojibake.contains("Ä"))
        let folder = temporaryFolder()
        let post = try #require(PostReader().read(write(Array(mojibake.utf8), "twice.html", in: folder)).first?.value)
        #expect(post.source.conversion == "utf8-mojibake")
        #expect(comparable(post.text) == ["Hội nghị tổng kết", "Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 5", body])
    }

    @Test func byteOrderMarks() throws {
        let text = "Ngày đăng 08/12/2020 | 17:41"
        let utf8 = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), sniff: false)
        #expect(utf8.text == text)
        let units: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16: [UInt8] = [0xFF, 0xFE] + units
        #expect(try TextDecoding.decode(utf16, sniff: false).text == text)
    }

    /// TCVN3 text as its Latin-1 reading.
    func tcvn3(_ s: String) -> String {
        // Encode with the reader's own table, inverted.
        var inverse: [Unicode.Scalar: UInt8] = [:]
        for (b, u) in LegacyVietnamese.tcvn3 { inverse[u] = b }
        return String(String.UnicodeScalarView(s.precomposedStringWithCanonicalMapping.unicodeScalars.map { u in
            u.value < 0x80 ? u : Unicode.Scalar(inverse[u]!)
        }))
    }

    @Test func unicodeTemplateAroundALegacyArticleKeepsItsLetters() throws {
        let body = "Đảng ủy phường tổ chức hội nghị đánh giá, xếp loại chất lượng đảng viên năm 2020 theo đúng kế hoạch."
        let body2 = "Kết quả có 126 đảng viên hoàn thành xuất sắc nhiệm vụ và 720 đảng viên hoàn thành tốt nhiệm vụ."
        let script = String(repeating: "var config = { menu: true, slider: false, analytics: 'x' }; ", count: 60)
        let html = """
        <html><head><meta charset="utf-8"><script>\(script)</script></head><body>
        <div class="menu"><a href="/">Trang chủ</a> <a href="/lh">Liên hệ</a></div>
        <div class="content"><h1>Hội nghị đánh giá xếp loại đảng viên</h1><p>Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 5</p>
        <p><font face=".VnTime">\(tcvn3(body))</font></p><p><font face=".VnTime">\(tcvn3(body2))</font></p></div></body></html>
        """
        let folder = temporaryFolder()
        let post = try #require(PostReader().read(write(Array(html.utf8), "mixed.html", in: folder)).first?.value)
        #expect(post.source.conversion == "tcvn3")
        #expect(comparable(post.text) == ["Hội nghị đánh giá xếp loại đảng viên", "Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 5", body, body2])
        // The same in a text file: Unicode lines stay, TCVN3 lines are converted.
        let text = "Tin tức\nHội nghị đánh giá xếp loại đảng viên\nNgày đăng 08/12/2020 | 17:41 | Lượt xem: 5\n\n\(tcvn3(body))\n\n\(tcvn3(body2))\n"
        let txt = try #require(PostReader().read(write(Array(text.utf8), "mixed.txt", in: folder)).first?.value)
        #expect(txt.source.conversion == "tcvn3")
        #expect(comparable(txt.text) == ["Tin tức", "Hội nghị đánh giá xếp loại đảng viên", "Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 5", body, body2])
    }

    @Test func tcvn3CapitalsFontIsUpperCased() throws {
        let body = "Chi bộ tổ chức hội nghị kiểm điểm, đánh giá chất lượng đảng viên năm 2019 với sự tham dự của các đồng chí."
        let page = "<html><body><p><font face=\".VnTimeH\">\(tcvn3("đảng ủy phường"))</font></p><p><font face='.VnTime'>\(tcvn3(body))</font></p></body></html>"
        let folder = temporaryFolder()
        let post = try #require(PostReader().read(write(page.unicodeScalars.map { UInt8($0.value) }, "caps.html", in: folder)).first?.value)
        #expect(post.source.conversion == "tcvn3")
        #expect(post.text.contains("ĐẢNG ỦY PHƯỜNG"))
        #expect(post.text.contains(body))
    }

    @Test func legacyPageBytesWithABigScriptAreStillRecognised() throws {
        let body = "Chi bộ tổ chức hội nghị kiểm điểm, đánh giá chất lượng đảng viên năm 2019 với sự tham dự của các đồng chí."
        let script = String(repeating: "function f(a, b) { return a + b; } var list = [1, 2, 3]; ", count: 80)
        let page = "<html><head><script>\(script)</script></head><body><p>\(tcvn3(body))</p></body></html>"
        let bytes = page.unicodeScalars.map { UInt8($0.value) }
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let folder = temporaryFolder()
        let post = try #require(PostReader().read(write(bytes, "old.html", in: folder)).first?.value)
        #expect(post.source.conversion == "tcvn3")
        #expect(comparable(post.text).last == body)
    }

    @Test func legacyTextFileIsConvertedNotRejected() throws {
        let folder = temporaryFolder()
        let tcvn = Array("§¶ng ñy ph\u{AD}êng Ngäc L©m tæng kÕt ®¸nh gi¸ ®¶ng viªn n¨m 2021".unicodeScalars.map { UInt8($0.value) })
        let post = try #require(PostReader().read(write(tcvn, "old.txt", in: folder)).first?.value)
        #expect(post.text == "Đảng ủy phường Ngọc Lâm tổng kết đánh giá đảng viên năm 2021")
        #expect(post.source.conversion == "tcvn3")
    }
}
