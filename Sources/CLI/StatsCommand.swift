import ArgumentParser
import Foundation
import Kiemdiem

extension StatFormat: ExpressibleByArgument {}
extension StatsGrouping: ExpressibleByArgument {}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Yearly rating statistics per organization, or added up by year, province or level.",
        discussion: """
        Each post counts once: near-copies (duplicateOf) are left out. The database must exist and be a kiemdiem database; it is only read.

        Per organization (default): one row per organization, rated year, subject, stage and
        level. "count" is the figure as stated; a cumulative figure ("trở lên", or a whole
        with higher levels inside it) has cumulative=true and its "exclusive_count" is the
        level alone. "share" is the exclusive count ÷ the list's exclusive counts added up.
        "approx" and "bound" (lower, upper, about) mark approximate figures. When articles
        disagree, "figures" lists every article's figure and "choice" says which rule step
        picked the one shown:
        \(Statistics.choiceRule)

        --by year|province|level: per year, the exclusive counts of each level added up over
        all organizations / each province / each administrative level (commune, district,
        province, other), over the complete lists; the share; and, on HTXSNV rows, how many
        lists are above the 20% cap.

        --org matches ignoring case and tone marks ("Phu My" finds "Phú Mỹ").
        CSV (RFC 4180, header row, numbers as numbers) and JSON (an array of objects, with
        real arrays) load as they are into pandas, DuckDB or a spreadsheet.

        \(ExitStatusText.all)

        Example: kiemdiem stats --by year --format csv > by-year.csv
        """
    )

    @Option(name: .long, help: "SQLite database to read.")
    var db = RecordStore.defaultPath

    @Option(name: .long, help: "Only organizations whose name contains this (case and tone marks ignored).")
    var org: String?

    @Option(name: .long, help: "Only this rated year.")
    var year: Int?

    @Option(name: .long, help: "Rows per organization (default), or added up by year, province or level.")
    var by: StatsGrouping = .organization

    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: StatFormat = .table

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else { throw CLIError("\(db): no such database (run `kiemdiem run` first)") }
        let store: RecordStore
        do { store = try RecordStore(path: db, readOnly: true) } catch { throw CLIError(RecordStore.describe(error, path: db)) }
        let lines = try Statistics.lines(of: store, filter: .init(organization: org, year: year))
        let out = OutputBuffer()
        if by == .organization {
            out.write(StatsOutput.render(lines, format: format))
        } else {
            out.write(StatsOutput.render(Statistics.aggregate(lines, by: by), format: format))
        }
        out.flush()
    }
}
