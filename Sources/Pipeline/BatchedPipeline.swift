import Foundation
import KiemdiemCore
import KiemdiemIngest
import KiemdiemCheck

/// The pipeline over many threads: posts are read in input order, gathered
/// into batches (256 by default), each batch is extracted and checked on
/// `jobs` threads (one `Pipeline` per thread), and the results come back in
/// input order. Memory holds one batch at a time, whatever the input size.
public final class BatchedPipeline {
    public let stream: PostStream
    public let batchSize: Int
    let pool: OrderedParallelMap<Pipeline>

    /// Builds `jobs` pipelines; throws when a data file is missing.
    public init(limits: PostReader.Limits = PostReader.Limits(), jobs: Int = OrderedParallelMap<Pipeline>.defaultJobs,
                batchSize: Int = 256) throws {
        stream = PostStream(reader: PostReader(limits: limits))
        self.batchSize = max(1, batchSize)
        pool = try OrderedParallelMap(jobs: jobs) { try Pipeline(limits: limits) }
    }

    /// Threads used.
    public var jobs: Int { pool.jobs }

    /// Reads `paths` and calls `body`, in input order, with each post's
    /// checked record turned into `T` by `finish` (which runs on the worker
    /// threads: encode there), or with the failure of an input.
    public func process<T>(_ paths: [String], referenceDate: CalendarDate? = nil,
                           finish: @escaping (ArticleRecord) -> T,
                           _ body: (Result<T, InputFailure>) -> Void) {
        // JSON Lines lines come unparsed and are parsed on the workers with
        // the rest (the reading thread only cuts lines); a line counts as a post.
        var batch: [PendingPost] = []
        batch.reserveCapacity(batchSize)
        var posts = 0
        let reader = stream.reader
        func flush() {
            let out = pool.map(batch) { pipeline, item -> [Result<T, InputFailure>] in
                reader.resolve(item).map { r in
                    switch r {
                    case .failure(let f): return .failure(f)
                    case .success(let post): return .success(finish(pipeline.record(for: post, referenceDate: referenceDate)))
                    }
                }
            }
            for rs in out { for r in rs { body(r) } }
            batch.removeAll(keepingCapacity: true)
            posts = 0
        }
        stream.forEachPending(paths) { item in
            batch.append(item)
            if case .ready(.failure) = item {} else { posts += 1 }
            if posts >= batchSize { flush() }
        }
        flush()
    }
}
