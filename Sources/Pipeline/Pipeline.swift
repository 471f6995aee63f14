import KiemdiemCore
import KiemdiemIngest
import KiemdiemExtract
import KiemdiemCheck

/// The kiemdiem pipeline, in one place:
///
/// ```
/// ingest      PostReader        files, folders, HTML, WARC, JSON Lines, gzip, legacy encodings → IngestedPost
/// normalize   Normalizer        NFC, look-alikes, spaces, tone-mark style (inside ArticleExtractor)
/// tokenize    Tokenizer         tokens with kinds and offsets, sentences       (inside ArticleExtractor)
/// extract     ArticleExtractor  IngestedPost → ArticleRecord (RECORDS.md), every fact with its span
/// check       Checks            within-article findings; cross-article findings over a batch or the store
/// store       RecordStore       SQLite through GRDB (RunJob)
/// report      HTMLReport        one self-contained HTML file (ReportWriter)
/// ```
///
/// `BatchedPipeline` reads the inputs (`PostStream`) and runs one `Pipeline`
/// per thread over batches of posts, in input order; `extract` uses it, and
/// `RunJob` adds the store. One `Pipeline` per thread: the extractor keeps ICU state.
public final class Pipeline {
    public let reader: PostReader
    let extractor: ArticleExtractor

    /// Builds the stages; throws when a data file under `lexicons/` or `models/` is missing.
    public init(limits: PostReader.Limits = PostReader.Limits()) throws {
        reader = PostReader(limits: limits)
        extractor = try ArticleExtractor()
    }

    /// Extract and check one post: its record with the within-article findings.
    public func record(for post: IngestedPost, referenceDate: CalendarDate? = nil) -> ArticleRecord {
        Checks.checked(extractor.extract(post, referenceDate: referenceDate))
    }

    /// Adds the `cross_article_mismatch` findings among `records` to each record.
    public static func addCrossArticleFindings(_ records: inout [ArticleRecord]) {
        let cross = Checks.crossArticle(records)
        if cross.isEmpty { return }
        for i in records.indices {
            if let extra = cross[records[i].id] { records[i].findings += extra }
        }
    }
}
