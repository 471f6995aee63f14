import KiemdiemCore

/// The consistency checks of RECORDS.md "Findings".
///
/// Every rule is one small type in its own file; this enum runs them all.
/// Within-article rules look at one record; `cross_article_mismatch`
/// compares records with each other.
public enum Checks {
    /// The within-article rules, in the order their findings are listed.
    public static let articleRules: [any ArticleRule] = [
        SumMismatchRule(), StageTotalMismatchRule(), PercentMismatchRule(), PercentSumRule(),
        QuotaExceededRule(), FiguresSwappedRule(), InvalidDateRule(), RangeReversedRule(),
        DateAfterPublicationRule(), YearMismatchRule(),
    ]

    /// Every within-article finding for one record (ignores `r.findings`).
    public static func withinArticle(_ r: ArticleRecord) -> [Finding] {
        articleRules.flatMap { $0.findings(in: r) }
    }

    /// `cross_article_mismatch` findings among `records`, keyed by the id of
    /// the article each finding belongs to. Articles without findings are absent.
    public static func crossArticle(_ records: [ArticleRecord]) -> [String: [Finding]] {
        CrossArticleMismatchRule().findings(across: records)
    }

    /// A copy of `r` whose `findings` are its within-article findings.
    public static func checked(_ r: ArticleRecord) -> ArticleRecord {
        var copy = r
        copy.findings = withinArticle(r)
        return copy
    }
}

/// One within-article rule.
public protocol ArticleRule: Sendable {
    /// The rule id this unit reports.
    var rule: Rule { get }
    /// The findings of this rule in one record.
    func findings(in record: ArticleRecord) -> [Finding]
}
