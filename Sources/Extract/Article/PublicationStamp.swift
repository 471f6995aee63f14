import Foundation
import KiemdiemCore

/// The page's publication stamp in the forms portals print it, when the text
/// has no "Ngày đăng" layout line (RECORDS.md `published`, v2):
/// "THỨ NĂM, 27/02/2020 07:31:10", "25/05/2017 - 21:31", "Cập nhật lúc 21:49,
/// Thứ Sáu, 10/01/2020", "09:14, 17/01/2022 [GMT+7]", "Đăng ngày 28/12/2022",
/// a date alone on its line, a metadata prefix "date 2025-08-28". A view
/// counter glued to the time ("13:04163670") is cut off. Only short lines (a
/// stamp is never inside a sentence) are read.
public enum PublicationStamp {
    /// One stamp form, named so a wrong `published` can be traced.
    struct Form {
        let name: String
        let regex: NSRegularExpression
        /// Capture groups of day, month, year, hour, minute (0 when absent).
        let groups: (d: Int, m: Int, y: Int, h: Int, mi: Int)
    }

    static let weekday = #"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|t[2-7]|cn)\s*,?\s*)?"#
    static let forms: [Form] = [
        Form(name: "time-then-date",
             regex: try! NSRegularExpression(pattern: #"(?:^|[^\d/])(\d{1,2})\s*:\s*(\d{2})(?::\d{2})?\s*,?\s*"# + weekday + #"(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"#, options: [.caseInsensitive]),
             groups: (3, 4, 5, 1, 2)),
        Form(name: "date-then-time",
             regex: try! NSRegularExpression(pattern: #"(?:^|[^\d/])(\d{1,2})/(\d{1,2})/(\d{4})\s*[,|\-–]?\s*(?:lúc\s*)?(\d{1,2})\s*:\s*(\d{2})"#, options: [.caseInsensitive]),
             groups: (1, 2, 3, 4, 5)),
        Form(name: "date-line",
             regex: try! NSRegularExpression(pattern: #"^\s*"# + weekday + #"(?:(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật(?:\s+lúc)?|ngày)\s*:?\s*)?(\d{1,2})/(\d{1,2})/(\d{4})\s*$"#, options: [.caseInsensitive]),
             groups: (1, 2, 3, 0, 0)),
        Form(name: "iso-metadata",
             regex: try! NSRegularExpression(pattern: #"^\s*(?:date|published|ngày)\s*:?\s*(\d{4})-(\d{2})-(\d{2})"#, options: [.caseInsensitive]),
             groups: (3, 2, 1, 0, 0)),
    ]

    /// Lines longer than this are sentences, not stamps.
    static let maxLineLength = 90

    /// The stamp as "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD", the line it was read from, and the form's name.
    public static func find(in text: String) -> (published: String, line: String, form: String)? {
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, line.count <= maxLineLength else { continue }
            let ns = line as NSString
            for form in forms {
                guard let m = form.regex.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
                func int(_ g: Int) -> Int? {
                    guard g > 0 else { return nil }
                    let r = m.range(at: g)
                    return r.location == NSNotFound ? nil : Int(ns.substring(with: r))
                }
                guard let d = int(form.groups.d), let mo = int(form.groups.m), let y = int(form.groups.y),
                      (1...31).contains(d), (1...12).contains(mo), (1990...2100).contains(y) else { continue }
                var out = "\(y)-\(ArticleLayout.twoDigits(mo))-\(ArticleLayout.twoDigits(d))"
                if let h = int(form.groups.h), let mi = int(form.groups.mi), h < 24, mi < 60 {
                    out += "T\(ArticleLayout.twoDigits(h)):\(ArticleLayout.twoDigits(mi))"
                }
                return (out, line, form.name)
            }
        }
        return nil
    }
}
