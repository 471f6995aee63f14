import ArgumentParser
import Foundation
import Kiemdiem

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read posts, extract and check their facts, store them and write the report.",
        discussion: """
        Reads every .txt post under PATH... (folders recursively), extracts one record per
        post, runs the consistency checks, stores everything in the SQLite database
        (articles keyed by content hash: a rerun skips what is stored and changes nothing),
        recomputes the cross-article checks over the whole database and writes the HTML report.
        Progress goes to standard error when it is a terminal; the summary to standard output.

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

    func run() throws {
        let store: RecordStore
        do { store = try RecordStore(path: db) } catch { throw CLIError("\(db): cannot open the database (\(error))") }
        let showProgress = isatty(2) == 1
        let job = RunJob(extract: Extraction.extract)
        let summary = try job.run(paths: paths, store: store) { p in
            guard showProgress else { return }
            let name = p.path.count > 60 ? "…" + p.path.suffix(59) : p.path
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(p.filesDone)/\(p.filesTotal)] \(name)".utf8))
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !noReport {
            do { try ReportWriter.write(from: store, to: report) } catch { throw CLIError("\(report): cannot write the report (\(error))") }
        }
        let out = OutputBuffer()
        out.write(RunSummaryText.render(summary, db: db, report: noReport ? nil : report))
        out.write("\n")
        out.write(Statistics.yearlySummary(Statistics.rows(try store.allRecords()), topOrganizations: top))
        out.flush()
        for f in summary.failures { FileHandle.standardError.write(Data("kiemdiem: \(f.path): \(f.reason)\n".utf8)) }
    }
}

/// The summary `run` prints.
enum RunSummaryText {
    static func render(_ s: RunJob.Summary, db: String, report: String?) -> String {
        var out = "articles read: \(s.postsRead) (\(s.stored) new, \(s.skipped) already stored)\n"
        out += "failed inputs: \(s.failures.count)\n"
        for f in s.failures.prefix(20) { out += "  \(f.path): \(f.reason)\n" }
        if s.failures.count > 20 { out += "  … and \(s.failures.count - 20) more\n" }
        out += "records in \(db): \(s.recordsInStore)\n"
        let total = s.findingsByRule.values.reduce(0, +)
        out += "findings: \(total)\n"
        for rule in Rule.allCases { if let n = s.findingsByRule[rule] { out += "  \(rule.rawValue): \(n)\n" } }
        if let report { out += "report: \(report)\n" }
        return out
    }
}

/// The extraction step `run` uses.
///
/// PLACEHOLDER until the integrator wires the real extractor: replace
/// `extract` with `{ try ArticleExtractor().extract($0) }` (or whatever the
/// extractor's entry point is). This stand-in only reads the portal layout
/// (category, title, "Ngày đăng" line) and normalizes the body; it finds no
/// facts, so no rating findings appear until the real extractor is in.
enum Extraction {
    static let normalizer = Normalizer()

    static func extract(_ post: IngestedPost) throws -> ArticleRecord {
        let lines = post.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let dateLine = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Ngày đăng") }) else {
            let body = normalizer.normalize(post.text).text
            return ArticleRecord(id: post.id, source: post.source, title: post.title, published: post.published, text: body)
        }
        let head = lines[..<dateLine].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let title = head.last.map { normalizer.normalize($0).text } ?? post.title
        let category = head.count >= 2 ? head[head.count - 2] : nil
        let body = normalizer.normalize(lines[(dateLine + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)).text
        return ArticleRecord(id: post.id, source: post.source, title: title, category: category,
                             published: published(lines[dateLine]) ?? post.published, views: views(lines[dateLine]), text: body)
    }

    /// "Ngày đăng 08/12/2020 | 17:41 | Lượt xem: 275" → "2020-12-08T17:41".
    static func published(_ line: String) -> String? {
        let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first else { return nil }
        let digits = first.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard digits.count >= 3, let d = Int(digits[0]), let m = Int(digits[1]), let y = Int(digits[2]) else { return nil }
        var s = String(format: "%04d-%02d-%02d", y, m, d)
        if parts.count > 1 {
            let t = parts[1].split(separator: ":").compactMap { Int($0) }
            if t.count == 2 { s += String(format: "T%02d:%02d", t[0], t[1]) }
        }
        return s
    }

    static func views(_ line: String) -> Int? {
        guard let r = line.range(of: "Lượt xem:") else { return nil }
        return Int(line[r.upperBound...].trimmingCharacters(in: .whitespaces).filter(\.isNumber))
    }
}
