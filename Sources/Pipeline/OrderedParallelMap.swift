import Foundation

/// Maps a batch of items on several threads and returns the results in the
/// items' order. Each thread owns one `Worker` (for example one
/// `ArticleExtractor`, which keeps ICU state and must not be shared), so a
/// worker is only ever used by one thread at a time.
public final class OrderedParallelMap<Worker> {
    /// One worker per thread; `workers.count` threads run at most.
    public private(set) var workers: [Worker]

    /// Builds `jobs` workers (at least one) with `make`.
    public init(jobs: Int, make: () throws -> Worker) rethrows {
        workers = []
        for _ in 0..<max(1, jobs) { workers.append(try make()) }
    }

    /// Uses the given workers, one thread each (at least one worker).
    public init(workers: [Worker]) {
        precondition(!workers.isEmpty, "OrderedParallelMap needs at least one worker")
        self.workers = workers
    }

    /// The number of threads (`--jobs`).
    public var jobs: Int { workers.count }

    /// `transform(worker, item)` for every item, results in input order. Items
    /// are handed out one at a time from a shared counter, so a slow article
    /// does not hold up the others' thread.
    public func map<Item, Result>(_ items: [Item], _ transform: (inout Worker, Item) -> Result) -> [Result] {
        if items.isEmpty { return [] }
        if workers.count == 1 || items.count == 1 {
            return items.map { transform(&workers[0], $0) }
        }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        // Deinitialize before freeing: deallocate alone would leak every result.
        defer { _ = results.deinitialize(); results.deallocate() }
        let lock = NSLock()
        var next = 0
        let threads = min(workers.count, items.count)
        workers.withUnsafeMutableBufferPointer { ws in
            DispatchQueue.concurrentPerform(iterations: threads) { w in
                while true {
                    lock.lock()
                    let i = next
                    next += 1
                    lock.unlock()
                    if i >= items.count { return }
                    results[i] = transform(&ws[w], items[i])
                }
            }
        }
        return results.map { $0! }
    }

    /// The default number of threads: the active processor count.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
}
