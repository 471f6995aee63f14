import ArgumentParser
import Foundation
import Kiemdiem

/// `kiemdiem extract`: one record per article, JSON Lines by default.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Turn articles into records: dates, documents, officials, organization, ratings, totals, findings.",
        discussion: """
        PATH is a file (.txt, .html, .htm, .warc, .warc.gz, .jsonl, or any of those gzipped), a folder (read recursively, sorted by path) or '-' for standard input. One record per article is written to standard output (or to -o FILE) in input order, with its within-article findings and the cross-article findings among the articles of this call. A record whose text repeats an earlier one (the same post in another file or format: same id) or nearly repeats it (a repost with another header or footer, and the same organization and figures) gets "duplicateOf" = the earlier record's id and is left out of the cross-article check. The record format is described in docs/RECORDS.md and docs/record.schema.json (share/doc/kiemdiem/ in a release).

        Articles are extracted on --jobs threads in batches of --batch. Records are spilled to a temporary file and only a small index of exact figures is kept for the cross-article check, added when all inputs are read. On a terminal, a progress line counting posts goes to standard error (--quiet turns it off).

        Streaming (--stream; automatic when the only input is '-'): each record is written as soon as its batch is done, WITHOUT cross-article findings and without duplicateOf, in flat memory. JSON Lines on standard input (first byte '{') are read line by line, so 'kiemdiem extract --format jsonl -' is a map stage for Spark RDD.pipe or Hadoop Streaming (one post per input line, one record per output line, same order). --no-stream gives '-' the cross-article findings too (output then starts when input ends).

        A file that cannot be read gives one line on standard error ("kiemdiem: PATH: reason") and the others still come out; so does a folder with no readable file. When every input is such a folder, the status is 1 and nothing is written.

        \(ExitStatusText.all)

        Example: kiemdiem extract corpus/ -o /tmp/records.jsonl
        """
    )

    @Option(name: .long, help: "Output format: jsonl (one record per line) or json (one array).")
    var format: String = "jsonl"

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write the records to this file instead of standard output, atomically: the file appears complete, or not at all.",
        valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "No progress line on standard error (errors are still reported).")
    var quiet = false

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD used for relative dates instead of the publication day.")
    var referenceDate: String?

    @Option(name: .long, help: "Threads extracting articles (default and most: the active processor count).")
    var jobs: Int = OrderedParallelMap<Pipeline>.defaultJobs

    @Option(name: .long, help: "Articles per parallel batch.")
    var batch: Int = 256

    @Flag(name: .long, inversion: .prefixedNo,
          help: "Write each record as soon as it is ready, without cross-article findings (default: on when the only input is '-').")
    var stream: Bool?

    @OptionGroup var input: InputLimitOptions

    @Argument(help: "Files or folders to read ('-' for standard input).")
    var paths: [String] = []

    func validate() throws {
        guard format == "jsonl" || format == "json" else { throw ValidationError("--format must be jsonl or json, not '\(format)'") }
        if let r = referenceDate, r.count != 10 || CalendarDate(iso: r) == nil {
            throw ValidationError("--reference-date must be YYYY-MM-DD, not '\(r)'")
        }
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }  // more than the cores: capped
        try CountRange.check("--batch", batch, CountRange.batch)
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
        if let output { try PathChecks.writable(output, flag: "-o") }
    }

    func run() throws {
        let reference = referenceDate.flatMap { CalendarDate(iso: $0) }
        let emptyFolders = try PathChecks.emptyFolders(paths, reader: PostReader(limits: input.limits))
        let pipeline: BatchedPipeline
        do { pipeline = try BatchedPipeline(limits: input.limits, jobs: CountRange.threads(jobs), batchSize: batch) } catch {
            throw CLIError("cannot load the lexicons and models (\(error))")
        }
        let streaming = stream ?? (paths == ["-"])
        let file = try output.map { try AtomicFile($0) }
        let out = OutputBuffer(to: file)
        let writer = RecordLineWriter(format: format)
        let progress = ProgressLine(quiet: quiet)
        var posts = 0, failures = 0
        func fail(_ f: InputFailure) {
            failures += 1
            progress.clear()
            FileHandle.standardError.write(Data("kiemdiem: \(TerminalText.line(path: f.path, f.reason))\n".utf8))
        }
        func finish() throws {
            writer.finish(out)
            out.flush()
            progress.clear()
            try file?.commit()
            if failures > 0 { throw ExitCode(3) }
        }
        emptyFolders.forEach(fail)
        if streaming {
            pipeline.process(paths, referenceDate: reference, finish: { RecordLineWriter.encodeOrFailure($0) }) { result in
                switch result {
                case .success(.success(let line)):
                    writer.write(line, to: out)
                    posts += 1
                    progress.update(ProgressLine.posts(posts, failed: failures))
                case .success(.failure(let f)), .failure(let f): fail(f)
                }
            }
            try finish()
            return
        }
        // Records go to a temporary file as they come, their exact figures to a
        // temporary database: memory stays flat however many records there are.
        let spill = try SpillFile()
        let index: CrossArticleIndex
        do { index = try CrossArticleIndex() } catch { throw CLIError("cannot create the temporary cross-article index (\(error))") }
        var indexError: Error?
        // Copies and near-copies of an earlier record get `duplicateOf` and stay
        // out of the cross-article check (each post is compared once).
        let linker = CopyLinker()
        pipeline.process(paths, referenceDate: reference,
                         finish: { r in (RecordLineWriter.encodeOrFailure(r), CrossArticleIndex.slim(r), NearCopy.signature(title: r.title, body: r.text), r) }) { result in
            switch result {
            case .success(let (.success(line0), slim0, signature, record)):
                var line = line0, slim = slim0
                if let original = linker.link(record, signature: signature) {
                    var copy = record
                    copy.duplicateOf = original
                    slim = nil
                    switch RecordLineWriter.encodeOrFailure(copy) {
                    case .success(let l): line = l
                    case .failure(let f): fail(f); return
                    }
                }
                spill.append(line)
                if indexError == nil {
                    do { try index.add(slim, position: posts) } catch { indexError = error }
                }
                posts += 1
                progress.update(ProgressLine.posts(posts, failed: failures))
            case .success(let (.failure(f), _, _, _)), .failure(let f): fail(f)
            }
        }
        try spill.check()
        if let indexError { throw CLIError("the temporary cross-article index failed (\(indexError)); no records written") }
        progress.update(ProgressLine.posts(posts, failed: failures) + ": cross-article check and writing", force: true)
        try index.withFindings { findingsAt in
            try spill.forEachLine { i, line in
                // Cross-article findings go at the end of the record's findings list, in its bytes.
                if let extra = try findingsAt(i), let spliced = RecordJSONWriter.appendingFindings(extra, to: line) {
                    writer.write(spliced, to: out)
                } else {
                    writer.write(line, to: out)
                }
            }
        }
        try finish()
    }
}

/// Writes encoded records as JSON Lines or as one JSON array.
final class RecordLineWriter {
    let format: String
    private var written = 0
    init(format: String) { self.format = format }

    /// One record as compact JSON with sorted keys (the bytes `extract` writes).
    /// Written by `RecordJSONWriter` (the same bytes as JSONEncoder, several
    /// times faster); JSONEncoder only for the record it refuses. A record
    /// neither can write (a number JSON cannot hold) is a failure naming its
    /// source, never an empty line.
    static func encodeOrFailure(_ r: ArticleRecord) -> Result<[UInt8], InputFailure> {
        if let bytes = RecordJSONWriter.encode(r) ?? (try? [UInt8](encoder.encode(r))) { return .success(bytes) }
        return .failure(InputFailure(path: r.source.path ?? r.id, reason: "record \(r.id) cannot be written as JSON (a number it holds is not finite)"))
    }

    /// The fallback encoder, one for every thread (JSONEncoder.encode is safe to call concurrently once configured).
    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    func write(_ line: [UInt8], to out: OutputBuffer) {
        if format == "json" { out.write(written == 0 ? "[\n" : ",\n") }
        out.write(bytes: line)
        if format == "jsonl" { out.write("\n") }
        written += 1
    }

    func finish(_ out: OutputBuffer) {
        if format == "json" { out.write(written == 0 ? "[]\n" : "\n]\n") }
    }
}

/// An unlinked temporary file of records, one per line, read back in order.
/// A write that fails (a full `TMPDIR`) is kept as `failure` and ends
/// the command with one line naming the folder and the reason, never a trap.
final class SpillFile {
    private let handle: FileHandle
    private let dir: String
    private var pending: [UInt8] = []
    private(set) var lines = 0
    /// The first write error ("/tmp: cannot write … (No space left on device)"); later appends are dropped.
    private(set) var failure: CLIError?

    init() throws {
        dir = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((dir + "/kiemdiem-extract-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CLIError("\(dir): cannot create a temporary file for the records (\(String(cString: strerror(errno))))") }
        unlink(String(cString: template))
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    func append(_ line: [UInt8]) {
        guard failure == nil else { return }
        pending += line
        pending.append(0x0A)
        lines += 1
        if pending.count >= 1 << 20 { drain() }
    }

    private func drain() {
        if pending.isEmpty || failure != nil { return }
        let fd = handle.fileDescriptor
        pending.withUnsafeBufferPointer { p in
            var off = 0
            while off < p.count {
                let n = Foundation.write(fd, p.baseAddress! + off, p.count - off)
                if n > 0 { off += n; continue }
                if n < 0 && errno == EINTR { continue }
                let reason = n == 0 ? "nothing written" : String(cString: strerror(errno))
                failure = CLIError("\(dir): cannot write the temporary file of records (\(reason)); no records written (set TMPDIR to a folder with room)")
                return
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Throws the first write failure, if any (after writing what is pending).
    func check() throws {
        drain()
        if let failure { throw failure }
    }

    /// Calls `body` with each line's number (from 0) and bytes, in order.
    func forEachLine(_ body: (Int, [UInt8]) throws -> Void) throws {
        try check()
        try handle.seek(toOffset: 0)
        var reader = LineReader(fd: handle.fileDescriptor)
        var i = 0
        while let line = reader.next() {
            try body(i, line)
            i += 1
        }
    }
}
