import ArgumentParser

@main
struct KiemdiemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiemdiem",
        abstract: "Read archived Vietnamese party news posts, extract dated and sourced facts, and cross-check the figures.",
        discussion: """
        The pipeline: ingest → normalize → tokenize → extract → check → store/report.
        Every extracted figure points back to the sentence it came from by offsets.
        """,
        version: "0.1.0",
        subcommands: [TokenizeCommand.self, ExtractCommand.self, EvalCommand.self, RunCommand.self, StatsCommand.self, ReportCommand.self]
    )
}
