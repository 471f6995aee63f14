import ArgumentParser
import Foundation
import Kiemdiem

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the self-contained HTML report of the database.",
        discussion: """
        One HTML file with no outside resources and no script: an overview, trends by year (HTXSNV share, lists above the 20% cap by year and level, the HTXSNV/HTTNV ratio distribution, articles, organizations and findings per year; inline SVG computed from exclusive counts), a method section explaining each rule, the findings grouped by rule and organization each linking to its sentence, and each article's text with its extracted facts highlighted. Vietnamese by default; --lang en for English.

        The database must exist and be a kiemdiem database. The folder of --out must exist (checked before the report is built); the file is replaced.

        \(ExitStatusText.all)

        Example: kiemdiem report --db kiemdiem.sqlite --out report.html
        """
    )

    @Option(name: .long, help: "SQLite database to read.")
    var db = RecordStore.defaultPath

    @Option(name: .long, help: "HTML file to write.")
    var out = "report.html"

    @Option(name: .long, help: "At most this many article views (articles with findings first).")
    var maxArticles = 2000

    @Option(name: .long, help: "Language of the report: vi (default) or en.")
    var lang: ReportLanguage = .vi

    func validate() throws {
        try CountRange.check("--max-articles", maxArticles, 0...1_000_000)
        try PathChecks.writable(out, flag: "--out")
    }

    func run() throws {
        do { _ = try OutputFile.destination(of: out) } catch { throw CLIError("\(out): cannot write the report (\(error))") }
        guard FileManager.default.fileExists(atPath: db) else { throw CLIError("\(db): no such database (run `kiemdiem run` first)") }
        let store: RecordStore
        do { store = try RecordStore(path: db, readOnly: true) } catch { throw CLIError(RecordStore.describe(error, path: db)) }
        do { try ReportWriter.write(from: store, to: out, maxArticles: maxArticles, language: lang) } catch {
            throw CLIError("\(out): cannot write the report (\(error.localizedDescription))")
        }
        FileHandle.standardError.write(Data("kiemdiem: wrote \(TerminalText.quoted(out))\n".utf8))
    }
}

extension ReportLanguage: ExpressibleByArgument {}
