import ArgumentParser
import Foundation
import Kiemdiem

/// The input limits shared by `extract` and `run`: every limit on hostile
/// input is a flag with a safe default.
struct InputLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-bytes"), help: "Largest input file read, in bytes.")
    var maxBytes = PostReader.Limits().maxBytes

    @Option(name: .customLong("max-decompressed-bytes"), help: "Largest output of decompressing one gzip input, in bytes.")
    var maxDecompressedBytes = PostReader.Limits().maxDecompressedBytes

    @Option(name: .customLong("max-line-bytes"), help: "Longest JSON Lines line, in bytes.")
    var maxLineBytes = PostReader.Limits().maxLineBytes

    @Option(name: .customLong("max-warc-records"), help: "Most records read from one WARC file.")
    var maxWarcRecords = PostReader.Limits().maxWarcRecords

    /// The largest value each limit takes: a limit is an amount to hold in
    /// memory, so a value past what a machine could hold is a usage error,
    /// not an overflow or a giant allocation later.
    static let ranges: [(name: String, range: ClosedRange<Int>)] = [
        ("--max-bytes", 1...(1 << 30)),                   // 1 GiB
        ("--max-decompressed-bytes", 1...(16 << 30)),     // 16 GiB
        ("--max-line-bytes", 1...(1 << 30)),              // 1 GiB
        ("--max-warc-records", 1...100_000_000),
    ]

    func validate() throws {
        for ((name, range), v) in zip(Self.ranges, [maxBytes, maxDecompressedBytes, maxLineBytes, maxWarcRecords]) {
            try CountRange.check(name, v, range)
        }
    }

    var limits: PostReader.Limits {
        PostReader.Limits(maxBytes: maxBytes, maxDecompressedBytes: maxDecompressedBytes,
                          maxLineBytes: maxLineBytes, maxWarcRecords: maxWarcRecords)
    }
}

/// Checking a numeric option against its range: a usage error (status 2) naming both.
enum CountRange {
    static func check(_ name: String, _ value: Int, _ range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            throw ValidationError("\(name) must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
    }

    /// Extraction threads used for `--jobs N`: at most one per core (each
    /// thread holds its own lexicons and models, about 100 MB; more threads
    /// than cores only cost memory).
    static func threads(_ jobs: Int) -> Int {
        min(jobs, max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// `--batch` accepted (memory holds a few batches).
    static let batch = 1...100_000
}
