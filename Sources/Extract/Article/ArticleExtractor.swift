import KiemdiemCore
import KiemdiemNormalize
import KiemdiemTokenize

/// Turns one ingested post into its record (RECORDS.md): layout fields from
/// the portal lines, then dates, documents, officials, organization, ratings
/// and totals from the normalized body, every span pointing into `text`.
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
        let published = layout.published ?? post.published
        let body = tokenizer.analyze(layout.body)
        let titleDoc = title.map { tokenizer.analyze($0) }

        let reference = referenceDate ?? published.flatMap { CalendarDate(iso: String($0.prefix(10))) }
        let dates = dateExtractor.dates(in: body, reference: reference)
        let documents = documentExtractor.documents(in: body, dates: dates)
        let officials = officialExtractor.officials(in: body)
        let organization = organizationExtractor.organization(title: titleDoc, body: body)
        let ratedYear = RatedYear.find(title: titleDoc, body: body, published: published)
        let (ratings, totals) = ratingExtractor.extract(body, year: ratedYear)

        return ArticleRecord(id: post.id, source: post.source, title: title, category: category,
                             published: published, views: layout.views, text: body.text,
                             year: ratedYear, organization: organization, dates: dates, documents: documents,
                             officials: officials, ratings: ratings, totals: totals, findings: [])
    }
}
