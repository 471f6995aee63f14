import ArgumentParser
import Foundation
import Kiemdiem

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the self-contained HTML report of the database.",
        discussion: """
        One HTML file with no outside resources: an overview, yearly rating-mix charts per
        organization (inline SVG), the findings table linking to each article, and each
        article's text with its extracted facts highlighted and its findings beside it.

        Example: kiemdiem report --db kiemdiem.sqlite --out report.html
        """
    )

    @Option(name: .long, help: "SQLite database to read.")
    var db = RecordStore.defaultPath

    @Option(name: .long, help: "HTML file to write.")
    var out = "report.html"

    @Option(name: .long, help: "At most this many article views (articles with findings first).")
    var maxArticles = 2000

    func validate() throws {
        try CountRange.check("--max-articles", maxArticles, 0...1_000_000)
    }

    func run() throws {
        do { _ = try OutputFile.destination(of: out) } catch { throw CLIError("\(out): cannot write the report (\(error))") }
        guard FileManager.default.fileExists(atPath: db) else { throw CLIError("\(db): no such database (run `kiemdiem run` first)") }
        let store: RecordStore
        do { store = try RecordStore(path: db, readOnly: true) } catch { throw CLIError(RecordStore.describe(error, path: db)) }
        do { try ReportWriter.write(from: store, to: out, maxArticles: maxArticles) } catch {
            throw CLIError("\(out): cannot write the report (\(error))")
        }
        FileHandle.standardError.write(Data("kiemdiem: wrote \(TerminalText.quoted(out))\n".utf8))
    }
}
