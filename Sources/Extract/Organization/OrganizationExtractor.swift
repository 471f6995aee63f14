import KiemdiemCore
import KiemdiemTokenize

/// Finds the party body an article reports on: the first committee or
/// đảng bộ named with a place, in the title and then in the body
/// ("Đảng ủy phường Thượng Thanh"), and its superior committee when the text
/// names one ("Quận ủy Long Biên"). Rules: OrganizationRules.swift; lexicons:
/// `organization_kinds.txt`, `admin_units.txt`.
public final class OrganizationExtractor {
    let rules: OrganizationRules

    /// Loads the lists from `lexicons/`.
    public init() throws { rules = try OrganizationRules() }

    /// The organization of an article with analysed `title` (may be nil) and `body`.
    /// The span, when given, points into the body.
    public func organization(title: Document?, body: Document) -> Organization? {
        rules.organization(title: title.map(ArticleTokens.init), body: ArticleTokens(body))
    }
}
