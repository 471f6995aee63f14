import KiemdiemCore
import KiemdiemTokenize

/// Finds the yearly rating figures (subject, stage, level, count/percent) and
/// the stated totals of an article. Rules: RatingRules.swift; phrases:
/// `lexicons/rating_phrases.txt`.
public final class RatingExtractor {
    let rules: RatingRules
    let reader = FigureReader()
    let numbers: NumberExtractor

    /// Loads `lexicons/rating_phrases.txt` and the number words.
    public init() throws {
        rules = RatingRules(lex: try RatingLexicon())
        numbers = try NumberExtractor()
    }

    /// Figures in digits (FigureReader) and in words ("hai mươi mốt", from NumberExtractor).
    func figures(_ t: ArticleTokens, words: WordView) -> [Figure] {
        var out = reader.figures(t)
        // Token by start and by end offset, built only when a spelled-out number needs them.
        var firstAt: [Int: Int] = [:], lastAt: [Int: Int] = [:]
        var indexed = false
        for m in numbers.numbers(in: words) where m.spelledOut {
            if !indexed {
                for (k, tok) in t.tokens.enumerated() { firstAt[tok.start] = k; lastAt[tok.end] = k }
                indexed = true
            }
            guard let a = firstAt[m.span.start], let b = lastAt[m.span.end],
                  !out.contains(where: { $0.span.overlaps(m.span) }) else { continue }
            out.append(Figure(value: m.value, isPercent: m.isPercent, of: m.of, approx: m.approx, span: m.span,
                              evidenceStart: m.qualifierStart ?? m.span.start, firstToken: a, lastToken: b))
        }
        return out.sorted { $0.firstToken < $1.firstToken }
    }

    /// Ratings and totals in `doc`, with `year` as the rated year where a
    /// sentence names none.
    public func extract(_ doc: Document, year: Int?) -> (ratings: [Rating], totals: [Total]) {
        extract(ArticleTokens(doc), words: WordView(doc), year: year)
    }

    /// The same, with the article's tokens and word view already built.
    func extract(_ t: ArticleTokens, words: WordView, year: Int?) -> (ratings: [Rating], totals: [Total]) {
        rules.extract(t, figures: figures(t, words: words), defaultYear: year)
    }
}
