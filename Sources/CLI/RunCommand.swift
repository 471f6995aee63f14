import ArgumentParser
import Foundation
import Kiemdiem

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read posts, extract and check their facts, store them and write the report.",
        discussion: """
        Reads every post under PATH... (.txt, .html, .htm, .warc, .warc.gz, .jsonl, or any of those gzipped; folders recursively), extracts one record per post, runs the consistency checks, stores everything in the SQLite database (articles keyed by content hash: a rerun skips what is stored and changes nothing), recomputes the cross-article checks over the whole database and writes the HTML report.

        Articles are extracted on --jobs threads and stored in batches of --batch, one transaction per batch (an interrupted run loses at most its last four batches, never half an article; rerun to resume). Memory stays flat: the summary and the cross-article check read only what they need from the database.

        A --db that exists must be a kiemdiem database (or an empty file); any other file, a SQLite database of another program included, is refused and left as it is. The folders of --db and --report must exist; both are checked before any work starts.

        On a terminal, a progress line counting posts goes to standard error (--quiet turns it off). The summary goes to standard output: as text, or with --summary-json as one JSON object (keys postsRead, stored, skipped, failedInputs, recordsInStore, findingsByRule, crossArticleFindings, db, report). Inputs that could not be read are listed on standard error and in the database; the rest is stored.

        \(ExitStatusText.all)

        Example: kiemdiem run corpus --db /tmp/kiemdiem.sqlite --report /tmp/report.html
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

    @Option(name: .long, help: "Language of the report: vi (default) or en.")
    var lang: ReportLanguage = .vi

    @Option(name: .long, help: "Organizations shown in the yearly table of the summary.")
    var top = 5

    @Option(name: .long, help: "Threads extracting articles (default and most: the active processor count).")
    var jobs: Int = OrderedParallelMap<Pipeline>.defaultJobs

    @Option(name: .long, help: "Articles per batch (extracted in parallel, stored in one transaction).")
    var batch: Int = 256

    @Flag(name: .long, help: "No progress line and no text summary (errors are still reported on standard error).")
    var quiet = false

    @Flag(name: .customLong("summary-json"), help: "Print the summary as one JSON object on standard output instead of text (also with --quiet).")
    var summaryJSON = false

    @OptionGroup var input: InputLimitOptions

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }  // more than the cores: capped
        try CountRange.check("--batch", batch, CountRange.batch)
        try CountRange.check("--top", top, 0...100_000)
        try PathChecks.writable(db, flag: "--db")
        if !noReport { try PathChecks.writable(report, flag: "--report") }
    }

    func run() throws {
        // A report path that cannot be written (a device, a FIFO) is refused before any work.
        if !noReport {
            do { _ = try OutputFile.destination(of: report) } catch { throw CLIError("\(report): cannot write the report (\(error))") }
        }
        let emptyFolders = try PathChecks.emptyFolders(paths, reader: PostReader(limits: input.limits))
        let store: RecordStore
        do { store = try RecordStore(path: db) } catch { throw CLIError(RecordStore.describe(error, path: db)) }
        let progress = ProgressLine(quiet: quiet)
        // For the interruption test only: the run kills itself once this many
        // posts are read and handed to the store, a fixed point in the run.
        let killAfter = ProcessInfo.processInfo.environment["KIEMDIEM_TEST_KILL_AFTER_POSTS"].flatMap { Int($0) }
        let job: RunJob
        do {
            job = try RunJob(reader: PostReader(limits: input.limits), jobs: CountRange.threads(jobs), batchSize: batch) {
                let extractor = try ArticleExtractor()
                return { extractor.extract($0) }
            }
        } catch { throw CLIError("cannot load the extractor's lexicons (\(error))") }
        var summary: RunJob.Summary
        do {
            summary = try job.run(paths: paths, store: store) { p in
                if let killAfter, p.postsDone >= killAfter { raise(SIGKILL) }
                progress.update({
                    let shown = TerminalText.quoted(p.path)
                    let name = shown.count > 50 ? "…" + shown.suffix(49) : shown
                    return "\(ProgressLine.posts(p.postsDone, failed: p.failures)) (file \(p.filesDone)/\(p.filesTotal)) \(name)"
                }())
            }
        } catch {
            progress.clear()
            throw CLIError(RecordStore.describe(error, path: db))
        }
        summary.failures = emptyFolders + summary.failures
        progress.update("writing the report", force: true)
        if !noReport {
            do { try ReportWriter.write(from: store, to: report, language: lang) } catch {
                progress.clear()
                throw CLIError("\(report): cannot write the report (\(error.localizedDescription))")
            }
        }
        progress.clear()
        let out = OutputBuffer()
        if summaryJSON {
            out.write(RunSummaryText.json(summary, db: db, report: noReport ? nil : report))
            out.write("\n")
        } else if !quiet {
            out.write(RunSummaryText.render(summary, db: db, report: noReport ? nil : report))
            out.write("\n")
            out.write(try Statistics.yearlySummary(of: store, topOrganizations: top))
        }
        out.flush()
        for f in summary.failures { FileHandle.standardError.write(Data("kiemdiem: \(TerminalText.line(path: f.path, f.reason))\n".utf8)) }
        if !summary.failures.isEmpty { throw ExitCode(3) }
    }
}

/// The summary `run` prints.
enum RunSummaryText {
    static func render(_ s: RunJob.Summary, db: String, report: String?) -> String {
        var out = "posts read: \(s.postsRead) (\(s.stored) new articles, \(s.copies) copies of one of them kept as extra sources, \(s.skipped) inputs already stored)\n"
        if s.nearCopies > 0 { out += "near-copies: \(s.nearCopies) new articles repeat an earlier one (duplicateOf set, counted once)\n" }
        out += "failed inputs: \(s.failures.count)\n"
        for f in s.failures.prefix(20) { out += "  \(TerminalText.line(path: f.path, f.reason))\n" }
        if s.failures.count > 20 { out += "  … and \(s.failures.count - 20) more\n" }
        out += "articles in \(TerminalText.quoted(db)): \(s.distinctInStore)" + (s.recordsInStore > s.distinctInStore ? " (+ \(s.recordsInStore - s.distinctInStore) near-copies)" : "") + "\n"
        let total = s.findingsByRule.values.reduce(0, +)
        out += "findings: \(total)\n"
        for rule in Rule.allCases { if let n = s.findingsByRule[rule] { out += "  \(rule.rawValue): \(n)\n" } }
        if let report { out += "report: \(TerminalText.quoted(report))\n" }
        return out
    }
}

extension RunSummaryText {
    /// The summary as one JSON object (keys sorted).
    static func json(_ s: RunJob.Summary, db: String, report: String?) -> String {
        var findings: [String: Int] = [:]
        for (rule, n) in s.findingsByRule { findings[rule.rawValue] = n }
        let object: [String: Any] = [
            "postsRead": s.postsRead, "stored": s.stored, "skipped": s.skipped,
            "failedInputs": s.failures.map { ["path": $0.path, "reason": $0.reason] },
            "recordsInStore": s.recordsInStore, "findingsByRule": findings,
            "crossArticleFindings": s.crossArticleFindings, "db": db, "report": report ?? NSNull(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
