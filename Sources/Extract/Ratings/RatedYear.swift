import KiemdiemCore
import KiemdiemTokenize

/// The year an article's ratings are about: the year named most often in the
/// body sentences that speak of rating, else "năm 2020" in the title, else the
/// first "năm YYYY" of the body, else the publication year (the year before
/// for a January article).
public enum RatedYear {
    static let ratingWords: [[String]] = [["xếp", "loại"], ["đánh", "giá"], ["phân", "loại"], ["kiểm", "điểm"]]
    static let ratingPhrases = WordPhrases(ratingWords)

    /// Years written "năm YYYY" in `t`, with the token index of "năm".
    static func years(_ t: ArticleTokens) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for i in 0..<t.count where t.isWord(at: i, "năm") && t.kind(i + 1) == .number {
            if let y = Int(t.texts[i + 1]), (1945...2100).contains(y) { out.append((i, y)) }
        }
        return out
    }

    /// The rated year. `published` is "YYYY-MM-DD…" or nil.
    public static func find(title: Document?, body: Document, published: String?) -> Int? {
        find(title: title.map(ArticleTokens.init), body: ArticleTokens(body), published: published)
    }

    static func find(title: ArticleTokens?, body t: ArticleTokens, published: String?) -> Int? {
        let all = years(t)
        var tally: [Int: Int] = [:]
        var order: [Int] = []
        for (i, y) in all {
            let r = t.sentenceTokens(t.sentenceOf[i])
            if r.contains(where: { j in ratingPhrases.first(t, at: j) != nil }) {
                if tally[y] == nil { order.append(y) }
                tally[y, default: 0] += 1
            }
        }
        if let best = order.max(by: { tally[$0]! < tally[$1]! || (tally[$0]! == tally[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }) {
            return best
        }
        if let title, let y = years(title).first?.1 { return y }
        if let y = all.first?.1 { return y }
        if let p = published, p.count >= 7, let y = Int(p.prefix(4)), let m = Int(p.dropFirst(5).prefix(2)) {
            return m == 1 ? y - 1 : y
        }
        return nil
    }
}
