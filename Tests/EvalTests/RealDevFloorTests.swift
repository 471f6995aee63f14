import Foundation
import Testing
import Kiemdiem
import KiemdiemEval

/// The real development set (corpus/real-dev, hand-annotated excerpts of real
/// news reports) scored through the library as `kiemdiem eval` scores it, held
/// to the minimums of corpus/real-dev/FLOOR.tsv (`field<TAB>minimum`: F1 of a
/// list field, share of articles right for year, organization and published).
/// Raise the floors when the extractor improves.
@Suite struct RealDevFloorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let set = root.appendingPathComponent("corpus/real-dev")

    static func floors() throws -> [(String, Double)] {
        let text = try String(contentsOf: set.appendingPathComponent("FLOOR.tsv"), encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line -> (String, Double)? in
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { return nil }
            let cols = line.split(separator: "\t")
            guard cols.count == 2, let v = Double(cols[1].trimmingCharacters(in: .whitespaces)) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "FLOOR.tsv: bad line '\(line)'"])
            }
            return (String(cols[0]), v)
        }
    }

    @Test func floorFileNamesEveryFieldAndAccuracy() throws {
        let names = try Self.floors().map(\.0)
        #expect(Set(names) == Set(GoldReport.minimumNames), "FLOOR.tsv names \(names)")
        #expect(names.count == Set(names).count)
    }

    @Test func realDevScoresReachTheFloors() throws {
        let report = GoldEvaluation.evaluate([Self.set.path], pipeline: try Pipeline())
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.count == 40 && report.records == 40)
        for (name, minimum) in try Self.floors() {
            let level = report.field(name)?.f1 ?? report.accuracy(name)
            #expect(level != nil, "\(name): not a field or accuracy")
            if let level { #expect(level >= minimum, "\(name): \(level) below the floor \(minimum)") }
        }
        #expect(report.below(try Self.floors()).isEmpty)
    }
}
