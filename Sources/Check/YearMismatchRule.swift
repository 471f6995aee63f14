import KiemdiemCore

/// `year_mismatch` (warning): the rated year named in the title differs from
/// the year the body's ratings are about (`year`, else the ratings' own year).
///
/// Title years are those written "năm YYYY"; when the title has none, any
/// 19xx/20xx year in a title about rating ("đánh giá", "xếp loại",
/// "phân loại", "kiểm điểm"). Silent when either year is unknown or when the
/// body year is one of several title years.
public struct YearMismatchRule: ArticleRule {
    public let rule = Rule.yearMismatch
    public init() {}

    public func findings(in r: ArticleRecord) -> [Finding] {
        guard let title = r.title else { return [] }
        let titleYears = Self.ratedYears(inTitle: title)
        guard !titleYears.isEmpty else { return [] }
        guard let bodyYear = r.year ?? r.ratings.compactMap(\.year).first else { return [] }
        guard !titleYears.contains(bodyYear) else { return [] }
        let spans = r.ratings.filter { ($0.year ?? r.year) == bodyYear }.prefix(3).map(\.span)
        let named = titleYears.map(String.init).joined(separator: ", ")
        return [Finding(rule: rule, severity: .warning,
            message: "The title names \(named) but the body's ratings are for \(bodyYear).",
            spans: Array(spans))]
    }

    /// Years the title presents as the rated year.
    static func ratedYears(inTitle title: String) -> [Int] {
        let lower = title.lowercased()
        let s = Array(lower.unicodeScalars)
        var withNam: [Int] = [], any: [Int] = []
        var i = 0
        while i + 4 <= s.count {
            let isD = { (k: Int) in k >= 0 && k < s.count && s[k].value >= 48 && s[k].value <= 57 }
            if isD(i), isD(i + 1), isD(i + 2), isD(i + 3), !isD(i - 1), !isD(i + 4),
               let y = Int(String(String.UnicodeScalarView(s[i..<(i + 4)]))), (1945...2100).contains(y) {
                any.append(y)
                let before = String(String.UnicodeScalarView(s[max(0, i - 5)..<i]))
                if before.hasSuffix("năm ") { withNam.append(y) }
                i += 4
            } else { i += 1 }
        }
        if !withNam.isEmpty { return withNam }
        let aboutRating = ["đánh giá", "xếp loại", "phân loại", "kiểm điểm"].contains { lower.contains($0) }
        return aboutRating ? any : []
    }
}
