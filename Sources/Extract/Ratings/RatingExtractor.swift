import KiemdiemCore
import KiemdiemTokenize

/// Finds the yearly rating figures (subject, stage, level, count/percent) and
/// the stated totals of an article. Rules: RatingRules.swift; phrases:
/// `lexicons/rating_phrases.txt`.
public final class RatingExtractor {
    let rules: RatingRules
    let reader = FigureReader()

    /// Loads `lexicons/rating_phrases.txt`.
    public init() throws { rules = RatingRules(lex: try RatingLexicon()) }

    /// Ratings and totals in `doc`, with `year` as the rated year where a
    /// sentence names none.
    public func extract(_ doc: Document, year: Int?) -> (ratings: [Rating], totals: [Total]) {
        let t = ArticleTokens(doc)
        return rules.extract(t, figures: reader.figures(t), defaultYear: year)
    }
}
