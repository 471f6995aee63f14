import KiemdiemCore
import KiemdiemNormalize
import KiemdiemTokenize

/// Turns one ingested post into its record (RECORDS.md): layout fields from
/// the portal lines, then dates, documents, officials, organization, ratings
/// and totals from the normalized body, every span pointing into `text`.
/// `year` (the rated year, `RatedYear`) is set only when the article has ratings;
/// `findings` stay empty here (the Check stage fills them).
///
/// Keeps tokenizer and ICU state: give each thread its own instance.
public final class ArticleExtractor {
    let tokenizer: Tokenizer
    let normalizer = Normalizer()
    let dateExtractor: DateExtractor
    let documentExtractor: DocumentExtractor
    let officialExtractor: OfficialExtractor
    let organizationExtractor: OrganizationExtractor
    let ratingExtractor: RatingExtractor

    /// Loads every lexicon the extractors need.
    public init() throws {
        tokenizer = try Tokenizer()
        dateExtractor = try DateExtractor()
        documentExtractor = try DocumentExtractor()
        officialExtractor = try OfficialExtractor()
        organizationExtractor = try OrganizationExtractor()
        ratingExtractor = try RatingExtractor()
    }

    /// The record of `post`. `referenceDate` resolves relative dates
    /// ("hôm nay") and day/month dates without a year; without it the
    /// publication day is used.
    public func extract(_ post: IngestedPost, referenceDate: CalendarDate? = nil) -> ArticleRecord {
        let layout = ArticleLayout.parse(post.text)
        let title = (layout.title ?? post.title).map { normalizer($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let category = layout.category.map { normalizer($0) }
        let stamp = layout.published == nil && post.published == nil ? PublicationStamp.find(in: layout.body) : nil
        let published = layout.published ?? post.published ?? stamp?.published
        let body = tokenizer.analyze(layout.body)
        let titleDoc = title.map { tokenizer.analyze($0) }

        let reference = referenceDate ?? published.flatMap { CalendarDate(iso: String($0.prefix(10))) }
        // One word view of the body serves the number, date and document rules.
        let words = WordView(body)
        var dates = dateExtractor.dates(in: words, reference: reference)
        if let stamp, let line = body.text.range(of: stamp.line) {
            // The stamp is `published`, not a body date.
            let lo = body.text.unicodeScalars.distance(from: body.text.unicodeScalars.startIndex, to: line.lowerBound)
            let hi = lo + stamp.line.unicodeScalars.count
            dates.removeAll { $0.span.start >= lo && $0.span.end <= hi }
        }
        let documents = documentExtractor.documents(in: words, dates: dates)
        let bodyTokens = ArticleTokens(words)
        let titleTokens = titleDoc.map { ArticleTokens(WordView($0)) }
        let officials = officialExtractor.officials(in: bodyTokens)
        let organization = organizationExtractor.organization(title: titleTokens, body: bodyTokens)
        let ratedYear = RatedYear.find(title: titleTokens, body: bodyTokens, published: published)
        let (ratings, totals) = ratingExtractor.extract(bodyTokens, words: words, year: ratedYear)

        return ArticleRecord(id: ArticleRecord.contentID(title: title, body: body.text), source: post.source, title: title, category: category,
                             published: published, views: layout.views, text: body.text,
                             year: ratings.isEmpty ? nil : ratedYear, organization: organization, dates: dates, documents: documents,
                             officials: officials, ratings: ratings, totals: totals, findings: [])
    }
}
