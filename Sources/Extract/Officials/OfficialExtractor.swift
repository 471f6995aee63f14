import KiemdiemCore
import KiemdiemTokenize

/// Finds named people with their titles, in the patterns party news uses:
/// "đồng chí X - Bí thư Đảng ủy, Chủ tịch HĐND phường", "đ/c X, PBT Thường
/// trực", "Bí thư Huyện ủy X", "X - Chủ tịch UBND xã".
///
/// One entry per person (first mention); titles of later mentions of the
/// same full name are merged in, in the order written. Rules: OfficialRules.swift;
/// lexicons: `titles.txt`, `surnames.txt`.
public final class OfficialExtractor {
    let rules: OfficialRules

    /// Loads the title and surname lists from `lexicons/`.
    public init() throws {
        rules = try OfficialRules()
    }

    /// The officials named in `doc`.
    public func officials(in doc: Document) -> [Official] {
        rules.officials(ArticleTokens(doc))
    }
}
