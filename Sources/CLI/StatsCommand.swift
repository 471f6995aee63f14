import ArgumentParser
import Foundation
import Kiemdiem

extension StatFormat: ExpressibleByArgument {}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Yearly rating statistics per organization from the database.",
        discussion: """
        One row per organization (normalized name), rated year, subject, stage and level: the count, a stated percent, the share within its list, how many articles give it, and a conflict mark with every figure when articles disagree. Totals are rows with stage "total". CSV (RFC 4180, header row) and JSON (an array of flat objects) load as they are into pandas, DuckDB or a spreadsheet.

        The database must exist and be a kiemdiem database; it is only read.

        \(ExitStatusText.all)

        Example: kiemdiem stats --org "Thượng Thanh" --year 2020 --format csv > stats.csv
        """
    )

    @Option(name: .long, help: "SQLite database to read.")
    var db = RecordStore.defaultPath

    @Option(name: .long, help: "Only organizations whose name contains this.")
    var org: String?

    @Option(name: .long, help: "Only this rated year.")
    var year: Int?

    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: StatFormat = .table

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else { throw CLIError("\(db): no such database (run `kiemdiem run` first)") }
        let store: RecordStore
        do { store = try RecordStore(path: db, readOnly: true) } catch { throw CLIError(RecordStore.describe(error, path: db)) }
        let rows = try Statistics.rows(of: store, filter: .init(organization: org, year: year))
        let out = OutputBuffer()
        out.write(format.render(rows))
        out.flush()
    }
}
