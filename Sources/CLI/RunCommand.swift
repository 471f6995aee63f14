import ArgumentParser
import Foundation
import Kiemdiem

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read posts, extract and check their facts, store them and write the report.",
        discussion: """
        Reads every post under PATH... (.txt, .html, .warc, .warc.gz, .jsonl, .gz; folders recursively), extracts one record per
        post, runs the consistency checks, stores everything in the SQLite database
        (articles keyed by content hash: a rerun skips what is stored and changes nothing),
        recomputes the cross-article checks over the whole database and writes the HTML report.
        Articles are extracted on --jobs threads and stored in batches of --batch, one
        transaction per batch (an interrupted run loses at most its last four batches, never half an
        article; rerun to resume). Memory stays flat: the summary and the cross-article check
        read only what they need from the database.
        Progress goes to standard error when it is a terminal; the summary to standard output.
        Exit status 3 when some inputs could not be read (they are listed, and the rest is stored).

        Example: kiemdiem run corpus --db kiemdiem.sqlite --report report.html
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .long, help: "SQLite database to fill (created when missing).")
    var db = RecordStore.defaultPath

    @Option(name: .long, help: "Where to write the HTML report.")
    var report = "report.html"

    @Flag(name: .long, help: "Do not write the HTML report.")
    var noReport = false

    @Option(name: .long, help: "Organizations shown in the yearly table of the summary.")
    var top = 5

    @Option(name: .long, help: "Threads extracting articles (default: the active processor count).")
    var jobs: Int = OrderedParallelMap<Pipeline>.defaultJobs

    @Option(name: .long, help: "Articles per batch (extracted in parallel, stored in one transaction).")
    var batch: Int = 256

    @OptionGroup var input: InputLimitOptions

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        guard batch > 0 else { throw ValidationError("--batch must be positive") }
    }

    func run() throws {
        let store: RecordStore
        do { store = try RecordStore(path: db) } catch { throw CLIError(RecordStore.describe(error, path: db)) }
        let showProgress = isatty(2) == 1
        let job: RunJob
        do {
            job = try RunJob(reader: PostReader(limits: input.limits), jobs: jobs, batchSize: batch) {
                let extractor = try ArticleExtractor()
                return { extractor.extract($0) }
            }
        } catch { throw CLIError("cannot load the extractor's lexicons (\(error))") }
        let summary: RunJob.Summary
        do {
            summary = try job.run(paths: paths, store: store) { p in
                guard showProgress else { return }
                let name = p.path.count > 60 ? "…" + p.path.suffix(59) : p.path
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(p.filesDone)/\(p.filesTotal)] \(name)".utf8))
            }
        } catch {
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            throw CLIError(RecordStore.describe(error, path: db))
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !noReport {
            do { try ReportWriter.write(from: store, to: report) } catch { throw CLIError("\(report): cannot write the report (\(error))") }
        }
        let out = OutputBuffer()
        out.write(RunSummaryText.render(summary, db: db, report: noReport ? nil : report))
        out.write("\n")
        out.write(try Statistics.yearlySummary(of: store, topOrganizations: top))
        out.flush()
        for f in summary.failures { FileHandle.standardError.write(Data("kiemdiem: \(f.path): \(f.reason)\n".utf8)) }
        if !summary.failures.isEmpty { throw ExitCode(3) }
    }
}

/// The summary `run` prints.
enum RunSummaryText {
    static func render(_ s: RunJob.Summary, db: String, report: String?) -> String {
        var out = "posts read: \(s.postsRead) (\(s.stored) new articles, \(s.copies) copies of one of them kept as extra sources, \(s.skipped) inputs already stored)\n"
        if s.nearCopies > 0 { out += "near-copies: \(s.nearCopies) new articles repeat an earlier one (duplicateOf set, counted once)\n" }
        out += "failed inputs: \(s.failures.count)\n"
        for f in s.failures.prefix(20) { out += "  \(f.path): \(f.reason)\n" }
        if s.failures.count > 20 { out += "  … and \(s.failures.count - 20) more\n" }
        out += "articles in \(db): \(s.distinctInStore)" + (s.recordsInStore > s.distinctInStore ? " (+ \(s.recordsInStore - s.distinctInStore) near-copies)" : "") + "\n"
        let total = s.findingsByRule.values.reduce(0, +)
        out += "findings: \(total)\n"
        for rule in Rule.allCases { if let n = s.findingsByRule[rule] { out += "  \(rule.rawValue): \(n)\n" } }
        if let report { out += "report: \(report)\n" }
        return out
    }
}
