import Foundation
import Testing

@Suite("kiemdiem tokenize")
struct TokenizeCommandTests {
    @Test func printsCodesAndDatesWholeAndNormalizesToneMarks() throws {
        let r = try CLIRunner.run(["tokenize"], stdin: "Kế hoạch số 07-KH/ĐU, ngày 18/11/2020 của Đảng uỷ phường.\n")
        #expect(r.status == 0)
        let tokens = r.stdout.split(separator: "\n").first.map { $0.split(separator: " ").map(String.init) } ?? []
        #expect(tokens.contains("07-KH/ĐU"))
        #expect(tokens.contains("18/11/2020"))
        #expect(tokens.contains("ủy"))
        #expect(!r.stdout.contains("uỷ"))
    }

    @Test func oneOutputLinePerInputLine() throws {
        let r = try CLIRunner.run(["tokenize"], stdin: "Dòng một.\n\nDòng ba có HĐND.\n")
        #expect(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast() ==
                ["Dòng một .", "", "Dòng ba có HĐND ."])
    }

    @Test func jsonLinesCarryKindAndOffsets() throws {
        let r = try CLIRunner.run(["tokenize", "--json"], stdin: "Đảng uỷ 8,3%\n")
        let objects = try r.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(objects.map { $0["text"] as? String } == ["Đảng", "ủy", "8,3", "%"])
        #expect(objects.map { $0["kind"] as? String } == ["syllable", "syllable", "number", "percent"])
        #expect(objects.map { $0["start"] as? Int } == [0, 5, 8, 11])
        #expect(objects.map { $0["end"] as? Int } == [4, 7, 11, 12])
    }

    @Test func missingFileFailsWithOneLineNamingIt() throws {
        let r = try CLIRunner.run(["tokenize", "/no/such/file.txt"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("/no/such/file.txt"))
        #expect(r.stdout.isEmpty)
    }

    @Test func helpDescribesTheCommands() throws {
        let r = try CLIRunner.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("tokenize"))
        let sub = try CLIRunner.run(["tokenize", "--help"])
        #expect(sub.stdout.contains("--json"))
    }
}
