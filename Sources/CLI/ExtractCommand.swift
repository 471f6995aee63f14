import ArgumentParser
import Foundation
import Kiemdiem

/// `kiemdiem extract`: one record per article, JSON Lines by default.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Turn articles into records (RECORDS.md): dates, documents, officials, organization, ratings, totals.",
        discussion: """
        PATH is a file or a folder (read recursively, sorted by path). One record per article
        is written to standard output in input order. A file that cannot be read gives one
        line on standard error ("kiemdiem: PATH: reason") and the others still come out.
        Exit status: 0 when every input was read, 3 when some failed, 2 for bad usage.

        Example: kiemdiem extract corpus/ > records.jsonl
        """
    )

    @Option(name: .long, help: "Output format: jsonl (one record per line) or json (one array).")
    var format: String = "jsonl"

    @Option(name: .customLong("reference-date"), help: "YYYY-MM-DD used for relative dates instead of the publication day.")
    var referenceDate: String?

    @Argument(help: "Files or folders to read.")
    var paths: [String] = []

    func run() throws {
        func usage(_ message: String) -> ExitCode {
            FileHandle.standardError.write(Data("kiemdiem extract: \(message)\n".utf8))
            return ExitCode(2)
        }
        guard format == "jsonl" || format == "json" else { throw usage("--format must be jsonl or json, not '\(format)'") }
        var reference: CalendarDate? = nil
        if let r = referenceDate {
            guard r.count == 10, let d = CalendarDate(iso: r) else { throw usage("--reference-date must be YYYY-MM-DD, not '\(r)'") }
            reference = d
        }
        guard !paths.isEmpty else { throw usage("give at least one file or folder") }

        let extractor: ArticleExtractor
        do { extractor = try ArticleExtractor() } catch {
            FileHandle.standardError.write(Data("kiemdiem: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let reader = PostReader()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let out = OutputBuffer()
        var failed = false
        var first = true
        func fail(_ f: InputFailure) {
            failed = true
            out.flush()
            FileHandle.standardError.write(Data("kiemdiem: \(f.path): \(f.reason)\n".utf8))
        }
        if format == "json" { out.write("[") }
        for item in reader.expand(paths) {
            switch item {
            case .failure(let f): fail(f)
            case .success(let path):
                for result in reader.read(path) {
                    switch result {
                    case .failure(let f): fail(f)
                    case .success(let post):
                        let record = extractor.extract(post, referenceDate: reference)
                        guard let data = try? encoder.encode(record) else {
                            fail(InputFailure(path: path, reason: "record could not be encoded")); continue
                        }
                        if format == "json" { out.write(first ? "\n" : ",\n") }
                        out.write(String(decoding: data, as: UTF8.self))
                        if format == "jsonl" { out.write("\n") }
                        first = false
                    }
                }
            }
        }
        if format == "json" { out.write(first ? "]\n" : "\n]\n") }
        out.flush()
        if failed { throw ExitCode(3) }
    }
}
