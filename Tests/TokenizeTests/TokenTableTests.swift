import Foundation
import Testing
import KiemdiemTokenize

/// One row of Tables/tokens.tsv.
struct TokenRow: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: [(kind: String, text: String)]
    var testDescription: String { input }

    static func load() throws -> [TokenRow] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Tables/tokens.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.isEmpty { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let expected = cols.dropFirst().map { col -> (String, String) in
                let parts = col.split(separator: " ", maxSplits: 1).map(String.init)
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }
            return TokenRow(input: cols[0], expected: expected)
        }
    }
}

@Suite("Tokenizer table (Tables/tokens.tsv)")
struct TokenTableTests {
    static let tokenizer = try! Tokenizer()

    @Test(arguments: try TokenRow.load())
    func row(_ row: TokenRow) {
        let doc = Self.tokenizer.analyze(row.input)
        let got = doc.tokens.map { ($0.kind.rawValue, doc.text(of: $0)) }
        #expect(got.map { "\($0.0) \($0.1)" } == row.expected.map { "\($0.kind) \($0.text)" })
        for t in doc.tokens {
            #expect(t.start < t.end && t.end <= doc.scalars.count)
        }
    }

    @Test func tableCoversEveryKind() throws {
        let kinds = Set(try TokenRow.load().flatMap { $0.expected.map(\.kind) })
        for kind in TokenKind.allCases {
            #expect(kinds.contains(kind.rawValue), "no row for \(kind)")
        }
    }
}
