import ArgumentParser
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

    func validate() throws {
        for (name, v) in [("--max-bytes", maxBytes), ("--max-decompressed-bytes", maxDecompressedBytes),
                          ("--max-line-bytes", maxLineBytes), ("--max-warc-records", maxWarcRecords)] where v <= 0 {
            throw ValidationError("\(name) must be positive")
        }
    }

    var limits: PostReader.Limits {
        PostReader.Limits(maxBytes: maxBytes, maxDecompressedBytes: maxDecompressedBytes,
                          maxLineBytes: maxLineBytes, maxWarcRecords: maxWarcRecords)
    }
}
