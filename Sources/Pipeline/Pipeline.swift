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
/// One `Pipeline` per thread: the extractor keeps ICU state.
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

    /// Reads every input in `paths` (folders recursively, in order) and calls
    /// `body` with each post's checked record, or with the failure of an input
    /// that could not be read. A bad input never stops the batch.
    public func process(_ paths: [String], referenceDate: CalendarDate? = nil,
                        _ body: (Result<ArticleRecord, InputFailure>) -> Void) {
        for item in reader.expand(paths) {
            switch item {
            case .failure(let f): body(.failure(f))
            case .success(let path):
                reader.read(path) { result in
                    switch result {
                    case .failure(let f): body(.failure(f))
                    case .success(let post): body(.success(record(for: post, referenceDate: referenceDate)))
                    }
                }
            }
        }
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
