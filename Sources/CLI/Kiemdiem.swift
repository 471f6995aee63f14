import ArgumentParser
import Foundation
import Kiemdiem

@main
struct KiemdiemCommand: ParsableCommand {
    /// Runs the command; bad usage exits with status 2 and one line on standard error.
    static func main() {
        // `kiemdiem help TOPIC` with a TOPIC that is no command is bad usage, not the top-level help.
        let args = Array(CommandLine.arguments.dropFirst())
        if args.first == "help", args.count > 1 {
            let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
            if let topic = args.dropFirst().first(where: { !$0.hasPrefix("-") }), !names.contains(topic) {
                FileHandle.standardError.write(Data("kiemdiem: no help topic '\(topic)'; topics: \(names.filter { $0 != "help" }.sorted().joined(separator: ", "))\n".utf8))
                FileHandle.standardError.write(Data("See 'kiemdiem --help'.\n".utf8))
                Foundation.exit(2)
            }
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("kiemdiem: \(TerminalText.oneLine(error.description))\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                var line = String(fullMessage(for: error).split(separator: "\n").first ?? "bad usage")
                if line.hasPrefix("Error: ") { line.removeFirst(7) }
                FileHandle.standardError.write(Data("kiemdiem: \(TerminalText.oneLine(line))\n".utf8))
                FileHandle.standardError.write(Data("See 'kiemdiem --help'.\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "kiemdiem",
        abstract: "Read archived Vietnamese party news posts, extract dated and sourced facts, and cross-check the figures.",
        discussion: """
        The pipeline: ingest → normalize → tokenize → extract → check → store/report. Every extracted figure points back to the sentence it came from by offsets. The records are described in docs/RECORDS.md (share/doc/kiemdiem/ in a release).

        Data: the lexicons/ and models/ folders are looked up next to the binary (<bindir>/../share/kiemdiem, then the folders above the binary), then in the folder named by KIEMDIEM_HOME.

        \(ExitStatusText.all)
        """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, ExtractCommand.self, StatsCommand.self, ReportCommand.self, EvalCommand.self,
            TokenizeCommand.self, EvalSegmentationCommand.self, TrainSegmenterCommand.self,
        ]
    )
}
