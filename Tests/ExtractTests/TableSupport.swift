import Testing
import Foundation
import KiemdiemExtract
import KiemdiemTokenize

/// One row of a phrase table under Tests/ExtractTests/Tables: the input and
/// the value it must give. `\n` in a cell stands for a line break.
struct TableRow: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let cells: [String]
    var testDescription: String { "\(file):\(line) \(cells.first ?? "")" }
}

enum Tables {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Tables")

    /// The rows of a table: tab-separated, `#` comments and blank lines skipped.
    static func rows(_ name: String) -> [TableRow] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return [] }
        var out: [TableRow] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: "\\n", with: "\n") }
            out.append(TableRow(file: name, line: n + 1, cells: cells))
        }
        return out
    }
}

/// Shared, lazily built analysers (loading lexicons once per test run).
enum Shared {
    static let tokenizer = try! Tokenizer()
    static func analyze(_ s: String) -> Document { tokenizer.analyze(s) }
}
