import ArgumentParser
import Foundation
import Kiemdiem
import KiemdiemEval

/// `kiemdiem eval`: extraction scored against hand-written expected records
/// (`NN.expected.json`) or hand-made gold records (`NN.gold.json`).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against annotated articles: precision, recall and F1 per field.",
        discussion: """
        Each FOLDER holds articles with their annotations, of one of two kinds:

        Gold records (NN.gold.json beside NN.txt or NN.html; corpus/real-dev,
        real news excerpts). Scored per list field (ratings, dates, documents,
        officials, totals, findings) with micro precision, recall and F1 and
        the tp/fp/fn counts, then the year, organization and published
        accuracies over the articles:
          - ratings compare (subject, stage, level, count, percent rounded to
            2); a gold rating's stage_alt / subject_alt is an accepted
            alternative;
          - dates compare (start, end, grain), on both sides without single
            bare years, without the gold's document dates and published day,
            each distinct value once;
          - documents compare (kind and issuer upper-cased, number without
            leading zeros); officials the case-folded name; totals (subject,
            what, count); findings the rule;
          - names are compared after NFC, "Ð" as "Đ", old tone placement
            ("hoà", "uỷ") as the new ("hòa", "ủy") and spaces collapsed;
            organizations also without case, punctuation, the "Đảng bộ" /
            "Đảng ủy" difference and a doubled level word ("Tỉnh ủy tỉnh X");
          - gold items marked optional (findings: borderline) are neither
            missed nor, when extracted, false hits; a fact extracted twice
            counts once (findings excepted); gold items take their match
            greedily, in file order.
        All articles of one call are extracted together, so cross-article
        findings see each other. --verbose lists per article the misses (-)
        and the false hits (+) with their keys, and the wrong accuracies.

        Expected records (NN.expected.json beside NN.txt; corpus/, see
        corpus/ANNOTATION.md): every field of the record compared as a
        multiset of keys; the table gives matched/predicted/expected.

        --min field=value,... (e.g. ratings=0.8,dates=0.7,year=0.9) sets the
        lowest F1 of a field, or share of an accuracy (gold only), accepted.

        Exit status: 0 when everything was scored and reached its minimum;
        1 when a field is below its --min; 3 when an article or annotation
        file is missing or bad (the others are still scored); 2 for bad usage,
        including a folder that is missing or holds no NN.gold.json or
        NN.expected.json (nothing to score is never a perfect score).

        Examples:
          kiemdiem eval corpus
          kiemdiem eval --verbose corpus/real-dev
          kiemdiem eval --format json --min ratings=0.8,year=0.9 corpus/real-dev
        """
    )

    @Flag(name: .long, help: "List, per article, what was missed (-) and what was extracted but not annotated (+).")
    var verbose = false

    @Option(name: .long, help: "Output format: text (a table) or json (one object).")
    var format: String = "text"

    @Option(name: .long, help: "Minimums, field=value,...: exit status 1 when a field's F1 (or an accuracy) is below.")
    var min: String?

    @Argument(help: "Folders of annotated articles.")
    var folders: [String] = []

    func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("kiemdiem eval: \(message)\n".utf8))
        return ExitCode(2)
    }

    /// `name=value,...` into ordered pairs, names checked against `allowed`.
    func minimums(allowed: [String]) throws -> [(String, Double)]? {
        guard let min else { return nil }
        var out: [(String, Double)] = []
        for part in min.split(separator: ",", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard kv.count == 2, let v = Double(kv[1].trimmingCharacters(in: .whitespaces)) else {
                throw usage("--min takes field=value,..., not '\(part)'")
            }
            let name = kv[0].trimmingCharacters(in: .whitespaces)
            guard allowed.contains(name) else {
                throw usage("--min: no field '\(name)' here (one of \(allowed.joined(separator: ", ")))")
            }
            out.append((name, v))
        }
        return out
    }

    func run() throws {
        guard format == "text" || format == "json" else { throw usage("--format must be text or json, not '\(format)'") }
        guard !folders.isEmpty else { throw usage("give a folder of annotated articles") }
        var gold: [String] = [], expected: [String] = []
        for folder in folders {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
                throw usage("\(folder): not a folder")
            }
            if GoldEvaluation.hasGold(folder) {
                gold.append(folder)
            } else if CorpusEvaluation.hasExpected(folder) {
                expected.append(folder)
            } else {
                throw usage("\(folder): no NN.gold.json or NN.expected.json files to score against")
            }
        }
        if !gold.isEmpty, !expected.isEmpty {
            throw usage("give folders of gold records (NN.gold.json) or of expected records (NN.expected.json), not both")
        }
        let pipeline: Pipeline
        do { pipeline = try Pipeline() } catch { throw CLIError("cannot load the lexicons and models (\(error))") }
        if !gold.isEmpty { try runGold(gold, pipeline) } else { try runExpected(expected, pipeline) }
    }

    func report(_ problems: [InputFailure]) {
        for f in problems { FileHandle.standardError.write(Data("kiemdiem: \(TerminalText.line(path: f.path, f.reason))\n".utf8)) }
    }

    func runGold(_ folders: [String], _ pipeline: Pipeline) throws {
        let minimums = try self.minimums(allowed: GoldReport.minimumNames) ?? GoldReport.defaultMinimums
        let r = GoldEvaluation.evaluate(folders, pipeline: pipeline)
        report(r.problems)
        if r.count == 0 || r.records == 0 {
            FileHandle.standardError.write(Data("kiemdiem eval: no article could be extracted and scored\n".utf8))
            throw ExitCode(3)
        }
        print(format == "json" ? r.json(verbose: verbose, minimums: minimums) : r.text(verbose: verbose, minimums: minimums),
              terminator: "")
        if !r.problems.isEmpty { throw ExitCode(3) }
        if !r.below(minimums).isEmpty { throw ExitCode(1) }
    }

    func runExpected(_ folders: [String], _ pipeline: Pipeline) throws {
        let minimums = try self.minimums(allowed: RecordKeys.fields + ["overall"]) ?? []
        let r = CorpusEvaluation.evaluate(folders, pipeline: pipeline)
        report(r.problems)
        if r.articles.isEmpty {
            FileHandle.standardError.write(Data("kiemdiem eval: no article could be extracted and scored\n".utf8))
            throw ExitCode(3)
        }
        var overall = FieldScore(field: "overall")
        for s in r.totals { overall.add(s) }
        let all = r.totals + [overall]
        let below = minimums.filter { name, minimum in all.first { $0.field == name }.map { $0.f1 < minimum } ?? false }.map(\.0)
        if format == "json" {
            print(r.json(verbose: verbose, minimums: minimums, below: below), terminator: "")
        } else {
            if verbose {
                for a in r.articles where !(a.comparison.extra.isEmpty && a.comparison.missing.isEmpty) {
                    print(a.article)
                    for f in RecordKeys.fields {
                        for k in a.comparison.missing[f] ?? [] { print("  - \(f): \(k)") }
                        for k in a.comparison.extra[f] ?? [] { print("  + \(f): \(k)") }
                    }
                }
            }
            print("articles: \(r.articles.count)")
            print(pad("field", 14) + pad("P", 8) + pad("R", 8) + pad("F1", 8) + "matched/predicted/expected")
            for s in all { print(line(s)) }
        }
        if !r.problems.isEmpty { throw ExitCode(3) }
        if !below.isEmpty { throw ExitCode(1) }
    }

    func line(_ s: FieldScore) -> String {
        pad(s.field, 14) + pad(String(format: "%.3f", s.precision), 8) + pad(String(format: "%.3f", s.recall), 8)
            + pad(String(format: "%.3f", s.f1), 8) + "\(s.matched)/\(s.predicted)/\(s.expected)"
    }

    func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
