import ArgumentParser
import Foundation
import Kiemdiem

/// `kiemdiem extract`: one record per article, JSON Lines by default.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Turn articles into records (RECORDS.md): dates, documents, officials, organization, ratings, totals, findings.",
        discussion: """
        PATH is a file (.txt, .html, .htm, .warc, .warc.gz, .jsonl, .gz of those), a folder
        (read recursively, sorted by path) or '-' for standard input. One record per article is
        written to standard output in input order, with its within-article findings and the
        cross-article findings among the articles of this call (records are written once all
        inputs are read). A file that cannot be read gives one line on standard error
        ("kiemdiem: PATH: reason") and the others still come out.
        Exit status: 0 when every input was read, 3 when some failed, 2 for bad usage.

        Example: kiemdiem extract corpus/ > records.jsonl
        """
    )

    @Option(name: .long, help: "Output format: jsonl (one record per line) or json (one array).")
    var format: String = "jsonl"

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD used for relative dates instead of the publication day.")
    var referenceDate: String?

    @OptionGroup var input: InputLimitOptions

    @Argument(help: "Files or folders to read ('-' for standard input).")
    var paths: [String] = []

    func validate() throws {
        guard format == "jsonl" || format == "json" else { throw ValidationError("--format must be jsonl or json, not '\(format)'") }
        if let r = referenceDate, r.count != 10 || CalendarDate(iso: r) == nil {
            throw ValidationError("--reference-date must be YYYY-MM-DD, not '\(r)'")
        }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        let reference = referenceDate.flatMap { CalendarDate(iso: $0) }
        let pipeline: Pipeline
        do { pipeline = try Pipeline(limits: input.limits) } catch { throw CLIError("cannot load the lexicons and models (\(error))") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var records: [ArticleRecord] = []
        var failed = false
        pipeline.process(paths, referenceDate: reference) { result in
            switch result {
            case .success(let record): records.append(record)
            case .failure(let f):
                failed = true
                FileHandle.standardError.write(Data("kiemdiem: \(f.path): \(f.reason)\n".utf8))
            }
        }
        Pipeline.addCrossArticleFindings(&records)
        let out = OutputBuffer()
        if format == "json" { out.write("[") }
        for (i, record) in records.enumerated() {
            let data = try encoder.encode(record)
            if format == "json" { out.write(i == 0 ? "\n" : ",\n") }
            out.write(String(decoding: data, as: UTF8.self))
            if format == "jsonl" { out.write("\n") }
        }
        if format == "json" { out.write(records.isEmpty ? "]\n" : "\n]\n") }
        out.flush()
        if failed { throw ExitCode(3) }
    }
}
