import Foundation
import KiemdiemCore
import KiemdiemIngest
import KiemdiemCheck
import KiemdiemStore

/// The main job behind `kiemdiem run`: read every input, extract a record
/// per post, check it, store it, then recompute the cross-article findings
/// over the whole store.
///
/// The extraction step is a parameter, so the job runs with any extractor
/// (the real `ArticleExtractor`, or a stub in tests). Posts whose id (content
/// hash) is already stored are skipped before extraction: a rerun after an
/// interruption resumes where it stopped, and a rerun on the same inputs
/// changes nothing.
public struct RunJob {
    /// Turns one post into its record (findings are recomputed by the job).
    public typealias Extract = (IngestedPost) throws -> ArticleRecord

    public var reader: PostReader
    public var extract: Extract
    /// Extractors for the other threads (`--jobs`); empty runs on one thread.
    public var moreWorkers: [Extract] = []
    /// Posts extracted and stored per batch (one transaction per batch).
    public var batchSize = 256

    public init(reader: PostReader = PostReader(), extract: @escaping Extract) {
        self.reader = reader
        self.extract = extract
    }

    /// A job on `jobs` threads: `make` builds one extractor per thread (an
    /// extractor keeps ICU state and is never shared between threads).
    public init(reader: PostReader = PostReader(), jobs: Int, batchSize: Int = 256, make: () throws -> Extract) rethrows {
        self.reader = reader
        self.extract = try make()
        for _ in 1..<max(1, jobs) { moreWorkers.append(try make()) }
        self.batchSize = max(1, batchSize)
    }

    /// Progress after each file: files done, files in all, the current path.
    public struct Progress: Sendable {
        public var filesDone: Int
        public var filesTotal: Int
        public var path: String
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// Posts read successfully (stored now or earlier).
        public var postsRead = 0
        /// Posts already in the store, skipped.
        public var skipped = 0
        /// Records stored by this run.
        public var stored = 0
        /// Inputs that failed in this run, with reasons.
        public var failures: [InputFailure] = []
        /// Records in the store after the run.
        public var recordsInStore = 0
        /// Findings per rule in the whole store after the run.
        public var findingsByRule: [Rule: Int] = [:]
        /// Cross-article findings in the store after the run.
        public var crossArticleFindings = 0
    }

    /// One item read: a post (with the input path it came from) or a failed input.
    enum Item { case post(IngestedPost, String), failure(InputFailure) }

    /// Runs over `paths` into `store`. A bad input is recorded as a failure
    /// (in the summary and the store) and the batch goes on; only store
    /// errors (disk full, locked database) stop the run.
    ///
    /// Posts are read in input order and gathered into batches of
    /// `batchSize`; a batch is extracted on every worker thread and then
    /// stored in input order in ONE transaction, so an interrupted run loses
    /// at most its last batch and never leaves a half-written article.
    /// Memory holds one batch; the cross-article check at the end reads a
    /// slim index of exact figures from the fact tables.
    public func run(paths: [String], store: RecordStore, progress: ((Progress) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        let files = reader.expand(paths)
        var failedPaths = Set(try store.failures().map(\.path))
        let pool = OrderedParallelMap(workers: [extract] + moreWorkers)
        var batch: [Item] = []
        var posts = 0

        func flush() throws {
            if batch.isEmpty { return }
            let known = try store.existing(batch.compactMap { if case .post(let p, _) = $0 { return p.id } else { return nil } })
            // Extraction on the worker threads, only for posts not yet stored.
            let extracted = pool.map(batch) { worker, item -> Result<ArticleRecord, InputFailure>? in
                guard case .post(let post, let path) = item, !known.contains(post.id) else { return nil }
                do {
                    var record = try worker(post)
                    record.id = post.id
                    record.findings = Checks.withinArticle(record)
                    return .success(record)
                } catch {
                    let reason = (error as? ExtractionFailure)?.reason ?? (error as? InputFailure)?.reason ?? "extraction failed: \(error)"
                    return .failure(InputFailure(path: post.source.path ?? path, reason: reason))
                }
            }
            var records: [ArticleRecord] = []
            var failures: [InputFailure] = []
            var cleared: [String] = []
            var seen = Set<String>()
            for (item, result) in zip(batch, extracted) {
                switch item {
                case .failure(let f):
                    summary.failures.append(f); failures.append(f)
                case .post(let post, let path):
                    summary.postsRead += 1
                    if known.contains(post.id) || seen.contains(post.id) { summary.skipped += 1; continue }
                    switch result {
                    case .failure(let f)?:
                        summary.failures.append(f); failures.append(f)
                    case .success(let record)?:
                        seen.insert(post.id)
                        records.append(record)
                        let p = post.source.path ?? path
                        if failedPaths.remove(p) != nil { cleared.append(p) }
                    case nil: break
                    }
                }
            }
            summary.stored += try store.insert(batch: records, failures: failures, clearing: cleared)
            batch.removeAll(keepingCapacity: true)
            posts = 0
        }

        var flushError: Error?
        func add(_ item: Item) {
            guard flushError == nil else { return }
            batch.append(item)
            if case .post = item { posts += 1 }
            if posts >= batchSize {
                do { try flush() } catch { flushError = error }
            }
        }
        for (i, item) in files.enumerated() {
            switch item {
            case .failure(let f): add(.failure(f))
            case .success(let path):
                let each: (Result<IngestedPost, InputFailure>) -> Void = { result in
                    switch result {
                    case .failure(let f): add(.failure(f))
                    case .success(let post): add(.post(post, path))
                    }
                }
                if path == "-" { PostStream(reader: reader).forEach(["-"], each) } else { reader.read(path, each: each) }
            }
            if let flushError { throw flushError }
            progress?(Progress(filesDone: i + 1, filesTotal: files.count, path: (try? item.get()) ?? ""))
        }
        try flush()
        try store.refreshCrossArticleFindings { Checks.crossArticle($0) }
        summary.recordsInStore = try store.articleCount()
        summary.findingsByRule = try store.findingsByRule()
        summary.crossArticleFindings = summary.findingsByRule[.crossArticleMismatch] ?? 0
        return summary
    }
}

/// An extractor's refusal of one post (the run records it as a failed input and goes on).
public struct ExtractionFailure: Error, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
