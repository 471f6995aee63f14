import Foundation
import KiemdiemCore
import KiemdiemNormalize

/// The portal layout of a post's text: an optional category line, the title,
/// `Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 275`, then the body.
public struct ArticleLayout: Sendable, Equatable {
    public var category: String?
    public var title: String?
    /// "2020-12-08T17:41", or "2020-12-08" without a time.
    public var published: String?
    public var views: Int?
    /// Everything after the "Ngày đăng" line (the whole text when there is none), as written.
    public var body: String

    public init(category: String?, title: String?, published: String?, views: Int?, body: String) {
        self.category = category; self.title = title; self.published = published; self.views = views; self.body = body
    }

    private static let dateLine = try! NSRegularExpression(
        pattern: #"^\s*Ngày\s+đăng\s*:?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[|,-]?\s*(\d{1,2})\s*[:h]\s*(\d{2}))?(?:\s*[|,-]?\s*Lượt\s+xem\s*:?\s*([\d.,]+))?"#,
        options: [.caseInsensitive])

    /// `String(format: "%02d", n)`.
    static func twoDigits(_ n: Int) -> String { n >= 0 && n < 10 ? "0\(n)" : "\(n)" }

    /// Splits `text` into its layout parts. Without a "Ngày đăng" line in the
    /// first lines, the whole text is the body and the other parts are nil.
    public static func parse(_ text: String) -> ArticleLayout {
        // The first 12 lines are looked at; the rest stays one piece (maxSplits),
        // and joining it back gives the same body as joining every line.
        let pieces = text.linesSplit(maxSplits: 12, omittingEmptySubsequences: false)
        let lines = pieces.prefix(12).map(String.init)
        for (n, raw) in lines.enumerated() {
            // Text of the common scalars only is NFC already.
            let line = ScalarString.isStable(raw) ? raw : raw.precomposedStringWithCanonicalMapping
            let ns = line as NSString
            guard let m = dateLine.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
            func group(_ k: Int) -> String? {
                let r = m.range(at: k)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
            let day = Int(group(1)!)!, month = Int(group(2)!)!, year = group(3)!
            var published = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
            if let h = group(4).flatMap({ Int($0) }), let mi = group(5) { published += "T\(twoDigits(h)):\(mi)" }
            let views = group(6).flatMap { Int($0.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "")) }
            let head = lines[..<n].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let title = head.last
            let category = head.count >= 2 ? head[head.count - 2] : nil
            // The pieces after the date line joined by their line feeds: the rest of the text.
            let body = n + 1 < pieces.count ? String(text[pieces[n + 1].startIndex...]) : ""
            return ArticleLayout(category: category, title: title, published: published, views: views, body: body)
        }
        return ArticleLayout(category: nil, title: nil, published: nil, views: nil, body: text)
    }
}
