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

    /// Progress after each batch and after each file: posts read so far
    /// (stored now, or skipped as stored before), failed inputs, files
    /// done, files in all, the current path.
    public struct Progress: Sendable {
        public var filesDone: Int
        public var filesTotal: Int
        public var path: String
        public var postsDone: Int = 0
        public var failures: Int = 0
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// Posts read successfully (stored now or earlier).
        public var postsRead = 0
        /// Inputs already in the store (the same source bytes), skipped before extraction.
        public var skipped = 0
        /// Posts that are another copy of an article read in this run (same
        /// bytes elsewhere, or the same text in another format or encoding):
        /// kept as extra sources of that article, not as articles.
        public var copies = 0
        /// New articles that are near-copies of an earlier one (`duplicateOf` set).
        public var nearCopies = 0
        /// Articles in the store that are not copies of another.
        public var distinctInStore = 0
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
    /// `batchSize`; a batch is parsed (JSON Lines lines are parsed on the
    /// workers), extracted on every worker thread and then stored in input
    /// order in ONE transaction, so an interrupted run never leaves a
    /// half-written article. The transaction runs on a writer thread while
    /// the next batch is extracted (at most `BatchWriter.defaultDepth`, 3,
    /// batches wait or are being written), so an interrupted run loses at
    /// most its last four batches. Memory holds four batches; the
    /// cross-article check at the end reads a slim index of
    /// exact figures from the fact tables.
    public func run(paths: [String], store: RecordStore, progress: ((Progress) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        let files = reader.expand(paths)
        var failedPaths = Set(try store.failures().map(\.path))
        let pool = OrderedParallelMap(workers: [extract] + moreWorkers)
        let reader = self.reader
        var batch: [(PendingPost, String)] = []
        var posts = 0
        var filesDone = 0
        var currentPath = ""
        func report() {
            progress?(Progress(filesDone: filesDone, filesTotal: files.count, path: currentPath,
                               postsDone: summary.postsRead, failures: summary.failures.count))
        }
        let writer = BatchWriter(store: store)
        defer { writer.waitForIdle() }
        // Originals and sources of the batches that may not be committed yet.
        var recent = RecentBatches(keep: BatchWriter.defaultDepth + 1)
        // The source hashes read in this run (to tell a copy read now from an input stored before).
        var readThisRun = Set<UInt64>()
        // Those of them already stored before this run (an unchanged input, skipped).
        var storedBefore = Set<UInt64>()

        func flush() throws {
            if batch.isEmpty { return }
            // 1. Parse on the workers (JSON Lines lines come unparsed).
            let parsed = pool.map(batch) { _, entry in reader.resolve(entry.0).map { ($0, entry.1) } }
            let items: [Item] = parsed.joined().map { r, path in
                switch r {
                case .success(let post): return .post(post, path)
                case .failure(let f): return .failure(f)
                }
            }
            // Inputs read before (same source bytes), in the store or in the batches
            // still being written: not extracted again, only their place is kept.
            let hashes = items.compactMap { item -> String? in if case .post(let p, _) = item { return p.id } else { return nil } }
            var knownSources = try store.articlesForSources(hashes)
            for (h, id) in recent.sources where knownSources[h] == nil { knownSources[h] = id }
            // 2. Extraction on the worker threads, only for posts not yet stored (the
            // first of several copies of the same bytes in the batch); the near-copy
            // signature is made there too.
            var firstOfHash = Set<String>()
            let toExtract = items.map { item -> Bool in
                guard case .post(let post, _) = item, knownSources[post.id] == nil else { return false }
                return firstOfHash.insert(post.id).inserted
            }
            let extracted = pool.map(Array(zip(items, toExtract))) { worker, entry -> Result<(ArticleRecord, NearCopy.Signature), InputFailure>? in
                guard case .post(let post, let path) = entry.0, entry.1 else { return nil }
                do {
                    var record = try worker(post)
                    if record.id.isEmpty { record.id = post.id }
                    record.duplicateOf = nil
                    record.findings = Checks.withinArticle(record)
                    return .success((record, NearCopy.signature(title: record.title, body: record.text)))
                } catch {
                    let reason = (error as? ExtractionFailure)?.reason ?? (error as? InputFailure)?.reason ?? "extraction failed: \(error)"
                    return .failure(InputFailure(path: post.source.path ?? path, reason: reason))
                }
            }
            // Text ids already stored (another copy of the post) and near-copy candidates.
            let newIDs = extracted.compactMap { r -> String? in if case .success(let (rec, _))? = r { return rec.id } else { return nil } }
            let storedIDs = try store.existing(newIDs).union(writer.pendingIDs.intersection(newIDs))
            let figuresOf = extracted.map { r -> Int64? in if case .success(let (rec, _))? = r { return NearCopy.figuresKey(rec) } else { return nil } }
            let keysOf = zip(extracted, figuresOf).map { r, f -> [Int64]? in
                if case .success(let (_, sig))? = r { return NearCopy.bandKeys(sig, figures: f!) } else { return nil }
            }
            var stored = NearCopyIndex()
            for c in try store.nearCopyCandidates(Array(Set(keysOf.compactMap { $0 }.joined()))) { stored.add(id: c.id, c.signature, figures: c.figures) }
            var toStore: [StoredPost] = []
            var extra: [ExtraSource] = []
            var failures: [InputFailure] = []
            var cleared: [String] = []
            var batchSources: [String: String] = [:]
            var batchIndex = NearCopyIndex()
            var seen = Set<String>()
            for (i, (item, result)) in zip(items, extracted).enumerated() {
                switch item {
                case .failure(let f):
                    summary.failures.append(f); failures.append(f)
                case .post(let post, let path):
                    summary.postsRead += 1
                    let p = post.source.path ?? path
                    if let id = knownSources[post.id] ?? batchSources[post.id] {
                        // The same bytes again: another place of a stored post.
                        let h = Self.hashKey(post.id)
                        if readThisRun.insert(h).inserted { storedBefore.insert(h) }
                        if storedBefore.contains(h) { summary.skipped += 1 } else { summary.copies += 1 }
                        extra.append(ExtraSource(articleID: id, source: post.source, sourceHash: post.id))
                        if failedPaths.remove(p) != nil { cleared.append(p) }
                        continue
                    }
                    switch result {
                    case .failure(let f)?:
                        summary.failures.append(f); failures.append(f)
                    case .success(let (record0, sig))?:
                        var record = record0
                        batchSources[post.id] = record.id
                        readThisRun.insert(Self.hashKey(post.id))
                        if failedPaths.remove(p) != nil { cleared.append(p) }
                        if storedIDs.contains(record.id) || seen.contains(record.id) {
                            // The same text from other bytes (another format or encoding).
                            summary.copies += 1
                            extra.append(ExtraSource(articleID: record.id, source: post.source, sourceHash: post.id))
                            continue
                        }
                        seen.insert(record.id)
                        let keys = keysOf[i]!
                        let figures = figuresOf[i]!
                        let match = [stored.match(sig, figures: figures, keys: keys), recent.index.match(sig, figures: figures, keys: keys),
                                     batchIndex.match(sig, figures: figures, keys: keys)]
                            .compactMap { $0 }.max { ($0.similarity, $1.id) < ($1.similarity, $0.id) }
                        if let match {
                            record.duplicateOf = match.id
                            summary.nearCopies += 1
                        } else {
                            batchIndex.add(id: record.id, sig, figures: figures, keys: keys)
                        }
                        toStore.append(StoredPost(record: record, sourceHash: post.id, signature: sig))
                    case nil: break
                    }
                }
            }
            recent.push(index: batchIndex, sources: batchSources)
            // 3. Stored on the writer thread, after the batch before it.
            summary.stored += try writer.submit(posts: toStore, extra: extra, failures: failures, clearing: cleared)
            batch.removeAll(keepingCapacity: true)
            posts = 0
            report()
        }

        var flushError: Error?
        func add(_ item: PendingPost, _ path: String) {
            guard flushError == nil else { return }
            batch.append((item, path))
            if case .ready(.failure) = item {} else { posts += 1 }
            if posts >= batchSize {
                do { try flush() } catch { flushError = error }
            }
        }
        for (i, item) in files.enumerated() {
            currentPath = (try? item.get()) ?? ""
            switch item {
            case .failure(let f): add(.ready(.failure(f)), f.path)
            case .success(let path):
                let each: (PendingPost) -> Void = { add($0, path) }
                if path == "-" { PostStream(reader: reader).forEachPending(["-"], each) } else { reader.readPending(path, each: each) }
            }
            if let flushError { throw flushError }
            filesDone = i + 1
            report()
        }
        try flush()
        summary.stored += try writer.finish()
        // Group by group inside the store's transaction: one group's records and findings in memory.
        try store.replaceCrossArticleFindings(grouping: { Self.crossArticleGroups($0) }, check: Checks.crossArticle)
        summary.recordsInStore = try store.articleCount()
        summary.distinctInStore = try store.distinctArticleCount()
        summary.findingsByRule = try store.findingsByRule()
        summary.crossArticleFindings = summary.findingsByRule[.crossArticleMismatch] ?? 0
        return summary
    }
}

extension RunJob {
    /// A source hash (hex) as a number, for a compact set.
    static func hashKey(_ hex: String) -> UInt64 { UInt64(hex.prefix(16), radix: 16) ?? UInt64(truncatingIfNeeded: hex.hashValue) }

    /// `Checks.crossArticle` over every stored article with exact figures,
    /// read organization by organization in the groups of
    /// `crossArticleGroups`, so memory holds one group, not the whole store.
    ///
    /// The same findings as one pass over `store.slimRecords(exactOnly: true)`:
    /// the rule only compares figures of one organization (its name's
    /// `OrganizationName.key`), every name of a key is read in the same group,
    /// articles without an organization give no figure, and an article's
    /// findings all come from its own group, in the same order.
    public static func crossArticleFindings(in store: RecordStore, articlesPerGroup: Int = 2_000,
                                            namesPerGroup: Int = 500) throws -> [String: [Finding]] {
        var out: [String: [Finding]] = [:]
        for names in try crossArticleGroups(in: store, articlesPerGroup: articlesPerGroup, namesPerGroup: namesPerGroup) {
            out.merge(Checks.crossArticle(try store.slimRecords(exactOnly: true, organizations: names))) { a, b in a + b }
        }
        return out
    }

    /// The stored organization names in groups of about `articlesPerGroup`
    /// rated articles (at most `namesPerGroup` names, unless one key has
    /// more), every name of one `OrganizationName.key` in the same group.
    public static func crossArticleGroups(in store: RecordStore, articlesPerGroup: Int = 2_000,
                                          namesPerGroup: Int = 500) throws -> [Set<String>] {
        crossArticleGroups(try store.ratedArticlesByOrganization(), articlesPerGroup: articlesPerGroup, namesPerGroup: namesPerGroup)
    }

    /// The groups of `crossArticleGroups(in:)` from the store's
    /// `ratedArticlesByOrganization()` counts.
    public static func crossArticleGroups(_ counts: [(name: String?, articles: Int)], articlesPerGroup: Int = 2_000,
                                          namesPerGroup: Int = 500) -> [Set<String>] {
        var byKey: [String: (names: [String], articles: Int)] = [:]
        for (name, articles) in counts {
            guard let name else { continue }
            let key = OrganizationName.key(name)
            byKey[key, default: ([], 0)].names.append(name)
            byKey[key]!.articles += articles
        }
        var groups: [Set<String>] = []
        var names: [String] = []
        var articles = 0
        for key in byKey.keys.sorted() {
            let group = byKey[key]!
            if !names.isEmpty && (articles + group.articles > articlesPerGroup || names.count + group.names.count > namesPerGroup) {
                groups.append(Set(names))
                names.removeAll()
                articles = 0
            }
            names += group.names
            articles += group.articles
        }
        if !names.isEmpty { groups.append(Set(names)) }
        return groups
    }
}

/// Writes `RunJob`'s batches on a thread of their own, one at a time and in
/// order, while the next batches are extracted. Up to `depth` batches wait
/// or are being written, so extraction goes on while the writer waits for
/// the disk (a WAL checkpoint's fsync).
final class BatchWriter {
    let store: RecordStore
    /// How many batches may be in flight at once.
    let depth: Int
    private let queue = DispatchQueue(label: "kiemdiem.store-writer")

    /// One submitted batch: its ids and, once written, how many were new.
    private final class Pending: @unchecked Sendable {
        let ids: Set<String>
        let done = DispatchGroup()
        var result: Result<Int, Error>? = nil
        init(ids: Set<String>) { self.ids = ids }
    }
    private var inFlight: [Pending] = []

    /// Ids of the batches in flight (read by the reading thread between batches only).
    var pendingIDs: Set<String> { inFlight.reduce(into: Set<String>()) { $0.formUnion($1.ids) } }

    init(store: RecordStore, depth: Int = BatchWriter.defaultDepth) {
        self.store = store
        self.depth = max(1, depth)
    }

    /// Batches in flight by default.
    static let defaultDepth = 3

    /// Starts writing this batch after the ones in flight, first waiting for
    /// the oldest while `depth` are in flight. Returns how many records of
    /// the batches it waited for were new, or throws the first error of those.
    func submit(posts: [StoredPost], extra: [ExtraSource], failures: [InputFailure], clearing: [String]) throws -> Int {
        var stored = 0
        while inFlight.count >= depth { stored += try collectOldest() }
        if posts.isEmpty && extra.isEmpty && failures.isEmpty && clearing.isEmpty { return stored }
        let pending = Pending(ids: Set(posts.map(\.record.id)))
        pending.done.enter()
        let store = self.store
        queue.async {
            pending.result = Result { try store.insert(batch: posts, extraSources: extra, failures: failures, clearing: clearing) }
            pending.done.leave()
        }
        inFlight.append(pending)
        return stored
    }

    /// Waits for every batch in flight: how many of their records were new.
    func finish() throws -> Int {
        var stored = 0
        while !inFlight.isEmpty { stored += try collectOldest() }
        return stored
    }

    private func collectOldest() throws -> Int {
        let oldest = inFlight.removeFirst()
        oldest.done.wait()
        return try oldest.result?.get() ?? 0
    }

    /// Waits without looking at the outcome (a run that stops on an error).
    func waitForIdle() { for p in inFlight { p.done.wait() } }
}

/// An extractor's refusal of one post (the run records it as a failed input and goes on).
public struct ExtractionFailure: Error, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// The near-copy originals and source hashes of the last few batches of a
/// run: those the writer may not have committed yet, which the store's
/// queries cannot see. Older batches are in the store.
struct RecentBatches {
    let keep: Int
    private var batches: [(index: NearCopyIndex, sources: [String: String])] = []
    init(keep: Int) { self.keep = keep }

    /// Source hash → article id over the kept batches.
    var sources: [String: String] { batches.reduce(into: [:]) { $0.merge($1.sources) { a, _ in a } } }

    /// The best near-copy match over the kept batches.
    var index: Matcher { Matcher(indexes: batches.map(\.index)) }

    struct Matcher {
        let indexes: [NearCopyIndex]
        func match(_ sig: NearCopy.Signature, figures: Int64, keys: [Int64]) -> (id: String, similarity: Double)? {
            indexes.compactMap { $0.match(sig, figures: figures, keys: keys) }.max { ($0.similarity, $1.id) < ($1.similarity, $0.id) }
        }
    }

    mutating func push(index: NearCopyIndex, sources: [String: String]) {
        batches.append((index, sources))
        if batches.count > keep { batches.removeFirst() }
    }
}
