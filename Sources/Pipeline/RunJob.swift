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

    public init(reader: PostReader = PostReader(), extract: @escaping Extract) {
        self.reader = reader
        self.extract = extract
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

    /// Runs over `paths` into `store`. A bad input is recorded as a failure
    /// (in the summary and the store) and the batch goes on; only store
    /// errors (disk full, locked database) stop the run.
    public func run(paths: [String], store: RecordStore, progress: ((Progress) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        let files = reader.expand(paths)
        var known = try store.ids()
        var failedPaths = Set(try store.failures().map(\.path))
        for (i, item) in files.enumerated() {
            switch item {
            case .failure(let f):
                summary.failures.append(f)
                try store.recordFailure(f)
            case .success(let path):
                for result in reader.read(path) {
                    switch result {
                    case .failure(let f):
                        summary.failures.append(f)
                        try store.recordFailure(f)
                    case .success(let post):
                        summary.postsRead += 1
                        if known.contains(post.id) { summary.skipped += 1; continue }
                        var record: ArticleRecord
                        do {
                            record = try extract(post)
                        } catch {
                            let reason = (error as? ExtractionFailure)?.reason ?? (error as? InputFailure)?.reason ?? "extraction failed: \(error)"
                            let f = InputFailure(path: post.source.path ?? path, reason: reason)
                            summary.failures.append(f)
                            try store.recordFailure(f)
                            continue
                        }
                        record.id = post.id
                        record.findings = Checks.withinArticle(record)
                        if try store.insert(record) { summary.stored += 1 }
                        known.insert(post.id)
                        if failedPaths.remove(post.source.path ?? path) != nil { try store.clearFailure(path: post.source.path ?? path) }
                    }
                }
            }
            progress?(Progress(filesDone: i + 1, filesTotal: files.count, path: (try? item.get()) ?? ""))
        }
        let records = try store.allRecords(includeCross: false)
        try store.replaceCrossArticleFindings(Checks.crossArticle(records))
        summary.recordsInStore = records.count
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
